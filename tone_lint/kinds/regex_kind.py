"""Regular expressions (the `regex` module) over the masked text, with a time limit so a
catastrophic pattern in a user pack is reported, not left to hang."""
from __future__ import annotations

import regex

from tone_lint.errors import ToneLintError

TIMEOUT_SECONDS = 1.0


def flags(ignore_case: bool) -> int:
    return regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)


def compile_all(patterns: tuple[str, ...], ignore_case: bool, compile=regex.compile) -> list:
    """`compile(pattern, flags)` for each (tone_lint.regexcache serves them from disk)."""
    return [compile(p, flags(ignore_case)) for p in patterns]


def find(compiled: list, text: str, where: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in compiled:
        try:
            for m in pattern.finditer(text, timeout=TIMEOUT_SECONDS):
                if m.end() > m.start():
                    spans.append((m.start(), m.end()))
        except TimeoutError:
            raise ToneLintError(
                f"regex {pattern.pattern!r} took longer than {TIMEOUT_SECONDS:g}s on this draft (too slow)", where
            ) from None
    return spans
