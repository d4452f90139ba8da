"""Compile a rule set once per language; run it on a Source to get findings.

Every phrase rule shares one PhraseMatcher per attribute and every token rule one
Matcher, keyed by rule id (and `id#except` for exceptions), so a draft is tokenised
once and scanned once per matcher.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from tone_lint.errors import ToneLintError
from tone_lint.findings import FileResult, Finding
from tone_lint.kinds import phrase, regex_kind, required, token
from tone_lint.nlp import import_spacy, pipeline
from tone_lint.packs import MatchSpec, Rule
from tone_lint.source import Source

EXCEPT = "#except"
TERMINATION = "termination"


@dataclass(frozen=True)
class Options:
    termination: str = "auto"  # auto | always | never


class Engine:
    def __init__(self, rules: list[Rule], language: str):
        import_spacy()  # first, so the lean import path is the one taken
        from spacy.matcher import Matcher

        self.language = language
        self.rules = [r for r in rules if r.language == language]
        lemma = any(r.match.uses_lemma or (r.exceptions and r.exceptions.uses_lemma) for r in self.rules)
        self.pipeline = pipeline(language, lemma)
        self.matcher = Matcher(self.pipeline.vocab, validate=True)
        self.phrase_matchers: dict = {}
        self.regexes: dict[str, tuple[list, str]] = {}
        for rule in self.rules:
            self._compile(rule.id, rule.match)
            if rule.exceptions:
                self._compile(rule.id + EXCEPT, rule.exceptions)

    def _compile(self, key: str, spec: MatchSpec) -> None:
        if spec.phrases:
            phrase.add(self.phrase_matchers, key, spec.phrases, spec.attr, self.pipeline)
        if spec.patterns:
            token.add(self.matcher, key, spec.patterns, self.pipeline, spec.where)
        if spec.regexes:
            self.regexes[key] = (regex_kind.compile_all(spec.regexes, spec.ignore_case), spec.where)

    def scan(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Character spans found in `text`, by matcher key."""
        doc, starts, ends = _joined_lines(self.pipeline(text))
        found: dict[str, list[tuple[int, int]]] = {}
        strings = self.pipeline.vocab.strings
        matchers = [self.matcher, *self.phrase_matchers.values()] if len(self.matcher) else list(self.phrase_matchers.values())
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                found.setdefault(strings[match_id], []).append((starts[start], ends[end - 1]))
        for key, (compiled, where) in self.regexes.items():
            spans = regex_kind.find(compiled, text, where)
            if spans:
                found.setdefault(key, []).extend(spans)
        return found

    def check(self, source: Source, options: Options = Options(), only: Rule | None = None) -> FileResult:
        found = self.scan(source.text)
        rules = [only] if only else self.rules
        findings: list[Finding] = []
        markers: dict[str, list[tuple[int, int]]] = {}
        for rule in rules:
            spans = _without_exceptions(found.get(rule.id, []), found.get(rule.id + EXCEPT, []))
            if rule.kind == "marker":
                if spans:
                    markers.setdefault(rule.marks, []).extend(spans)
            elif rule.kind != "required":
                for start, end in _longest_first(spans):
                    findings.append(
                        Finding(rule.id, rule.category, rule.severity, rule.message, start, end, rule.instead)
                    )
        if options.termination == "always":
            termination = True
        elif options.termination == "never":
            termination = False
        else:
            termination = bool(markers.get(TERMINATION))
        anchor = min(markers[TERMINATION]) if markers.get(TERMINATION) else _first_word(source.text)
        checklist = []
        for rule in rules:
            if rule.kind == "required" and required.applies(rule, termination):
                status, finding = required.evaluate(rule, found.get(rule.id, []), anchor)
                checklist.append(status)
                if finding:
                    findings.append(finding)
        findings = _dedupe(findings)
        return FileResult(source, self.language, findings, termination, checklist)


# Whitespace that separates words within a paragraph: a hard line wrap (with its
# indentation) or a double space. Paragraph breaks and the long blank runs left by masked
# text stay tokens, so no phrase is matched across them.
_WRAP = regex.compile(r"[ \t]*\r?\n[ \t]*|[ \t]{1,2}")


def _joined_lines(doc):
    """`doc` without in-paragraph whitespace tokens, and each token's character offsets.

    spaCy keeps a line break as a token, so "because of" + newline + "you" in a hard-wrapped
    mail body would not match "because of you". The Doc is rebuilt without those tokens (norms
    and lemmas carried over); matches map back to the text through `starts` and `ends`.
    """
    if not any(t.is_space and _WRAP.fullmatch(t.text) for t in doc):
        return doc, [t.idx for t in doc], [t.idx + len(t) for t in doc]
    from spacy.tokens import Doc

    kept = [t for t in doc if not (t.is_space and _WRAP.fullmatch(t.text))]
    joined = Doc(doc.vocab, words=[t.text for t in kept], spaces=[True] * len(kept))
    for new, old in zip(joined, kept):
        new.norm_ = old.norm_
        new.lemma_ = old.lemma_
    return joined, [t.idx for t in kept], [t.idx + len(t) for t in kept]


def _without_exceptions(spans, exceptions):
    if not exceptions:
        return spans
    return [s for s in spans if not any(s[0] < e[1] and e[0] < s[1] for e in exceptions)]


def _longest_first(spans):
    """Non-overlapping spans, preferring the longest, in text order."""
    chosen: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if not any(span[0] < c[1] and c[0] < span[1] for c in chosen):
            chosen.append(span)
    return sorted(chosen)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per span and category: the most severe rule wins."""
    best: dict[tuple, Finding] = {}
    for f in sorted(findings, key=lambda f: (-f.severity, f.rule)):
        best.setdefault((f.start, f.end, f.category, f.element), f)
    return sorted(best.values(), key=lambda f: (f.start, f.end, f.rule))


def _first_word(text: str) -> tuple[int, int]:
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return (start, end) if end > start else (0, 0)


class Linter:
    """Rules for every language, an Engine built for each language on first use."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self._engines: dict[str, Engine] = {}

    def engine(self, language: str) -> Engine:
        if language not in self._engines:
            self._engines[language] = Engine(self.rules, language)
        return self._engines[language]

    def check(self, source: Source, language: str, options: Options = Options()) -> FileResult:
        try:
            return self.engine(language).check(source, options)
        except ToneLintError as exc:
            if exc.where is None:
                exc.where = source.path
            raise
