#!/usr/bin/env python3
"""Record, or compare with a record, what `tone-lint check` prints on every draft we have.

    python bench/same_output.py record bench/out/before.json   # before a change
    python bench/same_output.py compare bench/out/before.json  # after it: exit 1 on any difference

For a change meant to make tone-lint faster without changing what it says (the matcher, the
columns, the caches). Every file of eval/*, the shared corpus ($TONE_LINT_CORPUS, else
/work/shared/corpus) and bench/out/drafts (bench/run.py writes them) is checked with
`tone-lint check --no-daemon --format json`, once as configured and once with
`--termination always` (so the elements' rules run on every file), many files per process;
the record holds each process's exit status, stdout and stderr, byte for byte.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("TONE_LINT_CORPUS", "/work/shared/corpus"))
CHUNK = 150  # files per process: few processes, and a failure still points at a short list
RUNS = {"default": [], "termination-always": ["--termination", "always"]}


def files() -> list[Path]:
    roots = [ROOT / "eval", CORPUS, ROOT / "bench" / "out" / "drafts"]
    found = []
    for root in roots:
        if root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return found


def run(paths: list[Path]) -> dict:
    record = {}
    with tempfile.TemporaryDirectory() as private:
        # No user configuration; the rules cache is used (it is keyed by the packs' content).
        env = {**os.environ, "XDG_CONFIG_HOME": private, "NO_COLOR": "1"}
        env.pop("TONE_LINT_CONFIG", None)
        for name, extra in RUNS.items():
            for i in range(0, len(paths), CHUNK):
                chunk = [str(p) for p in paths[i : i + CHUNK]]
                proc = subprocess.run(
                    [sys.executable, "-m", "tone_lint", "check", "--no-daemon", "--format", "json", *extra, *chunk],
                    capture_output=True, env=env, cwd=ROOT,
                )
                record[f"{name} {chunk[0]} .. {chunk[-1]} ({len(chunk)} files)"] = {
                    "status": proc.returncode,
                    "stdout": proc.stdout.decode("utf-8", "surrogateescape"),
                    "stderr": proc.stderr.decode("utf-8", "surrogateescape"),
                }
    return record


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    action, where = argv[0], Path(argv[1])
    paths = files()
    record = run(paths)
    if action == "record":
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text(json.dumps(record, ensure_ascii=False, indent=0))
        print(f"recorded {len(paths)} files, {len(record)} processes in {where}")
        return 0
    before = json.loads(where.read_text())
    differ = [key for key in before.keys() | record.keys() if before.get(key) != record.get(key)]
    for key in sorted(differ):
        print(f"DIFFERENT: {key}")
    print(f"{len(paths)} files, {len(record)} processes: {'identical' if not differ else f'{len(differ)} differ'}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
