#!/usr/bin/env python3
"""Record, or compare with a record, the termination checklist of every draft we have.

    python bench/elements.py record bench/out/elements-before.json
    python bench/elements.py compare bench/out/elements-before.json [--rule termination.notice-period ...]

For a change to an element's rules meant to find the element in the same drafts: each file of
eval/*, the shared corpus ($TONE_LINT_CORPUS, else /work/shared/corpus) and bench/out/drafts is
checked in this process with `termination: always`, and the record keeps, per file and element
rule, whether the element is found and the words quoted for it. `compare` prints every file
whose presence changed (exit 1) and every file whose quote changed (for reading by eye).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("TONE_LINT_CORPUS", "/work/shared/corpus"))
SUFFIXES = (".txt", ".md", ".eml")


def files() -> list[Path]:
    found = []
    for root in (ROOT / "eval", CORPUS, ROOT / "bench" / "out" / "drafts"):
        if root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    return found


def checklists(paths: list[Path]) -> dict:
    from tone_lint.engine import Linter, Options
    from tone_lint.runner import lint_bytes, load_rules

    linter = Linter(load_rules())
    record = {}
    for path in paths:
        result = lint_bytes(linter, path.read_bytes(), str(path), "auto", Options(termination="always"))
        text = result.source.display
        record[str(path)] = {
            s.rule: [s.present, s.start, s.end, text[s.start : s.end] if s.present else None]
            for s in result.checklist
        }
    return record


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("where", type=Path)
    parser.add_argument("--rule", action="append", help="only these element rules (compare)")
    args = parser.parse_args(argv)
    record = checklists(files())
    if args.action == "record":
        args.where.parent.mkdir(parents=True, exist_ok=True)
        args.where.write_text(json.dumps(record, ensure_ascii=False, indent=0))
        print(f"recorded {len(record)} files in {args.where}")
        return 0
    before = json.loads(args.where.read_text())
    presence, quotes, compared = [], [], 0
    for path in sorted(before.keys() | record.keys()):
        old, new = before.get(path, {}), record.get(path, {})
        for rule in sorted(old.keys() | new.keys()):
            if args.rule and rule not in args.rule:
                continue
            compared += 1
            a, b = old.get(rule), new.get(rule)
            if a is None or b is None or a[0] != b[0]:
                presence.append(f"PRESENCE {rule} {path}: {a} -> {b}")
            elif a != b:
                quotes.append(f"QUOTE {rule} {path}: {a[3]!r} -> {b[3]!r}")
    print("\n".join(presence + quotes))
    print(f"{len(record)} files, {compared} elements: {len(presence)} presence changed, {len(quotes)} quotes changed")
    return 1 if presence else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
