"""The fast pipeline tokenises exactly like `spacy.blank(lang)`, and its cache is safe.

French start-up serves spaCy's tokenizer exceptions (and its 1.4 MB TOKEN_MATCH pattern)
from tone-lint's cache; English and French both import spaCy without `spacy.cli`. The
proof that none of this changes a token is a comparison, token by token, of the fast
pipeline against a plain `spacy.blank(lang)` in a separate process, over the shared
corpus, the examples, every rule example and a list of hard cases.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import shipped_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("TONE_LINT_CORPUS", "/work/shared/corpus"))

HARD_CASES = [
    "Aujourd'hui, l’équipe n'a pas répondu : qu’il vienne, s'il-vous-plaît !",
    "Est-ce qu'on peut se voir ? Qu'est-ce que c'est ? N’est-ce pas ? s'est-il dit.",
    "Le black-out, le burn-out, les États-Unis, New-York, prud'homme et prud’hommes.",
    "entr'ouvert, rentr’ouvrir, grand'mère, grandes'tantes, r'garde, réentr'aperçu",
    "J.-C., janv., févr., M. Dupont, Mme. Durand, Dr. House, n° 12, St. Jean.",
    "Voir https://example.com/a-b?c=d&e=f ou écrire à jean-pierre@exemple.fr, 12,5 % en 2024-06-30.",
    "DONC ÇA SUFFIT !!! Vous n'avez JAMAIS répondu ?!? 😡😡 (vraiment…) « non » — fin.",
    "Un fac-similé, hip-hop, jet-set, zig-zag, yo-yo, by-pass, down-loader, a-sexualisé.",
    "Il y a 3\u00a0jours\u202f; c’était l'été. Va-t-il partir ? A-t-elle dit oui ?",
    "You're done, aren't you? I can't, won't and shouldn't wait -- e.g. by 5pm U.S. time.",
]

TOKENIZE = r"""
import json, sys
texts = json.load(sys.stdin)
lang, mode = sys.argv[1], sys.argv[2]
if mode == "plain":
    import spacy
    nlp = spacy.blank(lang)
    cached = False
    tok = lambda t: nlp.make_doc(t)
else:
    from tone_lint.nlp import pipeline
    pipe = pipeline(lang)
    nlp = pipe.nlp  # spaCy is built on first use: a cached replica may have served so far
    cached = getattr(sys.modules.get("spacy.lang.fr.tokenizer_exceptions"), "__tone_lint_cached__", False)
    tok = lambda t: nlp.make_doc(t)
out = []
for text in texts:
    doc = tok(text)
    out.append([(t.idx, t.text, t.whitespace_, t.norm_, t.is_stop, t.like_num, t.is_punct) for t in doc])
json.dump({"cached": cached, "cli_loaded": "spacy.cli" in sys.modules, "tokens": out}, sys.stdout)
"""


def _texts(language: str) -> list[str]:
    texts = list(HARD_CASES)
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted((ROOT / "tests").rglob("*.txt"))]
    for rule in shipped_rules(language):
        texts += [e.text for e in rule.flag_examples] + list(rule.pass_examples)
        texts += [rule.instead] if rule.instead else []
    return texts


def _start(language: str, mode: str, texts: list[str], env: dict):
    """The tokenizing process, started; `_result` waits for what it printed."""
    with tempfile.TemporaryFile() as given:
        given.write(json.dumps(texts).encode())
        given.seek(0)
        return subprocess.Popen(
            [sys.executable, "-c", TOKENIZE, language, mode],
            stdin=given, stdout=subprocess.PIPE, env={**os.environ, **env}, cwd=ROOT,
        )


def _result(proc) -> dict:
    out, _ = proc.communicate()
    assert proc.returncode == 0
    return json.loads(out)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_fast_pipeline_tokenises_exactly_like_spacy_blank(language, tmp_path):
    texts = _texts(language)
    assert len(texts) > 50
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    # spaCy alone and the first fast run are independent (the plain run reads no tone-lint
    # cache): they run side by side, each compiling spaCy's French exceptions in its own process.
    plain_proc = _start(language, "plain", texts, env)
    first = _result(_start(language, "fast", texts, env))  # builds the cache
    second = _start(language, "fast", texts, env)  # served from it
    plain, second = _result(plain_proc), _result(second)
    if language == "fr":
        assert not first["cached"] and second["cached"], "the second French run must use the cache"
        assert any(p.name.startswith("fr-tokenizer-") for p in (tmp_path / "tone-lint").iterdir())
    assert not second["cli_loaded"], "the fast path must not import spacy.cli"
    for i, text in enumerate(texts):
        assert first["tokens"][i] == plain["tokens"][i], f"uncached run differs on: {text[:80]!r}"
        assert second["tokens"][i] == plain["tokens"][i], f"cached run differs on: {text[:80]!r}"


def test_cache_directory_is_private_and_entries_are_keyed(tmp_path, monkeypatch):
    from tone_lint import nlpcache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("TONE_LINT_NO_CACHE", raising=False)
    nlpcache.store("x.marshal", {"a": "b"})
    directory = tmp_path / "tone-lint"
    assert directory.stat().st_mode & 0o777 == 0o700
    assert nlpcache.load("x.marshal") == {"a": "b"}
    assert nlpcache.entry_name("k", "1") != nlpcache.entry_name("k", "2")


def test_cache_ignored_when_others_can_write_it(tmp_path, monkeypatch):
    from tone_lint import nlpcache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    nlpcache.store("x.marshal", [1, 2])
    os.chmod(tmp_path / "tone-lint", 0o777)
    assert nlpcache.load("x.marshal") is None
    nlpcache.store("y.marshal", [3])  # refused too
    assert not (tmp_path / "tone-lint" / "y.marshal").exists()


def test_corrupt_or_disabled_cache_falls_back(tmp_path, monkeypatch):
    from tone_lint import nlpcache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    nlpcache.store("x.marshal", [1])
    (tmp_path / "tone-lint" / "x.marshal").write_bytes(b"\x00garbage")
    assert nlpcache.load("x.marshal") is None
    calls = []
    table = nlpcache.lemma_table("en", ROOT / "README.md", lambda: calls.append(1) or {"was": "be"})
    assert dict(table.items()) == {"was": "be"} and calls == [1]
    again = nlpcache.lemma_table("en", ROOT / "README.md", lambda: calls.append(1) or {})
    assert dict(again.items()) == {"was": "be"}
    assert calls == [1], "the second call is served from the cache"
    monkeypatch.setenv("TONE_LINT_NO_CACHE", "1")
    assert nlpcache.load("x.marshal") is None


def test_replayed_pattern_matches_like_the_original():
    import re

    from tone_lint.nlpcache import _CaptureCompiled, _replay

    source = "(?iu)^black[-–]out[a-zé]*$|^prud['’]hom[a-zé]+$"
    with _CaptureCompiled() as captured:
        original = re.compile(source + "(?:)")
    args = captured.calls[(original.pattern, original.flags)]
    replayed = _replay(args)
    for word in ["Black-out", "black–outés", "prud’hommes", "PRUD'HOMME", "blackout", "prud-homme"]:
        assert bool(replayed.match(word)) == bool(original.match(word))
    with pytest.raises((RuntimeError, ValueError, TypeError)):
        _replay((args[0], args[1], [999999] * 5, *args[3:]))


def _reference(pipe, text):
    """The straightforward per-token version of Pipeline.__call__, kept as the oracle."""
    from tone_lint.nlp import fold

    doc = pipe.nlp.make_doc(text)
    out = []
    for token in doc:
        key = fold(token.text)
        lemma = pipe.lemmas.get(key, key) if pipe.lemmas is not None else ""
        out.append((token.idx, token.text, fold(token.norm_), lemma))
    return out


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("lemma", [True, False])
def test_column_pipeline_sets_norm_and_lemma_like_the_per_token_version(language, lemma):
    from tone_lint.nlp import pipeline

    pipe = pipeline(language, lemma)
    for text in _texts(language) * 2:  # twice: the second pass is served by the per-string memo
        doc = pipe(text)
        got = [(t.idx, t.text, t.norm_, t.lemma_) for t in doc]
        assert got == _reference(pipe, text), text[:80]


def test_sorted_table_answers_exactly_like_the_dict():
    import random
    from importlib import resources

    from tone_lint.nlp import _fold_table
    from tone_lint.nlpcache import SortedTable

    data = resources.files("spacy_lookups_data") / "data" / "fr_lemma_lookup.json.gz"
    table = _fold_table(data.read_bytes())
    packed = SortedTable.from_dict(table)
    assert len(packed) == len(table)
    rng = random.Random(7)
    keys = rng.sample(sorted(table), 20000)
    probes = keys + [k + "x" for k in keys[:2000]] + [k[:-1] for k in keys[:2000]] + ["", "\U0001f621", "zzzzzz"]
    for key in probes:
        assert packed.get(key, key) == table.get(key, key), key
