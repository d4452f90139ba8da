"""Which strings are words of a language, from the tables spaCy already ships with
spacy-lookups-data (every form of the lemma lookup, the lemma index) and spaCy's stop words.

A word in capitals is shouting only if it is a word: "NEVER" is, "FCRA" and "CBSE" are not, and
no list of acronyms can name them all. The tables are read the first time a rule asks, so a draft
without capitals never pays for them.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import os
from functools import lru_cache

import regex

from tone_lint.nlp import fold, lookups_path

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


@lru_cache(maxsize=None)
def _base_forms(language: str):
    """The words the lookup table may lack because they never inflect: spaCy's stop words and,
    for English, the lemma index (every base form WordNet knows). Decoding the index costs a cold
    check more than the whole check, so the folded words are kept in tone-lint's cache."""
    from tone_lint import nlpcache

    index = lookups_path(f"{language}_lemma_index.json.gz")
    stop_words = _stop_words_path(language)

    def build() -> dict[str, str]:
        known = set(_stop_words(stop_words))
        if index:
            with open(index, "rb") as fh:
                for lemmas in json.loads(gzip.decompress(fh.read())).values():
                    known.update(lemmas)
        return {fold(w): "" for w in known}

    return nlpcache.sorted_table(f"{language}-words", [p for p in (index, stop_words) if p], build)


@lru_cache(maxsize=None)
def _forms(language: str):
    """The pipeline's lemma table (tone_lint.nlp reads it from tone-lint's cache)."""
    from tone_lint.nlp import _lemma_table

    return _lemma_table(language)


@lru_cache(maxsize=4096)
def is_word(language: str, word: str) -> bool:
    """True if `word` (any case) is a form of the language's lemma table or a base form."""
    folded = fold(word)
    return _base_forms(language).get(folded) is not None or _forms(language).get(folded) is not None


def _stop_words_path(language: str) -> str | None:
    spec = importlib.util.find_spec("spacy")
    if not spec or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "lang", language, "stop_words.py")
    return path if os.path.isfile(path) else None


def _stop_words(path: str | None) -> frozenset[str]:
    """spaCy's stop words, read from their file alone: importing spacy would cost a cold check
    seconds (tone_lint.nlp avoids it), and the file imports nothing."""
    if not path:
        return frozenset()
    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location("_tone_lint_stop_words", path))
    module.__spec__.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def all_known(language: str, text: str) -> bool:
    """True when every word of `text` is a word of `language` (a contraction such as "DON'T"
    counts as known: its pieces are not in the tables)."""
    return all("'" in w or "’" in w or is_word(language, w) for w in _WORD.findall(text))
