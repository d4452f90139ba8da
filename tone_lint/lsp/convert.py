"""Findings and fixes as LSP values, with positions in the encoding the client negotiated."""
from __future__ import annotations

from lsprotocol import types

from tone_lint.findings import FileResult, Finding, Severity
from tone_lint.lsp.fixes import Fix, fix_for

SOURCE = "tone-lint"

# LSP's position encodings -> Source.position's column units. UTF-16 is LSP's default.
COLUMN_UNITS = {
    types.PositionEncodingKind.Utf16.value: "utf16",
    types.PositionEncodingKind.Utf8.value: "byte",
    types.PositionEncodingKind.Utf32.value: "char",
}

# Information, not Hint: most clients draw hints faintly or not at all.
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.SUGGESTION: types.DiagnosticSeverity.Information,
}


def column_unit(encoding) -> str:
    """The column unit for a negotiated encoding (an enum member or its string)."""
    return COLUMN_UNITS.get(getattr(encoding, "value", encoding), "utf16")


def position(result: FileResult, offset: int, unit: str, end: bool = False) -> types.Position:
    line, col = result.source.position(offset, unit, end=end)
    return types.Position(line=line - 1, character=col - 1)


def span_range(result: FileResult, start: int, end: int, unit: str) -> types.Range:
    return types.Range(start=position(result, start, unit), end=position(result, end, unit, end=True))


def diagnostic(result: FileResult, finding: Finding, unit: str) -> types.Diagnostic:
    message = " ".join(finding.message.split())
    if finding.instead:
        message += "\ninstead: " + " ".join(finding.instead.split())
    return types.Diagnostic(
        range=span_range(result, finding.start, finding.end, unit),
        message=message,
        severity=SEVERITY[finding.severity],
        code=finding.rule,
        source=SOURCE,
    )


def diagnostics(result: FileResult, unit: str) -> list[types.Diagnostic]:
    return [diagnostic(result, f, unit) for f in result.findings]


def fixes(result: FileResult) -> list[tuple[Finding, Fix]]:
    """Each finding that has a literal fix, with it.

    Only where the linted text is the buffer's own text: a decoded mail part (quoted-printable)
    maps lines back to the file but not every character, so an edit there could land wrong.
    """
    if result.source.origin is not None:
        return []
    found = []
    for finding in result.findings:
        fix = fix_for(finding, result.source.display)
        if fix is not None:
            found.append((finding, fix))
    return found


def overlaps(a: types.Range, b: types.Range) -> bool:
    """Whether two ranges touch (a cursor, an empty range, at a diagnostic's edge counts)."""
    a0, a1 = (a.start.line, a.start.character), (a.end.line, a.end.character)
    b0, b1 = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return a0 <= b1 and b0 <= a1


def code_actions(result: FileResult, uri: str, wanted: types.Range, unit: str) -> list[types.CodeAction]:
    """Quick fixes for the findings that touch `wanted`."""
    actions = []
    for finding, fix in fixes(result):
        diag = diagnostic(result, finding, unit)
        if not overlaps(diag.range, wanted):
            continue
        edit = types.TextEdit(range=span_range(result, fix.start, fix.end, unit), new_text=fix.new_text)
        actions.append(types.CodeAction(
            title=fix.title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diag],
            is_preferred=True,
            # `changes`, not versioned `documentChanges`: every client applies it.
            edit=types.WorkspaceEdit(changes={uri: [edit]}),
        ))
    return actions
