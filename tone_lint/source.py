"""The text to lint and its map back to the file on disk.

Every reader (plain text, Markdown, mail) produces a `Source`: `text` is what the
rules see, with regions that are not the writer's voice masked by spaces (newlines
kept), so an offset in `text` is also an offset in `display`, the decoded file. A
reader whose decoded text does not line up with the file's lines (a quoted-printable
body) supplies `line_map` to turn a display line back into a file line.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank the given [start, end) spans with spaces, keeping line breaks."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


@dataclass
class Source:
    path: str
    display: str
    kind: str = "text"
    masked: list[tuple[int, int]] = field(default_factory=list)
    # display line (1-based) -> (file line, column offset to add), for decoded parts
    line_map: dict[int, tuple[int, int]] | None = None
    # character offsets where the linted text is also the file's exact text
    _starts: list[int] = field(init=False, repr=False)
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = mask(self.display, self.masked)
        starts = [0]
        find = self.display.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def line_of(self, offset: int) -> int:
        """1-based display line holding `offset`."""
        return bisect.bisect_right(self._starts, offset)

    def line_text(self, line: int) -> str:
        """The display line, without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self.display)
        return self.display[start:end].rstrip("\r\n")

    def position(self, offset: int, unit: str = "char") -> tuple[int, int]:
        """(line, column), both 1-based, of `offset` in the file, column counted in `unit`."""
        line = self.line_of(offset)
        prefix = self.display[self._starts[line - 1] : offset]
        col = column_width(prefix, unit) + 1
        if self.line_map and line in self.line_map:
            file_line, shift = self.line_map[line]
            return file_line, col + shift
        return line, col


def column_width(prefix: str, unit: str) -> int:
    """How many columns `prefix` takes in `unit`: characters, UTF-8 bytes or UTF-16 units."""
    if unit == "char":
        return len(prefix)
    if unit == "byte":
        return len(prefix.encode("utf-8", "surrogatepass"))
    if unit == "utf16":
        return len(prefix.encode("utf-16-le", "surrogatepass")) // 2
    raise ValueError(f"unknown column unit {unit!r}")
