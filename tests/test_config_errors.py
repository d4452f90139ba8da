"""Every configuration mistake is one line naming FILE:LINE, and exit status 2."""
from __future__ import annotations

import pytest
from conftest import shipped_rules
from helpers_config import tl, write  # noqa: F401 - tl is a fixture

ELEMENTS = ", ".join(sorted({r.element for r in shipped_rules() if r.kind == "required"}))
KEYS = "extends, language, fail-on, select, ignore, severity, per-file-ignores, packs, elements, termination, " \
       "cool-off, max-bytes"

YAML_CASES = [
    ("unknown key", "fail-on: error\ncolour: red\n",
     f".tone-lint.yaml:2: unknown key 'colour' (expected one of: {KEYS})"),
    ("misspelt key", "# house\nfail_on: error\n",
     f".tone-lint.yaml:2: unknown key 'fail_on' (did you mean 'fail-on'? expected one of: {KEYS})"),
    ("bad severity name", "severity:\n  accusatory: error\n  emotional: fatal\n",
     ".tone-lint.yaml:3: bad severity 'fatal' for 'emotional' (expected one of: error, warning, suggestion)"),
    ("severity not a mapping", "severity: [error]\n", ".tone-lint.yaml:1: 'severity' must be a mapping"),
    ("bad glob type", "per-file-ignores:\n  1: [emotional]\n",
     ".tone-lint.yaml:2: a per-file-ignores key must be a glob string, not 1"),
    ("bad per-file-ignores value", 'per-file-ignores:\n  "*.txt": emotional\n',
     ".tone-lint.yaml:2: per-file-ignores '*.txt' must be a list of rule ids, prefixes or categories"),
    ("unknown preset", "\nextends: stricter\n",
     ".tone-lint.yaml:2: unknown preset 'stricter' (expected one of: default, relaxed, strict, or a path)"),
    ("extends a missing file", "extends: team/base.yaml\n", ".tone-lint.yaml:1: extends 'team/base.yaml': no such file"),
    ("extends not a string", "extends: [strict]\n", ".tone-lint.yaml:1: 'extends' must be a preset name or a path"),
    ("bad YAML", "fail-on: warning\nselect: [emotional\n",
     ".tone-lint.yaml:2: invalid YAML: expected ',' or ']', but got '<stream end>'"),
    ("duplicate key", "fail-on: warning\nfail-on: error\n", ".tone-lint.yaml:2: duplicate key 'fail-on'"),
    ("not a mapping", "\n- fail-on\n", ".tone-lint.yaml:2: a configuration file must be a mapping of keys to values"),
    ("bad language", "language: de\n", ".tone-lint.yaml:1: 'language' must be one of auto, en, fr, not 'de'"),
    ("bad fail-on", "fail-on: sometimes\n",
     ".tone-lint.yaml:1: 'fail-on' must be one of error, warning, suggestion, never, not 'sometimes'"),
    ("empty fail-on", "fail-on:\n",
     ".tone-lint.yaml:1: 'fail-on' must be one of error, warning, suggestion, never, not nothing"),
    ("bad termination", "termination: yes\n",
     ".tone-lint.yaml:1: 'termination' must be one of auto, always, never, not 'yes'"),
    ("negative cool-off", "cool-off: -5\n",
     ".tone-lint.yaml:1: 'cool-off' must be a number of minutes, at least 0, not -5"),
    ("boolean cool-off", "cool-off: true\n",
     ".tone-lint.yaml:1: 'cool-off' must be a number of minutes, at least 0, not true"),
    ("text cool-off", "cool-off: 10 minutes\n",
     ".tone-lint.yaml:1: 'cool-off' must be a number of minutes, at least 0, not '10 minutes'"),
    ("infinite cool-off", "cool-off: .inf\n",
     ".tone-lint.yaml:1: 'cool-off' must be a number of minutes, at least 0, not inf"),
    ("fractional max-bytes", "max-bytes: 1.5\n",
     ".tone-lint.yaml:1: 'max-bytes' must be a whole number of bytes, at least 1, not 1.5"),
    ("zero max-bytes", "max-bytes: 0\n", ".tone-lint.yaml:1: 'max-bytes' must be a whole number of bytes, at least 1, not 0"),
    ("select not a list", "select: emotional\n",
     ".tone-lint.yaml:1: 'select' must be a list of rule ids, prefixes or categories"),
    ("ignore item not a string", "ignore:\n  - emotional\n  - 3\n",
     ".tone-lint.yaml:3: 'ignore' must list rule ids, prefixes or categories, not 3"),
    ("a name that selects no rule", "ignore:\n  - emotional\n  - emotionl\n",
     ".tone-lint.yaml:3: 'emotionl' selects no rule; did you mean 'emotional'?"),
    ("severity of no rule", "severity:\n  nothing.here: error\n",
     ".tone-lint.yaml:2: 'nothing.here' selects no rule (see `tone-lint rules list`)"),
    ("per-file-ignores of no rule", 'per-file-ignores:\n  "*.txt": [accusatorx]\n',
     ".tone-lint.yaml:2: 'accusatorx' selects no rule; did you mean 'accusatory'?"),
    ("unknown element", "elements:\n  thankz: off\n",
     f".tone-lint.yaml:2: unknown element 'thankz' (expected one of: {ELEMENTS})"),
    ("bad element level", "elements: {open-door: maybe}\n",
     ".tone-lint.yaml:1: bad level 'maybe' for element 'open-door' (expected one of: error, warning, suggestion, off)"),
    ("packs not a list", "packs: mine.yaml\n", ".tone-lint.yaml:1: 'packs' must be a list of rule pack paths"),
    ("missing pack", "packs:\n  - mine.yaml\n", ".tone-lint.yaml:2: pack 'mine.yaml': no such file"),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in YAML_CASES], ids=[c[0] for c in YAML_CASES])
def test_yaml_config_errors(tmp_path, tl, text, expected):
    write(tmp_path, ".tone-lint.yaml", text)
    assert tl("config", "show") == (2, "", f"tone-lint: error: {expected}\n")


def test_the_same_error_stops_check(tmp_path, tl):
    write(tmp_path, ".tone-lint.yaml", "colour: red\n")
    write(tmp_path, "d.txt", "Hello.\n")
    assert tl("check", "d.txt") == (2, "", f"tone-lint: error: .tone-lint.yaml:1: unknown key 'colour' (expected one of: {KEYS})\n")


def test_an_error_in_an_extended_file_names_that_file(tmp_path, tl):
    write(tmp_path, "team/base.yaml", "fail-on: error\n\ntermination: sometimes\n")
    write(tmp_path, ".tone-lint.yaml", "extends: team/base.yaml\n")
    assert tl("config", "show") == (
        2, "", "tone-lint: error: team/base.yaml:3: 'termination' must be one of auto, always, never, not 'sometimes'\n"
    )


def test_an_extends_cycle(tmp_path, tl):
    write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    assert tl("config", "show", "--config", "a.yaml") == (
        2, "", "tone-lint: error: a.yaml: configuration extends itself in a cycle\n"
    )


TOML_CASES = [
    ("unknown key in pyproject", '[project]\nname = "x"\n\n[tool.tone-lint]\nfail-on = "error"\ncolor = "red"\n',
     f"pyproject.toml:6: unknown key 'color' (expected one of: {KEYS})"),
    ("bad severity in a pyproject sub-table",
     '[tool.tone-lint]\nfail-on = "error"\n\n[tool.tone-lint.severity]\nemotional = "loud"\n',
     "pyproject.toml:5: bad severity 'loud' for 'emotional' (expected one of: error, warning, suggestion)"),
    ("bad pyproject table", '[project]\nname = "x"\n\n[tool]\ntone-lint = 3\n',
     "pyproject.toml:5: [tool.tone-lint] must be a table of settings, not int"),
    ("bad TOML", '[tool.tone-lint]\nfail-on = "error\n',
     "pyproject.toml:2: invalid TOML: Illegal character '\\n'"),
    ("bad glob type in pyproject", '[tool.tone-lint.per-file-ignores]\n"*.txt" = "emotional"\n',
     "pyproject.toml:2: per-file-ignores '*.txt' must be a list of rule ids, prefixes or categories"),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in TOML_CASES], ids=[c[0] for c in TOML_CASES])
def test_pyproject_errors(tmp_path, tl, text, expected):
    write(tmp_path, "pyproject.toml", text)
    assert tl("config", "show") == (2, "", f"tone-lint: error: {expected}\n")


def test_config_option_without_a_table(tmp_path, tl):
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    assert tl("config", "show", "--config", "pyproject.toml") == (
        2, "", "tone-lint: error: pyproject.toml: no [tool.tone-lint] table\n"
    )


def test_a_missing_config_file_named_by_option_or_env(tmp_path, tl):
    assert tl("config", "show", "--config", "nope.yaml") == (
        2, "", "tone-lint: error: nope.yaml: no such configuration file (from --config)\n"
    )
    missing = str(tmp_path / "gone.yaml")
    assert tl("config", "show", env={"TONE_LINT_CONFIG": missing}) == (
        2, "", f"tone-lint: error: {missing}: no such configuration file (from TONE_LINT_CONFIG)\n"
    )


def test_config_and_no_config_together(tmp_path, tl):
    write(tmp_path, "c.yaml", "fail-on: error\n")
    write(tmp_path, "d.txt", "Hello.\n")
    assert tl("check", "--config", "c.yaml", "--no-config", "d.txt") == (
        2, "", "tone-lint: error: --config and --no-config cannot be used together\n"
    )


def test_an_error_in_the_user_config_names_it(tmp_path, tl):
    user = tmp_path / "xdg"
    write(user, "tone-lint/config.yaml", "fail-on: sometimes\n")
    status, out, err = tl("config", "show", env={"XDG_CONFIG_HOME": str(user)})
    assert (status, out) == (2, "")
    assert err == "tone-lint: error: xdg/tone-lint/config.yaml:1: 'fail-on' must be one of error, warning, suggestion, " \
                  "never, not 'sometimes'\n"
