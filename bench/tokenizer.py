"""Tokenisation per draft: tone-lint's replica of spaCy's tokenizer against spaCy itself.

    python bench/tokenizer.py [--drafts N]

Drafts of ~250 words are cut from the shared corpus (or $TONE_LINT_CORPUS). For each
language it prints, as medians per draft: the matcher's columns from the replica and from
spaCy (both warm, memos filled), the bare tokenizers, and the replica's first drafts in a
new process (memos empty), plus the time to load the replica from the cache. Uses the
normal cache (run a check once first). Not part of the test suite.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

ATTRS = ["NORM", "LEMMA", "LOWER", "ORTH", "IS_PUNCT", "IS_UPPER", "LIKE_NUM", "SPACY"]


def drafts(language: str, count: int) -> list[str]:
    corpus = Path(os.environ.get("TONE_LINT_CORPUS", "/work/shared/corpus"))
    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob(f"*-{language}-*.txt"))).split(" ")
    return [" ".join(words[i : i + 250]) for i in range(0, len(words) - 250, 250)][:count]


def median_ms(function, texts) -> float:
    for text in texts:
        function(text)
    times = []
    for text in texts:
        start = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=40)
    args = parser.parse_args()
    from tone_lint import columns, nlpcache, tokenizer  # noqa: F401 (columns: imported by any check)
    from tone_lint.nlp import pipeline

    for language in ("en", "fr"):
        texts = drafts(language, args.drafts)
        if not texts:
            print(f"{language}: no drafts (corpus not found)")
            continue
        pipe = pipeline(language, True)
        if pipe.replica is None:
            print(f"{language}: no cached replica (run `tone-lint check` on a draft first)")
            continue
        start = time.perf_counter()
        fresh = tokenizer.build(language, nlpcache.load(nlpcache.tokenizer_entry(language), read=nlpcache.read_marshal))
        load = (time.perf_counter() - start) * 1e3
        first = []
        for text in texts[:3]:
            start = time.perf_counter()
            fresh.columns(text, ATTRS, pipe._lemma_of)
            first.append((time.perf_counter() - start) * 1e3)
        replica = median_ms(lambda t: pipe.replica.columns(t, ATTRS, pipe._lemma_of), texts)
        spacy = median_ms(lambda t: pipe.spacy_columns(t, ATTRS), texts)
        replica_tokens = median_ms(pipe.replica.tokenizer, texts)
        spacy_tokens = median_ms(pipe.nlp.make_doc, texts)
        print(
            f"{language}: {len(texts)} drafts of 250 words | replica loaded from cache in {load:.1f} ms | "
            f"first drafts, memos empty: {', '.join(f'{t:.1f}' for t in first)} ms | "
            f"warm columns: replica {replica:.2f} ms, spaCy {spacy:.2f} ms | "
            f"tokens only: replica {replica_tokens:.2f} ms, spaCy {spacy_tokens:.2f} ms"
        )


if __name__ == "__main__":
    main()
