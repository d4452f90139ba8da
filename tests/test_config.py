"""Configuration: which file applies, what each key does, presets, and origins."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shipped_rules
from helpers_config import DRAFT_ANGRY, tl, write  # noqa: F401 - tl is a fixture

from tone_lint.config import Configs, Settings, glob_matches
from tone_lint.findings import Severity
from tone_lint.inputs import MAX_BYTES

RULES = shipped_rules()
# Builtin rules the tests name, found rather than written in, so the packs can be rewritten freely.
ACCUSATORY = sorted(r.id for r in RULES if r.category == "accusatory")[0]
EMOTIONAL = sorted(r.id for r in RULES if r.category == "emotional")[0]
MARKER = sorted(r.id for r in RULES if r.kind == "marker")[0]
ELEMENT_RULE = {r.element: r.id for r in RULES if r.kind == "required"}
OPEN_DOOR, NOTICE = ELEMENT_RULE["open-door"], ELEMENT_RULE["notice-period"]


def configs(tmp_path, env=None, **kwargs) -> Configs:
    return Configs(env={"XDG_CONFIG_HOME": str(tmp_path / "user"), **(env or {})}, **kwargs)


# --- which file applies --------------------------------------------------------------


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """proj/.tone-lint.yaml, proj/sub/.tone-lint.yaml, a user config, and a folder with none."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "proj/.tone-lint.yaml", "fail-on: error\n")
    write(tmp_path, "proj/sub/.tone-lint.yaml", "fail-on: never\n")
    write(tmp_path, "user/tone-lint/config.yaml", "fail-on: suggestion\n")
    write(tmp_path, "explicit.yaml", "\nlanguage: fr\n")
    for rel in ("proj/a.txt", "proj/sub/deeper/b.txt", "elsewhere/c.txt"):
        write(tmp_path, rel, "Hello.\n")
    return tmp_path


def test_nearest_folder_wins_then_parent_then_user_config(tree):
    c = configs(tree)
    sub = c.for_path(str(tree / "proj/sub/deeper/b.txt"))
    assert (sub.fail_on, sub.file, sub.found_by) == ("never", "proj/sub/.tone-lint.yaml", "discovery")
    assert sub.origin("fail-on") == "proj/sub/.tone-lint.yaml:1"
    assert c.for_path("proj/a.txt").fail_on == "error"
    user = c.for_path("elsewhere/c.txt")
    assert (user.fail_on, user.found_by, user.file) == ("suggestion", "user config", "user/tone-lint/config.yaml")


def test_user_config_defaults_to_dot_config(tree, monkeypatch):
    monkeypatch.setenv("HOME", str(tree / "home"))
    write(tree, "home/.config/tone-lint/config.yaml", "termination: never\n")
    settings = Configs(env={}).for_path(str(tree / "elsewhere/c.txt"))
    assert settings.termination == "never"
    assert settings.file == "home/.config/tone-lint/config.yaml"


def test_no_file_anywhere_gives_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = configs(tmp_path).for_path(str(write(tmp_path, "d.txt", "Hi.\n")))
    assert settings.file is None
    assert (settings.language, settings.fail_on, settings.termination, settings.cool_off, settings.max_bytes) == (
        "auto", "warning", "auto", 0, MAX_BYTES
    )


def test_config_option_and_env_override_discovery(tree):
    by_option = configs(tree, config="explicit.yaml").for_path("proj/sub/deeper/b.txt")
    assert (by_option.language, by_option.fail_on, by_option.found_by) == ("fr", "warning", "--config")
    assert by_option.origin("language") == "explicit.yaml:2"
    env = {"TONE_LINT_CONFIG": str(tree / "explicit.yaml")}
    by_env = configs(tree, env=env).for_path("proj/a.txt")
    assert (by_env.language, by_env.fail_on, by_env.found_by) == ("fr", "warning", "TONE_LINT_CONFIG")
    write(tree, "other.yaml", "language: en\n")
    both = configs(tree, env=env, config="other.yaml").for_path("proj/a.txt")
    assert (both.language, both.found_by) == ("en", "--config")


def test_no_config_ignores_every_file_and_the_env(tree):
    env = {"TONE_LINT_CONFIG": str(tree / "explicit.yaml")}
    settings = configs(tree, env=env, no_config=True).for_path("proj/sub/deeper/b.txt")
    assert settings.file is None and settings.fail_on == "warning" and settings.language == "auto"


def test_stdin_uses_the_stdin_filename_folder_or_the_working_folder(tree, tl):
    env = {"XDG_CONFIG_HOME": str(tree / "user")}
    draft = DRAFT_ANGRY.encode()
    # proj/sub says fail-on: never, the user config fail-on: suggestion
    assert tl("check", "--stdin-filename", "proj/sub/mail.txt", "-", input=draft, env=env, cwd=tree)[0] == 0
    assert tl("check", "-", input=draft, env=env, cwd=tree / "proj/sub")[0] == 0
    assert tl("check", "--stdin-filename", "elsewhere/mail.txt", "-", input=draft, env=env, cwd=tree)[0] == 1


def test_pyproject_table_is_found_and_yaml_wins_in_the_same_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a/pyproject.toml", """\
        [project]
        name = "x"

        [tool.tone-lint]
        fail-on = "error"
        ignore = ["emotional"]

        [tool.tone-lint.severity]
        "accusatory" = "error"
        """)
    write(tmp_path, "a/b/pyproject.toml", "[project]\nname = 'no table'\n")
    settings = configs(tmp_path).for_path("a/b/d.txt")
    assert settings.file == "a/pyproject.toml"
    assert settings.fail_on == "error" and settings.origin("fail-on") == "a/pyproject.toml:5"
    assert [(e.key, e.origin) for e in settings.ignore] == [("emotional", "a/pyproject.toml:6")]
    assert settings.severity["accusatory"].origin == "a/pyproject.toml:9"
    write(tmp_path, "a/.tone-lint.yaml", "fail-on: never\n")
    assert configs(tmp_path).for_path("a/b/d.txt").fail_on == "never"


def test_a_pyproject_that_does_not_mention_tone_lint_is_not_ours_to_judge(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "pyproject.toml", "fail-on = 'error'\n")
    write(tmp_path, "a/pyproject.toml", "[project\nbroken = \n")
    assert configs(tmp_path).for_path("a/d.txt").file is None


def test_config_option_reads_a_pyproject(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "pyproject.toml", '[tool.tone-lint]\ntermination = "always"\n')
    settings = configs(tmp_path, config="pyproject.toml").for_path("x.txt")
    assert settings.termination == "always" and settings.origin("termination") == "pyproject.toml:2"


# --- each key ---------------------------------------------------------------------------


def settings_from(tmp_path, monkeypatch, text: str, rules=RULES) -> Settings:
    write(tmp_path, ".tone-lint.yaml", text)
    monkeypatch.chdir(tmp_path)
    settings = configs(tmp_path).for_path("d.txt")
    settings.check_names(rules)
    return settings


def ids(rules, lang="en"):
    return sorted(r.id for r in rules if r.language == lang)


def test_scalar_keys(tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, """\
        language: fr
        fail-on: suggestion
        termination: always
        cool-off: 7.5
        max-bytes: 1000
        """)
    assert (s.language, s.fail_on, s.termination, s.cool_off, s.max_bytes) == ("fr", "suggestion", "always", 7.5, 1000)
    assert [s.origin(k) for k in ("language", "fail-on", "termination", "cool-off", "max-bytes")] == [
        f".tone-lint.yaml:{n}" for n in range(1, 6)
    ]


def test_select_and_ignore_by_id_prefix_and_category(tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, f"select: [accusatory, {OPEN_DOOR}]\nignore: [{ACCUSATORY}]\n")
    expected = {r.id for r in RULES if r.language == "en"
                and (r.category == "accusatory" or r.id == OPEN_DOOR or r.kind == "marker")} - {ACCUSATORY}
    assert set(ids(s.rules_for(RULES))) == expected
    assert MARKER in expected  # markers are never filtered out: they report nothing


def test_ignore_a_category_that_is_not_a_prefix(tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, "ignore: [missing]\n")
    kept = s.rules_for(RULES)
    assert not [r for r in kept if r.category == "missing"]
    assert [r for r in kept if r.category == "emotional"]


USER_RULES = """\
language: en
rules:
""" + "".join(f"""\
  - id: {rule_id}
    category: tone
    severity: warning
    kind: phrase
    message: m
    why: w
    phrases: [{word}]
""" for rule_id, word in (("house.a", "alpha"), ("house.b", "beta"), ("extra.c", "gamma")))


def test_severity_overrides_most_specific_wins(tmp_path, monkeypatch):
    from tone_lint.packs import load_pack

    write(tmp_path, "mine.yaml", USER_RULES)
    rules = RULES + list(load_pack(tmp_path / "mine.yaml").rules)
    s = settings_from(tmp_path, monkeypatch, """\
        packs: [mine.yaml]
        severity:
          all: suggestion
          tone: warning
          house: error
          house.a: suggestion
        """, rules)
    by_id = {r.id: r.severity for r in s.rules_for(rules) if r.language == "en"}
    assert by_id["house.a"] == Severity.SUGGESTION  # an id beats its prefix
    assert by_id["house.b"] == Severity.ERROR  # a prefix beats a category
    assert by_id["extra.c"] == Severity.WARNING  # a category beats `all`
    assert {by_id[r.id] for r in RULES if r.language == "en"} == {Severity.SUGGESTION}


def test_elements_change_or_drop_required_rules(tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, "elements: {open-door: suggestion, handover-plan: off}\n")
    by_element = {r.element: r.severity for r in s.rules_for(RULES) if r.kind == "required" and r.language == "fr"}
    expected = {r.element: r.severity for r in RULES if r.kind == "required" and r.language == "fr"}
    del expected["handover-plan"]
    expected["open-door"] = Severity.SUGGESTION
    assert by_element == expected


def test_packs_are_relative_to_the_config_file(tmp_path, monkeypatch):
    from tone_lint.skeleton import skeleton

    write(tmp_path, "cfg/packs/mine.yaml", skeleton("en", "regex"))
    write(tmp_path, "cfg/.tone-lint.yaml", "packs: [packs/mine.yaml]\nseverity: {house: error}\n")
    monkeypatch.chdir(tmp_path)
    s = configs(tmp_path).for_path("cfg/draft.txt")
    assert [(e.key, e.origin) for e in s.packs] == [("cfg/packs/mine.yaml", "cfg/.tone-lint.yaml:1")]
    assert s.pack_paths() == [Path("cfg/packs/mine.yaml")]
    # from outside, the same file is named by its absolute path
    (tmp_path / "outside").mkdir()
    monkeypatch.chdir(tmp_path / "outside")
    assert configs(tmp_path).for_path(str(tmp_path / "cfg/d.txt")).pack_paths() == [tmp_path / "cfg/packs/mine.yaml"]


def test_command_line_overrides_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, ".tone-lint.yaml", "fail-on: never\nlanguage: fr\n")
    s = configs(tmp_path, overrides={"fail-on": "error", "language": None, "packs": ["x.yaml"]}).for_path("d.txt")
    assert (s.fail_on, s.origin("fail-on"), s.language, s.origin("language")) == (
        "error", "command line", "fr", ".tone-lint.yaml:2"
    )
    assert [(e.key, e.origin) for e in s.packs] == [("x.yaml", "command line")]


# --- presets ----------------------------------------------------------------------------


def test_default_preset_is_the_defaults():
    from tone_lint.config import _Applier, presets_dir

    written = Settings()
    _Applier(written).apply_file(presets_dir() / "default.yaml", "preset default", preset="default")
    written.check_names(RULES)
    plain = Settings()
    for key in ("language", "fail_on", "termination", "cool_off", "max_bytes", "severity", "elements",
                "per_file_ignores", "packs"):
        assert getattr(written, key) == getattr(plain, key), key
    assert [e.key for e in written.select] == ["all"] and written.ignore == ()


@pytest.mark.parametrize("name", ["default", "strict", "relaxed"])
def test_every_preset_loads_and_names_real_rules(name, tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, f"extends: {name}\n")
    assert s.extends == (f"preset {name}",)
    s.rules_for(RULES)


def test_strict_and_relaxed(tmp_path, monkeypatch):
    strict = settings_from(tmp_path, monkeypatch, "extends: strict\n")
    assert (strict.fail_on, strict.origin("fail-on")) == ("suggestion", "preset strict")
    assert {r.severity for r in strict.rules_for(RULES) if r.kind == "required"} == {Severity.ERROR}
    relaxed = settings_from(tmp_path / "r", monkeypatch, "extends: relaxed\n")
    assert relaxed.fail_on == "error"
    assert {r.severity for r in relaxed.rules_for(RULES) if r.kind == "required"} == {Severity.SUGGESTION}


def test_a_file_overrides_its_preset_entry_by_entry(tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, f"""\
        extends: strict
        fail-on: warning
        severity:
          {OPEN_DOOR}: suggestion
        """)
    assert (s.fail_on, s.origin("fail-on")) == ("warning", ".tone-lint.yaml:2")
    assert {k: (e.value, e.origin) for k, e in s.severity.items()} == {
        "missing": ("error", "preset strict"),
        OPEN_DOOR: ("suggestion", ".tone-lint.yaml:4"),
    }
    sev = {r.id: r.severity for r in s.rules_for(RULES) if r.kind == "required"}
    assert sev[OPEN_DOOR] == Severity.SUGGESTION and sev[NOTICE] == Severity.ERROR


def test_extends_a_path_chain(tmp_path, monkeypatch):
    write(tmp_path, "team/base.yaml", "extends: relaxed\ntermination: never\n")
    s = settings_from(tmp_path, monkeypatch, "extends: team/base.yaml\ncool-off: 5\n")
    assert s.extends == ("team/base.yaml", "preset relaxed")
    assert (s.fail_on, s.origin("fail-on")) == ("error", "preset relaxed")
    assert (s.termination, s.origin("termination")) == ("never", "team/base.yaml:2")
    assert s.cool_off == 5


# --- per-file ignores --------------------------------------------------------------------


@pytest.mark.parametrize("pattern, path, expected", [
    ("drafts/old/*.txt", "drafts/old/a.txt", True),
    ("drafts/old/*.txt", "drafts/old/deeper/a.txt", False),
    ("drafts/**/*.txt", "drafts/old/deeper/a.txt", True),
    ("drafts/**/*.txt", "drafts/a.txt", True),
    ("*.eml", "x/y/z.eml", True),
    ("*.eml", "x/y/z.txt", False),
    ("drafts/?.txt", "drafts/a.txt", True),
    ("drafts/[ab].txt", "drafts/c.txt", False),
    ("other/*.txt", "drafts/a.txt", False),
])
def test_glob_semantics(tmp_path, monkeypatch, pattern, path, expected):
    monkeypatch.chdir(tmp_path)
    assert glob_matches(pattern, path, tmp_path) is expected


def test_per_file_ignores_apply_to_matching_drafts_only(tmp_path, monkeypatch):
    s = settings_from(tmp_path, monkeypatch, f'per-file-ignores:\n  "drafts/old/*.txt": [emotional, {ACCUSATORY}]\n')
    old = ids(s.rules_for(RULES, "drafts/old/a.txt"))
    new = ids(s.rules_for(RULES, "drafts/new/a.txt"))
    assert EMOTIONAL in new and ACCUSATORY in new
    assert not [i for i in old if i.startswith("emotional.")] and ACCUSATORY not in old
    assert set(new) - set(old) == {r.id for r in RULES if r.language == "en"
                                   and (r.category == "emotional" or r.id == ACCUSATORY)}


def test_per_file_ignores_in_check(tmp_path, tl):
    write(tmp_path, ".tone-lint.yaml", 'per-file-ignores:\n  "old/*.txt": [accusatory]\nfail-on: never\n')
    write(tmp_path, "old/a.txt", DRAFT_ANGRY)
    write(tmp_path, "new/a.txt", DRAFT_ANGRY)
    status, out, err = tl("check", "--format", "json", "new", "old")
    assert (status, err) == (0, "")
    rules = {f["path"]: sorted({d["rule"] for d in f["diagnostics"]}) for f in json.loads(out)["files"]}
    assert [r for r in rules["new/a.txt"] if r.startswith("accusatory.")]
    assert not [r for r in rules["old/a.txt"] if r.startswith("accusatory.")]
    assert [r for r in rules["old/a.txt"] if r.startswith("emotional.")]


# --- check uses it ------------------------------------------------------------------------


def test_check_exit_status_follows_the_config_fail_on_and_the_option_wins(tmp_path, tl):
    write(tmp_path, "d.txt", DRAFT_ANGRY)
    assert tl("check", "d.txt")[0] == 1
    write(tmp_path, ".tone-lint.yaml", "fail-on: never\n")
    assert tl("check", "d.txt")[0] == 0
    assert tl("check", "--fail-on", "warning", "d.txt")[0] == 1
    assert tl("check", "--no-config", "d.txt")[0] == 1


def test_each_draft_gets_its_own_config(tmp_path, tl):
    write(tmp_path, "calm/.tone-lint.yaml", "fail-on: never\n")
    write(tmp_path, "calm/d.txt", DRAFT_ANGRY)
    write(tmp_path, "strict/d.txt", DRAFT_ANGRY)
    assert tl("check", "calm/d.txt")[0] == 0
    assert tl("check", "calm/d.txt", "strict/d.txt")[0] == 1


def test_check_language_termination_and_ignore_from_the_config(tmp_path, tl):
    write(tmp_path, "d.txt", DRAFT_ANGRY)
    write(tmp_path, ".tone-lint.yaml", "termination: never\nignore: [emotional]\n")
    status, out, _ = tl("check", "--format", "json", "d.txt")
    result = json.loads(out)["files"][0]
    assert result["termination"] is False and result["checklist"] == []
    assert {d["category"] for d in result["diagnostics"]} == {"accusatory"}
    write(tmp_path, ".tone-lint.yaml", "language: fr\n")
    assert json.loads(tl("check", "--format", "json", "d.txt")[1])["files"][0]["language"] == "fr"
    assert json.loads(tl("check", "--format", "json", "--lang", "en", "d.txt")[1])["files"][0]["language"] == "en"


def test_max_bytes_from_the_config(tmp_path, tl):
    write(tmp_path, "d.txt", DRAFT_ANGRY)
    write(tmp_path, ".tone-lint.yaml", "max-bytes: 20\n")
    size = len(DRAFT_ANGRY.encode())
    assert tl("check", "d.txt") == (2, "", f"tone-lint: error: d.txt: file is {size} bytes, over the 20-byte limit\n")


def test_check_help_says_options_override_the_config(tl):
    status, out, _ = tl("check", "--help")
    assert status == 0
    flat = " ".join(out.split())
    assert "Options given here override the configuration file" in flat
    assert "--config FILE" in flat and "--no-config" in flat


# --- config show -----------------------------------------------------------------------------


def test_config_show_prints_values_and_origins(tmp_path, tl):
    write(tmp_path, "proj/.tone-lint.yaml", """\
        extends: strict
        ignore: [emotional]
        severity:
          accusatory: error
        per-file-ignores:
          "old/*.txt": [accusatory, emotional]
        elements: {open-door: off}
        cool-off: 30
        """)
    status, out, err = tl("config", "show", "--termination", "never", "proj")
    assert (status, err) == (0, "")
    assert out == (
        "config file: proj/.tone-lint.yaml (nearest to the draft)\n"
        "extends: preset strict\n"
        "\n"
        "language          auto                              default\n"
        "fail-on           suggestion                        preset strict\n"
        "select            all                               default\n"
        "ignore            emotional                         proj/.tone-lint.yaml:2\n"
        "severity          missing: error                    preset strict\n"
        "                  accusatory: error                 proj/.tone-lint.yaml:4\n"
        "per-file-ignores  old/*.txt: accusatory, emotional  proj/.tone-lint.yaml:6\n"
        "packs             (none)                            default\n"
        "elements          open-door: off                    proj/.tone-lint.yaml:7\n"
        "termination       never                             command line\n"
        "cool-off          30                                proj/.tone-lint.yaml:8\n"
        f"max-bytes         {MAX_BYTES:<32}  default\n"
    )


def test_config_show_json_and_env(tmp_path, tl):
    write(tmp_path, "elsewhere.yaml", "cool-off: 10\n")
    status, out, _ = tl("config", "show", "--format", "json", env={"TONE_LINT_CONFIG": str(tmp_path / "elsewhere.yaml")})
    data = json.loads(out)
    assert (status, data["found_by"], data["file"]) == (0, "TONE_LINT_CONFIG", "elsewhere.yaml")
    assert data["settings"]["cool-off"] == {"value": 10, "origin": "elsewhere.yaml:1"}
    assert data["settings"]["fail-on"] == {"value": "warning", "origin": "default"}
