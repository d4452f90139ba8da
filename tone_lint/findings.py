"""Findings are values: the engine makes them, filters and formatters read them."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from tone_lint.source import Source


class Severity(enum.IntEnum):
    SUGGESTION = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    instead: str | None = None
    element: str | None = None


@dataclass(frozen=True)
class ElementStatus:
    """One line of a termination email's checklist."""

    element: str
    rule: str
    severity: Severity
    present: bool
    start: int | None = None
    end: int | None = None
    instead: str | None = None
    # found by the required rule's weights where its patterns were silent (a reading, not a match)
    learned: bool = False


@dataclass
class FileResult:
    source: Source
    language: str
    findings: list[Finding] = field(default_factory=list)
    termination: bool = False
    checklist: list[ElementStatus] = field(default_factory=list)
    # the learned marker that alone read the draft as a termination (its elements are then
    # no more severe than that rule); None when a written marker or an option decided
    termination_guess: str | None = None

    @property
    def path(self) -> str:
        return self.source.path
