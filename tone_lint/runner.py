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


def lint_path(linter: Linter, path: str, lang: str, options: Options):
    """Read and lint one file; an unreadable one is an InputError."""
    return lint_bytes(linter, inputs.read_file(path), path, lang, options)


def _lint_stdin(linter: Linter, stdin_filename, lang: str, options: Options):
    name = stdin_filename or "-"
    data = sys.stdin.buffer.read(inputs.MAX_BYTES + 1)
    if len(data) > inputs.MAX_BYTES:
        raise InputError(f"input is over the {inputs.MAX_BYTES}-byte limit", name)
    return lint_bytes(linter, data, name, lang, options)


def _lint_each(linter, paths, lang, options, stdin_filename):
    for path in paths:
        try:
            if path == "-":
                yield _lint_stdin(linter, stdin_filename, lang, options)
            else:
                yield lint_path(linter, path, lang, options)
        except InputError as exc:
            yield exc


def run_check(
    paths, fmt, lang, fail_on, stdin_filename, column_unit, termination, extra_packs, color, jobs=1, linter=None
) -> int:
    """`linter`: rules already loaded for `extra_packs` (the daemon keeps one warm)."""
    if linter is None:
        linter = Linter(load_rules(extra_packs))
    options = Options(termination=termination)
    results, had_errors = [], False
    paths = inputs.expand(paths)
    if jobs != 1 and len(paths) > 1:
        from tone_lint import parallel

        jobs = parallel.effective_jobs(jobs, len(paths))
    if jobs != 1 and len(paths) > 1:
        outcomes = parallel.map_in_order(
            paths,
            lambda path: (_lint_stdin(linter, stdin_filename, lang, options) if path == "-"
                          else lint_path(linter, path, lang, options)),
            jobs,
            in_parent=lambda path: path == "-",  # standard input belongs to this process
            warm=lambda: parallel.warm_languages(linter, [p for p in paths if p != "-"], lang),
        )
    else:
        outcomes = _lint_each(linter, paths, lang, options, stdin_filename)
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            click.echo(f"tone-lint: error: {outcome}", err=True)
            had_errors = True
        else:
            results.append(outcome)
    if results or not had_errors:
        sys.stdout.write(render(fmt, results, color=color, column_unit=column_unit))
    sys.stdout.flush()
    return exit_status(results, fail_on, had_errors)
