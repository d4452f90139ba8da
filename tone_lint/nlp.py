"""One spaCy pipeline per language, built once per process: the smallest that serves.

The packs match on NORM (lower case, typographic apostrophes folded to ') and, when a
pack declares `needs: [lemma]`, on LEMMA from spaCy's lookup tables. Nothing else is
needed, so the pipeline is a blank tokenizer: no model, nothing downloaded.
"""
from __future__ import annotations

from functools import lru_cache

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
CAPABILITIES = frozenset({"lemma"})


def fold(text: str) -> str:
    """The normal form patterns and tokens are compared in."""
    return text.translate(APOSTROPHES).lower()


def import_spacy():
    """`import spacy`, without its command-line package.

    spaCy's `__init__` imports `spacy.cli` only to re-export `spacy.info`; that package
    pulls in weasel, typer, httpx and requests: about a third of `import spacy` (see
    bench/README.md). No library code imports `spacy.cli`, so while spaCy initialises,
    empty placeholders stand in for it; they are removed right after, so a later
    `import spacy.cli` (or `spacy.info()`) loads the real thing.
    """
    import sys

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    import types

    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli"].__path__ = []

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    placeholders["spacy.cli.info"].info = info
    placeholders["spacy.cli"].info = placeholders["spacy.cli.info"]
    for name, module in placeholders.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is placeholders["spacy.cli"]:
            del spacy_module.cli
    return spacy


class Pipeline:
    """A blank spaCy tokenizer plus NORM folding and optional lookup lemmas.

    `columns` (all a check needs) runs on tone_lint.tokenizer's replica of spaCy's tokenizer
    when its data is cached, so a check does not import spaCy at all; the first run, or any
    run with the cache off, goes through spaCy itself and exports that data. `__call__`
    (a spaCy Doc) always uses spaCy, built on first use.
    """

    def __init__(self, language: str, lemma: bool):
        self.language = language
        self.lemmas = _lemma_table(language) if lemma else None
        self._nlp = None
        self.replica, settled = _cached_replica(language)
        if self.replica is None:
            self._build()
            if not settled:
                self.replica = self._export_replica()

    @property
    def nlp(self):
        if self._nlp is None:
            self._build()
        return self._nlp

    @property
    def vocab(self):
        return self.nlp.vocab

    def _build(self) -> None:
        from tone_lint import nlpcache

        spacy = import_spacy()
        if self.language == "fr":
            nlpcache.prepare_french()
        self._nlp = _blank(spacy, self.language)
        from spacy.attrs import LEMMA, NORM, ORTH

        self._read, self._write_norm, self._write_both = [ORTH, NORM], [NORM], [NORM, LEMMA]
        self._norms: dict[int, int] = {}  # NORM hash -> folded NORM hash
        self._lemmas: dict[int, int] = {}  # ORTH hash -> LEMMA hash

    def __call__(self, text: str):
        """Tokenise `text` with spaCy; NORM folded, LEMMA looked up when the packs need it.

        Works on whole columns (`to_array`/`from_array`) and remembers the answer for each
        string, so a draft costs a few dictionary look-ups per token, not Token objects.
        """
        doc = self.nlp.make_doc(text)
        if not len(doc):
            return doc
        import numpy

        columns = doc.to_array(self._read)
        norms = self._norms
        values = [norms.get(norm) or self._fold_norm(norm) for norm in columns[:, 1].tolist()]
        if self.lemmas is not None:
            lemmas = self._lemmas
            orths = columns[:, 0].tolist()
            rows = [(n, lemmas.get(o) or self._lemma(o)) for n, o in zip(values, orths)]
            doc.from_array(self._write_both, numpy.array(rows, dtype="uint64"))
        else:
            doc.from_array(self._write_norm, numpy.array(values, dtype="uint64"))
        return doc

    def columns(self, text: str, attrs):
        """`text` tokenised, as the columns of `attrs` the matcher reads (tone_lint.columns)."""
        if self.replica is not None:
            return self.replica.columns(text, attrs, self._lemma_of)
        return self.spacy_columns(text, attrs)

    def spacy_columns(self, text: str, attrs):
        """`columns` computed by spaCy itself (the replica's reference)."""
        from tone_lint import columns

        return columns.read(self(text), attrs)

    def _lemma_of(self, orth: str) -> str:
        """The LEMMA column's value for a token (spaCy's is "" when no lemma is set)."""
        if self.lemmas is None:
            return ""
        key = fold(orth)
        return self.lemmas.get(key, key)

    def _export_replica(self):
        """Export spaCy's tokenizer for the replica, check it on samples, cache it.

        None (spaCy stays in use) when the cache is off, or when the replica cannot
        reproduce this spaCy; that verdict is cached too, so it is not tried on every run.
        """
        from tone_lint import nlpcache, tokenizer

        if not nlpcache.enabled() or not isinstance(self._nlp, _Blank):
            return None
        if nlpcache._private_dir(create=True) is None:  # it could not be stored: do not pay for it
            return None
        try:
            name = nlpcache.tokenizer_entry(self.language)
        except OSError:
            return None
        try:
            data = tokenizer.export(self.language, self._nlp.tokenizer, self._nlp.defaults)
            replica = tokenizer.build(self.language, data)
            attrs = _all_attrs()
            for text in tokenizer.SAMPLES:
                if replica.columns(text, attrs, self._lemma_of) != self.spacy_columns(text, attrs):
                    raise tokenizer.Unsupported(f"the replica differs from spaCy on {text!r}")
        except (tokenizer.Unsupported, ValueError, TypeError, KeyError, AttributeError, ImportError, RuntimeError) as exc:
            nlpcache.store(name, {"format": tokenizer.FORMAT, "unsupported": str(exc)})
            return None
        nlpcache.store(name, data)
        return replica

    def _fold_norm(self, norm: int) -> int:
        strings = self.vocab.strings
        folded = self._norms[norm] = strings.add(fold(strings[norm]))
        return folded

    def _lemma(self, orth: int) -> int:
        strings = self.vocab.strings
        key = fold(strings[orth])
        lemma = self._lemmas[orth] = strings.add(self.lemmas.get(key, key))
        return lemma


def _all_attrs() -> list[str]:
    from tone_lint.matcher import ATTRS

    return sorted(ATTRS)


def _cached_replica(language: str):
    """(the replica of spaCy's tokenizer for `language` or None, whether that is settled).

    Settled: the cache is off, or a previous export found spaCy's set-up unsupported; then
    spaCy is used without trying to export again.
    """
    from tone_lint import nlpcache

    if not nlpcache.enabled():
        return None, True
    try:
        name = nlpcache.tokenizer_entry(language)
    except OSError:
        return None, True
    data = nlpcache.load(name, read=nlpcache.read_marshal)
    if data is None:
        return None, False
    from tone_lint import tokenizer

    if isinstance(data, dict) and "unsupported" in data and data.get("format") == tokenizer.FORMAT:
        return None, True
    try:
        return tokenizer.build(language, data), True
    except (ValueError, TypeError, KeyError, AttributeError, RuntimeError):
        return None, False


class _Blank:
    """What the linter uses of `spacy.blank(lang)`: its vocabulary and its tokenizer."""

    def __init__(self, vocab, tokenizer, defaults):
        self.vocab, self.tokenizer, self.defaults = vocab, tokenizer, defaults

    def make_doc(self, text: str):
        return self.tokenizer(text)


def _blank(spacy, language: str):
    """The tokenizer `spacy.blank(language)` would build, built the way spaCy builds it.

    `spacy.blank` also resolves a configuration, populates registries and scans package
    entry points, none of which a blank tokenizer needs (~0.1 s of a cold check). Here the
    language's defaults go through spaCy's own `create_vocab` and the same arguments as
    its `create_tokenizer` factory; tests/test_nlp_cache.py compares every token with
    `spacy.blank`. Anything unexpected falls back to `spacy.blank` itself.
    """
    try:
        import importlib

        from spacy import util
        from spacy.language import Language
        from spacy.tokenizer import Tokenizer
        from spacy.vocab import create_vocab

        module = importlib.import_module(f"spacy.lang.{language}")
        cls = getattr(module, module.__all__[0])
        if not (isinstance(cls, type) and issubclass(cls, Language) and cls.lang == language):
            raise LookupError(language)
        defaults = cls.Defaults
        vocab = create_vocab(language, defaults)
        tokenizer = Tokenizer(
            vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return _Blank(vocab, tokenizer, defaults)
    except (ImportError, AttributeError, LookupError, TypeError, IndexError):
        return spacy.blank(language)


@lru_cache(maxsize=None)
def pipeline(language: str, lemma: bool = False) -> Pipeline:
    return Pipeline(language, lemma)


def lookups_path(filename: str) -> str | None:
    """A file of spacy-lookups-data's tables, or None if it is not installed.

    The file is found with `find_spec`, without importing spacy_lookups_data (whose
    `__init__` pulls in importlib.resources and pathlib for nothing a cached table needs).
    """
    import importlib.util
    import os

    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", filename)
    return path if os.path.isfile(path) else None


def _lemma_table(language: str):
    """spaCy's lookup lemma table for `language`, folded like NORM."""
    from tone_lint import nlpcache

    path = lookups_path(f"{language}_lemma_lookup.json.gz")
    if path is None:
        from tone_lint.errors import ToneLintError

        raise ToneLintError(
            f"lemma tables for {language!r} are not installed (pip install spacy-lookups-data): "
            f"{language}_lemma_lookup.json.gz not found"
        )

    def build():
        with open(path, "rb") as fh:
            return _fold_table(fh.read())

    return nlpcache.lemma_table(language, path, build)


def _fold_table(compressed: bytes) -> dict[str, str]:
    import gzip
    import json

    raw = json.loads(gzip.decompress(compressed))
    table = {}
    for form, lemma in raw.items():
        if isinstance(lemma, list):
            lemma = lemma[0]
        table[fold(form)] = fold(lemma)
    return table
