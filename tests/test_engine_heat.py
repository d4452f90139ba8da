"""`context: heated` rules report only in a draft the plain rules already flag in two places
(a rule with `heat: 2` is two places on its own)."""
from pathlib import Path

import pytest

from tone_lint.engine import Linter, _trimmed
from tone_lint.examples import check_examples
from tone_lint.packs import load_packs
from tone_lint.source import Source

PACK = Path(__file__).parent / "fixtures" / "packs" / "heated-en.yaml"


@pytest.fixture(scope="module")
def engine():
    rules = [r for p in load_packs([PACK]) for r in p.rules]
    return Linter(rules).engine("en")


def found(engine, text):
    return [(f.rule, text[f.start : f.end]) for f in engine.check(Source("t", text)).findings]


def test_alone_a_heated_rule_reports_nothing(engine):
    assert found(engine, "Lovely. See you on Tuesday.") == []


def test_one_plain_finding_is_not_heat(engine):
    assert found(engine, "You never call. Lovely.") == [("test.you-never", "You never")]


def test_two_plain_findings_let_the_heated_rule_report(engine):
    assert found(engine, "You never call. Grr. Lovely.") == [
        ("test.you-never", "You never"),
        ("test.grr", "Grr"),
        ("test.lovely", "Lovely."),
    ]


def test_overlapping_plain_findings_are_one_place(engine):
    # "You never" and "never again" share a word: two findings, one place of heat
    assert found(engine, "You never again call. Lovely.") == [
        ("test.you-never", "You never"),
        ("test.grr", "never again"),
    ]
    assert found(engine, "You never again call. Grr. Lovely.")[-1] == ("test.lovely", "Lovely.")


def test_a_heat_2_finding_is_two_places_on_its_own(engine):
    assert found(engine, "Your foreman is a clown. Lovely.") == [
        ("test.insult", "clown"),
        ("test.lovely", "Lovely."),
    ]


def test_house_style_findings_are_not_heat(engine):
    assert found(engine, "You never call. Send it ASAP. Lovely.") == [
        ("test.you-never", "You never"),
        ("test.house-asap", "ASAP"),
    ]


def test_heated_findings_do_not_make_heat(engine):
    assert found(engine, "Lovely. Lovely! You never call.") == [("test.you-never", "You never")]


def test_heated_finding_inside_a_plain_one_is_dropped(engine):
    # "Super!" is heated, but its word is already a plain finding: reported once, by the plain rule
    assert found(engine, "You never call. Grr. Super!") == [
        ("test.you-never", "You never"),
        ("test.grr", "Grr"),
        ("test.grr", "Super"),
    ]


def test_a_heated_rules_examples_run_in_the_drafts_real_heat(engine):
    # `only=rule` (how examples run) must still count the other rules' findings as heat
    (rule,) = [r for r in engine.rules if r.id == "test.lovely"]
    assert rule.context == "heated"
    assert check_examples(engine, rule) == []
    alone = engine.check(Source("t", "You never call. Grr. Lovely."), only=rule)
    assert [(f.rule, f.start) for f in alone.findings] == [("test.lovely", 21)]


def test_a_heated_match_running_into_a_plain_finding_keeps_the_part_before_it(engine):
    # the longest "You said ..." reaches the second "grr"; the finding stops before it, and
    # without the comma the match ran onto
    assert found(engine, "Grr. You said Friday, grr again.") == [
        ("test.grr", "Grr"),
        ("test.held", "You said Friday"),
        ("test.grr", "grr"),
    ]


def test_a_heated_match_inside_a_plain_finding_is_still_dropped(engine):
    assert found(engine, "Grr. You never call. Grr.") == [
        ("test.grr", "Grr"),
        ("test.you-never", "You never"),
        ("test.grr", "Grr"),
    ]


@pytest.mark.parametrize(
    "text, start, end, quoted",
    [
        ("Like always, the figures", 0, 12, "Like always"),
        ("il m'a dit « demain »", 0, 12, "il m'a dit"),
        ("encore. Six fois, rien", 6, 17, "Six fois"),
        ("toujours\u202f:", 0, 10, "toujours"),
        ("Tiens!!!", 5, 8, "!!!"),
        ("a, b", 1, 3, ","),
    ],
)
def test_a_finding_is_quoted_without_the_punctuation_around_its_words(text, start, end, quoted):
    start, end = _trimmed(text, start, end)
    assert text[start:end] == quoted
