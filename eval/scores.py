#!/usr/bin/env python3
"""Score tone-lint on every annotated set, aggregates only: the table of the README's Scores.

Usage: python3 eval/scores.py [--cmd "tone-lint"] [--scorer PATH] [SET...]

SET is a folder of annotated emails (default: the shared corpus and every folder of eval/).
It runs the team's scorer (../shared/tools/score.py, or --scorer) once per set and prints one
Markdown row per set and language: tone precision and recall, element accuracy, tone findings
per clean email. It never asks the scorer for misses, so a held-out set (eval/blind5,
eval/blind6) can be measured without anyone reading what was missed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_sets():
    shared = ROOT.parent / "shared" / "corpus"
    sets = [shared] if shared.is_dir() else []
    return sets + sorted(p for p in (ROOT / "eval").iterdir() if p.is_dir() and any(p.glob("*.yml")))


def fail(message):
    print(f"scores.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def score(scorer, folder, cmd):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        env = dict(os.environ, TONE_LINT_NO_DAEMON="1")
        proc = subprocess.run([sys.executable, str(scorer), str(folder), "--cmd", cmd, "--json", str(out)],
                              capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            fail(f"{folder}: {((proc.stderr or proc.stdout).strip().splitlines() or ['the scorer failed'])[-1]}")
        return json.loads(out.read_text(encoding="utf-8"))


def cell(value):
    return "—" if value != value else f"{value:.2f}"  # NaN: nothing to measure (no span, no termination)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--cmd", default="tone-lint")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    args = ap.parse_args()
    if not args.scorer.is_file():
        fail(f"{args.scorer}: no scorer there (use --scorer PATH)")
    print("| set | language | tone precision | tone recall | element accuracy | tone findings per clean email |")
    print("| --- | --- | --- | --- | --- | --- |")
    for folder in args.sets or default_sets():
        scores = score(args.scorer, folder, args.cmd)
        for lang in ("en", "fr"):
            if lang in scores:
                s = scores[lang]
                print(f"| {folder.name} | {lang} | {cell(s['tone']['precision'])} | {cell(s['tone']['recall'])} "
                      f"| {cell(s['element_accuracy'])} | {cell(s['tone_alarms_per_clean_email'])} |")


if __name__ == "__main__":
    main()
