"""tone-lint's TokenMatcher against spaCy's Matcher and PhraseMatcher: the same matches.

spaCy's matchers are the reference the packs were written for; the TokenMatcher only
exists to be faster (it indexes patterns by the words they start with). Compared on the
packs over every draft we have, and on generated patterns over generated token sequences.
"""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tone_lint import columns
from tone_lint.matcher import PatternError, TokenMatcher

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus", ROOT / "eval" / "blind", ROOT / "eval" / "blind2"]


def _joined(doc):
    """`doc` without in-paragraph whitespace tokens (what columns.read keeps), as a Doc."""
    from spacy.tokens import Doc

    kept = [t for t in doc if not (t.is_space and columns._WRAP.fullmatch(t.text))]
    joined = Doc(doc.vocab, words=[t.text for t in kept], spaces=[True] * len(kept))
    for new, old in zip(joined, kept):
        new.norm_, new.lemma_ = old.norm_, old.lemma_
    return joined


def _texts(language, engine):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob(f"*-{language}.txt"))]
    for corpus in CORPORA:
        texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.glob(f"*-{language}-*.txt"))]
    for rule in engine.rules:
        texts += [e.text for e in rule.flag_examples] + list(rule.pass_examples)
    return texts


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_packs_match_as_with_spacy(linter, language):
    engine = linter.engine(language)
    texts = _texts(language, engine)
    assert len(texts) > 100
    total = 0
    for text in texts:
        doc = engine.pipeline(text)
        tokens = columns.read(doc, engine.matcher.attrs)
        ours = {(k, s, e) for k, spans in engine.matcher(tokens.values, len(tokens)).items() for s, e in spans}
        assert ours == _spacy_matches_cached(engine, _joined(doc)), text[:80]
        total += len(ours)
    assert total > 500, "too few matches for the comparison to mean anything"


_REFERENCE = {}


def _spacy_matches_cached(engine, doc):
    # Building spaCy's matchers for ~1,000 patterns takes a second: once per language.
    if engine.language not in _REFERENCE:
        _REFERENCE[engine.language] = _spacy_matchers(engine)
    matchers, vocab = _REFERENCE[engine.language]
    found = set()
    for m in matchers:
        found |= {(vocab.strings[k], s, e) for k, s, e in m(doc)}
    return found


def _spacy_matchers(engine):
    from spacy.matcher import Matcher, PhraseMatcher

    vocab = engine.pipeline.vocab
    matcher = Matcher(vocab, validate=True)
    phrase_matchers = {}
    for rule in engine.rules:
        for key, spec in ((rule.id, rule.match), (rule.id + "#except", rule.exceptions)):
            if spec is None:
                continue
            if spec.patterns:
                matcher.add(key, [list(p) for p in spec.patterns])
            if spec.phrases:
                if spec.attr not in phrase_matchers:
                    phrase_matchers[spec.attr] = PhraseMatcher(vocab, attr=spec.attr)
                phrase_matchers[spec.attr].add(key, [engine.pipeline(p.strip()) for p in spec.phrases])
    return [matcher, *phrase_matchers.values()], vocab


# Generated patterns over a four-word vocabulary, so that matches (and near misses) are common.
WORDS = ["a", "b", "c", "D"]
_values = st.sampled_from(WORDS)
_spec = st.one_of(
    st.builds(lambda v: {"ORTH": v}, _values),
    st.builds(lambda v: {"LOWER": v.lower()}, _values),
    st.builds(lambda vs: {"ORTH": {"IN": vs}}, st.lists(_values, min_size=1, max_size=3)),
    st.builds(lambda vs: {"LOWER": {"NOT_IN": vs}}, st.lists(_values, max_size=2)),
    st.just({"IS_UPPER": True}),
    st.just({"LENGTH": {">=": 1}}),
    st.just({}),
    st.builds(lambda v: {"ORTH": {"REGEX": f"^[{v}c]$"}}, _values),
)
_op = st.sampled_from([None, None, None, "?", "*", "+", "!", "{2}", "{0,2}", "{1,3}", "{,2}", "{2,}"])
_token = st.builds(lambda spec, op: {**spec, **({"OP": op} if op else {})}, _spec, _op)
_pattern = st.lists(_token, min_size=1, max_size=4)


def _doc_of(words):
    from tone_lint.nlp import pipeline

    return pipeline("en").nlp.make_doc(" ".join(words)) if words else pipeline("en").nlp.make_doc("")


@settings(max_examples=250, deadline=None, derandomize=True)
@given(st.lists(_pattern, min_size=1, max_size=3), st.lists(_values, max_size=8))
def test_generated_patterns_match_as_with_spacy(patterns, words):
    from spacy.matcher import Matcher

    doc = _doc_of(words)
    reference = Matcher(doc.vocab, validate=True)
    ours = TokenMatcher()
    for i, pattern in enumerate(patterns):
        reference.add(f"k{i}", [pattern])
        ours.add(f"k{i}", pattern)
    expected = {(doc.vocab.strings[k], s, e) for k, s, e in reference(doc)}
    tokens = columns.read(doc, ours.attrs)
    found = {(k, s, e) for k, spans in ours(tokens.values, len(tokens)).items() for s, e in spans}
    assert found == expected


def test_a_pattern_is_only_tried_where_its_first_word_is():
    matcher = TokenMatcher()
    matcher.add("you-never", [{"NORM": {"IN": ["you", "u"]}}, {"NORM": "really", "OP": "?"}, {"NORM": "never"}])
    matcher.add("any-caps", [{"IS_UPPER": True}, {"NORM": "!"}])
    cols = {
        "NORM": ["you", "really", "never", "u", "never", "NO", "!"],
        "IS_UPPER": [False, False, False, False, False, True, False],
    }
    assert matcher(cols, 7) == {"you-never": {(0, 3), (3, 5)}, "any-caps": {(5, 7)}}
    assert not matcher._anywhere  # both are indexed: by literal, and by the flag's value


@pytest.mark.parametrize(
    "pattern, message",
    [
        ([], "non-empty list"),
        ([{"POS": "VERB"}], "unknown token attribute 'POS'"),
        ([{"NORM": {"BOGUS": 1}}], "unknown predicate 'BOGUS'"),
        ([{"NORM": "x", "OP": "??"}], "OP '??'"),
        ([{"NORM": "x", "OP": "{3,1}"}], "OP '{3,1}'"),
        ([{"IS_ALPHA": {"REGEX": "x"}}], "REGEX takes a string"),
        ([{"NORM": {"REGEX": "("}}], "REGEX '('"),
        ([{"NORM": 3}], "NORM cannot be 3"),
        ([{"LENGTH": {">=": "x"}}], ">= compares LENGTH"),
        ([{"NORM": {"IN": "abc"}}], "IN takes a list"),
        (["NORM"], "a token spec is a mapping"),
    ],
)
def test_invalid_patterns_are_refused_with_a_reason(pattern, message):
    with pytest.raises(PatternError, match=message.replace("?", r"\?").replace("(", r"\(").replace("{", r"\{")):
        TokenMatcher().add("k", pattern)


def test_the_index_below_a_first_word_is_filed_when_a_draft_reaches_it():
    """Deeper levels of the index are built lazily: the same spans before and after."""
    from tone_lint.matcher import TokenMatcher

    def build():
        m = TokenMatcher()
        m.add("a", [{"NORM": "you"}, {"NORM": {"IN": ["never", "always"]}}, {"NORM": "listen"}])
        m.add("b", [{"NORM": "you"}, {"NORM": "never"}])
        m.add("c", [{"NORM": "you"}])
        return m

    words = "you never listen and you always listen to you".split()
    lazy, eager = build(), build()
    (bucket,) = lazy._root.then["NORM"].values()
    assert bucket.pending is not None and not bucket.then and bucket.always
    eager.expand()
    assert bucket.pending is not None
    expected = {"a": {(0, 3), (4, 7)}, "b": {(0, 2)}, "c": {(0, 1), (4, 5), (8, 9)}}
    assert eager({"NORM": words}, len(words)) == expected
    assert lazy({"NORM": words}, len(words)) == expected
    assert bucket.pending is None and set(bucket.then["NORM"]) == {"never", "always"}
