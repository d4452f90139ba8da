"""`tone-lint check --jobs N`: lint many files in N processes, report them in input order.

Workers only lint; the parent prints. Each worker returns, per input, either a FileResult
or the one-line message of an input error, and the parent replays them in input order:
stdout and stderr are byte for byte those of `--jobs 1`, and so is the exit status.

On Linux the workers are forked after the parent has loaded the packs and built the
pipelines for the languages in play, so they start warm and share that memory;
elsewhere they are spawned and build their own.
"""
from __future__ import annotations

import multiprocessing
import os
import sys

from tone_lint.errors import InputError, ToneLintError

_linter = None  # the worker's Linter: inherited through fork, or built by _init
_settings: tuple = ()


def effective_jobs(jobs: int, inputs: int) -> int:
    if jobs <= 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(jobs, inputs))


def _init(extra_packs, lang, options):
    global _linter, _settings
    if _linter is None:
        from tone_lint.engine import Linter
        from tone_lint.runner import load_rules

        _linter = Linter(load_rules(extra_packs))
    _settings = (lang, options)


def _lint(path: str):
    from tone_lint.runner import lint_path

    lang, options = _settings
    try:
        return ("ok", lint_path(_linter, path, lang, options))
    except InputError as exc:
        return ("input", str(exc))
    except ToneLintError as exc:  # e.g. a pack pattern refused when its language is compiled
        return ("fatal", exc.message, exc.where)


def lint_paths(linter, paths: list[str], lang: str, options, extra_packs, jobs: int, stdin_one):
    """Yield, in input order, a FileResult or an InputError for each path.

    `stdin_one()` lints `-` in this process: standard input belongs to the parent.
    """
    global _linter
    files = [p for p in paths if p != "-"]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux" else "spawn"
    if method == "fork":
        # Warm the pipelines the drafts will need before forking, so no worker pays for them.
        _warm(linter, files, lang)
        _linter = linter
    context = multiprocessing.get_context(method)
    chunk = max(1, min(64, len(files) // (jobs * 8)))
    try:
        with context.Pool(jobs, initializer=_init, initargs=(list(extra_packs), lang, options)) as pool:
            outcomes = pool.imap(_lint, files, chunksize=chunk)
            for path in paths:
                if path == "-":
                    try:
                        yield stdin_one()
                    except InputError as exc:
                        yield exc
                    continue
                kind, *rest = next(outcomes)
                if kind == "ok":
                    yield rest[0]
                elif kind == "input":
                    yield _Reported(rest[0])
                else:
                    raise ToneLintError(*rest)
    finally:
        _linter = None


class _Reported(InputError):
    """An input error from a worker, already formatted as the serial run would print it."""

    def __init__(self, text: str):
        super().__init__(text)

    def __str__(self) -> str:
        return self.message


def _warm(linter, files: list[str], lang: str) -> None:
    if lang != "auto":
        linter.engine(lang)
        return
    from tone_lint import inputs
    from tone_lint.lang import detect

    # The first few drafts tell which languages to expect; a language seen only later is
    # built by the worker that meets it (correct, only slower).
    for path in files[:8]:
        try:
            linter.engine(detect(inputs.load(inputs.read_file(path), path).text))
        except ToneLintError:
            pass
