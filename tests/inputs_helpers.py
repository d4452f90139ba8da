"""Shared helpers for the input-reader tests: lint bytes or fixtures, get (rule, line, col, end_line, end_col)."""
from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"


def spans_of(entry: dict) -> list[tuple]:
    """(rule, line, column, end_line, end_column, text) of each diagnostic in a JSON file entry."""
    return [
        (d["rule"], d["line"], d["column"], d["end_line"], d["end_column"], d["text"])
        for d in entry["diagnostics"]
        if "element" not in d
    ]


def lint(linter, data: bytes, name: str, lang: str = "auto", unit: str = "char") -> dict:
    """The JSON entry `tone-lint check --format json` prints for these bytes, through the library."""
    from tone_lint.engine import Options
    from tone_lint.formatters.json_format import file_entry
    from tone_lint.runner import lint_bytes

    result = lint_bytes(linter, data, name, lang, Options(termination="never"))
    return file_entry(result, unit)


def json_files(stdout: str) -> dict[str, dict]:
    return {Path(f["path"]).name: f for f in json.loads(stdout)["files"]}
