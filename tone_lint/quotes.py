"""What in a body is not the writer's voice: quoted replies, attributions, forwards, signatures.

`spans(text)` returns [start, end) regions to mask. It works on lines and knows
the common shapes in English and French mail clients:

- `>` quoted lines;
- an attribution ("On Mon, 3 Jun 2024, Ann <ann@x> wrote:", "Le 3 juin 2024, Ann a écrit :")
  and the quoted block under it; when the block under it is not `>`-quoted (a top-posted
  reply), everything from the attribution down is the original message;
- Outlook-style header blocks ("From: ... / Sent: ...", "De : ... / Envoyé : ...") and
  "-----Original Message-----", forwarded-message separators: masked to the end;
- a signature: from a `-- ` line to the end (a bare `--` counts only near the end);
- mobile boilerplate ("Sent from my iPhone", "Envoyé de mon iPhone").
"""
from __future__ import annotations

import re

from tone_lint.source import split_lines

_QUOTED = re.compile(r"[ \t]*>")
_WROTE = re.compile(r"(?:\bwrote|\ba\s+écrit|\bécrit)\s*:\s*$", re.IGNORECASE)
_ATTRIBUTION_START = re.compile(r"(?:On|Le)\s", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"\s*(?:-{2,}|_{2,}|\*{2,})?\s*(?:original message|forwarded message|message d['’]origine|"
    r"message original|message transféré|message transfere|courriel original|"
    r"mensaje original|ursprüngliche nachricht)\s*(?:-{2,}|_{2,}|\*{2,})?\s*$",
    re.IGNORECASE,
)
_FORWARD_INTRO = re.compile(
    r"\s*(?:begin forwarded message|début du message (?:réexpédié|transféré)|"
    r"debut du message (?:reexpedie|transfere))\s*:\s*$",
    re.IGNORECASE,
)
_RULE = re.compile(r"\s*_{10,}\s*$")
_HEADER_FROM = re.compile(r"\s*\**(?:From|De)\s*\**\s*:\s*\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(r"\s*\**(?:Sent|Date|Envoyé|Envoye|To|À|A|Cc)\s*\**\s*:", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"\s*(?:sent from my |envoyé de mon |envoyé depuis mon |get outlook for |obtenir outlook pour )",
    re.IGNORECASE,
)
_SIGNATURE_NEAR_END = 10  # a bare "--" only counts with this many lines or fewer under it


def _attribution_end(lines, i: int) -> int | None:
    """Index of the line that ends an attribution starting at line i, or None."""
    line = lines[i][2]
    if _WROTE.search(line):
        return i
    # Clients wrap long attributions ("On ..., Ann <ann@example.com>\nwrote:").
    if _ATTRIBUTION_START.match(line.lstrip()):
        for j in range(i + 1, min(i + 3, len(lines))):
            nxt = lines[j][2]
            if not nxt.strip() or _QUOTED.match(nxt):
                return None
            if _WROTE.search(nxt):
                return j
    return None


def _next_nonblank(lines, i: int) -> int | None:
    while i < len(lines):
        if lines[i][2].strip():
            return i
        i += 1
    return None


def _strong_attribution(text: str) -> bool:
    """"On <date>, <name> wrote:" as clients write it: a date, time or address inside."""
    return bool(_ATTRIBUTION_START.match(text.lstrip())) and bool(re.search(r"\d|@", text))


def spans(text: str) -> list[tuple[int, int]]:
    """Regions of `text` that are quoted, forwarded or signature."""
    lines = split_lines(text)
    out: list[tuple[int, int]] = []
    i = 0
    n = len(lines)
    while i < n:
        start, end, line = lines[i]
        if _QUOTED.match(line):
            out.append((start, end))
            i += 1
            continue
        stripped = line.strip()
        if line.rstrip("\r") in ("-- ", "--") and (
            line.startswith("-- ") or n - i - 1 <= _SIGNATURE_NEAR_END
        ):
            out.append((start, len(text)))
            break
        if _SEPARATOR.match(line) and stripped.strip("-_* ") and ("-" in line or "_" in line or "*" in line):
            out.append((start, len(text)))
            break
        if _FORWARD_INTRO.match(line):
            out.append((start, len(text)))
            break
        if _HEADER_FROM.match(line) and any(_HEADER_NEXT.match(lines[j][2]) for j in range(i + 1, min(i + 3, n))):
            # An Outlook-style quoted header block, perhaps under a rule of underscores.
            begin = lines[i - 1][0] if i > 0 and _RULE.match(lines[i - 1][2]) else start
            out.append((begin, len(text)))
            break
        if _BOILERPLATE.match(line) and len(stripped) < 80:
            out.append((start, end))
            i += 1
            continue
        last = _attribution_end(lines, i)
        if last is not None:
            follow = _next_nonblank(lines, last + 1)
            if follow is not None and _QUOTED.match(lines[follow][2]):
                out.append((start, lines[last][1]))
                i = last + 1
                continue
            joined = " ".join(l[2] for l in lines[i : last + 1])
            if _strong_attribution(joined):
                # A top-posted reply: the original is everything below, unquoted.
                out.append((start, len(text)))
                break
        i += 1
    return out
