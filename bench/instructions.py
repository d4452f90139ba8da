#!/usr/bin/env python3
"""Instructions per warm draft, counted by valgrind (deterministic, unlike timings here).

    python bench/instructions.py                 # en and fr, the whole check (lint_bytes)
    python bench/instructions.py --part matcher  # only the matcher, on columns made beforehand
    python bench/instructions.py --lang fr --part columns

Each figure is (instructions of a process that checks 100 drafts) minus (the same process
checking none), over 100: start-up, loading and the first drafts' caches cancel out.
Needs valgrind and bench/out/drafts (bench/run.py writes them); PYTHONHASHSEED=0 so that
set and dict orders, and with them the work done, are the same from run to run.
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("lint", "matcher", "columns", "scan")
DRAFTS = 100


def draft_paths(lang: str) -> list[str]:
    return sorted(glob.glob(str(ROOT / "bench" / "out" / "drafts" / "batch" / f"*{lang}*")))[:DRAFTS]


def drive(lang: str, count: int, part: str) -> None:
    """Load tone-lint, warm it on 5 drafts, then run `part` on `count` drafts."""
    from tone_lint.engine import Linter, Options
    from tone_lint.runner import lint_bytes, load_rules

    linter = Linter(load_rules())
    engine = linter.engine(lang)
    matcher = engine.matcher
    paths = draft_paths(lang)
    datas = [Path(p).read_bytes() for p in paths]
    texts = [d.decode("utf-8") for d in datas]
    columns = [engine.pipeline.columns(t, matcher.attrs) for t in texts]
    for data in datas[:5]:
        lint_bytes(linter, data, "draft", "auto", Options())
    for c in columns[:5]:
        matcher(c.values, len(c))
    if part == "lint":
        for data in datas[:count]:
            lint_bytes(linter, data, "draft", "auto", Options())
    elif part == "matcher":
        for c in columns[:count]:
            matcher(c.values, len(c))
    elif part == "columns":
        for text in texts[:count]:
            engine.pipeline.columns(text, matcher.attrs)
    elif part == "scan":
        for text in texts[:count]:
            engine.scan(text)


def count(lang: str, drafts: int, part: str) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, __file__, "--drive", lang, str(drafts), part],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    if sys.argv[1:2] == ["--drive"]:
        drive(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), action="append")
    parser.add_argument("--part", choices=PARTS, default="lint")
    args = parser.parse_args()
    for lang in args.lang or ["en", "fr"]:
        # with no drafts every count is the empty run's, and the figure a silent 0.00
        found = len(draft_paths(lang))
        if found < DRAFTS:
            print(f"instructions.py: error: {found} {lang} drafts in bench/out/drafts/batch, {DRAFTS} needed "
                  "(run bench/run.py, or bench/run.py --quick, first)", file=sys.stderr)
            return 2
        drive(lang, 0, "lint")  # fills the caches (rules, tokenizer) outside the counted runs
        per_draft = (count(lang, DRAFTS, args.part) - count(lang, 0, args.part)) / DRAFTS
        print(f"{lang} {args.part}: {per_draft / 1e6:.2f} M instructions per warm draft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
