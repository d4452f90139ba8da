"""Run a rule's own flag and pass examples: the rule's documentation is its test."""
from __future__ import annotations

from dataclasses import dataclass

from tone_lint.engine import Engine, Options
from tone_lint.packs import Rule
from tone_lint.source import Source


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.rule.where}: {self.rule.id}: {self.problem}: {self.text!r}"


def _expected_spans(text: str, spans: tuple[str, ...]) -> list[tuple[int, int]]:
    out, used = [], set()
    for span in spans:
        start = text.find(span)
        while start in used and start != -1:
            start = text.find(span, start + 1)
        used.add(start)
        out.append((start, start + len(span)))
    return sorted(out)


def _hits(engine: Engine, rule: Rule, text: str) -> tuple[list[tuple[int, int]], bool]:
    """Spans the rule flags in `text`, and for a marker whether it marked the text."""
    mode = "always" if rule.kind == "required" else "auto"
    result = engine.check(Source("<example>", text), Options(termination=mode), only=rule)
    spans = sorted((f.start, f.end) for f in result.findings if f.rule == rule.id)
    return spans, result.termination


def check_examples(engine: Engine, rule: Rule) -> list[ExampleFailure]:
    failures = []
    for example in rule.flag_examples:
        spans, marked = _hits(engine, rule, example.text)
        if rule.marks:
            if not marked:
                failures.append(ExampleFailure(rule, example.text, "flag example not marked"))
        elif rule.kind == "required":
            if not spans:
                failures.append(ExampleFailure(rule, example.text, "flag example not reported missing"))
        else:
            want = _expected_spans(example.text, example.spans)
            if spans != want:
                got = [example.text[s:e] for s, e in spans]
                failures.append(
                    ExampleFailure(rule, example.text, f"flag example: expected spans {list(example.spans)}, got {got}")
                )
    for text in rule.pass_examples:
        spans, marked = _hits(engine, rule, text)
        if (rule.marks and marked) or (not rule.marks and spans):
            got = [text[s:e] for s, e in spans]
            failures.append(ExampleFailure(rule, text, f"pass example flagged {got}" if got else "pass example marked"))
    return failures
