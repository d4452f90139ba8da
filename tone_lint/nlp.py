"""One spaCy pipeline per language, built once per process: the smallest that serves.

The packs match on NORM (lower case, typographic apostrophes folded to ') and, when a
pack declares `needs: [lemma]`, on LEMMA from spaCy's lookup tables. Nothing else is
needed, so the pipeline is a blank tokenizer: no model, nothing downloaded.
"""
from __future__ import annotations

import gzip
import json
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
    """A blank spaCy tokenizer plus NORM folding and optional lookup lemmas."""

    def __init__(self, language: str, lemma: bool):
        from tone_lint import nlpcache

        spacy = import_spacy()

        if language == "fr":
            nlpcache.prepare_french()
        self.language = language
        self.nlp = _blank(spacy, language)
        self.vocab = self.nlp.vocab
        self.lemmas = _lemma_table(language) if lemma else None
        from spacy.attrs import LEMMA, NORM, ORTH

        self._read, self._write_norm, self._write_both = [ORTH, NORM], [NORM], [NORM, LEMMA]
        self._norms: dict[int, int] = {}  # NORM hash -> folded NORM hash
        self._lemmas: dict[int, int] = {}  # ORTH hash -> LEMMA hash

    def __call__(self, text: str):
        """Tokenise `text`; NORM folded, LEMMA looked up when the packs need it.

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
        from tone_lint import columns

        return columns.read(self(text), attrs)

    def _fold_norm(self, norm: int) -> int:
        strings = self.vocab.strings
        folded = self._norms[norm] = strings.add(fold(strings[norm]))
        return folded

    def _lemma(self, orth: int) -> int:
        strings = self.vocab.strings
        key = fold(strings[orth])
        lemma = self._lemmas[orth] = strings.add(self.lemmas.get(key, key))
        return lemma


class _Blank:
    """What the linter uses of `spacy.blank(lang)`: its vocabulary and its tokenizer."""

    def __init__(self, vocab, tokenizer):
        self.vocab, self.tokenizer = vocab, tokenizer

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
        return _Blank(vocab, tokenizer)
    except (ImportError, AttributeError, LookupError, TypeError, IndexError):
        return spacy.blank(language)


@lru_cache(maxsize=None)
def pipeline(language: str, lemma: bool = False) -> Pipeline:
    return Pipeline(language, lemma)


def _lemma_table(language: str):
    """spaCy's lookup lemma table for `language`, folded like NORM."""
    from importlib import resources

    from tone_lint import nlpcache

    try:
        data = resources.files("spacy_lookups_data") / "data" / f"{language}_lemma_lookup.json.gz"
        if not data.is_file():
            raise FileNotFoundError(str(data))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        from tone_lint.errors import ToneLintError

        raise ToneLintError(f"lemma tables for {language!r} are not installed (pip install spacy-lookups-data): {exc}")
    return nlpcache.lemma_table(language, data, lambda: _fold_table(data.read_bytes()))


def _fold_table(compressed: bytes) -> dict[str, str]:
    raw = json.loads(gzip.decompress(compressed))
    table = {}
    for form, lemma in raw.items():
        if isinstance(lemma, list):
            lemma = lemma[0]
        table[fold(form)] = fold(lemma)
    return table
