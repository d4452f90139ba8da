"""Phrase lists, matched token by token on NORM, LOWER, ORTH or LEMMA (spaCy PhraseMatcher)."""
from __future__ import annotations


def add(phrase_matchers: dict, key: str, phrases: tuple[str, ...], attr: str, pipeline) -> None:
    from spacy.matcher import PhraseMatcher

    matcher = phrase_matchers.get(attr)
    if matcher is None:
        matcher = phrase_matchers[attr] = PhraseMatcher(pipeline.vocab, attr=attr)
    # Patterns go through the same tokenizer and folding as drafts, so "n'avez" and
    # "n’avez" split and compare alike.
    matcher.add(key, [pipeline(p.strip()) for p in phrases])
