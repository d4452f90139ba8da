#!/usr/bin/env python3
"""Sanity checker for the blind2 held-out set (reads only this folder)."""
import collections, glob, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"accusatory", "emotional"}
ELEMS = ("notice-period", "handover-plan", "open-door")
errors = []
stats = collections.Counter()

txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
ymls = sorted(glob.glob(os.path.join(HERE, "*.yml")))
if {p[:-4] for p in txts} != {p[:-4] for p in ymls}:
    errors.append("txt/yml stems differ")

for t in txts:
    stem = os.path.basename(t)[:-4]
    m = re.fullmatch(r"(\d{3})-(en|fr)-[a-z0-9-]+", stem)
    if not m:
        errors.append(f"{stem}: bad file name"); continue
    text = open(t, encoding="utf-8").read()
    d = yaml.safe_load(open(t[:-4] + ".yml", encoding="utf-8"))
    lang = d.get("lang")
    if lang != m.group(2):
        errors.append(f"{stem}: lang {lang!r} does not match file name")
    kind = d.get("kind")
    if kind not in ("termination", "other"):
        errors.append(f"{stem}: bad kind {kind!r}")
    expected = {"lang", "kind", "spans"} | ({"elements"} if kind == "termination" else set())
    if set(d) != expected:
        errors.append(f"{stem}: keys {sorted(d)} != {sorted(expected)}")
    words = len(text.split())
    if not 80 <= words <= 300:
        errors.append(f"{stem}: {words} words")
    spans = d.get("spans")
    if not isinstance(spans, list):
        errors.append(f"{stem}: spans is not a list"); spans = []
    seen = set()
    for s in spans:
        cat, st = s.get("category"), s.get("text")
        cats = cat if isinstance(cat, list) else [cat]
        if not cats or any(c not in CATS for c in cats) or len(set(cats)) != len(cats):
            errors.append(f"{stem}: bad category {cat!r}")
        if not isinstance(st, str) or st not in text:
            errors.append(f"{stem}: span not in text: {st!r}")
        elif text.count(st) > 1:
            errors.append(f"{stem}: span occurs more than once: {st!r}")
        if st in seen:
            errors.append(f"{stem}: duplicate span {st!r}")
        seen.add(st)
        if isinstance(st, str) and not 1 <= len(st.split()) <= 10:
            errors.append(f"{stem}: span length {len(st.split())} words: {st!r}")
        key = "+".join(sorted(cats))
        stats[(lang, key)] += 1
    stats[(lang, "emails")] += 1
    stats[(lang, kind)] += 1
    if not spans:
        stats[(lang, kind + "-clean")] += 1
    if kind == "termination":
        el = d.get("elements") or {}
        if set(el) != set(ELEMS) or any(v not in ("present", "missing") for v in el.values()):
            errors.append(f"{stem}: bad elements {el!r}")
        for k in ELEMS:
            stats[(lang, f"{k}:{el.get(k)}")] += 1

for k in sorted(stats):
    print(f"{k[0]}  {k[1]:28s} {stats[k]}")
if errors:
    print("\nFAILED:"); print("\n".join(errors)); sys.exit(1)
print(f"\nOK: {len(txts)} emails, all spans found verbatim, all yml valid")
