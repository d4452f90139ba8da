"""Required elements and markers: verdicts about the whole draft.

A marker rule (e.g. `marks: termination`) only tells what kind of email this is. A
required rule reports its element missing when none of its patterns occurs, and only
in the drafts it applies to (`when: termination` or `always`).
"""
from __future__ import annotations

from tone_lint.findings import ElementStatus, Finding, Severity


def applies(rule, termination: bool) -> bool:
    return rule.when == "always" or termination


def evaluate(rule, spans: list[tuple[int, int]], anchor: tuple[int, int],
             ceiling: Severity | None = None, learned: bool = False) -> tuple[ElementStatus, Finding | None]:
    """The checklist line for `rule`, and a finding when the element is missing.

    A missing element has no place of its own in the text; the finding points at
    `anchor`, the words that made this a termination email (or the first word).
    `ceiling` caps the severity (a draft only a learned marker reads as an ending).
    `learned`: the span is the sentence the rule's weights found the element in, not a pattern's.
    """
    severity = min(rule.severity, ceiling) if ceiling is not None else rule.severity
    if spans:
        start, end = min(spans)
        return ElementStatus(rule.element, rule.id, severity, True, start, end, rule.instead, learned), None
    status = ElementStatus(rule.element, rule.id, severity, False, instead=rule.instead)
    finding = Finding(
        rule.id, rule.category, severity, rule.message, anchor[0], anchor[1], rule.instead, rule.element
    )
    return status, finding
