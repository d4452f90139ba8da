"""The text to lint and its map back to the file on disk.

Every reader (plain text, Markdown, mail) produces a `Source`: `text` is what the
rules see, with regions that are not the writer's voice masked by spaces (newlines
kept), so an offset in `text` is also an offset in `display`, the decoded text.

When `display` is the file itself (plain text, Markdown, a 7bit/8bit message), an
offset's line and column are counted in `display`. When a reader had to decode part
of the file (a quoted-printable or base64 body, an HTML part turned into text, an
RFC 2047 subject), it also supplies an `Origin`: the file's own text and a
piecewise map from display offsets to file offsets, so `position()` still answers
with the line and column of the file as it is on disk.
"""
from __future__ import annotations

import bisect
import operator
import re
from array import array
from dataclasses import dataclass, field


_NOT_NEWLINE = re.compile(r"[^\r\n]")


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank the given [start, end) spans with spaces, keeping line breaks."""
    if not spans:
        return text
    out = []
    pos = 0
    for start, end in _merge([(max(0, s), min(e, len(text))) for s, e in spans]):
        out.append(text[pos:start])
        out.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def line_starts(text: str) -> list[int]:
    """Offsets where each line of `text` starts (the first is 0)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def split_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end without line break, content) for each line."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        content_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        out.append((pos, content_end, text[pos:content_end]))
        pos = n if nl == -1 else nl + 1
    return out


class Origin:
    """Where each display offset comes from in the file's text.

    Two piecewise maps, each a list of runs pairing a display offset with a file
    offset; from there on, display offsets advance one file character at a time
    until the next run. `starts` maps offset d to where character d starts in the
    file; `ends` maps offset d to where character d - 1 ends, which is what the end
    of a span needs when a tag or a soft line break sits between two characters.
    Text copied as is costs one run; each decoded escape (`=E9`, `&amp;`, a base64
    group) starts a new one.
    """

    def __init__(self, file_text: str, starts: tuple[array, array], ends: tuple[array, array]):
        self.file_text = file_text
        self._starts = starts
        self._ends = ends
        self._line_starts = line_starts(file_text)

    def file_offset(self, offset: int, end: bool = False) -> int:
        display_runs, file_runs = self._ends if end else self._starts
        i = bisect.bisect_right(display_runs, offset) - 1
        if i < 0:
            return min(offset, len(self.file_text))
        return min(file_runs[i] + offset - display_runs[i], len(self.file_text))

    def position(self, offset: int, unit: str, end: bool = False) -> tuple[int, int]:
        fo = self.file_offset(offset, end)
        line = bisect.bisect_right(self._line_starts, fo)
        return line, column_width(self.file_text[self._line_starts[line - 1] : fo], unit) + 1


@dataclass
class Source:
    path: str
    display: str
    kind: str = "text"
    masked: list[tuple[int, int]] = field(default_factory=list)
    # Set when `display` is not the file's own text (decoded parts): display -> file.
    origin: Origin | None = None
    _starts: list[int] = field(init=False, repr=False)
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = mask(self.display, self.masked)
        self._starts = line_starts(self.display)

    def line_of(self, offset: int) -> int:
        """1-based display line holding `offset`."""
        return bisect.bisect_right(self._starts, offset)

    def line_start(self, line: int) -> int:
        """Offset where display line `line` (1-based) starts."""
        return self._starts[line - 1]

    def line_text(self, line: int) -> str:
        """The display line, without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self.display)
        return self.display[start:end].rstrip("\r\n")

    def position(self, offset: int, unit: str = "char", end: bool = False) -> tuple[int, int]:
        """(line, column), both 1-based, of `offset` in the file, column counted in `unit`.

        `end=True` reads `offset` as the exclusive end of a span: the position just after
        the character before it, which differs from the next character's position when
        decoding skipped something between them (an HTML tag, a soft line break).
        """
        if self.origin is not None:
            return self.origin.position(offset, unit, end)
        line = self.line_of(offset)
        prefix = self.display[self._starts[line - 1] : offset]
        return line, column_width(prefix, unit) + 1


def column_width(prefix: str, unit: str) -> int:
    """How many columns `prefix` takes in `unit`: characters, UTF-8 bytes or UTF-16 units."""
    if unit == "char":
        return len(prefix)
    if unit == "byte":
        return len(prefix.encode("utf-8", "surrogatepass"))
    if unit == "utf16":
        return len(prefix.encode("utf-16-le", "surrogatepass")) // 2
    raise ValueError(f"unknown column unit {unit!r}")


class _Runs:
    """Display -> file offset runs, appended in display order."""

    def __init__(self) -> None:
        self.display = array("q")
        self.file = array("q")

    def add(self, d: int, f: int) -> None:
        # Extend the previous run when this offset continues it.
        if self.display and d - self.display[-1] == f - self.file[-1]:
            return
        if self.display and self.display[-1] == d:
            self.file[-1] = f
            return
        self.display.append(d)
        self.file.append(f)

    def extend(self, d0: int, f0: int, offsets, breaks: list[int]) -> None:
        """Runs at d0 + i -> f0 + offsets[i] for each i in `breaks` (increasing)."""
        if not breaks:
            return
        self.add(d0 + breaks[0], f0 + offsets[breaks[0]])
        rest = breaks[1:]
        self.display.extend([d0 + i for i in rest])
        self.file.extend([f0 + offsets[i] for i in rest])


class Builder:
    """Assembles a Source from pieces, each with its text as shown and as in the file.

    A piece is either copied (`display` is exactly the file's text) or decoded, with
    `starts[i]` / `ends[i]` the [start, end) offsets in the piece's file text that
    display character i was decoded from.
    """

    def __init__(self) -> None:
        self._display: list[str] = []
        self._file: list[str] = []
        self._display_len = 0
        self._file_len = 0
        self.masked: list[tuple[int, int]] = []
        self._starts = _Runs()
        self._ends = _Runs()
        self._decoded = False

    def copy(self, text: str, lint: bool = True, masked=()) -> None:
        """A piece shown exactly as it is in the file."""
        d0, f0 = self._display_len, self._file_len
        self._starts.add(d0, f0)
        if text:
            self._ends.add(d0 + 1, f0 + 1)
        self._append(text, text, lint, masked)

    def decoded(self, display: str, file_text: str, starts, ends=None, lint: bool = True, masked=()) -> None:
        """A piece shown decoded from `file_text`; see the class docstring for `starts`/`ends`."""
        self._decoded = True
        d0, f0 = self._display_len, self._file_len
        if ends is None:
            ends = [fo + 1 for fo in starts]
        # Only where an offset does not follow on from the one before does a run start.
        self._starts.extend(d0, f0, starts, _breaks(starts))
        self._ends.extend(d0 + 1, f0, ends, _breaks(ends))
        # Whatever follows the piece starts where its file text ends.
        self._starts.add(d0 + len(display), f0 + len(file_text))
        self._append(display, file_text, lint, masked)

    def _append(self, display: str, file_text: str, lint: bool, masked) -> None:
        d0 = self._display_len
        if not lint:
            if display:
                self.masked.append((d0, d0 + len(display)))
        else:
            self.masked.extend((d0 + s, d0 + e) for s, e in masked)
        self._display.append(display)
        self._file.append(file_text)
        self._display_len += len(display)
        self._file_len += len(file_text)

    def build(self, path: str, kind: str) -> Source:
        display = "".join(self._display)
        origin = None
        if self._decoded:
            origin = Origin(
                "".join(self._file),
                (self._starts.display, self._starts.file),
                (self._ends.display, self._ends.file),
            )
        return Source(path, display, kind=kind, masked=_merge(self.masked), origin=origin)


def _breaks(offsets) -> list[int]:
    """Indices where `offsets` does not continue the previous value by one."""
    if not len(offsets):
        return []
    steps = map(operator.sub, offsets[1:], offsets[:-1])
    return [0] + [i for i, step in enumerate(steps, 1) if step != 1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
