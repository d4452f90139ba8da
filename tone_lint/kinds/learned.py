"""Learned rules: a sentence whose words, weighed together, read as tone.

A learned rule is a logistic regression over a sentence's lower-cased words and word pairs,
its weights a plain TSV file beside the pack (`eval/train_learned.py` writes them from the
annotated sets). It finds what no pattern lists yet: held out, it adds eight to ten points of
recall at the packs' precision (README, "Scores"). It says which words weighed most, so a
finding still has a reason; and it reports in a draft that a written rule has already flagged
(a sentence no finding touches, or the rest of one a finding does), or, with `alone`, on a
sentence it is sure of when a second sentence leans towards tone too: one sure sentence alone
is too often a calm email's.

The same weights serve two more ends: a sentence they are sure is calm vetoes the findings of
`calm_veto` rules in it (joy in capitals), and a learned rule with `marks:` weighs a whole draft
to mark it as a termination where the written markers are silent. Weights of the same form also
find a termination email's element where its required rule's patterns are silent (`holds`), and
drop a pattern's match in a sentence they find unlike the element (`confirmed`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
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
# A word of two or more capitals: lower-casing hides it from the words, and it is often
# shouting ("MERCI DE RÉPONDRE") but not always (an acronym, "students EVER, so proud").
CAPITALS = regex.compile(r"\b\p{Lu}{2,}\b", regex.VERSION1)
CAPS = "<caps>"
# Fewer words than this beside a finding ("since March.") carry too little to weigh on their own.
PASSAGE_WORDS = 3


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]

    def probability(self, features: frozenset[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, sentence: str, width: int = 3) -> tuple[int, int]:
        """Where in `sentence` the run of `width` words that pushed hardest towards tone lies:
        each word carries its own weight, half of each pair it is in, and the opening word's.
        A run of words reads as a reason ("don't ring me"); the two heaviest features alone
        are often "to" and "a"."""
        found = list(WORD.finditer(sentence))
        if not found:
            return 0, len(sentence)
        names = [m.group().lower().replace("’", "'") for m in found]
        get = self.weights.get
        weight = [get(n, 0.0) for n in names]
        weight[0] += get(f"{START} {names[0]}", 0.0)
        for i in range(len(names) - 1):
            pair = get(f"{names[i]} {names[i + 1]}", 0.0) / 2
            weight[i] += pair
            weight[i + 1] += pair
        width = min(width, len(found))
        first = max(range(len(found) - width + 1), key=lambda i: (sum(weight[i : i + width]), -i))
        last = first + width - 1
        # a word at either end that pulled towards calm is no part of the reason
        while last > first and weight[last] <= 0:
            last -= 1
        while first < last and weight[first] <= 0:
            first += 1
        return found[first].start(), found[last].end()


def words(sentence: str) -> list[str]:
    return WORD.findall(sentence.lower().replace("’", "'"))


# A draft's sentences are weighed up to three times in one check (the calm veto for the plain
# rules, for the heated ones, then the learned findings): split and featurise each once.
@lru_cache(maxsize=4096)
def features(sentence: str) -> frozenset[str]:
    """Each word, each pair of neighbours, the first word as itself (an opening "Why" or
    "Honestly" weighs differently from one inside the sentence), and whether a word is in
    capitals."""
    w = words(sentence)
    out = set(w)
    out.update(f"{a} {b}" for a, b in zip(w, w[1:]))
    if w:
        out.add(f"{START} {w[0]}")
    if CAPITALS.search(sentence):
        out.add(CAPS)
    return frozenset(out)


# An unflagged draft is weighed whole by each learned tone rule's draft model and by the learned
# marker: one union of its sentences' features serves all of them.
@lru_cache(maxsize=8)
def document_features(text: str) -> frozenset[str]:
    """The features of every sentence of `text`: what a learned marker and a draft model weigh."""
    return frozenset().union(*(features(text[start:end]) for start, end in sentences(text)))


@lru_cache(maxsize=8)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
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
    return tuple(spans)


def unflagged_passages(text: str, avoid) -> list[tuple[int, int]]:
    """Each sentence of `text` that no span of `avoid` touches and, of a sentence one does, each
    part outside those spans of at least PASSAGE_WORDS words. A sentence often holds two offences,
    and a written rule that names one ("You never reply,") leaves the other unread ("and frankly
    this is a joke."): a quarter of the spans missed held out were beside a finding in their
    sentence, and weighing the rest of it found 3 to 4 points of recall (README, round 15)."""
    out = []
    for start, end in sentences(text):
        inside = sorted((max(a, start), min(b, end)) for a, b in avoid if start < b and a < end)
        if not inside:
            out.append((start, end))
            continue
        at = start
        for a, b in [*inside, (end, end)]:
            if a > at:
                part = _trimmed_part(text, at, a)
                if len(words(text[part[0] : part[1]])) >= PASSAGE_WORDS:
                    out.append(part)
            at = max(at, b)
    return out


def _trimmed_part(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`..`end` without the spaces and punctuation at its edges, but a closing ! or ?."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "!?"):
        end -= 1
    return start, end


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


def speaks_when(rule) -> str:
    """When a learned tone rule reports, in words (`rules show`, docs/rules.md)."""
    without = []
    if rule.draft_model is not None:
        without.append(f"when its draft model weighs the draft {rule.draft_threshold:g}")
    if rule.alone_threshold is not None:
        without.append(f"{rule.alone_threshold:g} when another sentence weighs {rule.alone_second:g}")
    toned = ""
    if rule.draft_sentences is not None:
        toned = f" ({rule.draft_sentences:g} for a whole sentence in a draft its draft model weighs {rule.draft_threshold:g})"
    if not without:
        return f"{rule.threshold:g}{toned} (reports only beside a written finding)"
    return f"{rule.threshold:g}{toned} beside a written finding; without one, {', or '.join(without)}"


def marks_when(rule) -> str:
    """When a learned marker marks a draft, and overrules a written one, in words (`rules show`,
    docs/rules.md)."""
    out = f"{rule.threshold:g} per {rule.per} (when no written marker does)"
    if rule.veto_below is not None:
        out += f"; under {rule.veto_below:g} with every other learned marker under its own, a written marker's match does not count"
    return out


def element_weights(rule) -> str:
    """What a required rule's `learned` weights do, in words (`rules show`, docs/rules.md)."""
    parts = []
    if rule.threshold is not None:
        parts.append(f"present from {rule.threshold:g} where no pattern matches")
    if rule.veto_below is not None:
        parts.append(f"a match vetoed in a sentence under {rule.veto_below:g}")
    return "; ".join(parts)


# Both tone rules of a language share one draft model, and a check may ask it about the same
# draft for each of them and again for `alone`; a learned marker's weights are asked whether
# they mark a draft and whether they veto a written marker: weighed once per draft.
@lru_cache(maxsize=16)
def _draft_probability(model_path: str, text: str) -> float:
    return load(model_path).probability(document_features(text))


def _weighs(model_path: str, threshold: float, min_words: int, text: str) -> bool:
    """Whether the model weighs the whole of `text` at `threshold` or more; never a text of fewer
    than `min_words` words (the model learned from emails, not sentences)."""
    return len(text.split()) >= min_words and _draft_probability(model_path, text) >= threshold


def draft_leans(rule, text: str) -> bool:
    """Whether a learned tone rule's draft model finds that the whole of `text` carries tone.
    Held out, a quarter of the English spans missed were in drafts no written rule had flagged,
    where only `alone` could speak; letting the rules speak there from their own threshold when
    the draft model is sure found 2 to 4 points of recall (README, round 15)."""
    return rule.draft_model is not None and _weighs(rule.draft_model, rule.draft_threshold, rule.draft_min_words, text)


def sentence_threshold(rule, text: str) -> float:
    """The probability from which a learned tone rule reports a sentence of `text` no finding
    touches: its `draft.sentences` where its draft model finds that the whole draft carries tone,
    else its `threshold`. A sentence of a draft that reads as toned is more often tone than one of
    a draft that does not: held out, 0.6 there instead of 0.75 found 3 points of recall for about
    1 of precision, and no finding more on a clean email (README, round 18). The rest of a flagged
    sentence keeps `threshold`: beside an offence already named it is more often its context, and
    a lower bar there cost precision for no recall."""
    if rule.draft_sentences is not None and draft_leans(rule, text):
        return rule.draft_sentences
    return rule.threshold


def marks(rule, text: str) -> tuple[int, int] | None:
    """For a learned marker: None if the whole draft (`per: draft`) or its surest sentence
    (`per: sentence`) is under the rule's threshold, else the sentence that weighs most towards
    it (where a missing element is reported)."""
    if rule.per == "draft" and not _weighs(rule.model, rule.threshold, rule.min_words, text):
        return None
    if rule.per == "sentence" and len(text.split()) < rule.min_words:
        return None
    surest = _surest_sentence(rule.model, text)
    if surest is None:
        return None
    weight, best = surest
    return best if rule.per == "draft" or weight >= rule.threshold else None


def unmarks(rule, text: str) -> bool:
    """For a learned marker with `veto_below`: whether it weighs `text` (the whole draft, or its
    surest sentence) under it. A draft too short to weigh is never unmarked."""
    if rule.veto_below is None or len(text.split()) < rule.min_words:
        return False
    if rule.per == "draft":
        return _draft_probability(rule.model, text) < rule.veto_below
    surest = _surest_sentence(rule.model, text)
    return surest is None or surest[0] < rule.veto_below


@lru_cache(maxsize=16)
def _surest_sentence(model_path: str, text: str) -> tuple[float, tuple[int, int]] | None:
    """The probability of the sentence of `text` the model weighs highest, and where it is (the
    first of equals); None for a text without sentences."""
    model = load(model_path)
    best = max(((model.probability(features(text[a:b])), -a, (a, b)) for a, b in sentences(text)), default=None)
    return (best[0], best[2]) if best else None


def holds(rule, text: str) -> tuple[int, int] | None:
    """For a required rule's learned fallback: the sentence of `text` its weights are surest
    holds the element, if at the rule's threshold or more, else None. Its weights learned from
    the sentences the written patterns matched in emails an annotator found the element in, and
    from every sentence of the emails they found it missing from, so they know a handover's words
    beyond the patterns' lists."""
    surest = _surest_sentence(rule.model, text)
    return surest[1] if surest and surest[0] >= rule.threshold else None


def confirmed(rule, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For a required rule's learned veto: the `spans` its patterns matched but those in a
    sentence its weights give under `veto_below`, where the patterns' words speak of something
    else ("the files go to our solicitor", « votre préavis était insuffisant »)."""
    model = load(rule.model)
    bounds = sentences(text)
    kept = []
    for start, end in spans:
        sentence = next(((a, b) for a, b in bounds if a <= start < b), None)
        if sentence is None or model.probability(features(text[sentence[0] : sentence[1]])) >= rule.veto_below:
            kept.append((start, end))
    return kept


def calm_sentences(rules, text: str, below: float, around) -> list[tuple[int, int]]:
    """The sentences of `text` holding one of the spans `around` to which every learned rule
    gives a probability under `below`."""
    out = []
    for start, end in sentences(text):
        if any(start <= a and b <= end for a, b in around):
            feats = features(text[start:end])
            if all(load(rule.model).probability(feats) < below for rule in rules):
                out.append((start, end))
    return out


def lone_passages(rules, text: str, avoid, weighers) -> list[tuple[object, int, int, float, str]]:
    """`best_passages` for a draft no written rule has flagged: a passage only from its rule's
    `alone_threshold`, and only when another sentence of the draft weighs at least the rule's
    `alone_second` for one of `weighers` (every learned tone rule of the language). One sure
    sentence is too often a calm one ("I'm done for the week, have a lovely weekend."); a second
    sentence leaning towards tone as well rarely is."""
    sure = [s for s in best_passages(rules, text, avoid)
            if s[0].alone_threshold is not None and s[3] >= s[0].alone_threshold]
    if not sure:
        return []
    models = [load(rule.model) for rule in weighers]
    weight = {(a, b): max(m.probability(features(text[a:b])) for m in models) for a, b in sentences(text)}
    return [s for s in sure
            if any(w >= s[0].alone_second for (a, b), w in weight.items() if not a <= s[1] < b)]


def best_passages(rules, text: str, avoid) -> list[tuple[object, int, int, float, str]]:
    """(rule, start, end, probability, the words that weighed most) for each passage
    (`unflagged_passages`) that some learned rule finds at or above its threshold (for a whole
    sentence, its `sentence_threshold`), the most confident rule winning."""
    out = []
    whole = set(sentences(text))
    for start, end in unflagged_passages(text, avoid):
        feats = features(text[start:end])
        best = None
        for rule in rules:
            p = load(rule.model).probability(feats)
            # the draft model is weighed (and its weights loaded) only for a whole sentence
            # between the two thresholds: most flagged drafts have none
            if p < rule.threshold and not (
                    (start, end) in whole and rule.draft_sentences is not None
                    and p >= rule.draft_sentences and p >= sentence_threshold(rule, text)):
                continue
            if best is None or p > best[1]:
                best = (rule, p)
        if best:
            rule, p = best
            a, b = load(rule.model).strongest(text[start:end])
            out.append((rule, start, end, p, text[start + a : start + b]))
    return out
