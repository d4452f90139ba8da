#!/usr/bin/env python3
"""Checker for the blind3 held-out set (emails 401-440)."""
import glob, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"accusatory", "emotional"}
ELEMS = {"notice-period", "handover-plan", "open-door"}
errors = []
counts = {}
txts = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.txt")))
for txt in txts:
    stem = os.path.basename(txt)[:-4]
    m = re.match(r"^(\d{3})-(en|fr)-[a-z0-9-]+$", stem)
    if not m:
        errors.append(f"{stem}: bad file name"); continue
    num, lang = int(m.group(1)), m.group(2)
    if not 401 <= num <= 440:
        errors.append(f"{stem}: number out of range")
    if (lang == "en") != (num <= 420):
        errors.append(f"{stem}: language does not match number range")
    body = open(txt, encoding="utf-8").read()
    wc = len(body.split())
    if not 80 <= wc <= 300:
        errors.append(f"{stem}: {wc} words")
    ymlp = os.path.join(HERE, stem + ".yml")
    if not os.path.exists(ymlp):
        errors.append(f"{stem}: missing .yml"); continue
    try:
        d = yaml.safe_load(open(ymlp, encoding="utf-8"))
    except Exception as ex:
        errors.append(f"{stem}: yaml error {ex}"); continue
    kind = d.get("kind")
    expected = {"lang", "kind", "spans"} | ({"elements"} if kind == "termination" else set())
    if set(d) != expected:
        errors.append(f"{stem}: keys {sorted(d)} != {sorted(expected)}")
    if d.get("lang") != lang:
        errors.append(f"{stem}: lang {d.get('lang')} != {lang}")
    if kind not in ("termination", "other"):
        errors.append(f"{stem}: bad kind {kind}")
    spans = d.get("spans")
    if not isinstance(spans, list):
        errors.append(f"{stem}: spans not a list"); spans = []
    seen = set()
    for s in spans:
        if not isinstance(s, dict) or set(s) != {"category", "text"}:
            errors.append(f"{stem}: bad span {s}"); continue
        c = s["category"]
        cs = c if isinstance(c, list) else [c]
        if not cs or any(x not in CATS for x in cs) or len(set(cs)) != len(cs) or (isinstance(c, list) and len(cs) != 2):
            errors.append(f"{stem}: bad category {c}")
        t = s["text"]
        if not isinstance(t, str) or t not in body:
            errors.append(f"{stem}: span not in text: {t!r}")
        if t in seen:
            errors.append(f"{stem}: duplicate span {t!r}")
        seen.add(t)
    if kind == "termination":
        el = d.get("elements") or {}
        if set(el) != ELEMS or any(v not in ("present", "missing") for v in el.values()):
            errors.append(f"{stem}: bad elements {el}")
    key = (lang, kind, "clean" if not spans else "flagged")
    counts[key] = counts.get(key, 0) + 1
    counts[(lang, "words")] = counts.get((lang, "words"), []) + [wc]

for lang in ("en", "fr"):
    t = sum(v for k, v in counts.items() if k[0] == lang and k[1] == "termination")
    o = sum(v for k, v in counts.items() if k[0] == lang and k[1] == "other")
    oc = counts.get((lang, "other", "clean"), 0)
    tc = counts.get((lang, "termination", "clean"), 0)
    w = counts.get((lang, "words"), [0])
    print(f"{lang}: {t} termination ({tc} clean), {o} other ({oc} clean); words {min(w)}-{max(w)}")
    if t != 12 or o != 8 or oc < 4:
        errors.append(f"{lang}: expected 12 termination / 8 other with >=4 clean other")
orphans = [p for p in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.yml")) if not os.path.exists(p[:-4] + ".txt")]
for p in orphans:
    errors.append(f"{os.path.basename(p)}: no .txt")
if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(txts)} emails checked")
