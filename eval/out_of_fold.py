#!/usr/bin/env python3
"""Score the whole engine on the read sets as if the learned rules had never seen their emails.

Usage: python3 eval/out_of_fold.py [--folds 5] [--set FIELD=VALUE ...] [SET ...]

The sets (default: eval/learned_baseline.py READ) are split into folds by set; each fold is
checked, in-process, with learned weights (both tone rules and the draft model) trained by
eval/train_learned.py on the other folds only. The written rules were fitted to these sets, so
their share is not unseen: compare variants with each other here, and with held-out scores never.
`--set threshold=0.7` changes a field of every learned tone rule (threshold, alone_threshold,
alone_second, draft_threshold, draft_min_words, draft_sentences; draft_model=none turns the draft model off).
This is how round 15 chose the draft model's threshold (README, Scores).

It prints, per language: precision and recall pooled over the emails, their means over the sets,
and tone findings per clean email, the measures of ../shared/tools/score.py.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import pathlib
import sys
from collections import Counter

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("train_learned", ROOT / "eval" / "train_learned.py")
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)

from tone_lint.engine import Linter  # noqa: E402  (train_learned put the tree on the path)
from tone_lint.kinds import learned  # noqa: E402
from tone_lint.packs import builtin_pack_paths, load_packs  # noqa: E402
from tone_lint.source import Source  # noqa: E402

TONE = ("accusatory", "emotional")
FIELDS = {"threshold": float, "alone_threshold": float, "alone_second": float,
          "draft_threshold": float, "draft_min_words": int, "draft_sentences": float, "draft_model": str}


def fail(message):
    print(f"out_of_fold.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def changes_of(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        field, eq, value = pair.partition("=")
        if not eq or field not in FIELDS:
            fail(f"--set takes FIELD=VALUE with FIELD one of {', '.join(FIELDS)}, not {pair!r}")
        if field == "draft_model":
            if value != "none":
                fail("draft_model can only be set to none")
            out[field] = None
            continue
        try:
            out[field] = FIELDS[field](value)
        except ValueError:
            fail(f"{field} must be a number, not {value!r}")
    return out


def fold_models(sets: list[str], folds: list[list[str]], lang: str) -> list[dict]:
    """For each fold, the (bias, weights) of each tone category and of the draft model, trained
    without that fold's sets."""
    rows = {cat: {n: list(trainer.labelled_sentences([n], lang, cat)) for n in sets} for cat in TONE}
    emails = {n: list(trainer.labelled_emails([n], lang, trainer.DRAFT)) for n in sets}
    out = []
    for fold in folds:
        kept = [n for n in sets if n not in fold]
        models = {cat: trainer.bagged([r for n in kept for r in rows[cat][n]])
                  for cat in TONE}
        models[trainer.DRAFT] = trainer.train([r for n in kept for r in emails[n]], epochs=trainer.EMAIL_EPOCHS)
        out.append(models)
    return out


def count(engine, folder: pathlib.Path, lang: str) -> Counter:
    c = Counter()
    for txt in trainer.texts_of(folder, lang):
        text = txt.read_text(encoding="utf-8")
        data = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8")) or {}
        spans = []
        for span in data.get("spans") or []:
            start = text.find(span["text"])
            spans.append((start, start + len(span["text"])))
        finds = [(f.start, max(f.end, f.start + 1)) for f in engine.check(Source(str(txt), text)).findings
                 if f.category in TONE]
        c["findings"] += len(finds)
        c["right"] += sum(any(a < y and x < b for x, y in spans) for a, b in finds)
        c["spans"] += len(spans)
        c["found"] += sum(any(a < y and x < b for a, b in finds) for x, y in spans)
        if not spans:
            c["clean"] += 1
            c["alarms"] += len(finds)
    return c


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--set", dest="changes", action="append", default=[])
    args = parser.parse_args()
    changes = changes_of(args.changes)
    sets = args.sets or list(trainer.READ)
    for name in sets:
        if not (ROOT / name).is_dir():
            fail(f"{name}: no such folder under {ROOT}")
    if not 2 <= args.folds <= len(sets):
        fail(f"--folds must be between 2 and the number of sets ({len(sets)})")
    folds = [sets[i :: args.folds] for i in range(args.folds)]
    rules = [r for p in load_packs(builtin_pack_paths()) for r in p.rules]
    rules = [dataclasses.replace(r, **changes) if r.kind == "learned" and not r.marks else r for r in rules]
    shipped = learned.load
    for lang in ("en", "fr"):
        engine = Linter(rules).engine(lang)
        paths = {r.model: r.category for r in rules if r.kind == "learned" and not r.marks and r.language == lang}
        paths.update({r.draft_model: trainer.DRAFT for r in rules if r.kind == "learned" and r.draft_model and r.language == lang})
        per_set = []
        for fold, models in zip(folds, fold_models(sets, folds, lang)):
            weights = {path: learned.Model(*models[cat]) for path, cat in paths.items()}
            learned.load = lambda path, weights=weights: weights.get(path) or shipped(path)
            try:
                per_set += [count(engine, ROOT / name, lang) for name in fold]
            finally:
                learned.load = shipped
        total = sum(per_set, Counter())
        scored = [c for c in per_set if c["spans"]]
        precision = sum(c["right"] / c["findings"] if c["findings"] else 0 for c in scored) / max(len(scored), 1)
        recall = sum(c["found"] / c["spans"] for c in scored) / max(len(scored), 1)
        print(f"{lang}: precision {total['right'] / max(total['findings'], 1):.3f}"
              f" recall {total['found'] / max(total['spans'], 1):.3f}"
              f" (means over sets {precision:.3f} / {recall:.3f})"
              f" findings per clean email {total['alarms'] / max(total['clean'], 1):.3f}")


if __name__ == "__main__":
    main()
