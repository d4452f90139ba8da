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
from tone_lint.packs import builtin_pack_paths


def load_rules(extra_packs: list[str] = ()) -> list:
    from tone_lint import rulecache

    return rulecache.rules_of(builtin_pack_paths() + [Path(p) for p in extra_packs])


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


def _stamp(path: Path) -> tuple:
    """What tells a changed pack file from the one loaded before (a long-lived process)."""
    try:
        st = path.stat()
        return (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), None, None)


class RuleSets:
    """Rules and compiled linters shared by every draft that resolves to the same rules.

    A long-lived process (the daemon, the language server) keeps one: packs are reloaded when
    their file changes, and compiled linters are reused for as long as their rules are.
    """

    MAX_CACHED = 32

    def __init__(self):
        self._rules: dict[tuple, list] = {}
        self._checked: dict[int, object] = {}  # id -> settings, kept alive so an id is never reused
        self._linters: dict[tuple, Linter] = {}
        self._by_settings: dict[tuple, tuple] = {}

    def _rules_key(self, settings) -> tuple:
        return tuple(_stamp(Path(p)) for p in settings.pack_paths())

    def rules(self, settings) -> list:
        """Every rule the settings' packs load (before select/ignore), names checked."""
        key = self._rules_key(settings)
        if key not in self._rules:
            if len(self._rules) >= self.MAX_CACHED:
                self._rules.clear()
                self._linters.clear()
                self._by_settings.clear()
            self._rules[key] = load_rules([entry[0] for entry in key])
        rules = self._rules[key]
        if id(settings) not in self._checked:
            if len(self._checked) >= 256:
                self._checked.clear()
            settings.check_names(rules)
            self._checked[id(settings)] = settings
        return rules

    def linter(self, settings, path: str | None) -> Linter:
        loaded = self.rules(settings)
        # A folder of drafts under one configuration shares one answer: found again by
        # identity rather than by filtering and comparing every rule for every draft.
        memo = (id(loaded), id(settings), settings.file_patterns_for(path))
        hit = self._by_settings.get(memo)
        if hit is not None:
            return hit[-1]
        rules = settings.rules_for(loaded, path)
        key = (self._rules_key(settings), tuple((r.pack, r.id, r.language, r.severity) for r in rules))
        if key not in self._linters:
            self._linters[key] = Linter(rules)
        if len(self._by_settings) >= 256:
            self._by_settings.clear()
        self._by_settings[memo] = (loaded, settings, self._linters[key])  # kept alive: ids not reused
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
              extra_packs=(), color=False, config=None, no_config=False, jobs=1, rule_sets=None) -> int:
    """Lint `paths`; lang, fail_on and termination left as None come from each draft's configuration.

    `jobs`: lint files in that many processes, output unchanged and in input order.
    `rule_sets`: compiled rules to reuse (the daemon keeps one warm).
    """
    from tone_lint.config import Configs

    configs = Configs(config, no_config, overrides={
        "language": lang, "fail-on": fail_on, "termination": termination, "packs": list(extra_packs),
    })
    rule_sets = rule_sets if rule_sets is not None else RuleSets()
    results, statuses, had_errors = [], [], False
    for folder in inputs.empty_folders(paths):
        click.echo(f"tone-lint: error: {folder}: no drafts in this folder "
                   f"(looked for {', '.join(sorted(inputs.DRAFT_SUFFIXES))})", err=True)
        had_errors = True

    def work(path):
        result, settings = lint_one(path, stdin_filename, configs, rule_sets)
        return result, exit_status([result], settings.fail_on, False)

    def serially(paths):
        for path in paths:
            try:
                yield work(path)
            except InputError as exc:
                yield exc

    paths = inputs.expand(paths)
    if jobs != 1 and len(paths) > 1:
        from tone_lint import parallel

        jobs = parallel.effective_jobs(jobs, len(paths))
    if jobs != 1 and len(paths) > 1:
        outcomes = parallel.map_in_order(paths, work, jobs, in_parent=lambda path: path == "-",
                                         warm=lambda: _warm(paths, configs, rule_sets))
    else:
        outcomes = serially(paths)
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            click.echo(f"tone-lint: error: {outcome}", err=True)
            had_errors = True
            continue
        result, status = outcome
        results.append(result)
        statuses.append(status)
    if results or not had_errors:
        sys.stdout.write(render(fmt, results, color=color, column_unit=column_unit))
    sys.stdout.flush()
    return 2 if had_errors else max(statuses, default=0)


def _warm(paths, configs, rule_sets) -> None:
    """Compile the first file's rules, and the pipelines its first drafts need, before workers fork."""
    from tone_lint import parallel

    files = [p for p in paths if p != "-"]
    if not files:
        return
    settings = configs.for_path(files[0])
    parallel.warm_languages(rule_sets.linter(settings, files[0]), files, settings.language)
