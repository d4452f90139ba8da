"""Loaded packs come from the private cache while their files are unchanged, never after."""
from pathlib import Path

import pytest

from tone_lint import rulecache

PACK = """language: en
rules:
  - id: test.grumble
    category: emotional
    severity: warning
    kind: phrase
    message: Grumbling.
    why: It grumbles.
    phrases: [grumble]
    examples:
      flag:
        - text: I grumble.
          span: grumble
      pass:
        - I smile.
"""


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TONE_LINT_NO_CACHE", raising=False)
    return tmp_path / "cache" / "tone-lint"


def _loader(paths):
    from tone_lint.packs import load_packs

    calls = []

    def build():
        calls.append(1)
        return [rule for pack in load_packs(paths) for rule in pack.rules]

    return build, calls


def test_a_second_load_reads_the_cache_and_an_edit_is_a_miss(tmp_path, cache_home):
    pack = tmp_path / "grumble.yaml"
    pack.write_text(PACK, encoding="utf-8")
    build, calls = _loader([pack])
    first = rulecache.load([pack], build)
    second = rulecache.load([pack], build)
    assert len(calls) == 1
    assert [r.id for r in second] == [r.id for r in first] == ["test.grumble"]
    assert second[0].match.phrases == ("grumble",) and second[0].where == first[0].where
    assert oct(cache_home.stat().st_mode & 0o777) == "0o700"
    # Same size, same second: only the content tells them apart.
    pack.write_text(PACK.replace("grumble]", "grumpy!]"), encoding="utf-8")
    third = rulecache.load([pack], build)
    assert len(calls) == 2 and third[0].match.phrases == ("grumpy!",)


def test_a_broken_entry_is_a_miss_and_no_cache_means_no_cache(tmp_path, cache_home, monkeypatch):
    pack = tmp_path / "grumble.yaml"
    pack.write_text(PACK, encoding="utf-8")
    build, calls = _loader([pack])
    rulecache.load([pack], build)
    for entry in cache_home.glob("rules-*.pickle"):
        entry.write_bytes(b"\x80\x05not a pickle")
    assert [r.id for r in rulecache.load([pack], build)] == ["test.grumble"]
    assert len(calls) == 2
    monkeypatch.setenv("TONE_LINT_NO_CACHE", "1")
    rulecache.load([pack], build)
    rulecache.load([pack], build)
    assert len(calls) == 4


def test_a_pack_error_is_never_cached(tmp_path, cache_home):
    from tone_lint.errors import ToneLintError

    pack = tmp_path / "bad.yaml"
    pack.write_text(PACK.replace("kind: phrase", "kind: nonsense"), encoding="utf-8")
    build, calls = _loader([pack])
    for _ in range(2):
        with pytest.raises(ToneLintError, match="kind"):
            rulecache.load([pack], build)
    assert len(calls) == 2
    assert not list(cache_home.glob("rules-*.pickle"))


def test_the_shipped_rules_the_suite_reads_from_its_cache_are_the_packs_as_loaded():
    # conftest.shipped_rules (what test modules list the built-in rules from) is served by
    # this cache: the same rules, field by field and in the same order, as parsing the YAML again.
    from dataclasses import astuple

    from conftest import shipped_rules

    from tone_lint.packs import builtin_pack_paths, load_packs

    fresh = [rule for pack in load_packs(builtin_pack_paths()) for rule in pack.rules]
    assert [astuple(r) for r in shipped_rules()] == [astuple(r) for r in fresh] and len(fresh) > 40
    assert [r.id for r in shipped_rules("fr")] == [r.id for r in fresh if r.language == "fr"]
