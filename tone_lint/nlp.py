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


class Pipeline:
    """A blank spaCy tokenizer plus NORM folding and optional lookup lemmas."""

    def __init__(self, language: str, lemma: bool):
        import spacy

        self.language = language
        self.nlp = spacy.blank(language)
        self.vocab = self.nlp.vocab
        self.lemmas = _lemma_table(language) if lemma else None

    def __call__(self, text: str):
        doc = self.nlp.make_doc(text)
        lemmas = self.lemmas
        for token in doc:
            norm = fold(token.norm_)
            if norm != token.norm_:
                token.norm_ = norm
            if lemmas is not None:
                key = fold(token.text)
                token.lemma_ = lemmas.get(key, key)
        return doc


@lru_cache(maxsize=None)
def pipeline(language: str, lemma: bool = False) -> Pipeline:
    return Pipeline(language, lemma)


def _lemma_table(language: str) -> dict[str, str]:
    """spaCy's lookup lemma table for `language`, folded like NORM."""
    from importlib import resources

    try:
        data = resources.files("spacy_lookups_data") / "data" / f"{language}_lemma_lookup.json.gz"
        raw = json.loads(gzip.decompress(data.read_bytes()))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        from tone_lint.errors import ToneLintError

        raise ToneLintError(f"lemma tables for {language!r} are not installed (pip install spacy-lookups-data): {exc}")
    table = {}
    for form, lemma in raw.items():
        if isinstance(lemma, list):
            lemma = lemma[0]
        table[fold(form)] = fold(lemma)
    return table
