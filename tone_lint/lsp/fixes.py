"""Quick fixes: the literal replacement a finding allows, when there is exactly one.

A rule's `instead` is advice for a person ("name the event and what you need"), not text an
editor can paste, so most findings get no fix. Two rules flag a form whose repair is mechanical:
stacked punctuation ("!!!", " ?!") becomes one mark, and a shouted word is written in lower case.
Fixes are keyed by rule id; a pack that adds such a rule adds its fixer here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tone_lint.findings import Finding

# The spaces French puts before ! and ? (plain, no-break, narrow no-break).
_PUNCT_SPACES = " \u00a0\u202f"


@dataclass(frozen=True)
class Fix:
    """Replace text[start:end] (character offsets in the draft) by `new_text`."""

    title: str
    start: int
    end: int
    new_text: str


def _exclamation_run(text: str, start: int, end: int) -> Fix | None:
    flagged = text[start:end]
    marks = flagged.lstrip(_PUNCT_SPACES)
    if not marks or set(marks) - set("!?"):
        return None
    marks_start = end - len(marks)
    if "?" in marks:
        # A question stays a question; French keeps its space before "?".
        return Fix(f"Replace “{marks}” with “?”", marks_start, end, "?")
    # A full stop takes no space before it, in English or French.
    edit_start = marks_start
    while edit_start > 0 and text[edit_start - 1] in _PUNCT_SPACES:
        edit_start -= 1
    return Fix(f"Replace “{marks}” with “.”", edit_start, end, ".")


def _shouting(text: str, start: int, end: int) -> Fix | None:
    word = text[start:end]
    if not word or word.lower() == word:
        return None
    lowered = word.lower()
    if _starts_sentence(text, start):
        lowered = lowered[:1].upper() + lowered[1:]
    return Fix(f"Write “{word}” as “{lowered}”", start, end, lowered)


def _starts_sentence(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0\u202f«“\"'(":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n…"


FIXERS: dict[str, Callable[[str, int, int], Fix | None]] = {
    "emotional.exclamation-run": _exclamation_run,
    "emotional.shouting": _shouting,
}


def fix_for(finding: Finding, text: str) -> Fix | None:
    """The fix for `finding` in the draft `text`, or None when the rule offers no literal one."""
    fixer = FIXERS.get(finding.rule)
    if fixer is None or finding.end <= finding.start:
        return None
    return fixer(text, finding.start, finding.end)
