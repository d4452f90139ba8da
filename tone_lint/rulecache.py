"""Loaded rule packs kept on disk between runs, so a cold check does not parse YAML.

Parsing and validating the built-in packs takes about a second (most of it YAML); the
result is a list of frozen Rule objects, the same every time the same files are loaded.
They are stored (pickled) in tone-lint's private cache directory (see nlpcache: 0700, the
user's own, atomic writes), under a key made of every pack file's path and content (a
hash: a modification time can miss two quick edits of the same size), tone-lint's version
and the source files that define a Rule, so an edited pack or an upgraded tone-lint is
simply a miss. Only packs that loaded without error
are stored; a pack error is always reported from the YAML itself.
"""
from __future__ import annotations

import pickle
from pathlib import Path

from tone_lint import nlpcache

# The modules whose classes are in the pickle: a change to any of them is a miss.
_DEFINING = ("packs.py", "findings.py", "yamlload.py", "rulecache.py")


def _name(paths: list[Path]) -> str | None:
    import hashlib

    try:
        here = Path(__file__).resolve().parent
        parts = [f"{p.resolve()}:{hashlib.sha256(p.read_bytes()).hexdigest()}" for p in paths]
        parts += [f"{m}:{nlpcache.file_key(str(here / m))}" for m in _DEFINING]
    except OSError:
        return None
    return nlpcache.entry_name("rules", *parts, suffix=".pickle")


def load(paths: list[Path], build) -> list:
    """The rules of `paths`: from the cache when their files are unchanged, else `build()`."""
    name = _name(paths) if nlpcache.enabled() else None
    if name is None:
        return build()
    cached = nlpcache.load(name, read=pickle.load)
    if isinstance(cached, list):
        return cached
    rules = build()
    nlpcache.store(name, rules, dump=lambda value, fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))
    return rules


def rules_of(paths: list[Path]) -> list:
    """The rules of the pack files `paths`, from the cache when they are unchanged."""
    from tone_lint.packs import load_packs

    return load(paths, lambda: [rule for pack in load_packs(paths) for rule in pack.rules])
