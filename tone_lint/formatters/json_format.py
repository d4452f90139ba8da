"""The JSON contract for tools (documented in docs/json.md): stable keys, 1-based columns,
end exclusive."""
from __future__ import annotations

import json

SCHEMA_VERSION = 1


def _range(source, start: int, end: int, unit: str) -> dict:
    line, col = source.position(start, unit)
    end_line, end_col = source.position(end, unit, end=True)
    return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}


def file_entry(result, column_unit: str = "char") -> dict:
    src = result.source
    diagnostics = []
    for f in result.findings:
        d = {"rule": f.rule, "category": f.category, "severity": f.severity.label, "message": f.message}
        d.update(_range(src, f.start, f.end, column_unit))
        d["text"] = src.display[f.start : f.end]
        if f.instead:
            d["instead"] = f.instead
        if f.element:
            d["element"] = f.element
        diagnostics.append(d)
    entry = {"path": result.path, "kind": src.kind, "language": result.language, "diagnostics": diagnostics}
    entry["termination"] = result.termination
    if result.termination_guess:
        entry["termination_guess"] = result.termination_guess
    checklist = []
    for item in result.checklist:
        c = {"element": item.element, "rule": item.rule, "severity": item.severity.label,
             "status": "present" if item.present else "missing"}
        if item.present:
            c.update(_range(src, item.start, item.end, column_unit))
            c["text"] = src.display[item.start : item.end]
            if item.learned:
                c["learned"] = True
        elif item.instead:
            c["instead"] = item.instead
        checklist.append(c)
    entry["checklist"] = checklist
    return entry


def render(results, column_unit: str = "char", **_) -> str:
    doc = {"version": SCHEMA_VERSION, "files": [file_entry(r, column_unit) for r in results]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
