"""The few header operations the wrapper needs, on raw bytes so every other byte is kept.

The control header `X-Tone-Lint: send` says "I have re-read it and mean it". It must
never reach the recipient, so it is cut out line by line (with its folded
continuation lines) and nothing else in the message changes: no re-serialising
through the email package, which would rewrap headers and change line endings.
"""
from __future__ import annotations

import re

CONTROL_HEADER = b"x-tone-lint"
_NAME = re.compile(rb"^([!-9;-~]+)[ \t]*:")


def _header_lines(data: bytes) -> tuple[list[bytes], int]:
    """The header block's physical lines (with their endings) and the offset where it ends."""
    lines, pos = [], 0
    if data.startswith(b"From "):  # an mbox separator line (git format-patch writes one) is not a field
        end = data.find(b"\n")
        pos = len(data) if end == -1 else end + 1
    while pos < len(data):
        end = data.find(b"\n", pos)
        end = len(data) if end == -1 else end + 1
        line = data[pos:end]
        if line in (b"\n", b"\r\n"):
            break
        lines.append(line)
        pos = end
    return lines, pos


def fields(data: bytes) -> list[tuple[bytes, bytes, int, int]]:
    """(lower-case name, unfolded value, start, end) of each header field, offsets into `data`."""
    lines, end = _header_lines(data)
    out: list[list] = []
    pos = end - sum(len(line) for line in lines)
    for line in lines:
        if line[:1] in (b" ", b"\t") and out:
            out[-1][1] += b" " + line.strip()
            out[-1][3] = pos + len(line)
        else:
            m = _NAME.match(line)
            if m is None:  # not a header line: the header block (if any) ended without a blank line
                break
            out.append([m.group(1).lower(), line[m.end():].strip(), pos, pos + len(line)])
        pos += len(line)
    return [tuple(f) for f in out]


def header(data: bytes, name: bytes) -> bytes | None:
    for field_name, value, _, _ in fields(data):
        if field_name == name.lower():
            return value
    return None


def override_requested(data: bytes) -> bool:
    """True when the message carries `X-Tone-Lint: send`."""
    return any(n == CONTROL_HEADER and v.strip().lower() == b"send" for n, v, _, _ in fields(data))


def strip_control_header(data: bytes) -> bytes:
    """The message without any X-Tone-Lint field; every other byte identical."""
    cuts = [(start, end) for n, _, start, end in fields(data) if n == CONTROL_HEADER]
    if not cuts:
        return data
    out, pos = [], 0
    for start, end in cuts:
        out.append(data[pos:start])
        pos = end
    out.append(data[pos:])
    return b"".join(out)


def subject(data: bytes) -> str:
    """The Subject for listings, decoded from RFC 2047 words when it can be; '' when absent."""
    raw = header(data, b"subject")
    if raw is None:
        return ""
    text = raw.decode("utf-8", "replace")
    try:
        from email.header import decode_header, make_header

        return str(make_header(decode_header(text)))
    except Exception:  # noqa: BLE001 - a listing must not fail on a malformed subject
        return text
