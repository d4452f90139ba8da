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


ELEMENT_WITH_REGEX_EXCEPTION = r"""language: en
rules:
  - id: test.ends
    category: termination
    severity: suggestion
    kind: marker
    marks: termination
    message: ends it
    why: test
    match:
      phrases: [we are done]
    examples:
      flag:
        - text: We are done here.
      pass:
        - We are nearly done.
  - id: test.date
    category: missing
    severity: warning
    kind: required
    when: termination
    element: end-date
    message: no end date
    why: test
    instead: Our work ends on 30 June.
    match:
      regex: ['\bon \d{1,2} June\b', '\bby \d{1,2} June\b']
    except:
      regex: ['\bborn on \d{1,2} June\b', '\b30 June\b']
    examples:
      flag:
        - text: We are done. I was born on 3 June.
      pass:
        - We are done. Our work ends on 30 June.
"""


@pytest.mark.parametrize("text,present", [
    ("We are done. It ends on 30 June.", False),  # an exception overlaps the only span
    ("We are done. Nothing about dates.", False),  # no span: the exceptions need not run
    ("We are done. Born on 3 June, paid by 4 June.", True),
    ("We are done. I was born on 3 June.", False),
    ("Nothing ends. It ends on 30 June.", None),  # not a termination email: no checklist
])
def test_element_regex_exceptions_remove_its_spans(tmp_path, text, present):
    pack = tmp_path / "dates.yaml"
    pack.write_text(ELEMENT_WITH_REGEX_EXCEPTION, encoding="utf-8")
    engine = Linter([r for p in load_packs([pack]) for r in p.rules]).engine("en")
    result = engine.check(Source("t", text))
    assert [item.present for item in result.checklist] == ([] if present is None else [present])
    assert [f.rule for f in result.findings] == (["test.date"] if present is False else [])


def test_element_regex_without_exception_overlap_is_found(tmp_path):
    pack = tmp_path / "dates.yaml"
    pack.write_text(ELEMENT_WITH_REGEX_EXCEPTION, encoding="utf-8")
    engine = Linter([r for p in load_packs([pack]) for r in p.rules]).engine("en")
    text = "We are done. I was born on 3 June, paid by 4 June."
    (item,) = engine.check(Source("t", text)).checklist
    assert item.present and text[item.start : item.end] == "by 4 June"
