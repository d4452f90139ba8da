"""What `tone-lint check` does, apart from parsing options: read, lint, print, decide."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from tone_lint import inputs
from tone_lint.engine import Linter, Options
from tone_lint.errors import InputError
from tone_lint.findings import Severity
from tone_lint.formatters import render
from tone_lint.lang import detect
from tone_lint.packs import builtin_pack_paths, load_packs


def load_rules(extra_packs: list[str] = ()) -> list:
    packs = load_packs(builtin_pack_paths() + [Path(p) for p in extra_packs])
    return [rule for pack in packs for rule in pack.rules]


def exit_status(results, fail_on: str, had_errors: bool) -> int:
    if had_errors:
        return 2
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    return 1 if any(f.severity >= threshold for r in results for f in r.findings) else 0


def lint_bytes(linter: Linter, data: bytes, name: str, lang: str, options: Options):
    source = inputs.load(data, name)
    language = lang if lang != "auto" else detect(source.text)
    return linter.check(source, language, options)


class RuleSets:
    """Rules and compiled linters shared by every draft that resolves to the same rules."""

    def __init__(self):
        self._rules: dict[tuple, list] = {}
        self._checked: dict[int, object] = {}  # id -> settings, kept alive so an id is never reused
        self._linters: dict[tuple, Linter] = {}

    def rules(self, settings) -> list:
        """Every rule the settings' packs load (before select/ignore), names checked."""
        key = tuple(settings.pack_paths())
        if key not in self._rules:
            self._rules[key] = load_rules(list(key))
        rules = self._rules[key]
        if id(settings) not in self._checked:
            settings.check_names(rules)
            self._checked[id(settings)] = settings
        return rules

    def linter(self, settings, path: str | None) -> Linter:
        rules = settings.rules_for(self.rules(settings), path)
        key = tuple((r.pack, r.line, r.language, r.severity) for r in rules)
        if key not in self._linters:
            self._linters[key] = Linter(rules)
        return self._linters[key]


def lint_one(path: str, stdin_filename: str | None, configs, rule_sets: RuleSets):
    """Read and lint one input (`-`: standard input) under its own configuration.

    Returns the FileResult and the Settings it was linted with; an unreadable input is an
    InputError, a bad configuration a ToneLintError.
    """
    name = (stdin_filename or "-") if path == "-" else path
    settings = configs.for_path(name)
    if path == "-":
        data = sys.stdin.buffer.read(settings.max_bytes + 1)
        if len(data) > settings.max_bytes:
            raise InputError(f"input is over the {settings.max_bytes}-byte limit", name)
    else:
        data = inputs.read_file(path, settings.max_bytes)
    linter = rule_sets.linter(settings, None if name == "-" else name)
    options = Options(termination=settings.termination)
    return lint_bytes(linter, data, name, settings.language, options), settings


def run_check(paths, fmt, lang=None, fail_on=None, stdin_filename=None, column_unit="char", termination=None,
              extra_packs=(), color=False, config=None, no_config=False) -> int:
    """Lint `paths`; lang, fail_on and termination left as None come from each draft's configuration."""
    from tone_lint.config import Configs

    configs = Configs(config, no_config, overrides={
        "language": lang, "fail-on": fail_on, "termination": termination, "packs": list(extra_packs),
    })
    rule_sets = RuleSets()
    results, statuses, had_errors = [], [], False
    for folder in inputs.empty_folders(paths):
        click.echo(f"tone-lint: error: {folder}: no drafts in this folder "
                   f"(looked for {', '.join(sorted(inputs.DRAFT_SUFFIXES))})", err=True)
        had_errors = True
    for path in inputs.expand(paths):
        try:
            result, settings = lint_one(path, stdin_filename, configs, rule_sets)
        except InputError as exc:
            click.echo(f"tone-lint: error: {exc}", err=True)
            had_errors = True
            continue
        results.append(result)
        statuses.append(exit_status([result], settings.fail_on, False))
    if results or not had_errors:
        sys.stdout.write(render(fmt, results, color=color, column_unit=column_unit))
    sys.stdout.flush()
    return 2 if had_errors else max(statuses, default=0)
