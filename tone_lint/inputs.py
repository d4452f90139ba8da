"""From a path or standard input to a Source: read the bytes, decode, pick the reader."""
from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from tone_lint.errors import InputError
from tone_lint.source import Source

# Extensions a folder walk picks up; a file named on the command line is read whatever its name.
DRAFT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".eml", ".msg", ".patch", ".mail"})
MAX_BYTES = 5 * 1024 * 1024


def expand(paths: list[str]) -> list[str]:
    """Files named, and the drafts inside folders named, in a stable order."""
    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if not f.startswith(".") and Path(f).suffix.lower() in DRAFT_SUFFIXES
                )
            out.extend(sorted(found))
        else:
            out.append(p)
    return out


def empty_folders(paths: list[str]) -> list[str]:
    """Folders named on the command line that hold no draft: most likely a mistake."""
    return [p for p in paths if p != "-" and os.path.isdir(p) and not expand([p])]


def read_file(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or a ToneLintError that says plainly why not."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory", path)
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISFIFO(st.st_mode) and not stat.S_ISCHR(st.st_mode):
            raise InputError("not a regular file", path)
        if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
            raise InputError(f"file is {st.st_size} bytes, over the {max_bytes}-byte limit", path)
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError("broken symbolic link", path) from None
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path) from None
    if len(data) > max_bytes:
        raise InputError(f"input is over the {max_bytes}-byte limit", path)
    return data


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (BOM or not), UTF-16 with a BOM, or a legacy 8-bit encoding
    (windows-1252 / latin-1, common for French mail) when the result reads as text.
    Binary is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 ({exc.reason} at byte {exc.start})", name) from None
    if b"\x00" in data:
        hint = " (UTF-16 without a byte-order mark?)" if _looks_like_bomless_utf16(data) else ""
        raise InputError(f"binary file (contains NUL bytes), not a text draft{hint}", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        legacy = _legacy_8bit(data)
        if legacy is not None:
            return legacy
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"neither UTF-8 nor text in a legacy 8-bit encoding (byte 0x{data[exc.start]:02x} on line {line});"
            " save it as UTF-8",
            name,
        ) from None


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return len(sample) >= 4 and (sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4)


# Characters a French or English draft in windows-1252 plausibly holds beyond ASCII.
_TYPOGRAPHY = set("\u00a0\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u20ac\u00b0\u00a7\u00b2\u00b3\u00b5\u00b7\u2022\u00a9\u00ae\u2122\u00a3")


def _legacy_8bit(data: bytes) -> str | None:
    """windows-1252 (else latin-1) text, if what it decodes to reads as prose, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch <= "\x9f")
    high = [ch for ch in text if ord(ch) > 0x7F]
    plausible = sum(1 for ch in high if ch.isalpha() or ch in _TYPOGRAPHY)
    if controls or not high or plausible < 0.9 * len(high) or len(high) > 0.3 * len(text):
        return None
    return text


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
PATCH_SUFFIXES = frozenset({".patch", ".diff"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def load(data: bytes, name: str) -> Source:
    """The Source for a draft's bytes; `name` is what findings are reported against.

    The reader is chosen by content first (a message has a header block, whatever its
    name: a mutt compose file has no extension, a saved message may end in .txt), then
    by extension (.md Markdown, .patch a diff, .html HTML), else plain text.
    """
    from tone_lint import mail, markdown, patch, quotes

    suffix = _suffix(name)
    body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    if patch.is_format_patch(body) or mail.looks_like_mail(body):
        kind = "patch" if patch.is_format_patch(body) or suffix in PATCH_SUFFIXES else "mail"
        return mail.read(body, name, kind=kind, markdown_body=suffix in MARKDOWN_SUFFIXES)
    text = decode(data, name)
    if suffix in MARKDOWN_SUFFIXES:
        return Source(name, text, kind="markdown", masked=markdown.spans(text) + quotes.spans(text))
    if suffix in PATCH_SUFFIXES:
        return Source(name, text, kind="patch", masked=patch.spans(text, headerless=True))
    if suffix in HTML_SUFFIXES:
        return _html(text, name)
    return Source(name, text, kind="text", masked=quotes.spans(text))


def _html(text: str, name: str) -> Source:
    from tone_lint import html_text, quotes
    from tone_lint.source import Builder

    rendered, starts, ends, masked = html_text.render(text)
    builder = Builder()
    builder.decoded(rendered, text, starts, ends, masked=masked + quotes.spans(rendered))
    return builder.build(name, "html")
