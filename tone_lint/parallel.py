"""`tone-lint check --jobs N`: lint many files in N processes, report them in input order.

Workers only lint; the parent prints. `map_in_order(items, work, jobs)` yields, for each
item and in input order, what `work(item)` returned, or the InputError it raised (already
formatted, so the parent prints it exactly as a serial run would); any other ToneLintError
is raised again in the parent at that item's place. stdout, stderr and the exit status are
therefore byte for byte those of `--jobs 1`.

The workers are forked (Linux) after the parent has loaded the packs and, through `warm`,
built the pipelines the drafts need, so they start warm, share that memory, and `work` can
be any function, a closure included: nothing but the items' results crosses a pipe. Where
fork is not the platform's way (macOS, Windows), the items are linted in this process.
"""
from __future__ import annotations

import multiprocessing
import os
import sys

from tone_lint.errors import InputError, ToneLintError

_work = None  # set in the parent just before forking; the workers inherit it


def effective_jobs(jobs: int, inputs: int) -> int:
    if jobs <= 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(jobs, inputs))


def _run(item):
    try:
        return ("ok", _work(item))
    except InputError as exc:
        return ("input", str(exc))
    except ToneLintError as exc:  # e.g. a pack pattern refused when its language is compiled
        return ("fatal", exc.message, exc.where)


def map_in_order(items: list, work, jobs: int, in_parent=lambda item: False, warm=None):
    """Yield `work(item)` (or the InputError it raised) for each item, in order.

    Items for which `in_parent(item)` is true (standard input) are done in this process.
    `warm()`, if given, runs once before the workers are forked.
    """
    global _work
    remote = [item for item in items if not in_parent(item)]
    if warm is not None:
        warm()
    _work = work
    chunk = max(1, min(64, len(remote) // (jobs * 8)))
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            outcomes = pool.imap(_run, remote, chunksize=chunk)
            for item in items:
                if in_parent(item):
                    try:
                        yield work(item)
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
        _work = None


class _Reported(InputError):
    """An input error from a worker, already formatted as the serial run would print it."""

    def __init__(self, text: str):
        super().__init__(text)

    def __str__(self) -> str:
        return self.message


def warm_languages(linter, files: list[str], lang: str) -> None:
    """Build the pipelines the first drafts need, so forked workers start warm.

    A language met only later is built by the worker that meets it (correct, only slower).
    """
    if lang != "auto":
        linter.engine(lang).matcher.expand()
        return
    from tone_lint import inputs
    from tone_lint.lang import detect

    for path in files[:8]:
        try:
            linter.engine(detect(inputs.load(inputs.read_file(path), path).text)).matcher.expand()
        except ToneLintError:
            pass
