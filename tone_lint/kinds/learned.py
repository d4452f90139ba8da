"""Learned rules: a sentence whose words, weighed together, read as tone.

A learned rule is a logistic regression over a sentence's lower-cased words and word pairs,
its weights a plain TSV file beside the pack (`eval/train_learned.py` writes them from the
annotated sets). It finds what no pattern lists yet: held out, it adds about ten points of
recall at the packs' precision (README, "Scores"). It says which words weighed most, so a
finding still has a reason; and it reports only in a draft that a written rule has already
flagged, because alone it is too often wrong on a calm email.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from tone_lint import nlpcache
from tone_lint.errors import ToneLintError

FORMAT = "# tone-lint learned weights 1"
# A sentence ends at its stop or at the end of its line: a greeting, a sign-off or a list item
# has no stop, and a wrapped sentence is rare in the drafts people lint.
SENTENCE = regex.compile(r"[^.!?…\n]+[.!?…]*", regex.VERSION1)
WORD = regex.compile(r"[\w'’]+|[!?]+", regex.VERSION1)
START = "<s>"


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]

    def probability(self, features: set[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, features: set[str], count: int = 2) -> list[str]:
        """The features that pushed hardest towards tone, as the words a reader sees (an
        opening word once, not also as itself)."""
        ranked = sorted((f for f in features if self.weights.get(f, 0.0) > 0), key=lambda f: (-self.weights[f], f))
        out: list[str] = []
        for name in ranked:
            shown = name.removeprefix(START + " ")
            if shown not in out:
                out.append(shown)
            if len(out) == count:
                break
        return out


def words(sentence: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(sentence)]


def features(sentence: str) -> set[str]:
    """Each word, each pair of neighbours, and the first word as itself (an opening "Why"
    or "Honestly" weighs differently from one inside the sentence)."""
    w = words(sentence)
    out = set(w)
    out.update(f"{a} {b}" for a, b in zip(w, w[1:]))
    if w:
        out.add(f"{START} {w[0]}")
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, without their surrounding spaces."""
    spans = []
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(c.isalpha() for c in text[start:end]):
            spans.append((start, end))
    return spans


@lru_cache(maxsize=None)
def load(path: str) -> Model:
    """The model of a weights file, kept in tone-lint's cache by the file's identity: parsing
    its hundred thousand lines costs a first check about a tenth of a second, the cache ~10 ms."""
    try:
        name = nlpcache.entry_name("learned", path, nlpcache.file_key(path))
    except OSError:
        name = None
    cached = nlpcache.load(name, read=nlpcache.read_marshal) if name else None
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[1], dict):
        return Model(*cached)
    model = _parse(path)
    if name:
        nlpcache.store(name, (model.bias, model.weights))
    return model


def _parse(path: str) -> Model:
    """Read a weights file: the format line, `bias<TAB>value`, then `feature<TAB>weight` lines."""
    where = f"{path}:1"
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ToneLintError(f"cannot read the learned rule's weights: {exc.strerror or exc}", where) from None
    except UnicodeDecodeError:
        raise ToneLintError("the learned rule's weights are not UTF-8 text", where) from None
    if not lines or lines[0] != FORMAT:
        raise ToneLintError(f"not a weights file: its first line must be {FORMAT!r}", where)
    bias, weights = None, {}
    for number, line in enumerate(lines[1:], start=2):
        if not line or line.startswith("#"):
            continue
        name, tab, value = line.rpartition("\t")
        try:
            weight = float(value)
        except ValueError:
            weight = math.nan
        if not tab or not name or not math.isfinite(weight):
            raise ToneLintError("a weights line is a feature, a tab and a number", f"{path}:{number}")
        if name == "bias":
            bias = weight
        else:
            weights[name] = weight
    if bias is None:
        raise ToneLintError("the weights file has no 'bias' line", where)
    return Model(bias, weights)


def best_sentences(rules, text: str, avoid) -> list[tuple[object, int, int, float, list[str]]]:
    """(rule, start, end, probability, strongest words) for each sentence that some learned
    rule finds at or above its threshold, the most confident rule winning, and none where a
    finding already stands (`avoid`: spans)."""
    out = []
    for start, end in sentences(text):
        if any(start < b and a < end for a, b in avoid):
            continue
        feats = features(text[start:end])
        best = None
        for rule in rules:
            model = load(rule.model)
            p = model.probability(feats)
            if p >= rule.threshold and (best is None or p > best[3]):
                best = (rule, start, end, p, model.strongest(feats))
        if best:
            out.append(best)
    return out
