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
