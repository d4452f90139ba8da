"""RFC 5322 / MIME messages: lint the Subject and the text body, in place in the file.

The standard library's parser gives no offsets, so the structure is walked here
on the raw bytes (header blocks, boundary lines) and the stdlib only reads header
parameters (`Content-Type`, charset, boundary, disposition). Every byte of the file
ends up in the Source: headers, boundaries, attachments and the parts not chosen
are masked; the chosen text parts are copied (7bit/8bit) or decoded
(quoted-printable, base64, HTML), each decoded character keeping the offset of the
file text it came from, so findings point at the file's own line and column.
"""
from __future__ import annotations

import binascii
import codecs
import operator
import re
from array import array
from itertools import accumulate
from dataclasses import dataclass, field

from tone_lint import html_text, markdown, patch, quotes
from tone_lint.errors import InputError
from tone_lint.source import Builder, Source

_FIELD = re.compile(rb"([!-9;-~]+)[ \t]*:")
_KNOWN = frozenset(
    b"from to cc bcc subject date message-id mime-version content-type content-transfer-encoding "
    b"reply-to in-reply-to references sender received return-path delivered-to x-mailer user-agent "
    b"organization newsgroups fcc x-mozilla-status".split()
)
_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([QqBb])\?([^?\s]*)\?=")
_WEB_LATIN1 = frozenset({"us-ascii", "ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1",
                         "l1", "cp819", "ansi_x3.4-1968", "us"})
_NEXT_PATCH = re.compile(rb"\nFrom [0-9a-f]{40} Mon Sep 17 00:00:00 2001\r?\n")
_MAX_DEPTH = 100  # MIME nesting deeper than this is not read (masked), not recursed into
_PATCH_SUBJECT = re.compile(rb"(?i)subject:[ \t]*\[[^\]\n]*PATCH")


def _line_bounds(data: bytes, start: int, end: int):
    """(line start, content end, line end) for each line of data[start:end]."""
    pos = start
    while pos < end:
        nl = data.find(b"\n", pos, end)
        line_end = end if nl == -1 else nl + 1
        content_end = nl if nl != -1 else end
        if content_end > pos and data[content_end - 1 : content_end] == b"\r":
            content_end -= 1
        yield pos, content_end, line_end
        pos = line_end


def looks_like_mail(data: bytes) -> bool:
    """Does `data` start with a header block that names at least one mail header?"""
    known = 0
    count = 0
    for start, cend, end in _line_bounds(data, 0, min(len(data), 65536)):
        line = data[start:cend]
        if not line:
            return known > 0
        if count == 0 and line.startswith(b"From "):
            pass
        elif line[:1] in (b" ", b"\t"):
            if count == 0:
                return False
        else:
            m = _FIELD.match(line)
            if not m:
                # A body with no blank line before it (RFC 5322 wants one; some tools forget).
                return known >= 2
            known += m.group(1).lower() in _KNOWN
        count += 1
    return known >= 2


@dataclass
class _Entity:
    """One MIME entity: where its headers and body are, and what it says it is."""

    start: int
    body_start: int
    end: int
    ctype: str = "text/plain"
    charset: str | None = None
    cte: str = "7bit"
    attachment: bool = False
    fields: list[tuple[bytes, int, int]] = field(default_factory=list)
    children: list["_Entity"] | None = None
    too_deep: bool = False


def _header_block(data: bytes, start: int, end: int):
    """(fields as (lowercase name, start, end), offset where the body starts)."""
    fields: list[list] = []
    for ls, cend, le in _line_bounds(data, start, end):
        line = data[ls:cend]
        if not line:
            return fields, le
        if not fields and ls == start and line.startswith(b"From "):
            fields.append([b"", ls, le])
            continue
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1][2] = le
            continue
        m = _FIELD.match(line)
        if not m:
            return fields, ls
        fields.append([m.group(1).lower(), ls, le])
    return fields, end


def _parse_params(data: bytes, fields):
    """The standard library's reading of these header fields (an email.message.Message)."""
    import email.parser
    import email.policy

    block = b"".join(data[s:e] for name, s, e in fields if name)
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(block + b"\n")


def _entity(data: bytes, start: int, end: int, default_type: str, depth: int) -> _Entity:
    fields, body_start = _header_block(data, start, end)
    ent = _Entity(start, body_start, end, fields=[tuple(f) for f in fields])
    if not any(name for name, _, _ in ent.fields):
        ent.ctype = default_type
        return ent
    msg = _parse_params(data, ent.fields)
    msg.set_default_type(default_type)
    ent.ctype = msg.get_content_type()
    ent.charset = msg.get_content_charset()
    ent.cte = str(msg.get("content-transfer-encoding", "7bit")).strip().lower()
    try:
        disposition = msg.get_content_disposition()
        filename = msg.get_filename()
    except Exception:  # noqa: BLE001 - a malformed parameter is not worth failing the message for
        disposition, filename = None, None
    ent.attachment = disposition == "attachment" or (filename is not None and disposition != "inline")
    ent.too_deep = depth >= _MAX_DEPTH
    if ent.ctype.startswith("multipart/") and not ent.too_deep:
        boundary = msg.get_boundary()
        try:
            boundary_bytes = boundary.encode("ascii", "surrogateescape") if boundary else b""
        except UnicodeEncodeError:
            boundary_bytes = b""  # not a boundary any line could carry
        if boundary_bytes:
            child_type = "message/rfc822" if ent.ctype == "multipart/digest" else "text/plain"
            ranges = _split(data, body_start, end, boundary_bytes)
            if ranges:
                ent.children = [_entity(data, s, e, child_type, depth + 1) for s, e in ranges]
    return ent


def _split(data: bytes, start: int, end: int, boundary: bytes) -> list[tuple[int, int]]:
    """Byte ranges of the parts between `--boundary` lines (an unclosed last part runs to the end)."""
    delimiter = b"--" + boundary
    parts = []
    current = None
    for ls, cend, le in _line_bounds(data, start, end):
        line = data[ls:cend].rstrip(b" \t")
        if not line.startswith(delimiter):
            continue
        rest = line[len(delimiter) :]
        if rest not in (b"", b"--"):
            continue
        if current is not None:
            parts.append((current, ls))
        if rest == b"--":
            return parts
        current = le
    if current is not None:
        parts.append((current, end))
    return parts


def _messages(data: bytes) -> list[tuple[int, int]]:
    """One range per message: a `git format-patch --stdout` series is several in one file."""
    starts = [0] + [m.start() + 1 for m in _NEXT_PATCH.finditer(data)]
    return list(zip(starts, starts[1:] + [len(data)]))


@dataclass
class _Leaf:
    entity: _Entity
    how: str  # "plain", "html" or "markdown"


def _select(ent: _Entity) -> list[_Leaf]:
    """The parts a reader reads as the message's text."""
    if ent.attachment or ent.too_deep:
        return []
    major, _, minor = ent.ctype.partition("/")
    if major == "multipart":
        if ent.children is None:
            # No boundary, or none found: clients show the body as it is.
            return [_Leaf(ent, "plain")]
        if minor == "alternative":
            choices = [_select(c) for c in ent.children]
            for chosen in choices:
                if chosen and all(leaf.how != "html" for leaf in chosen):
                    return chosen
            return next((chosen for chosen in choices if chosen), [])
        if minor in ("related", "signed"):
            return _select(ent.children[0]) if ent.children else []
        if minor == "encrypted":
            return []
        return [leaf for child in ent.children for leaf in _select(child)]
    if ent.ctype == "text/plain":
        return [_Leaf(ent, "plain")]
    if ent.ctype in ("text/markdown", "text/x-markdown"):
        return [_Leaf(ent, "markdown")]
    if ent.ctype == "text/html":
        return [_Leaf(ent, "html")]
    # message/rfc822 is a forwarded message; anything else is not prose.
    return []


def _text_of(raw: bytes) -> str:
    """Masked bytes as text: whatever decodes, since no one reads them."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _file_line(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def codec_for(charset: str | None, payload: bytes) -> str | None:
    """The codec to decode `payload` with, or None when the charset is unknown."""
    if not charset and not payload.isascii():
        # No charset declared: what an editor writes today (a mutt compose file) is UTF-8.
        try:
            payload.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    name = (charset or "us-ascii").strip().strip("\"'").lower()
    if name in _WEB_LATIN1:
        # As browsers do: these labels mean windows-1252 (a superset for text).
        return "cp1252"
    try:
        info = codecs.lookup(name)
    except LookupError:
        import email.charset

        alias = email.charset.ALIASES.get(name)
        try:
            info = codecs.lookup(alias) if alias else None
        except LookupError:
            info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        return "ascii" if payload.isascii() else None
    return info.name


def _decode_payload(payload: bytes, codec: str, errors: str = "strict") -> str:
    try:
        return payload.decode(codec, errors)
    except UnicodeDecodeError:
        if codec == "cp1252":
            return payload.decode("latin-1")
        raise


_UTF8_LEAD = re.compile(rb"[^\x80-\xbf]")
_ENCODE_UTF8 = operator.methodcaller("encode", "utf-8", "surrogatepass")


def _gather(values, indices) -> list:
    """[values[i] for i in indices], in C."""
    indices = list(indices)
    if len(indices) < 2:
        return [values[i] for i in indices]
    return list(operator.itemgetter(*indices)(values))


def _char_first_bytes(payload: bytes, text: str, codec: str) -> list[int]:
    """Offset in `payload` of the first byte of each character of `text`."""
    n = len(payload)
    if len(text) == n:
        return list(range(n))
    if codecs.lookup(codec).name == "utf-8":
        # Each character's UTF-8 length, summed up (C loops: this runs on whole bodies).
        starts = list(accumulate(map(len, map(_ENCODE_UTF8, text)), initial=0))
        if starts.pop() == n:
            return starts
        starts = [m.start() for m in _UTF8_LEAD.finditer(payload)]
        if payload.startswith(codecs.BOM_UTF8) and not text.startswith("\ufeff"):
            starts = starts[1:]
        if len(starts) == len(text):
            return starts
    name = codecs.lookup(codec).name
    if name in ("utf-16", "utf-32") and not payload.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name += "-le"  # what bytes.decode assumed; the incremental decoder insists on a BOM
    starts = []
    try:
        decoder = codecs.getincrementaldecoder(name)("replace")
        pending = 0
        for i in range(n):
            got = decoder.decode(payload[i : i + 1])
            if got:
                starts.extend([pending] * len(got))
                pending = i + 1
        starts.extend([pending] * len(decoder.decode(b"", final=True)))
    except UnicodeError:
        # A codec that will not decode byte by byte: spread the characters evenly.
        return [i * n // max(1, len(text)) for i in range(len(text))]
    return starts[: len(text)] + [n] * max(0, len(text) - len(starts))


def _through(payload: bytes, text: str, codec: str, byte_starts, byte_ends) -> tuple[list[int], list[int]]:
    """Each character's [start, end) in the encoded text, from its bytes' offsets there."""
    if not payload:
        return [0] * len(text), [0] * len(text)
    last = len(payload) - 1
    firsts = _char_first_bytes(payload, text, codec)
    if firsts and firsts[-1] > last:
        firsts = [min(b, last) for b in firsts]
    starts = _gather(byte_starts, firsts)
    # A character's last byte is the one before the next character's first.
    nexts = firsts[1:] + [last + 1]
    if all(map(operator.lt, firsts, nexts)):
        ends = _gather(byte_ends, map((-1).__add__, nexts))
    else:
        ends = [byte_ends[max(b - 1, a)] for a, b in zip(firsts, nexts)]
    return starts, ends


_QP_TOKEN = re.compile(rb"=([0-9A-Fa-f]{2})|[^=]+|=")


def decode_qp(raw: bytes, underscore_space: bool = False) -> tuple[bytes, array, array]:
    """Quoted-printable to bytes, with each output byte's [start, end) in `raw`."""
    out = bytearray()
    offsets = array("q")
    ends = array("q")
    for ls, cend, le in _line_bounds(raw, 0, len(raw)):
        limit = cend
        while limit > ls and raw[limit - 1] in b" \t":
            limit -= 1  # trailing whitespace is transport padding
        soft = limit > ls and raw[limit - 1] == 0x3D  # "=" at the end: a soft line break
        if soft:
            limit -= 1
        for m in _QP_TOKEN.finditer(raw, ls, limit):
            if m.group(1) is not None:
                out.append(int(m.group(1), 16))
                offsets.append(m.start())
                ends.append(m.end())
            else:
                chunk = m.group()
                out += chunk.replace(b"_", b" ") if underscore_space else chunk
                offsets.extend(range(m.start(), m.end()))
                ends.extend(range(m.start() + 1, m.end() + 1))
        if not soft:
            out += raw[cend:le]
            offsets.extend(range(cend, le))
            ends.extend(range(cend + 1, le + 1))
    return bytes(out), offsets, ends


_B64_RUN = re.compile(rb"[A-Za-z0-9+/]+")
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/=\s]")


def _quad_index(count: int) -> list[int]:
    """For each decoded byte j, the index of the base64 character that starts it: 4(j//3) + j%3."""
    index = [0] * count
    for r in range(3):
        index[r::3] = range(r, r + 4 * len(range(r, count, 3)), 4)
    return index


def decode_b64(raw: bytes) -> tuple[bytes, array, array, bool]:
    """Base64 to bytes, with each byte's [start, end) in `raw` (the base64 characters that
    carry it), and whether the encoding was damaged. Leniently: stray characters are skipped,
    and when lines are not whole groups of four, each line is decoded on its own so one bad
    line does not garble the rest."""
    damaged = bool(_B64_JUNK.search(raw))
    lines: list[list[int]] = []
    for ls, cend, le in _line_bounds(raw, 0, len(raw)):
        found: list[int] = []
        for m in _B64_RUN.finditer(raw, ls, cend):
            found.extend(range(m.start(), m.end()))
        if found:
            lines.append(found)
    if all(len(line) % 4 == 0 for line in lines[:-1]):
        chunks = [[i for line in lines for i in line]]
    else:
        damaged = True
        chunks = lines
    out = bytearray()
    offsets = array("q")
    ends = array("q")
    for positions in chunks:
        clean = bytes(_gather(raw, positions))
        usable = len(clean) - len(clean) % 4
        tail = clean[usable:]
        damaged = damaged or len(tail) == 1
        try:
            got = binascii.a2b_base64(clean[:usable] + {2: tail + b"==", 3: tail + b"="}.get(len(tail), b""))
        except binascii.Error:
            damaged = True
            continue
        if not got:
            continue
        out += got
        padded = positions + [positions[-1]] * 4  # a short last group: its last character
        index = _quad_index(len(got))
        offsets.extend(_gather(padded, index))
        ends.extend(map((1).__add__, _gather(padded, map((1).__add__, index))))
    return bytes(out), offsets, ends, damaged


class _Reader:
    def __init__(self, data: bytes, name: str, kind: str, markdown_body: bool):
        self.data = data
        self.name = name
        self.kind = kind
        self.markdown_body = markdown_body
        self.builder = Builder()
        self.pos = 0

    def _masked_to(self, end: int) -> None:
        if end > self.pos:
            self.builder.copy(_text_of(self.data[self.pos : end]), lint=False)
            self.pos = end

    def read(self) -> Source:
        for start, end in _messages(self.data):
            top = _entity(self.data, start, end, "text/plain", 0)
            for name, fstart, fend in top.fields:
                if name == b"subject" and _PATCH_SUBJECT.match(self.data, fstart):
                    self.kind = "patch"
            for name, fstart, fend in top.fields:
                if name == b"subject":
                    self._subject(fstart, fend)
            for leaf in _select(top):
                self._body(leaf)
        self._masked_to(len(self.data))
        return self.builder.build(self.name, self.kind)

    def _subject(self, start: int, end: int) -> None:
        raw = self.data[start:end]
        colon = raw.index(b":") + 1
        value_end = len(raw.rstrip(b"\r\n"))
        self._masked_to(start + colon)
        value = _text_of(raw[colon:value_end])
        text, offsets, ends, undecoded = _decode_words(value)
        masked = list(undecoded)
        if self.kind == "patch":
            tag = patch.subject_tag(text)
            if tag:
                masked.append(tag)
        if offsets is None:
            self.builder.copy(value, masked=masked)
        else:
            self.builder.decoded(text, value, offsets, ends, masked=masked)
        self.pos = start + value_end

    def _body(self, leaf: _Leaf) -> None:
        ent = leaf.entity
        start, end = ent.body_start, ent.end
        raw = self.data[start:end]
        cte = ent.cte
        damaged = False
        if cte == "quoted-printable":
            payload, byte_offsets, byte_ends = decode_qp(raw)
        elif cte == "base64":
            payload, byte_offsets, byte_ends, damaged = decode_b64(raw)
        else:
            payload, byte_offsets, byte_ends = raw, None, None
        codec = codec_for(ent.charset, payload)
        if codec is None:
            raise InputError(
                f"unknown charset {ent.charset!r} in the {ent.ctype} part", f"{self.name}:{_file_line(self.data, start)}"
            )
        try:
            # Bytes from a damaged base64 body are read as far as they go: the fault is in the
            # transfer encoding, not in the declared charset.
            text = _decode_payload(payload, codec, "replace" if damaged else "strict")
        except UnicodeDecodeError as exc:
            where = exc.start if byte_offsets is None else byte_offsets[exc.start]
            line = _file_line(self.data, start + where)
            raise InputError(
                f"the {ent.ctype} part says charset {ent.charset or 'us-ascii'!r}, but byte "
                f"0x{payload[exc.start]:02x} is not valid in it",
                f"{self.name}:{line}",
            ) from None
        starts = ends = None
        file_text = text
        if byte_offsets is not None:
            file_text = raw.decode("latin-1")
            starts, ends = _through(payload, text, codec, byte_offsets, byte_ends)
        masked: list[tuple[int, int]] = []
        if leaf.how == "html":
            rendered, html_starts, html_ends, masked = html_text.render(text)
            if starts is None:
                starts, ends = html_starts, html_ends
            else:
                starts, ends = [starts[o] for o in html_starts], [ends[o - 1] for o in html_ends]
            text = rendered
        self._masked_to(start)
        masked.extend(self._not_voice(text, leaf.how))
        if starts is None:
            self.builder.copy(text, masked=masked)
        else:
            self.builder.decoded(text, file_text, starts, ends, masked=masked)
        self.pos = end

    def _not_voice(self, text: str, how: str) -> list[tuple[int, int]]:
        spans = quotes.spans(text)
        if how == "markdown" or (how == "plain" and self.markdown_body):
            spans += markdown.spans(text)
        if self.kind == "patch":
            spans += patch.spans(text)
        return spans


def _decode_words(value: str):
    """RFC 2047: (decoded text, its starts and ends in `value` or None if nothing was encoded,
    spans left undecoded)."""
    if "=?" not in value:
        return value, None, None, []
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    undecoded: list[tuple[int, int]] = []
    last = 0
    previous_word = False

    def literal(a: int, b: int) -> None:
        chars.extend(value[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))

    for m in _ENCODED_WORD.finditer(value):
        between = value[last : m.start()]
        if not (previous_word and not between.strip()):
            literal(last, m.start())
        charset, encoding, payload_text = m.group(1), m.group(2).upper(), m.group(3)
        raw = payload_text.encode("ascii", "replace")
        if encoding == "Q":
            payload, byte_starts, byte_ends = decode_qp(raw, underscore_space=True)
        else:
            payload, byte_starts, byte_ends, _ = decode_b64(raw)
        codec = codec_for(charset, payload)
        text = None
        if codec is not None:
            try:
                text = _decode_payload(payload, codec)
            except UnicodeDecodeError:
                text = None
        if text is None:
            # Left as written and not linted: one undecodable word need not stop the message.
            undecoded.append((len(chars), len(chars) + len(m.group())))
            literal(m.start(), m.end())
        elif text:
            base = m.start(3)
            word_starts, word_ends = _through(payload, text, codec, byte_starts, byte_ends)
            starts.extend(base + o for o in word_starts)
            ends.extend(base + o for o in word_ends)
            chars.extend(text)
        last = m.end()
        previous_word = True
    literal(last, len(value))
    return "".join(chars), starts, ends, undecoded


def read(data: bytes, name: str, kind: str = "mail", markdown_body: bool = False) -> Source:
    """The Source of a message's bytes: Subject and text body linted, the rest masked."""
    return _Reader(data, name, kind, markdown_body).read()
