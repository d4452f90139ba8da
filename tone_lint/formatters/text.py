"""For people: each finding with its line, the span underlined, and a better wording."""
from __future__ import annotations

import unicodedata

from tone_lint.findings import Severity

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.SUGGESTION: "cyan"}


def _width(text: str) -> int:
    """Terminal cells `text` takes: wide characters (emoji, CJK) take two, combining marks none."""
    cells = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        cells += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return cells


def _style(text: str, color: bool, **kw) -> str:
    if not color:
        return text
    import click

    return click.style(text, **kw)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def render(results, color: bool = False, column_unit: str = "char", **_) -> str:
    out: list[str] = []
    counts = {s: 0 for s in Severity}
    files_with = 0
    for result in results:
        src = result.source
        if result.findings:
            files_with += 1
        for f in result.findings:
            counts[f.severity] += 1
            line, col = src.position(f.start, column_unit)
            display_line = src.line_of(f.start)
            text_line = src.line_text(display_line).replace("\t", " ")
            head = f"{result.path}:{line}:{col}: "
            sev = _style(f.severity.label, color, fg=_COLOURS[f.severity], bold=True)
            out.append(f"{_style(head, color, bold=True)}{sev}: {f.message} [{f.rule}]")
            if f.element:
                out.append(f"  missing element: {f.element}")
            else:
                # The excerpt is the decoded line (a quoted-printable body reads as text).
                col0 = f.start - src.line_start(display_line)
                end_in_line = min(len(text_line), col0 + (f.end - f.start))
                gutter = f"{line:>5} | "
                out.append(gutter + text_line)
                pad = " " * _width(text_line[:col0])
                marks = "^" * max(1, _width(text_line[col0:end_in_line]))
                out.append(" " * (len(gutter) - 2) + "| " + pad + _style(marks, color, fg=_COLOURS[f.severity]))
            if f.instead:
                out.append(f"  instead: {f.instead}")
            out.append("")
        if result.termination and result.checklist:
            guess = f" (read as one by {result.termination_guess} alone)" if result.termination_guess else ""
            out.append(f"{result.path}: termination email checklist{guess}")
            for item in result.checklist:
                if item.present:
                    quote = " ".join(src.display[item.start : item.end].split())
                    mark = _style("found  ", color, fg="green")
                    by = f" (read by {item.rule}'s weights)" if item.learned else ""
                    out.append(f"  {mark} {item.element}: \u201c{quote}\u201d{by}")
                else:
                    mark = _style("missing", color, fg=_COLOURS[item.severity])
                    out.append(f"  {mark} {item.element}" + (f": add \u201c{item.instead}\u201d" if item.instead else ""))
            out.append("")
    total = sum(counts.values())
    if total:
        parts = [_plural(counts[s], s.label) for s in sorted(Severity, reverse=True) if counts[s]]
        out.append(
            f"{_plural(total, 'finding')} ({', '.join(parts)}) in {_plural(files_with, 'file')}"
            f" of {len(results)} checked."
        )
    else:
        out.append(f"No findings in {_plural(len(results), 'file')} checked.")
    return "\n".join(out) + "\n"
