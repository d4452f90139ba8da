"""What in a body is not the writer's voice: quoted replies, attributions, forwards, signatures.

`spans(text)` returns [start, end) regions to mask. It works on lines and knows
the common shapes in English and French mail clients:

- `>` quoted lines;
- an attribution ("On Mon, 3 Jun 2024, Ann <ann@x> wrote:", "Le 3 juin 2024, Ann a écrit :")
  and the quoted block under it; when the block under it is not `>`-quoted (a top-posted
  reply), everything from the attribution down is the original message;
- Outlook-style header blocks ("From: ... / Sent: ...", "De : ... / Envoyé : ...") and
  "-----Original Message-----", forwarded-message separators: masked to the end;
- a signature: from a `-- ` line to the end (a bare `--` counts only near the end), and the
  block under a closing ("Kind regards," / "Bien à vous,") when every line of it reads as a
  name, a title, a company or a number (no sentence in it, no P.S.);
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
# A closing: a short line ending with a comma ("Kind regards,", "Thanks again,", "Bien à vous,")
# or a bare closing word; what follows it is a signature only if it looks like one (below).
_CLOSING = re.compile(
    r"\s*(?:[^\W\d_][^,.!?:;\n]{0,30},|(?:cheers|thanks|regards|best|cordialement|bien cordialement|"
    r"bien à vous|bien à toi|amitiés|amicalement|salutations|bises|merci|à bientôt|sincerely)[ \t]*)\s*$",
    re.IGNORECASE,
)
_SIGNATURE_LINE = re.compile(r"\s*[^\W_][^\n]{0,69}$")  # starts with a letter or digit, at most 70 characters
_SENTENCE_END = re.compile(r"[.!?…][\s\"'’”»)]*$")
_POSTSCRIPT = re.compile(r"\s*p\.?\s?s\b", re.IGNORECASE)
_SIGNATURE_BLOCK_LINES = 6  # a longer block under a closing is more prose than signature
_NAME_JOINERS = frozenset("de du des la le van von der den di da and & of the et team équipe".split())


def _looks_like_a_name(line: str) -> bool:
    """"Clara Whitmore", "The Green Thumb team", "Marie-Ève": not "You NEVER answer"."""
    words = line.split()
    return 0 < len(words) <= 4 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words
    )


def _signature_after_closing(lines) -> int | None:
    """Offset where a signature block under the last closing starts, or None.

    Titles and credentials there ("MITI, Whitmore Language Services", "CPA, BUREAU DURAND")
    are not the writer's voice; a P.S. or a sentence is, so either keeps the whole tail."""
    # Only the last few non-blank lines can hold a closing and its block: read from the end.
    block: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if lines[i][2].strip():
            block.insert(0, i)
            if len(block) == _SIGNATURE_BLOCK_LINES + 1:  # a closing and up to six lines under it
                break
    for k in range(len(block) - 1, -1, -1):
        line = lines[block[k]][2]
        if k < len(block) - 1 and _CLOSING.match(line):
            tail = [lines[i][2] for i in block[k + 1:]]
            if _looks_like_a_name(tail[0]) and all(
                _SIGNATURE_LINE.match(t) and not _SENTENCE_END.search(t.rstrip()) and not _POSTSCRIPT.match(t)
                for t in tail
            ):
                return lines[block[k + 1]][0]
            return None
        if _SENTENCE_END.search(line.rstrip()) or _POSTSCRIPT.match(line):
            return None
    return None


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
    if not out or out[-1][1] < len(text):
        signature = _signature_after_closing(lines)
        if signature is not None and all(signature >= end for _, end in out):
            out.append((signature, len(text)))
    return out
