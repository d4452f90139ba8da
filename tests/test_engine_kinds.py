"""Each matcher kind, on a fixed test pack, with exact character spans."""
from pathlib import Path

import pytest

from tone_lint.engine import Linter, Options
from tone_lint.examples import check_examples
from tone_lint.packs import load_packs
from tone_lint.source import Source

PACK = Path(__file__).parent / "fixtures" / "packs" / "kinds-en.yaml"


@pytest.fixture(scope="module")
def engine():
    rules = [r for p in load_packs([PACK]) for r in p.rules]
    return Linter(rules).engine("en")


def spans(result):
    return [(f.rule, result.source.display[f.start : f.end]) for f in result.findings]


def test_phrase_on_lemma_matches_inflections(engine):
    r = engine.check(Source("t", "She misses the deadline; they missed the deadline."))
    assert spans(r) == [("test.phrase", "misses the deadline"), ("test.phrase", "missed the deadline")]


def test_token_pattern_with_optional_token_and_lemma(engine):
    r = engine.check(Source("t", "You ignored me. You never ignore them? you not ignoring"))
    assert spans(r) == [("test.token", "You ignored"), ("test.token", "you not ignoring")]


def test_exception_cancels_an_overlapping_match(engine):
    r = engine.check(Source("t", "You ignore the noise. You ignore me."))
    assert spans(r) == [("test.token", "You ignore")]
    assert r.findings[0].start == len("You ignore the noise. ")


def test_regex_ignore_case(engine):
    r = engine.check(Source("t", "GRRR and grr"))
    assert spans(r) == [("test.regex", "GRRR"), ("test.regex", "grr")]


def test_required_element_only_checked_when_marker_fires(engine):
    assert engine.check(Source("t", "Hello there.")).findings == []
    r = engine.check(Source("t", "Well, we are done."))
    assert r.termination is True
    assert [(f.rule, f.element, f.start, f.end) for f in r.findings] == [("test.required", "sign-off", 6, 17)]
    assert [(c.element, c.present) for c in r.checklist] == [("sign-off", False)]


def test_required_element_present_quotes_its_words(engine):
    text = "We are done.\nKind regards,\n"
    r = engine.check(Source("t", text))
    assert r.findings == []
    (item,) = r.checklist
    assert item.present and text[item.start : item.end] == "Kind regards,"


@pytest.mark.parametrize("mode,expected", [("always", True), ("never", False)])
def test_termination_mode_overrides_detection(engine, mode, expected):
    r = engine.check(Source("t", "We are done."), Options(termination=mode))
    assert r.termination is expected
    assert bool(r.findings) is expected


def test_element_regexes_run_when_termination_is_forced(engine):
    # An element's regexes run only on a termination email: one made so by the option
    # rather than by a marker must still find its words.
    text = "Hello.\nKind regards,\n"
    assert engine.check(Source("t", text)).checklist == []
    r = engine.check(Source("t", text), Options(termination="always"))
    (item,) = r.checklist
    assert r.findings == [] and item.present and text[item.start : item.end] == "Kind regards,"


def test_masked_text_is_never_matched(engine):
    r = engine.check(Source("t", "> You ignored me\nfine", masked=[(0, 16)]))
    assert r.findings == []


def test_fixture_pack_examples_pass(engine):
    for rule in engine.rules:
        assert check_examples(engine, rule) == []


@pytest.mark.parametrize("text,span", [
    ("Sorry, you\nignored my email.", "you\nignored"),
    ("Sorry, you\r\n    ignored my email.", "you\r\n    ignored"),
    ("You  ignored it.", "You  ignored"),
    ("> quoted\nyou\nmissed\nthe deadline", "missed\nthe deadline"),
])
def test_phrases_match_across_a_hard_line_wrap(engine, text, span):
    r = engine.check(Source("t", text))
    assert [text[f.start : f.end] for f in r.findings if f.rule != "test.required"] == [span]


@pytest.mark.parametrize("text", ["you\n\nignored", "you\n   \n ignored", "you" + " " * 12 + "ignored"])
def test_no_match_across_a_paragraph_break_or_masked_text(engine, text):
    assert engine.check(Source("t", text)).findings == []


def test_markers_and_required_elements_take_exceptions():
    pack = Path(__file__).parent / "fixtures" / "packs" / "except-kinds-en.yaml"
    rules = [r for p in load_packs([pack]) for r in p.rules]
    engine = Linter(rules).engine("en")
    assert engine.check(Source("t", "We are done.")).termination is True
    assert engine.check(Source("t", "Tell me if we are done.")).termination is False
    missing = engine.check(Source("t", "We are done. Thank you for nothing."))
    assert [(f.rule, f.element, f.start, f.end) for f in missing.findings] == [("test.thanks", "thanks", 0, 11)]
    (item,) = engine.check(Source("t", "We are done. Thank you, truly.")).checklist
    assert item.present and (item.start, item.end) == (13, 22)
    for rule in rules:
        assert check_examples(engine, rule) == [], rule.id
