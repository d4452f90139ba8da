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
    """Text from bytes: UTF-8 (BOM or not) or UTF-16 with a BOM; binary is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 ({exc.reason} at byte {exc.start})", name) from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not a text draft", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 ({exc.reason} at byte {exc.start})", name) from None


def load(data: bytes, name: str) -> Source:
    """The Source for a draft's bytes; `name` is what findings are reported against."""
    return Source(name, decode(data, name), kind="text")
