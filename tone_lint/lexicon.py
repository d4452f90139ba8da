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

from tone_lint.nlp import fold

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


@lru_cache(maxsize=None)
def _base_forms(language: str) -> frozenset[str]:
    """The words the lookup table may lack because they never inflect: spaCy's stop words and,
    for English, the lemma index (every base form WordNet knows)."""
    known = set(_stop_words(language))
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec and spec.submodule_search_locations:
        path = os.path.join(list(spec.submodule_search_locations)[0], "data", f"{language}_lemma_index.json.gz")
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                for lemmas in json.loads(gzip.decompress(fh.read())).values():
                    known.update(lemmas)
    return frozenset(fold(w) for w in known)


@lru_cache(maxsize=None)
def _forms(language: str):
    """The pipeline's lemma table (tone_lint.nlp reads it from tone-lint's cache)."""
    from tone_lint.nlp import _lemma_table

    return _lemma_table(language)


@lru_cache(maxsize=4096)
def is_word(language: str, word: str) -> bool:
    """True if `word` (any case) is a form of the language's lemma table or a base form."""
    folded = fold(word)
    return folded in _base_forms(language) or _forms(language).get(folded) is not None


def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words, read from their file alone: importing spacy would cost a cold check
    seconds (tone_lint.nlp avoids it), and the file imports nothing."""
    spec = importlib.util.find_spec("spacy")
    if not spec or not spec.submodule_search_locations:
        return frozenset()
    path = os.path.join(list(spec.submodule_search_locations)[0], "lang", language, "stop_words.py")
    if not os.path.isfile(path):
        return frozenset()
    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(f"_tone_lint_stop_{language}", path))
    module.__spec__.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def all_known(language: str, text: str) -> bool:
    """True when every word of `text` is a word of `language` (a contraction such as "DON'T"
    counts as known: its pieces are not in the tables)."""
    return all("'" in w or "’" in w or is_word(language, w) for w in _WORD.findall(text))
