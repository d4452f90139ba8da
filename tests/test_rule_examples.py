"""Every rule of every shipped pack runs its own flag and pass examples."""
import pytest
from conftest import shipped_rules

from tone_lint.examples import check_examples

RULES = shipped_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.language}:{r.id}")
def test_rule_examples(rule, linter):
    assert rule.flag_examples, f"{rule.where}: {rule.id} has no flag example"
    assert rule.pass_examples, f"{rule.where}: {rule.id} has no pass example"
    failures = check_examples(linter.engine(rule.language), rule)
    assert not failures, "\n".join(map(str, failures))


def test_instead_text_is_not_flagged_by_its_own_rule(linter):
    """The better wording a rule offers must not trip the same rule."""
    from tone_lint.source import Source

    for rule in RULES:
        if rule.instead and rule.kind in ("phrase", "token", "regex"):
            result = linter.engine(rule.language).check(Source("<instead>", rule.instead), only=rule)
            assert not result.findings, f"{rule.id}: its instead text is flagged"


def test_same_rule_ids_in_both_languages():
    ids = {lang: {r.id for r in RULES if r.language == lang} for lang in ("en", "fr")}
    assert ids["en"] == ids["fr"], f"only in en: {ids['en'] - ids['fr']}; only in fr: {ids['fr'] - ids['en']}"
