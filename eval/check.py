#!/usr/bin/env python3
"""Check the format of an annotated evaluation folder (eval/blind2, eval/blind3, ...).

Usage: python3 eval/check.py FOLDER [--expect-per-lang TERMINATIONS OTHER]

It reads only FOLDER, so a held-out set can be checked without opening anything else. Every
.txt needs a .yml with lang/kind/spans (plus elements for a termination) as
/work/shared/corpus/README.md describes; every span must occur verbatim, once, in its email;
every email is 80-300 words. Exit 1 lists every problem; exit 0 prints the per-language counts.
"""
import collections
import glob
import os
import re
import sys

import yaml

CATEGORIES = {"accusatory", "emotional"}
ELEMENTS = {"notice-period", "handover-plan", "open-door"}


def check_email(txt_path, stats):
    problems = []
    stem = os.path.basename(txt_path)[:-4]
    name = re.fullmatch(r"(\d{3})-(en|fr)-[a-z0-9-]+", stem)
    if not name:
        return [f"{stem}: bad file name (NNN-en|fr-words)"]
    lang = name.group(2)
    body = open(txt_path, encoding="utf-8").read()
    words = len(body.split())
    if not 80 <= words <= 300:
        problems.append(f"{stem}: {words} words (80-300)")
    yml_path = txt_path[:-4] + ".yml"
    if not os.path.exists(yml_path):
        return problems + [f"{stem}: missing .yml"]
    try:
        data = yaml.safe_load(open(yml_path, encoding="utf-8"))
    except yaml.YAMLError as error:
        return problems + [f"{stem}: YAML error: {error}"]
    if not isinstance(data, dict):
        return problems + [f"{stem}: .yml is not a mapping"]
    kind = data.get("kind")
    expected = {"lang", "kind", "spans"} | ({"elements"} if kind == "termination" else set())
    if set(data) != expected:
        problems.append(f"{stem}: keys {sorted(data)} != {sorted(expected)}")
    if data.get("lang") != lang:
        problems.append(f"{stem}: lang {data.get('lang')!r} does not match the file name")
    if kind not in ("termination", "other"):
        problems.append(f"{stem}: bad kind {kind!r}")
    spans = data.get("spans")
    if not isinstance(spans, list):
        problems.append(f"{stem}: spans is not a list")
        spans = []
    seen = set()
    for span in spans:
        if not isinstance(span, dict) or set(span) != {"category", "text"}:
            problems.append(f"{stem}: bad span {span!r}")
            continue
        category, text = span["category"], span["text"]
        categories = category if isinstance(category, list) else [category]
        if not categories or len(set(categories)) != len(categories) or not set(categories) <= CATEGORIES:
            problems.append(f"{stem}: bad category {category!r}")
        if not isinstance(text, str) or text not in body:
            problems.append(f"{stem}: span not in text: {text!r}")
        elif body.count(text) > 1:
            problems.append(f"{stem}: span occurs more than once: {text!r}")
        if text in seen:
            problems.append(f"{stem}: duplicate span {text!r}")
        seen.add(text)
    if kind == "termination":
        elements = data.get("elements") or {}
        if set(elements) != ELEMENTS or any(v not in ("present", "missing") for v in elements.values()):
            problems.append(f"{stem}: bad elements {elements!r}")
    stats[(lang, kind)] += 1
    if not spans:
        stats[(lang, f"{kind} clean")] += 1
    stats[(lang, "spans")] += len(spans)
    return problems


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2])
        return 2
    folder, rest = argv[0], argv[1:]
    stats = collections.Counter()
    txts = sorted(glob.glob(os.path.join(folder, "[0-9][0-9][0-9]-*.txt")))
    problems = [p for txt in txts for p in check_email(txt, stats)]
    for yml in glob.glob(os.path.join(folder, "[0-9][0-9][0-9]-*.yml")):
        if not os.path.exists(yml[:-4] + ".txt"):
            problems.append(f"{os.path.basename(yml)}: no .txt")
    if rest[:1] == ["--expect-per-lang"]:
        terminations, other = int(rest[1]), int(rest[2])
        for lang in ("en", "fr"):
            if (stats[(lang, "termination")], stats[(lang, "other")]) != (terminations, other):
                problems.append(f"{lang}: expected {terminations} terminations and {other} other")
    for key in sorted(stats):
        print(f"{key[0]}  {key[1]:20s} {stats[key]}")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print(f"OK: {len(txts)} emails checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
