"""Compiled regexes come back from the private cache only for the very source that made them:
a changed pack, another version, or a damaged entry compiles again, with the same result."""
import marshal
import re

import pytest
import regex

from tone_lint import regexcache
from tone_lint.engine import Engine, Options
from tone_lint.kinds import regex_kind
from tone_lint.source import Source

TEXT = "Le 12 mars, LA 3e fois; le contrat prend fin le 31/12. Thank you, Ms O'Hara."
TOKEN = r"^(?:mars|avril)$"
ELEMENT = r"\b(?:le|la)\s+\d+"
FLAGS = regex_kind.flags(ignore_case=True)


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TONE_LINT_NO_CACHE", raising=False)
    return tmp_path / "cache" / "tone-lint"


def _fill(sources=(TOKEN, ELEMENT)):
    programs = regexcache.Programs("xx", sources)
    programs.re(TOKEN)
    programs.regex(ELEMENT, FLAGS)
    programs.save()
    return programs


def _same(a, b):
    assert (a.pattern, a.flags) == (b.pattern, b.flags)
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]


def test_a_second_run_replays_what_the_first_compiled(cache_home):
    first = _fill()
    assert (first.compiled, first.replayed) == (2, 0)
    again = regexcache.Programs("xx", (TOKEN, ELEMENT))
    token, element = again.re(TOKEN), again.regex(ELEMENT, FLAGS)
    assert (again.compiled, again.replayed) == (0, 2)
    _same(token, re.compile(TOKEN))
    _same(element, regex.compile(ELEMENT, FLAGS))
    assert [m.span() for m in element.finditer(TEXT)] == [(0, 5), (12, 16), (45, 50)]


def test_other_sources_or_versions_are_another_entry(cache_home, monkeypatch):
    _fill()
    other = regexcache.Programs("xx", (TOKEN, ELEMENT, r"\bfin\b"))
    other.re(TOKEN)
    assert (other.compiled, other.replayed) == (1, 0)
    monkeypatch.setattr(regexcache, "_regex_version", lambda: "0.0.0")
    upgraded = regexcache.Programs("xx", (TOKEN, ELEMENT))
    upgraded.regex(ELEMENT, FLAGS)
    assert (upgraded.compiled, upgraded.replayed) == (1, 0)


def test_a_program_is_only_given_back_for_its_own_source_and_flags(cache_home):
    _fill()
    programs = regexcache.Programs("xx", (TOKEN, ELEMENT))
    case_sensitive = programs.regex(ELEMENT, regex_kind.flags(ignore_case=False))
    assert programs.compiled == 1
    _same(case_sensitive, regex.compile(ELEMENT, regex_kind.flags(ignore_case=False)))
    _same(programs.re(r"^(?:mai)$"), re.compile(r"^(?:mai)$"))
    assert programs.compiled == 2


def _entry(cache_home):
    (path,) = cache_home.glob("regexes-xx-*")
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-40] + bytes(40),  # zeroed tail: the digest no longer matches
        lambda data: b"not marshal at all",
        lambda data: marshal.dumps(["a", "list"]),
    ],
    ids=["truncated", "zeroed", "garbage", "wrong-shape"],
)
def test_a_damaged_entry_compiles_again(cache_home, damage):
    _fill()
    path = _entry(cache_home)
    path.write_bytes(damage(path.read_bytes()))
    programs = regexcache.Programs("xx", (TOKEN, ELEMENT))
    _same(programs.re(TOKEN), re.compile(TOKEN))
    _same(programs.regex(ELEMENT, FLAGS), regex.compile(ELEMENT, FLAGS))
    assert (programs.compiled, programs.replayed) == (2, 0)
    programs.save()  # and the entry is whole again
    assert (lambda p: (p.re(TOKEN), p.replayed)[1])(regexcache.Programs("xx", (TOKEN, ELEMENT))) == 1


def test_a_program_filed_under_another_source_is_not_used(cache_home):
    """An entry whose digest is right but whose programs are swapped (a foreign or buggy
    writer) gives back nothing but the requested source."""
    _fill()
    path = _entry(cache_home)
    other = re.compile(r"^(?:avril)$")
    forged = {(regexcache.RE, TOKEN, 0): regexcache.nlpcache.program(other),
              (regexcache.REGEX, ELEMENT, int(FLAGS)): regex.compile(r"\bfin\b", FLAGS)._pickled_data}
    payload = marshal.dumps(forged)
    import hashlib

    path.write_bytes(marshal.dumps((hashlib.sha256(payload).digest(), payload)))
    programs = regexcache.Programs("xx", (TOKEN, ELEMENT))
    _same(programs.re(TOKEN), re.compile(TOKEN))
    _same(programs.regex(ELEMENT, FLAGS), regex.compile(ELEMENT, FLAGS))
    assert (programs.compiled, programs.replayed) == (2, 0)


def test_an_invalid_regex_still_raises(cache_home):
    _fill()
    programs = regexcache.Programs("xx", (TOKEN, ELEMENT))
    with pytest.raises(re.error):
        programs.re("(unclosed")
    with pytest.raises(regex.error):
        programs.regex("(unclosed", FLAGS)


def test_no_cache_means_no_entry(cache_home, monkeypatch):
    monkeypatch.setenv("TONE_LINT_NO_CACHE", "1")
    programs = _fill()
    assert programs.compiled == 2
    assert not cache_home.exists() or not list(cache_home.glob("regexes-*"))


def test_an_engine_finds_the_same_from_the_cache(tmp_path, monkeypatch, builtin_rules):
    """French: the token patterns' REGEX tests and the elements' regexes, compiled then replayed."""
    from tone_lint.nlp import pipeline

    pipeline("fr", True).columns("Bonjour à vous.", ["NORM", "LEMMA"])  # from the suite's cache, before the regexes get a cache of their own
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TONE_LINT_NO_CACHE", raising=False)
    text = ("Bonjour Madame,\n\nNous mettons fin à notre collaboration à compter du 31 mars 2027. "
            "Je vous remercie pour ces trois années de travail. Les fichiers vous seront remis "
            "d'ici le 15 avril. Vous êtes vraiment incompétents.\n\nCordialement,\nPaul\n")
    source = Source(path="draft.txt", display=text)
    first = Engine(builtin_rules, "fr")
    assert first._programs.compiled > 100 and first._programs.replayed == 0
    second = Engine(builtin_rules, "fr")
    assert second._programs.compiled == 0 and second._programs.replayed == first._programs.compiled
    options = Options(termination="always")
    found = [(f.rule, f.start, f.end) for f in first.check(source, options).findings]
    assert found and found == [(f.rule, f.start, f.end) for f in second.check(source, options).findings]
