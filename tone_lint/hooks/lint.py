"""Lint a message as it is about to be sent: a whole RFC 5322 message, maybe a git patch mail.

`inputs.load` picks the reader. On top of whatever it decides, two things here are
never the writer's prose: the header block, when the reader treated the message as
plain text, and, in a patch mail, the `[PATCH v2 1/3]` subject tag and everything
from the `---` line on (diffstat, diff, signature), which `git am` also cuts off.
"""
from __future__ import annotations

import re

from tone_lint.hooks import headers

_SUBJECT_TAG = re.compile(r"(?im)^subject:[ \t]*((?:\[[^\]\n]*\][ \t]*)+)")
_PATCH_CUT = re.compile(r"(?m)^---\r?$")
_BASE64 = re.compile(r"(?im)^content-transfer-encoding:[ \t]*base64[ \t]*\r?$")


def encoded_parts(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of base64 MIME part bodies (attachments) after `start`: never prose.

    Only for the plain-text fallback; a reader that understands MIME makes this moot. A part
    begins after a `--boundary` line; its headers end at the first blank line; its body runs
    to the next line starting with `--`.
    """
    spans: list[tuple[int, int]] = []
    lines = text[start:].splitlines(keepends=True)
    pos, i = start, 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    offsets.append(pos)
    while i < len(lines):
        if not lines[i].startswith("--"):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip("\r\n"):
            j += 1
        part_headers = "".join(lines[i + 1 : j])
        k = j + 1
        while k < len(lines) and not lines[k].startswith("--"):
            k += 1
        if _BASE64.search(part_headers) and j < len(lines):
            spans.append((offsets[j + 1] if j + 1 < len(offsets) else pos, offsets[k]))
        i = k if k > i else i + 1
    return spans


def lint(data: bytes, name: str, options, patch: bool = False, settings=None):
    """The FileResult for `data` under `settings` (resolved from `options` when not given):
    the configured rule set (select, ignore, severities), language and termination mode."""
    from tone_lint import inputs
    from tone_lint.engine import Options
    from tone_lint.lang import detect
    from tone_lint.runner import RuleSets

    if settings is None:
        settings = options.resolve()
    linter = RuleSets().linter(settings, None)
    source = adjust(inputs.load(data, name), patch)
    language = settings.language if settings.language != "auto" else detect(source.text)
    return linter.check(source, language, Options(termination=settings.termination))


def adjust(source, patch: bool = False):
    from tone_lint.source import Source

    extra: list[tuple[int, int]] = []
    display = source.display
    body_start = 0
    encoded = display.encode("utf-8", "surrogatepass")
    found = headers.fields(encoded)
    if found:
        body_start = len(encoded[: found[-1][3]].decode("utf-8", "surrogatepass"))
        if source.kind == "text":
            extra.append((0, body_start))
            extra.extend(encoded_parts(display, body_start))
    if patch:
        m = _SUBJECT_TAG.search(display, 0, body_start)
        if m:
            extra.append(m.span(1))
        cut = _PATCH_CUT.search(display, body_start)
        if cut:
            extra.append((cut.start(), len(display)))
    if not extra and not source.masked:
        return source
    if source.origin is not None:
        # Decoded text maps back to the file character by character: keep it as it is.
        return Source(source.path, display, kind=source.kind, masked=list(source.masked) + extra, origin=source.origin)
    compacted, masked = compact(display, list(source.masked) + extra)
    return Source(source.path, compacted, kind=source.kind, masked=masked)


def compact(display: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """`display` with the whole lines inside masked spans emptied, and the new masked spans.

    Every line keeps its number and every unmasked character its column, so findings point
    where they did; but a 20 MB attachment becomes a few thousand empty lines, and the
    tokenizer and regexes no longer walk megabytes of blanks.
    """
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, masked, pos, new = [], [], 0, 0
    for a, b in merged:
        out.append(display[pos:a])
        new += a - pos
        seg = display[a:b]
        first, last = seg.find("\n"), seg.rfind("\n")
        if first != -1:
            seg = seg[:first] + "\n" * seg.count("\n") + seg[last + 1 :]
        out.append(seg)
        masked.append((new, new + len(seg)))
        new += len(seg)
        pos = b
    out.append(display[pos:])
    return "".join(out), masked
