"""A required rule's learned fallback (`learned:`): where none of its patterns matches, the
sentence its weights are surest holds the element satisfies it (tone_lint/kinds/learned.py,
`holds`)."""
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tone_lint.engine import Linter, Options
from tone_lint.examples import check_examples
from tone_lint.packs import load_packs
from tone_lint.source import Source

PACK = Path(__file__).parent / "fixtures" / "packs" / "element-fallback-en.yaml"
ENDING = "We are ending our contract. "


@pytest.fixture(scope="module")
def engine():
    return Linter([r for p in load_packs([PACK]) for r in p.rules]).engine("en")


def handover(engine, text, options=Options()):
    result = engine.check(Source("t", text), options)
    item = next((c for c in result.checklist if c.element == "handover-plan"), None)
    if item is None:
        return None
    return item.present, item.learned, text[item.start : item.end] if item.present else None


def test_a_pattern_match_is_quoted_and_the_weights_are_not_asked(engine):
    text = ENDING + "My successor starts in May. I will hand over the files."
    assert handover(engine, text) == (True, False, "hand over")


def test_where_no_pattern_matches_the_sentence_the_weights_are_sure_of_holds_the_element(engine):
    text = ENDING + "Thanks for everything. My successor starts in May. Take care."
    assert handover(engine, text) == (True, True, "My successor starts in May.")


def test_under_the_threshold_the_element_is_missing(engine):
    # a sentence without "successor" weighs 0.007 (bias -5)
    result = engine.check(Source("t", ENDING + "Thanks for everything."))
    assert [(f.rule, f.element) for f in result.findings] == [("test.handover", "handover-plan")]
    assert handover(engine, ENDING + "Thanks for everything.") == (False, False, None)


def test_what_an_exception_excused_the_weights_do_not_overrule(engine):
    assert handover(engine, ENDING + "I will hand over nothing to my successor.") == (False, False, None)


def test_a_match_in_a_sentence_the_weights_give_under_veto_below_does_not_count(engine):
    # "solicitor": 0.0003; a sentence with neither word: 0.007, over 0.005
    assert handover(engine, ENDING + "I will hand over the papers to my solicitor.") == (False, False, None)
    text = ENDING + "I will hand over the papers to my solicitor. Then I will hand over the files."
    assert handover(engine, text) == (True, False, "hand over")
    assert text.index("hand over") < engine.check(Source("t", text)).checklist[0].start == text.rindex("hand over")


def test_where_the_weights_vetoed_every_match_they_may_find_the_element_elsewhere(engine):
    text = ENDING + "I will hand over the papers to my solicitor. My successor starts in May."
    assert handover(engine, text) == (True, True, "My successor starts in May.")


def test_a_draft_that_ends_nothing_gets_no_checklist(engine):
    assert handover(engine, "My successor starts in May.") is None
    assert handover(engine, "My successor starts in May.", Options(termination="always")) == (True, True, "My successor starts in May.")


def test_the_fixture_rules_pass_their_own_examples(engine):
    for rule in engine.rules:
        assert check_examples(engine, rule) == []


def test_the_outputs_say_the_weights_read_it(tmp_path):
    (tmp_path / "draft.txt").write_text("Hi Sam,\n\n" + ENDING + "My successor starts in May.\n", encoding="utf-8")
    args = ("check", "--no-config", "--pack", str(PACK), "--lang", "en", "--fail-on", "never")
    status, out, err = run_cli(*args, "--format", "json", "draft.txt", cwd=tmp_path)
    assert (status, err) == (0, "")
    item = next(c for c in json.loads(out)["files"][0]["checklist"] if c["rule"] == "test.handover")
    assert item == {"element": "handover-plan", "rule": "test.handover", "severity": "warning", "status": "present",
                    "line": 3, "column": 29, "end_line": 3, "end_column": 56, "text": "My successor starts in May.",
                    "learned": True}
    status, out, err = run_cli(*args, "draft.txt", cwd=tmp_path)
    assert (status, err) == (0, "")
    assert "\n  found   handover-plan: \u201cMy successor starts in May.\u201d (read by test.handover's weights)\n" in out


def _pack(tmp_path, learned):
    (tmp_path / "learned-handover.tsv").write_bytes((PACK.parent / "learned-handover.tsv").read_bytes())
    (tmp_path / "pack.yaml").write_text(
        "language: en\nrules:\n  - id: house.handover\n    category: missing\n    severity: warning\n"
        "    kind: required\n    element: handover-plan\n" + learned + "    message: m\n    why: w\n"
        "    match:\n      phrases: [hand over]\n", encoding="utf-8")


@pytest.mark.parametrize("learned, line, message", [
    ("    learned: learned-handover.tsv\n", 8, "'learned' must be a mapping with 'model' and 'threshold', 'veto_below' or both"),
    ("    learned: {model: learned-handover.tsv}\n", 8, "'learned' must be a mapping with 'model' and 'threshold', 'veto_below' or both"),
    ("    learned: {model: learned-handover.tsv, threshold: 0.9, min_words: 3}\n", 8,
     "'learned' must be a mapping with 'model' and 'threshold', 'veto_below' or both"),
    ("    learned: {model: nowhere.tsv, threshold: 0.9}\n", 8, "'model' names no file: nowhere.tsv"),
    ("    learned: {model: learned-handover.tsv, threshold: 1.5}\n", 8,
     "'learned.threshold' must be a probability between 0 and 1, not 1.5"),
    ("    learned: {model: learned-handover.tsv, veto_below: yes}\n", 8,
     "'learned.veto_below' must be a probability between 0 and 1, not 'yes'"),
])
def test_a_bad_fallback_is_refused_at_its_line(tmp_path, learned, line, message):
    _pack(tmp_path, learned)
    assert run_cli("rules", "test", "pack.yaml", cwd=tmp_path) == (2, "", f"tone-lint: error: pack.yaml:{line}: {message}\n")


def test_a_veto_alone_needs_no_threshold(tmp_path):
    _pack(tmp_path, "    learned: {model: learned-handover.tsv, veto_below: 0.005}\n")
    engine = Linter([r for p in load_packs([tmp_path / "pack.yaml"]) for r in p.rules]).engine("en")
    always = Options(termination="always")
    assert [c.present for c in engine.check(Source("t", "My successor starts in May."), always).checklist] == [False]
    assert [c.present for c in engine.check(Source("t", "I hand over the case to my solicitor."), always).checklist] == [False]
    assert [c.present for c in engine.check(Source("t", "I hand over the files."), always).checklist] == [True]


def test_the_shipped_handover_and_open_door_rules_have_weights_and_notice_has_none():
    rules = [r for p in load_packs(sorted((ROOT / "rules").glob("*/termination.yaml"))) for r in p.rules]
    weighed = sorted((r.language, r.element, Path(r.model).name, r.threshold, r.veto_below)
                     for r in rules if r.kind == "required" and r.model)
    assert weighed == [(lang, element, f"learned-{element}.tsv", 0.97, 0.005)
                       for lang in ("en", "fr") for element in ("handover-plan", "open-door")]
