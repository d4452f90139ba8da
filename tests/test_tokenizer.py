"""The replica of spaCy's tokenizer (tone_lint/tokenizer.py) gives spaCy's tokens, exactly.

Each text is tokenised by spaCy's blank tokenizer and by a replica exported from that very
tokenizer, and the two are compared token by token: the raw tokens (text, offset, trailing
space, NORM before folding, every lexical attribute, whitespace tokens included) and the
columns the matcher reads (folded NORM, LEMMA, in-paragraph whitespace dropped, starts and
ends). Texts: the shared corpus, eval/, examples/, tests/fixtures, every rule example, and
generated text. Any difference is a bug in the replica.
"""
import json
import os
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import shipped_rules
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tone_lint.matcher import ATTRS, FLAG_ATTRS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("TONE_LINT_CORPUS", "/work/shared/corpus"))
LANGUAGES = ("en", "fr")
COLUMNS = sorted(ATTRS)
RAW_STRINGS = ["ORTH", "NORM", "LOWER", "SHAPE", "PREFIX", "SUFFIX"]
RAW = ["IDX", *RAW_STRINGS, "LENGTH", "SPACY", *sorted(FLAG_ATTRS - {"SPACY"})]

EDGE_CASES = [
    "",
    " ",
    "  ",
    "\n",
    " a",
    "  a",
    "a ",
    "a  ",
    "a \n b",
    "a\u00a0!",
    "\r\n\r\n",
    "\t\tx\t",
    "Quoi\u00a0?! Non\u202f!!! Enfin\u00a0: oui ; non\u00a0;",
    "« Bonjour » “hello” ‘x’ „y“ ‹z›",
    "(e.g.) e.g.) (U.S.) don't. (don't) 'don't' “don't”",
    "l'homme qu'il j’ai c’est aujourd’hui prud’hommes entr'ouvert",
    "https://www.example.com/x_(y)?a=1. www.test.fr/ a@b.co, jean.dupont@exemple.fr.",
    "1er 2e 3ème 30/06/2026 12h30 10:30 3,5 % 1 000 € $5.00 -3 +33 ½",
    "😡😡 🙂! :) :-) <3 ¯\\_(ツ)_/¯ ^_^ o_O",
]


@pytest.fixture(scope="module")
def pipes():
    """language -> (the spaCy pipeline, a replica exported from its tokenizer)."""
    from tone_lint import tokenizer
    from tone_lint.nlp import _Blank, pipeline

    out = {}
    for language in LANGUAGES:
        pipe = pipeline(language, True)
        nlp = pipe.nlp
        assert isinstance(nlp, _Blank)
        out[language] = (pipe, tokenizer.build(language, tokenizer.export(language, nlp.tokenizer, nlp.defaults)))
    return out


def _spacy_raw(nlp, text):
    from spacy.attrs import IDS

    doc = nlp.make_doc(text)
    if not len(doc):
        return []
    strings = doc.vocab.strings
    rows = []
    for row in doc.to_array([IDS[name] for name in RAW]).tolist():
        rows.append(tuple(strings[v] if name in RAW_STRINGS else int(v) for name, v in zip(RAW, row)))
    return rows


_LEXEMES: dict = {}  # (replica, ORTH) -> its lexical attributes, as _spacy_raw orders them


def _replica_raw(replica, text):
    orths, norms, spaces = replica.tokenizer(text)
    getters = replica.lexicon.getters
    rows = []
    offset = 0
    for orth, norm, space in zip(orths, norms, spaces):
        lexeme = _LEXEMES.get((id(replica), orth))
        if lexeme is None:
            lexeme = _LEXEMES[id(replica), orth] = (
                *(getters[name](orth) for name in RAW_STRINGS[2:]),
                len(orth),
                *(int(bool(getters[name](orth))) for name in RAW[len(RAW_STRINGS) + 3 :]),
            )
        strings_and_length, flags = lexeme[: len(RAW_STRINGS) - 1], lexeme[len(RAW_STRINGS) - 1 :]
        rows.append((offset, orth, norm or replica.lexicon.norm(orth), *strings_and_length, int(space), *flags))
        offset += len(orth) + space
    return rows


def assert_same(pipes, language, text) -> int:
    """Compare spaCy and the replica on `text`; the number of tokens compared."""
    pipe, replica = pipes[language]
    expected, got = _spacy_raw(pipe.nlp, text), _replica_raw(replica, text)
    if got != expected:
        at = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
        pytest.fail(
            f"{language}: token {at} differs on {text[:120]!r}\n"
            f"  spaCy:   {expected[max(0, at - 1) : at + 2]}\n  replica: {got[max(0, at - 1) : at + 2]}"
        )
    expected_columns = pipe.spacy_columns(text, COLUMNS)
    got_columns = replica.columns(text, COLUMNS, pipe._lemma_of)
    assert got_columns.starts == expected_columns.starts, text[:120]
    assert got_columns.ends == expected_columns.ends, text[:120]
    for name, column in expected_columns.values.items():
        assert got_columns.values[name] == column, f"{language} {name} on {text[:120]!r}"
    assert got_columns == expected_columns
    return len(expected)


def _files(*folders):
    texts = []
    for folder in folders:
        texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.rglob("*.txt"))]
    return texts


@lru_cache(maxsize=None)
def _rule_texts():
    texts = []
    for language in LANGUAGES:
        for rule in shipped_rules(language):
            texts += [e.text for e in rule.flag_examples] + list(rule.pass_examples)
            texts += [rule.instead] if rule.instead else []
            texts += list(rule.match.phrases or ())
    return tuple(texts)


SOURCES = {
    "corpus": lambda: _files(CORPUS) if CORPUS.is_dir() else [],
    "eval-examples-fixtures": lambda: _files(ROOT / "eval", ROOT / "examples", ROOT / "tests" / "fixtures"),
    "rules": _rule_texts,
    "edge-cases": lambda: EDGE_CASES,
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_replica_tokenises_like_spacy(pipes, language, source):
    texts = SOURCES[source]()
    if source == "corpus" and not texts:
        pytest.skip(f"no corpus at {CORPUS}")
    assert texts
    tokens = sum(assert_same(pipes, language, text) for text in texts)
    assert tokens >= len(texts) - 5  # the edge cases include empty and whitespace-only texts


FRAGMENTS = [
    "l'", "qu'", "j’", "L’", "aujourd'hui", "c'est-à-dire", "don't", "I'm", "can’t", "won't", "y'all",
    "'s", "’s", "e.g.", "U.S.", "etc.", "Mr.", "M.", "Mme", "n°", "https://ex.com/a?b=c", "www.site.fr",
    "a@b.co", "jean-pierre@exemple.fr", "12", "3,5", "1er", "2e", "30/06/2026", "10:30", "5pm", "$5",
    "€", "20%", "😡", "🙂", "!", "!!!", "?!", "?!?", "?", ":", ";", ",", ".", "...", "…", "«", "»", "“",
    "”", '"', "'", "(", ")", "[", "]", "-", "—", "–", "/", "word", "Word", "WORD", "est-ce", "va-t-il",
    "grand-mère", "black-out", "ça", "été", "a", "1", ":)", "<3", "'tis", "o'clock", "gonna", "c'mon",
    "ain't", "Dr.", "a.m.", "0.5", "-3", "1/2", "twenty-one", "3rd", "(e.g.)", "(don't)", "don't.",
    "prud'homme", "s'il", "rendez-vous", "#tag", "@user", "&", "’’", "``", "\u00a0!", "\u202f?",
    "\u00a0:", "\u202f;", "ß", "İ", "Ⅻ", "²",
]
SEPARATORS = ["", " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u202f", " \n ", "\n\n"]
PIECES = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=5),
)
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
def test_replica_tokenises_generated_text_like_spacy(pipes, text):
    for language in LANGUAGES:
        assert_same(pipes, language, text)


def test_pipeline_columns_use_the_replica_and_match_spacy(pipes):
    """Through Pipeline.columns (what a check calls), with the exported replica in place."""
    from tone_lint.nlp import Pipeline

    for language in LANGUAGES:
        pipe, replica = pipes[language]
        fresh = Pipeline.__new__(Pipeline)
        fresh.__dict__.update(pipe.__dict__)
        fresh.replica = replica
        for text in EDGE_CASES + FRAGMENTS:
            assert fresh.columns(text, ["NORM", "LEMMA"]) == pipe.spacy_columns(text, ["NORM", "LEMMA"])


# --- wiring: the cache, the environment, and no spaCy on a warm check -----------------------

HOOK = r"""
import atexit, json, os, runpy, sys

def report():
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "numpy", "spacy_lookups_data"))
    with open(os.environ["TONE_LINT_TEST_REPORT"], "w") as fh:
        json.dump(heavy, fh)

atexit.register(report)
sys.argv = ["tone-lint", *sys.argv[1:]]
runpy.run_module("tone_lint", run_name="__main__", alter_sys=True)
"""


def _check(files, env, tmp_path):
    report = tmp_path / "modules.json"
    full_env = {**os.environ, "NO_COLOR": "1", **env, "TONE_LINT_TEST_REPORT": str(report)}
    if "TONE_LINT_NO_CACHE" not in env:
        full_env.pop("TONE_LINT_NO_CACHE", None)
    proc = subprocess.run([sys.executable, "-c", HOOK, "check", "--no-daemon", *files], capture_output=True, cwd=ROOT, env=full_env)
    return proc.returncode, proc.stdout, json.loads(report.read_text())


def _seed(cache: Path) -> None:
    """Copy the slow-to-build lemma and French-exceptions entries from the usual cache, if any.

    Only to save the test seconds: entries are keyed by versions, and the tokenizer data the
    test is about is not copied, so the first run below still exports it.
    """
    from tone_lint import nlpcache

    source = Path(nlpcache.cache_dir())
    target = cache / "tone-lint"
    target.mkdir(mode=0o700, parents=True)
    if source.is_dir():
        for entry in source.iterdir():
            if "-lemmas-" in entry.name or (entry.name.startswith("fr-tokenizer-") and "-data-" not in entry.name):
                shutil.copy(entry, target / entry.name)


def test_warm_check_imports_no_spacy_and_says_the_same(tmp_path):
    cache = tmp_path / "cache"
    _seed(cache)
    env = {"XDG_CACHE_HOME": str(cache), "TONE_LINT_NO_DAEMON": "1"}
    files = ["--format", "line", "examples/termination-angry-en.txt", "examples/termination-angry-fr.txt"]
    status, first, modules = _check(files, env, tmp_path)
    assert "spacy" in modules, "the first run builds the cache with spaCy"
    names = [p.name for p in (cache / "tone-lint").iterdir()]
    assert any(n.startswith("en-tokenizer-data-") for n in names) and any(n.startswith("fr-tokenizer-data-") for n in names)
    again, second, modules = _check(files, env, tmp_path)
    assert modules == [], f"a warm check imported {modules}"
    assert (again, second) == (status, first)
    assert b"termination-angry-fr.txt:" in first and b"emotional.exclamation-run" in first
    # The spaCy path says the same of the English draft (French would recompile spaCy's
    # exceptions with the cache off: seconds).
    no_cache, third, modules = _check(files[:3], {**env, "TONE_LINT_NO_CACHE": "1"}, tmp_path)
    assert "spacy" in modules
    english = [line for line in first.splitlines(True) if line.startswith(b"examples/termination-angry-en.txt:")]
    assert third.splitlines(True) == english and english


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("TONE_LINT_NO_CACHE", raising=False)
    return tmp_path / "tone-lint"


def test_pipeline_exports_then_serves_the_replica(private_cache):
    from tone_lint import nlpcache
    from tone_lint.nlp import Pipeline

    first = Pipeline("en", False)  # exports
    assert first.replica is not None and first._nlp is not None
    second = Pipeline("en", False)  # served from the cache, spaCy not built
    assert second.replica is not None and second._nlp is None
    assert nlpcache.load(nlpcache.tokenizer_entry("en"))["language"] == "en"
    text = "I'm done!!! You never answer (e.g. my emails)."
    assert second.columns(text, ["NORM"]) == first.spacy_columns(text, ["NORM"])


def test_no_cache_environment_uses_spacy(private_cache, monkeypatch):
    from tone_lint.nlp import Pipeline

    monkeypatch.setenv("TONE_LINT_NO_CACHE", "1")
    pipe = Pipeline("en", False)
    assert pipe.replica is None and pipe._nlp is not None
    assert not private_cache.exists()


def test_corrupt_entry_is_rebuilt_and_a_refusal_is_kept(private_cache):
    from tone_lint import nlpcache
    from tone_lint.nlp import Pipeline
    from tone_lint.tokenizer import FORMAT

    name = nlpcache.tokenizer_entry("en")
    nlpcache.store(name, {"format": FORMAT, "language": "en", "programs": {}})
    assert Pipeline("en", False).replica is not None
    assert "specials" in nlpcache.load(name)
    refusal = {"format": FORMAT, "unsupported": "test"}
    nlpcache.store(name, refusal)
    pipe = Pipeline("en", False)
    assert pipe.replica is None and nlpcache.load(name) == refusal


def test_a_replica_that_differs_from_spacy_is_never_used(private_cache, monkeypatch):
    from tone_lint import nlpcache, tokenizer
    from tone_lint.nlp import Pipeline

    monkeypatch.setattr(tokenizer.Lexicon, "norm", lambda self, s: s + "x")
    pipe = Pipeline("en", False)
    assert pipe.replica is None
    assert "differs from spaCy" in nlpcache.load(nlpcache.tokenizer_entry("en"))["unsupported"]
