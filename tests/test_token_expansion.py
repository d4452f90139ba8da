"""Token patterns are matched through an expansion of their first token: same matches."""
from pathlib import Path

import pytest

from tone_lint.kinds.token import expand_first_token

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus")


def test_expansion_rules():
    p = [{"NORM": {"IN": ["a", "b", "a"]}, "IS_TITLE": True}, {"NORM": "x"}]
    assert expand_first_token(p) == [[{"NORM": "a", "IS_TITLE": True}, {"NORM": "x"}],
                                     [{"NORM": "b", "IS_TITLE": True}, {"NORM": "x"}]]
    assert expand_first_token([{"LEMMA": {"IN": ["a"]}, "OP": "?"}]) == [[{"LEMMA": "a", "OP": "?"}]]
    for kept in (
        [{"NORM": {"IN": ["a", "b"]}, "OP": "+"}],  # repeats: "a b" would be lost
        [{"NORM": {"IN": ["a", "b"]}, "OP": "*"}],
        [{"NORM": {"IN": ["a", "b"]}, "OP": "{1,2}"}],
        [{"NORM": {"IN": ["a"], "NOT_IN": ["b"]}}],
        [{"NORM": {"IN": ["a"]}, "LOWER": {"IN": ["a"]}}],
        [{"NORM": {"NOT_IN": ["a"]}}],
        [{"IS_DIGIT": {"IN": [True]}}],
        [{"OP": "?"}, {"NORM": {"IN": ["a", "b"]}}],
    ):
        assert expand_first_token(kept) == [kept]


def _texts(language, engine):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob(f"*-{language}.txt"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob(f"*-{language}-*.txt"))]
    for rule in engine.rules:
        texts += [e.text for e in rule.flag_examples] + list(rule.pass_examples)
    return texts


@pytest.mark.parametrize("language", ["en", "fr"])
def test_expanded_patterns_match_like_the_written_ones(linter, language):
    from spacy.matcher import Matcher

    engine = linter.engine(language)
    written = Matcher(engine.pipeline.vocab, validate=True)
    expanded = 0
    for rule in engine.rules:
        for key, spec in ((rule.id, rule.match), (rule.id + "#except", rule.exceptions)):
            if spec is not None and spec.patterns:
                written.add(key, [list(p) for p in spec.patterns])
                expanded += sum(len(expand_first_token(list(p))) > 1 for p in spec.patterns)
    assert expanded, "no pattern was expanded: this test would prove nothing"
    for text in _texts(language, engine):
        doc = engine.pipeline(text)
        assert sorted(engine.matcher(doc)) == sorted(written(doc)), text[:80]
