"""Phrase lists, matched token by token on NORM, LOWER, ORTH or LEMMA."""
from __future__ import annotations


def add(matcher, key: str, phrases: tuple[str, ...], attr: str, pipeline) -> None:
    # Phrases go through the same tokenizer and folding as drafts, so "n'avez" and
    # "n’avez" split and compare alike.
    for text in phrases:
        matcher.add_phrase(key, attr, pipeline.columns(text.strip(), [attr]).values[attr])
