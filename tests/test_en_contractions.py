"""English contractions keep their NORM apart from the full form: "didn't" is did/NORM "do",
"you'd" is 'd. A NORM list naming the full form without the contracted NORM silently misses
every contraction, so the packs must name both. ("hadn't" is had/NORM "have" too, but "had" is
often the main verb or a participle, "I had to", "the third time I have had", so that one is
left to each pattern.)"""
import re

import pytest

from tone_lint.packs import builtin_pack_paths

NORM_LIST = re.compile(r"\{NORM: \{IN: \[([^\[\]]*)\]\}")
NEEDS = {"did": "do", "would": "'d"}
PACKS = [p for p in builtin_pack_paths() if p.parent.name == "en"]


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_norm_lists_name_the_contracted_form(path):
    missing = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for found in NORM_LIST.finditer(line):
            items = {item.strip().strip('"') for item in found.group(1).split(",")}
            missing += [f"{path.name}:{number}: {full!r} without {short!r}"
                        for full, short in NEEDS.items() if full in items and short not in items]
    assert missing == []


def test_the_tokenizer_gives_the_contracted_norms():
    from tone_lint.nlp import pipeline

    doc = pipeline("en", lemma=True)("didn't hadn't you'd")
    assert [(t.text, t.norm_) for t in doc] == [
        ("did", "do"), ("n't", "not"), ("had", "have"), ("n't", "not"), ("you", "you"), ("'d", "'d")]


def test_a_contracted_question_is_flagged_like_the_full_one(linter):
    from tone_lint.source import Source

    engine = linter.engine("en")
    for text in ("Why didn't you call me back?", "Why did you not call me back?"):
        found = [(f.rule, text[f.start:f.end]) for f in engine.check(Source("t", text)).findings]
        assert found and found[0][0] == "accusatory.accusing-question", text


def _piece_norms():
    """The other direction: what spaCy's tokenizer exceptions make of each piece of a
    contraction. "won't" is "wo" + "n't" with NORM "will" + "not", so a list that names "wo"
    but not "will" never matches "won't". Only pieces that never keep their own spelling count
    ("I'd" keeps "'d"), not words of their own ("did", "had": see NEEDS above), nor "let's"
    ("'s" is "us") or "gonna" ("a" is "gonna"). French exceptions change no NORM."""
    from tone_lint.nlp import fold, pipeline

    norms: dict[str, set] = {}
    for spelling, pieces in pipeline("en", lemma=False).nlp.tokenizer.rules.items():
        if len(pieces) < 2 or not any(mark in spelling for mark in "'\u2019"):
            continue
        for piece in pieces:
            orth = fold(piece.get(65, ""))  # spacy.attrs.ORTH
            norms.setdefault(orth, set()).add(fold(piece.get(67) or orth))  # spacy.attrs.NORM
    return {orth: found for orth, found in norms.items()
            if orth not in found and orth not in ("did", "had", "'s", "a", "c'm", "'y", "y'")}


def test_no_norm_list_names_a_contraction_piece_without_its_norm():
    from conftest import shipped_rules

    norms = _piece_norms()
    found = set()
    for rule in shipped_rules("en"):
        for spec in (rule.match, rule.exceptions):
            for pattern in (spec.patterns or []) if spec else []:
                for step in pattern:
                    value = step.get("NORM")
                    words = {value} if isinstance(value, str) else set(value.get("IN", [])) if isinstance(value, dict) else set()
                    words = {w.lower() for w in words if isinstance(w, str)}
                    found |= {(rule.id, w) for w in words if w in norms and not norms[w] & words}
    assert found == set()
