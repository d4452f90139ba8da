"""Read `[tool.NAME]` from a pyproject.toml into the line-carrying types of yamlload.

tomllib does not report where a value sits, so lines are found by scanning the text
for the table headers and `key =` assignments: exact for the usual layouts (one key
per line, sub-tables as `[tool.NAME.sub]` or inline), the table's line otherwise.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from tone_lint.errors import ToneLintError
from tone_lint.yamlload import Mapping, Sequence

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

_HEADER = re.compile(r"^\s*\[")


def _key_pattern(key: str) -> str:
    return r"(?:%s|\"%s\"|'%s')" % (re.escape(key), re.escape(key), re.escape(key))


class _Lines:
    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers = [i for i, line in enumerate(self.lines) if _HEADER.match(line)]

    def header(self, dotted: list[str]) -> int | None:
        """0-based line of the `[a.b.c]` header, if the table is written that way."""
        parts = r"\s*\.\s*".join(_key_pattern(k) for k in dotted)
        rx = re.compile(r"^\s*\[\s*%s\s*\]\s*(?:#.*)?$" % parts)
        return next((i for i in self.headers if rx.match(self.lines[i])), None)

    def section_end(self, start: int) -> int:
        return next((h for h in self.headers if h > start), len(self.lines))

    def find(self, pattern: re.Pattern, start: int, end: int) -> int | None:
        return next((i for i in range(start, min(end, len(self.lines))) if pattern.search(self.lines[i])), None)


def load_tool_table(path: Path, shown: str, tool: str) -> Mapping | None:
    """The `[tool.<tool>]` table as a Mapping, None when the file has none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ToneLintError("no such file", shown) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ToneLintError(f"cannot read: {getattr(exc, 'strerror', None) or exc}", shown) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else 1
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) if match else message
        raise ToneLintError(f"invalid TOML: {problem}", f"{shown}:{line}") from None
    tools = data.get("tool")
    if not isinstance(tools, dict) or tool not in tools:
        return None
    lines = _Lines(text)
    header = lines.header(["tool", tool])
    if header is None:
        mention = lines.find(re.compile(re.escape(tool)), 0, len(lines.lines))
        header = mention if mention is not None else 0
    table = tools[tool]
    if not isinstance(table, dict):
        raise ToneLintError(f"[tool.{tool}] must be a table of settings, not {type(table).__name__}",
                            f"{shown}:{header + 1}")
    return _mapping(table, lines, ["tool", tool], header, lines.section_end(header))


def _mapping(table: dict, lines: _Lines, dotted: list[str], start: int, end: int) -> Mapping:
    out = Mapping()
    out.line, out.key_lines = start + 1, {}
    for key, value in table.items():
        own_header = lines.header(dotted + [key]) if isinstance(value, dict) else None
        if own_header is not None:
            line = own_header
            value = _mapping(value, lines, dotted + [key], own_header, lines.section_end(own_header))
        else:
            found = lines.find(re.compile(r"^\s*%s\s*=|[{,]\s*%s\s*=" % (_key_pattern(key), _key_pattern(key))),
                               start, end)
            line = found if found is not None else start
            if isinstance(value, dict):
                value = _mapping(value, lines, dotted + [key], line, end)
            elif isinstance(value, list):
                value = _sequence(value, lines, line, end)
        out[key] = value
        out.key_lines[key] = line + 1
    return out


def _sequence(items: list, lines: _Lines, start: int, end: int) -> Sequence:
    out = Sequence(items)
    out.line, out.item_lines = start + 1, []
    at = start
    for item in items:
        found = None
        if isinstance(item, str):
            found = lines.find(re.compile(r"[\"']%s[\"']" % re.escape(item)), at, end)
        at = found if found is not None else at
        out.item_lines.append(at + 1)
    return out
