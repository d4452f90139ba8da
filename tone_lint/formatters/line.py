"""One finding a line, `PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]`, for editors' error parsers."""
from __future__ import annotations

from tone_lint.findings import Severity

EDITOR_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


def render(results, column_unit: str = "char", **_) -> str:
    lines = []
    for result in results:
        for f in result.findings:
            line, col = result.source.position(f.start, column_unit)
            message = " ".join(f.message.split())
            lines.append(f"{result.path}:{line}:{col}: {EDITOR_SEVERITY[f.severity]}: {message} [{f.rule}]")
    return "".join(line + "\n" for line in lines)
