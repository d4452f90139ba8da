"""Each output format pinned by a golden file, all rendered from one shared list of findings.

The draft has CRLF line ends, accents, a curly apostrophe, an emoji before a finding and a
missing element, so every column unit differs somewhere. Regenerate with
`TONE_LINT_UPDATE_GOLDEN=1 pytest tests/test_formatters.py` and review the diff.
"""
import os
from pathlib import Path

import pytest

from tone_lint.findings import ElementStatus, FileResult, Finding, Severity
from tone_lint.formatters import render
from tone_lint.source import Source

GOLDEN = Path(__file__).parent / "golden"
TEXT = "Bonjour Zoé,\r\nL’équipe 😀 n’a JAMAIS répondu !!!\r\nJ’arrête notre collaboration.\r\n"


def offset(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def shared_results():
    source = Source("drafts/zoé.txt", TEXT)
    findings = [
        Finding("emotional.shouting", "emotional", Severity.WARNING, "Des capitales se lisent comme des cris.",
                *offset("JAMAIS"), instead="Écrivez le mot en minuscules."),
        Finding("emotional.exclamation-run", "emotional", Severity.ERROR, "Une série de « ! » se lit comme un cri.",
                *offset(" !!!")),
        Finding("termination.open-door", "missing", Severity.SUGGESTION, "L’e-mail ferme la porte.",
                *offset("J’arrête"), instead="Ma porte reste ouverte.", element="open-door"),
    ]
    start, end = offset("notre collaboration")
    checklist = [
        ElementStatus("notice-period", "termination.notice-period", Severity.WARNING, True, start, end),
        ElementStatus("open-door", "termination.open-door", Severity.SUGGESTION, False, instead="Ma porte reste ouverte."),
    ]
    clean = FileResult(Source("calm.txt", "Merci pour tout.\n"), "fr")
    return [FileResult(source, "fr", findings, True, checklist), clean]


CASES = [("text", "char"), ("line", "char"), ("line", "byte"), ("line", "utf16"), ("json", "char"), ("json", "utf16")]


@pytest.mark.parametrize("fmt,unit", CASES)
def test_golden(fmt, unit):
    out = render(fmt, shared_results(), column_unit=unit, color=False)
    path = GOLDEN / f"shared.{unit}.{fmt}"
    if os.environ.get("TONE_LINT_UPDATE_GOLDEN"):
        path.write_bytes(out.encode("utf-8"))
    assert out == path.read_bytes().decode("utf-8")


def test_columns_differ_by_unit_exactly_where_expected():
    lines = {unit: render("line", shared_results(), column_unit=unit).splitlines() for unit in ("char", "byte", "utf16")}
    # "L’équipe 😀 n’a " before JAMAIS: 15 characters, 23 UTF-8 bytes, 16 UTF-16 units.
    assert lines["char"][0].startswith("drafts/zoé.txt:2:16: warning:")
    assert lines["byte"][0].startswith("drafts/zoé.txt:2:24: warning:")
    assert lines["utf16"][0].startswith("drafts/zoé.txt:2:17: warning:")
    assert lines["char"][2].startswith("drafts/zoé.txt:3:1: note:")


def test_text_colour_only_when_asked():
    plain = render("text", shared_results(), color=False)
    coloured = render("text", shared_results(), color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured
