"""A patch mail (`git format-patch`, `git send-email`): lint the message, not the diff.

`spans(body)` masks everything from the line git itself splits on (`---`, or the
first diff line when there is none) to the end, and the trailers (`Signed-off-by:`
...) that are names, not prose. `subject_tag(value)` finds the `[PATCH v2 1/3]` tag.
"""
from __future__ import annotations

import re

from tone_lint.source import split_lines

FORMAT_PATCH_FROM = re.compile(rb"From [0-9a-f]{40} Mon Sep 17 00:00:00 2001\r?\n")
_DIFF_START = re.compile(r"(?:diff --git |diff -|Index: |--- (?:a/|/dev/null|\S+\t)|\+\+\+ b/)")
_TRAILER = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-by:\s|(?:Cc|Link|Fixes|Closes|Change-Id|Bug):\s")
_GIT_SHOW_HEADER = re.compile(r"(?:commit [0-9a-f]{7,}|Author:|AuthorDate:|Commit:|CommitDate:|Date:|Merge:)")
_TAG = re.compile(r"\s*(?:\[[^\]]*\]\s*)+")


def is_format_patch(data: bytes) -> bool:
    return bool(FORMAT_PATCH_FROM.match(data))


def subject_tag(value: str) -> tuple[int, int] | None:
    """The leading `[PATCH ...]` tag(s) of a subject, if any."""
    m = _TAG.match(value)
    return (m.start(), m.end()) if m and "[" in m.group() else None


def spans(body: str, headerless: bool = False) -> list[tuple[int, int]]:
    """Regions of a patch body that are not the commit message's prose."""
    lines = split_lines(body)
    out: list[tuple[int, int]] = []
    i = 0
    if headerless:
        # `git show` / `git log -p` output: commit, Author:, Date: lines at the top.
        while i < len(lines) and (_GIT_SHOW_HEADER.match(lines[i][2]) or not lines[i][2].strip()):
            if lines[i][2].strip():
                out.append((lines[i][0], lines[i][1]))
            i += 1
    for start, end, line in lines[i:]:
        if line.rstrip() == "---" or _DIFF_START.match(line):
            out.append((start, len(body)))
            break
        if _TRAILER.match(line.lstrip()):
            out.append((start, end))
    return out
