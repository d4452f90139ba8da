"""`tone-lint rules list|show|test|new|doc`, docs/rules.md, and the house-style example."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shipped_rules
from helpers_config import tl, write  # noqa: F401 - tl is a fixture

from tone_lint.packs import WRITTEN_KINDS, builtin_pack_paths, load_pack

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "examples" / "house-style"
BUILTIN = shipped_rules()

# A user pack: house.ok passes its examples, house.broken's second flag example is not flagged.
USER_PACK = """\
language: en
rules:
  - id: house.ok
    category: house
    severity: warning
    kind: phrase
    message: Flags "no offense".
    why: It announces the offense.
    phrases: [no offense]
    examples:
      flag:
        - text: No offense, but no.
          span: No offense
      pass:
        - I see it differently.

  - id: house.broken
    category: house
    severity: suggestion
    kind: regex
    message: Flags ASAP.
    why: Pressure without a date.
    regex: ['\\bASAP\\b']
    examples:
      flag:
        - text: Send it ASAP.
          span: ASAP
        - text: Send it asap.
          span: asap
      pass:
        - Send it by Friday.
"""


# --- list -----------------------------------------------------------------------------


def test_list_every_rule_aligned(tl):
    status, out, err = tl("rules", "list")
    lines = out.splitlines()
    assert (status, err) == (0, "")
    assert lines[0].split() == ["ID", "CATEGORY", "SEVERITY", "LANG", "KIND"]
    expected = sorted((r.id, r.category, r.severity.label, r.language, r.kind) for r in BUILTIN)
    assert [tuple(line.split()) for line in lines[1:]] == expected
    starts = {line.index(line.split()[2], len(line.split()[0]) + 2) for line in lines[1:]}
    assert len(starts) == 1  # the severity column is aligned


def test_list_filters_and_user_packs(tmp_path, tl):
    write(tmp_path, "mine.yaml", USER_PACK)
    status, out, _ = tl("rules", "list", "--lang", "en", "--category", "house", "--pack", "mine.yaml")
    assert status == 0
    assert out == (
        "ID            CATEGORY  SEVERITY    LANG  KIND\n"
        "house.broken  house     suggestion  en    regex\n"
        "house.ok      house     warning     en    phrase\n"
    )
    status, out, _ = tl("rules", "list", "--lang", "fr", "--category", "missing")
    assert {line.split()[3] for line in out.splitlines()[1:]} == {"fr"}
    assert len(out.splitlines()) - 1 == sum(1 for r in BUILTIN if r.language == "fr" and r.category == "missing")
    assert tl("rules", "list", "--category", "nope") == (2, "", "tone-lint: error: no rule in category 'nope'\n")


def test_list_reads_a_pack_edited_since_the_last_run(tmp_path, tl):
    # `rules` reads the rule cache a check reads: an edited pack is a new entry, not the old one
    write(tmp_path, "mine.yaml", USER_PACK)
    assert "house.ok " in tl("rules", "list", "--category", "house", "--pack", "mine.yaml")[1]
    write(tmp_path, "mine.yaml", USER_PACK.replace("house.ok", "house.fine"))
    status, out, _ = tl("rules", "list", "--category", "house", "--pack", "mine.yaml")
    assert (status, "house.ok " in out, "house.fine " in out) == (0, False, True)


# --- show -----------------------------------------------------------------------------


def test_show_a_user_rule(tmp_path, tl):
    write(tmp_path, "mine.yaml", USER_PACK)
    status, out, err = tl("rules", "show", "house.broken", "--pack", "mine.yaml")
    assert (status, err) == (0, "")
    assert out == (
        "house.broken (en)\n"
        "\n"
        "Category: house · Severity: suggestion · Kind: regex\n"
        "Defined at mine.yaml:17\n"
        "\n"
        "What it flags\n"
        "  Flags ASAP.\n"
        "\n"
        "Why\n"
        "  Pressure without a date.\n"
        "\n"
        "Flagged\n"
        "  Send it [ASAP].\n"
        "  Send it [asap].\n"
        "\n"
        "Fine\n"
        "  Send it by Friday.\n"
    )


def test_show_every_language_or_one(tl):
    rule = next(r for r in BUILTIN if r.kind == "required")
    status, out, _ = tl("rules", "show", rule.id)
    assert status == 0
    assert out.startswith(f"{rule.id} (en)\n") and f"\n{rule.id} (fr)\n" in out
    assert f"Element: {rule.element} (checked in a termination email)" in out
    assert rule.message in out and rule.why in out and rule.instead in out
    status, out, _ = tl("rules", "show", rule.id, "--lang", "fr")
    assert out.startswith(f"{rule.id} (fr)\n") and "(en)" not in out


def test_show_an_unknown_rule(tl):
    rule_id = BUILTIN[0].id
    assert tl("rules", "show", rule_id[:-1]) == (
        2, "", f"tone-lint: error: unknown rule {rule_id[:-1]!r}; did you mean {rule_id!r}?\n"
    )
    assert tl("rules", "show", "zzz") == (2, "", "tone-lint: error: unknown rule 'zzz' (see `tone-lint rules list`)\n")


# --- test -----------------------------------------------------------------------------


def test_rules_test_reports_the_failing_example(tmp_path, tl):
    write(tmp_path, "mine.yaml", USER_PACK)
    status, out, err = tl("rules", "test", "mine.yaml")
    assert (status, err) == (1, "")
    assert out == (
        "mine.yaml .F\n"
        "\n"
        "FAILURES\n"
        "mine.yaml:28: house.broken: flag example: expected spans ['asap'], got []: 'Send it asap.'\n"
        "\n"
        "1 passed, 1 failed\n"
    )


def test_rules_test_passing_pack_and_a_flagged_pass_example(tmp_path, tl):
    fixed = USER_PACK.replace("        - text: Send it asap.\n          span: asap\n", "")
    write(tmp_path, "ok.yaml", fixed)
    assert tl("rules", "test", "ok.yaml") == (0, "ok.yaml ..\n\n2 passed, 0 failed\n", "")
    write(tmp_path, "bad.yaml", fixed.replace("Send it by Friday.", "Send it by Friday, ASAP."))
    status, out, _ = tl("rules", "test", "bad.yaml")
    assert status == 1
    assert "bad.yaml:29: house.broken: pass example flagged ['ASAP']: 'Send it by Friday, ASAP.'\n" in out


def test_rules_test_fails_a_rule_without_examples(tmp_path, tl):
    bare = USER_PACK.split("  - id: house.broken")[0].replace(
        "    examples:\n      flag:\n        - text: No offense, but no.\n          span: No offense\n"
        "      pass:\n        - I see it differently.\n", "")
    write(tmp_path, "bare.yaml", bare)
    assert tl("rules", "test", "bare.yaml") == (
        1,
        "bare.yaml F\n\nFAILURES\nbare.yaml:3: house.ok: no flag example\nbare.yaml:3: house.ok: no pass example\n"
        "\n0 passed, 1 failed\n",
        "",
    )


LEMMA_PACK = """language: en
needs: [lemma]
rules:
  - id: house.take-over
    category: missing
    severity: warning
    kind: required
    element: handover-plan
    message: m
    why: w
    match:
      patterns:
        - [{LEMMA: {IN: [happy, willing]}}, {NORM: to}, {LEMMA: take}, {NORM: over}]
    examples:
      flag: [I am leaving.]
      pass: [Jo is happy to take over.]
"""


def test_rules_test_fails_a_lemma_no_word_has(tmp_path, tl):
    # "willing" is lemmatised "will": the rule passes its examples and never sees "willing"
    write(tmp_path, "lemma.yaml", LEMMA_PACK)
    assert tl("rules", "test", "lemma.yaml") == (
        1,
        "lemma.yaml F\n\nFAILURES\nlemma.yaml:4: house.take-over: LEMMA 'willing' never matches: spaCy's en tables "
        "give it the lemma 'will'\n\n0 passed, 1 failed\n",
        "",
    )
    # beside its lemma it is only redundant
    write(tmp_path, "lemma.yaml", LEMMA_PACK.replace("[happy, willing]", "[happy, willing, will]"))
    assert tl("rules", "test", "lemma.yaml") == (0, "lemma.yaml .\n\n1 passed, 0 failed\n", "")


def test_rules_test_on_a_malformed_pack(tmp_path, tl):
    write(tmp_path, "broken.yaml", USER_PACK.replace("    kind: phrase\n", "    kind: phrases\n"))
    assert tl("rules", "test", "broken.yaml") == (
        2, "", "tone-lint: error: broken.yaml:6: 'kind' must be one of phrase, token, regex, required, marker, learned, "
               "not 'phrases'\n"
    )


def test_rules_test_defaults_to_the_shipped_packs(tl):
    status, out, err = tl("rules", "test", cwd=ROOT)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[: len(builtin_pack_paths())]] == [
        str(p.relative_to(ROOT)) for p in builtin_pack_paths()
    ]
    assert lines[-1] == f"{len(BUILTIN)} passed, 0 failed"


@pytest.mark.parametrize("path", [p for p in builtin_pack_paths() if p.name in ("emotional.yaml", "heated.yaml")],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_shipped_pack_tested_alone_is_judged_beside_the_others(tl, path):
    # its shouting pass example needs the learned rules' calm veto, its heated examples the
    # other packs' heat: alone, the pack is still judged as a check would judge a draft
    rel = str(path.relative_to(ROOT))
    rules = len(load_pack(path).rules)
    assert tl("rules", "test", rel, cwd=ROOT) == (0, f"{rel} {'.' * rules}\n\n{rules} passed, 0 failed\n", "")


# --- new ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", WRITTEN_KINDS)
def test_new_skeleton_loads_and_passes(tmp_path, tl, lang, kind):
    status, out, err = tl("rules", "new", "--lang", lang, "--kind", kind, "-o", "pack.yaml")
    assert (status, out, err) == (0, "", "wrote pack.yaml; try: tone-lint rules test pack.yaml\n")
    pack = load_pack(tmp_path / "pack.yaml")
    assert (pack.language, [r.kind for r in pack.rules]) == (lang, [kind])
    assert (tmp_path / "pack.yaml").read_text(encoding="utf-8").count("#") >= 5  # it is commented
    assert tl("rules", "test", "pack.yaml") == (0, "pack.yaml .\n\n1 passed, 0 failed\n", "")


def test_new_offers_every_written_kind():
    from tone_lint.commands import rules

    assert rules.WRITTEN_KINDS == WRITTEN_KINDS


def test_new_prints_without_o_and_never_overwrites(tmp_path, tl):
    from tone_lint.skeleton import skeleton

    assert tl("rules", "new") == (0, skeleton("en", "phrase"), "")
    write(tmp_path, "mine.yaml", "keep me\n")
    assert tl("rules", "new", "-o", "mine.yaml") == (2, "", "tone-lint: error: mine.yaml: already exists; not overwritten\n")
    assert (tmp_path / "mine.yaml").read_text() == "keep me\n"


# --- docs/rules.md ----------------------------------------------------------------------


def test_docs_rules_md_is_up_to_date():
    from tone_lint.docs import render_builtin

    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == render_builtin(), "docs/rules.md is stale: run `python -m tone_lint.docs > docs/rules.md`"


def test_docs_cover_every_rule_and_the_command_prints_them(tl):
    from tone_lint.docs import render_builtin

    text = render_builtin()
    for rule in BUILTIN:
        assert f"\n### {rule.id}\n" in text
        assert rule.message.replace("*", "\\*") in text or rule.message in text.replace("\\", "")
    assert tl("rules", "doc") == (0, text, "")


# --- examples/house-style -------------------------------------------------------------------


def test_house_pack_uses_every_kind_and_passes(tl):
    pack = load_pack(HOUSE / "house.yaml")
    assert sorted({r.kind for r in pack.rules}) == sorted(WRITTEN_KINDS)
    status, out, _ = tl("rules", "test", "examples/house-style/house.yaml", cwd=ROOT)
    assert (status, out) == (0, "examples/house-style/house.yaml .....\n\n5 passed, 0 failed\n")


def test_house_style_config_applies(tl):
    status, out, err = tl("check", "--format", "json", "examples/house-style", cwd=ROOT)
    assert (status, err) == (1, "")
    files = {f["path"]: f for f in json.loads(out)["files"]}
    draft = files["examples/house-style/draft.txt"]
    # a missing element points at the words that made it a termination email: the builtin
    # marker may find them a little earlier than the house one, so only its line is pinned
    house = [(d["rule"], d["severity"], d["line"]) + ((d["column"],) if d["rule"] != "house.final-invoice" else ())
             for d in draft["diagnostics"] if d["rule"].startswith("house.")]
    assert house == [
        ("house.no-offense", "warning", 3, 1),
        ("house.final-invoice", "error", 3),  # strict: a missing element is an error
        ("house.just-following-up", "suggestion", 3, 50),  # severity override
        ("house.asap", "warning", 4, 41),
    ]
    assert draft["termination"] is True  # through the house marker alone
    assert {c["element"]: c["severity"] for c in draft["checklist"]}["open-door"] == "suggestion"
    old = files["examples/house-style/archive/old.txt"]
    assert not [d for d in old["diagnostics"] if d["rule"].startswith(("house.", "accusatory."))]


def test_house_style_config_show(tl):
    status, out, _ = tl("config", "show", "examples/house-style/draft.txt", cwd=ROOT)
    assert status == 0
    assert out.startswith("config file: examples/house-style/.tone-lint.yaml (nearest to the draft)\n"
                          "extends: preset strict\n")
    rows = {line[:18].strip(): line.split()[-1] for line in out.splitlines()[3:] if line[:18].strip()}
    assert rows["packs"] == "examples/house-style/.tone-lint.yaml:4"
    assert rows["cool-off"] == "examples/house-style/.tone-lint.yaml:13"
    assert rows["fail-on"] == "strict"  # "preset strict"


def test_rules_test_on_a_pack_whose_pattern_does_not_compile(tmp_path, tl):
    write(tmp_path, "bad.yaml", USER_PACK.replace("    phrases: [no offense]\n", "    patterns: [[{NROM: no}]]\n")
          .replace("    kind: phrase\n", "    kind: token\n"))
    status, out, err = tl("rules", "test", "bad.yaml")
    assert (status, out) == (2, "")
    assert err.startswith("tone-lint: error: bad.yaml:3: token attribute 'NROM' is not set by tone-lint's pipeline")


@pytest.mark.parametrize(
    ("rule_id", "lang", "fact", "label", "plain_rule"),
    [
        ("emotional.heated-praise", "en", "Kind: token · Context: heated (reports only beside two other findings)\n", "Context", "emotional.anger"),
        ("emotional.shouting", "en", "Kind: regex · Calm veto (not reported in a sentence the learned rules are sure is calm)\n", "Calm veto",
         "emotional.anger"),
        ("emotional.insult", "fr", "Kind: token · Heat: 2 (one finding makes the draft heated)\n", "Heat", "accusatory.you-always-never"),
        ("accusatory.learned", "fr", "Kind: learned · Threshold: 0.75 (0.6 for a whole sentence in a draft its draft model weighs 0.95)"
         " beside a written finding; without one, when its draft model"
         " weighs the draft 0.95, or 0.97 when another"
         " sentence weighs 0.3\n", "Threshold",
         "accusatory.you-always-never"),
    ],
)
def test_show_says_how_a_rule_takes_part_in_heat(tl, rule_id, lang, fact, label, plain_rule):
    status, out, _ = tl("rules", "show", rule_id, "--lang", lang)
    assert status == 0
    assert fact in out
    status, out, _ = tl("rules", "show", plain_rule, "--lang", "en")
    assert label not in out
