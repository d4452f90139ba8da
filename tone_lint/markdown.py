"""What in a Markdown draft is not prose: front matter, code, link targets, HTML.

`spans(text)` returns [start, end) regions to mask; the reader masks them with
spaces so every other offset stays where it is in the file. Link *text* and image
alt text are kept: they are the writer's words.
"""
from __future__ import annotations

import re

from tone_lint.source import split_lines

_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)$")
_LIST_ITEM = re.compile(r"( {0,3})(?:[-+*]|\d{1,9}[.)])( +|$)")
_REF_DEF = re.compile(r" {0,3}\[[^\]]+\]:\s*\S")
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_BACKTICKS = re.compile(r"`+")


def _front_matter(lines) -> int:
    """Number of lines of YAML (---) or TOML (+++) front matter at the top, or 0."""
    if not lines or lines[0][2].rstrip() not in ("---", "+++"):
        return 0
    fence = lines[0][2].rstrip()
    for j in range(1, len(lines)):
        if lines[j][2].rstrip() in (fence, "...") if fence == "---" else lines[j][2].rstrip() == fence:
            return j + 1
    return 0


def _indent(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _block_spans(text: str, lines) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(masked blocks, prose ranges): code and front matter vs. the rest, line by line."""
    masked: list[tuple[int, int]] = []
    prose: list[tuple[int, int]] = []
    i = _front_matter(lines)
    if i:
        masked.append((0, lines[i - 1][1]))
    n = len(lines)
    prev_blank = True
    list_indent = -1  # content column of the list item we are in, if any
    while i < n:
        start, end, line = lines[i]
        m = _FENCE.match(line)
        if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            fence = m.group(2)
            j = i + 1
            while j < n:
                close = lines[j][2].strip()
                if close.startswith(fence[0] * len(fence)) and not close.strip(fence[0]):
                    break
                j += 1
            last = min(j, n - 1)
            masked.append((start, lines[last][1]))
            i = last + 1
            prev_blank = False
            continue
        if not line.strip():
            prev_blank = True
            i += 1
            continue
        indent = _indent(line)
        item = _LIST_ITEM.match(line)
        if item:
            list_indent = item.end() if item.group(2) else item.end() + 1
        elif indent == 0 and prev_blank:
            list_indent = -1
        code_at = (list_indent if list_indent >= 0 else 0) + 4
        if not item and indent >= code_at and (prev_blank or (masked and masked[-1][1] == lines[i - 1][1])):
            masked.append((start, end))
            i += 1
            continue
        if _REF_DEF.match(line):
            masked.append((start, end))
        else:
            prose.append((start, end))
        prev_blank = False
        i += 1
    return masked, prose


def _inline_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inline code, link targets, autolinks and HTML tags inside one prose paragraph."""
    out: list[tuple[int, int]] = []
    chunk = text[start:end]
    # Code spans first: nothing inside them is a link or a tag.
    code: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _BACKTICKS.search(chunk, pos)
        if not m:
            break
        ticks = m.group()
        close = re.compile(r"(?<!`)" + ticks + r"(?!`)").search(chunk, m.end())
        if not close:
            pos = m.end()
            continue
        code.append((m.start(), close.end()))
        pos = close.end()
    out.extend(code)

    def in_code(i: int) -> bool:
        return any(s <= i < e for s, e in code)

    for pattern in (_AUTOLINK, _HTML_TAG):
        for m in pattern.finditer(chunk):
            if not in_code(m.start()):
                out.append((m.start(), m.end()))
    out.extend(s for s in _link_targets(chunk) if not in_code(s[0]))
    return [(start + s, start + e) for s, e in out]


def _link_targets(chunk: str) -> list[tuple[int, int]]:
    """The `(url "title")` of inline links and the `[ref]` of reference links."""
    out = []
    i = 0
    n = len(chunk)
    while True:
        i = chunk.find("](", i)
        if i == -1:
            break
        depth = 0
        k = i + 1
        while k < n:
            ch = chunk[k]
            if ch == "\\":
                k += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            elif ch == "\n" and k + 1 < n and chunk[k + 1] == "\n":
                break
            k += 1
        if k < n and chunk[k] == ")":
            out.append((i + 1, k + 1))
            i = k + 1
        else:
            i += 2
    for m in re.finditer(r"\]\[[^\[\]\n]*\]", chunk):
        out.append((m.start() + 1, m.end()))
    return out


def spans(text: str) -> list[tuple[int, int]]:
    """Regions of a Markdown `text` that are not prose."""
    lines = split_lines(text)
    masked, prose = _block_spans(text, lines)
    # HTML comments may span lines: mask them wherever they start outside code.
    comments = [
        (m.start(), m.end()) for m in _HTML_COMMENT.finditer(text)
        if not any(s <= m.start() < e for s, e in masked)
    ]
    masked.extend(comments)
    # Inline constructs live inside paragraphs: group consecutive prose lines.
    para_start = para_end = None
    for s, e in prose:
        if para_end is not None and text[para_end:s] in ("\n", "\r\n"):
            para_end = e
            continue
        if para_start is not None:
            masked.extend(_inline_spans(text, para_start, para_end))
        para_start, para_end = s, e
    if para_start is not None:
        masked.extend(_inline_spans(text, para_start, para_end))
    return masked
