#!/usr/bin/env python3
"""A cold `tone-lint check`: instructions (valgrind) and wall-clock medians, per language.

    python bench/cold.py                  # en and fr: instructions of one process, then 7 timed
    python bench/cold.py --runs 11        # more timed processes
    python bench/cold.py --no-peer        # without proselint's cold check beside it
    python bench/cold.py --no-valgrind    # timings only

A cold check is a new `tone-lint check --no-daemon FILE` process on the first bench draft of
the language, with tone-lint's cache already built (the rules, the tokenizer; whatever a
first check ever stores) in a private XDG_CACHE_HOME, so nothing of yours is used or left
behind. The instruction count (cachegrind, PYTHONHASHSEED=0) is deterministic, unlike the
timings on a shared machine; it is also given for the part that builds the engine (a process
that loads the rules and builds the language's Engine, minus one that only loads the rules).
proselint (bench/.venv-proselint, set up by bench/run.py) is timed in the same run, the two
tools taking turns. tone_lint is byte-compiled first, as bench/run.py does. Needs
bench/out/drafts (bench/run.py writes them).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "bench" / "out" / "drafts" / "batch"
PEER = ROOT / "bench" / ".venv-proselint" / "bin" / "proselint"

BUILD_ENGINE = """
import sys
from tone_lint.runner import load_rules
rules = load_rules()
if sys.argv[2] == "engine":
    from tone_lint.engine import Linter
    Linter(rules).engine(sys.argv[1])
"""


def tone_lint_command() -> list[str]:
    script = Path(sys.executable).with_name("tone-lint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tone_lint"]


def instructions(cmd: list[str], env: dict) -> int:
    proc = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd],
        capture_output=True, text=True, env={**env, "PYTHONHASHSEED": "0"}, cwd=ROOT,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), action="append")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--no-valgrind", action="store_true")
    args = parser.parse_args()
    langs = args.lang or ["en", "fr"]
    # As `pip install` does (an editable checkout, or PYTHONDONTWRITEBYTECODE, may leave none):
    # without .pyc files every process compiles tone-lint's sources again.
    import compileall

    import tone_lint

    compileall.compile_dir(str(Path(tone_lint.__file__).parent), quiet=1)
    peer = [str(PEER)] if PEER.exists() and not args.no_peer else None
    with tempfile.TemporaryDirectory(prefix="tone-lint-cold-") as scratch:
        runtime = Path(scratch) / "run"
        runtime.mkdir(mode=0o700)
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache"), "XDG_RUNTIME_DIR": str(runtime),
               "NO_COLOR": "1"}
        env.pop("TONE_LINT_NO_DAEMON", None)
        env.pop("TONE_LINT_NO_CACHE", None)
        for lang in langs:
            draft = str(DRAFTS / f"0000-{lang}.txt")
            if not Path(draft).is_file():
                # a check of a missing file only prints an error: its counts would measure nothing
                print(f"cold.py: error: {draft} is missing (run bench/run.py, or bench/run.py --quick, first)",
                      file=sys.stderr)
                return 2
            check = [*tone_lint_command(), "check", "--no-daemon", draft]
            subprocess.run(check, stdout=subprocess.DEVNULL, env=env)  # the first check ever fills the cache
            subprocess.run(check, stdout=subprocess.DEVNULL, env=env)  # and anything stored on a second
            if not args.no_valgrind:
                whole = instructions(check, env)
                build = [sys.executable, "-c", BUILD_ENGINE, lang]
                engine = instructions([*build, "engine"], env) - instructions([*build, "rules"], env)
                print(f"{lang} cold check: {whole / 1e6:,.0f} M instructions (building the engine: {engine / 1e6:,.0f} M)")
            ours, theirs = [], []
            for _ in range(args.runs):
                ours.append(timed(check, env))
                if peer:
                    theirs.append(timed([*peer, "check", draft], env))
            line = (f"{lang} cold check wall median of {args.runs}: tone-lint {statistics.median(w for w, _ in ours):.3f} s"
                    f" (cpu {statistics.median(c for _, c in ours):.3f})")
            if peer:
                line += (f", proselint {statistics.median(w for w, _ in theirs):.3f} s"
                         f" (cpu {statistics.median(c for _, c in theirs):.3f})")
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
