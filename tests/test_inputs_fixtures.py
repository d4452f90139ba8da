"""Every input kind, through the command line: the kind it was read as, and each finding's exact
line and column in the file as it is on disk (columns 1-based, end exclusive)."""
from __future__ import annotations

import pytest

from conftest import run_cli
from inputs_helpers import FIXTURES, json_files, lint, spans_of

EXPECTED = {
    # A neomutt compose file: headers, no extension; the Subject is linted, the signature is not.
    "neomutt-alice-1000-4242-7": ("mail", [
        ("accusatory.per-my-last-email", 5, 10, 5, 27, "Per my last email"),
        ("accusatory.fault", 11, 55, 11, 69, "because of you"),
    ]),
    # Quoted-printable latin-1: the findings sit after a soft line break (line 11 ends in "=")
    # and "j'en ai marre" itself straddles one; columns count the file's "=E0", not "à".
    "resiliation-qp-latin1.eml": ("mail", [
        ("accusatory.fault", 12, 46, 12, 63, "à cause de vous"),
        ("emotional.anger", 12, 68, 13, 6, "j'en ai marre"),
    ]),
    # HTML only (quoted-printable too): the title, the style and the gmail_quote are not linted;
    # the span ends before the closing tag.
    "html-only.eml": ("mail", [
        ("accusatory.fault", 12, 57, 12, 71, "because of you"),
        ("emotional.anger", 13, 7, 13, 15, "tired of"),
        ("emotional.shouting", 13, 27, 13, 32, "AGAIN"),
    ]),
    # A reply: the angry quoted paragraph under "On ... wrote:" is not flagged.
    # "Per my last email" alone heats the draft (its rule has `heat: 2`), so the thanks before it
    # reads as the sarcasm it is; the quoted reply below counts for nothing.
    "reply-quoted.eml": ("mail", [
        ("emotional.heated-praise", 11, 1, 11, 24, "Thanks for the reminder"),
        ("accusatory.per-my-last-email", 11, 26, 11, 43, "Per my last email"),
    ]),
    # A top-posted French reply: everything from "Le ... a écrit :" down is the original.
    "reponse-haut.txt": ("text", []),
    # git format-patch: the subject (after its [PATCH] tag) and the message; not the diff.
    "format-patch.patch": ("patch", [
        ("accusatory.fault", 4, 55, 4, 69, "because of you"),
        ("emotional.shouting", 6, 19, 6, 24, "AGAIN"),
    ]),
    # Markdown: front matter, fenced and indented code, inline code, link targets, HTML
    # comments and reference definitions are skipped; link text and list continuations are not.
    "draft.md": ("markdown", [
        ("accusatory.fault", 6, 44, 6, 58, "because of you"),
        ("emotional.shouting", 14, 58, 14, 63, "AGAIN"),
        ("emotional.shouting", 22, 21, 22, 26, "AGAIN"),
    ]),
    "utf16-bom.txt": ("text", [
        ("emotional.anger", 3, 1, 3, 14, "J’en ai marre"),
        ("accusatory.fault", 3, 44, 3, 59, "à cause de vous"),
    ]),
    "cp1252.txt": ("text", [
        ("emotional.anger", 3, 1, 3, 14, "J’en ai marre"),
        ("accusatory.fault", 3, 44, 3, 59, "à cause de vous"),
    ]),
}


@pytest.fixture(scope="module")
def checked():
    paths = [str(FIXTURES / name) for name in EXPECTED]
    status, out, err = run_cli("check", "--format", "json", "--termination", "never", *paths)
    assert (status, err) == (1, "")
    return json_files(out)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_kind_and_positions(checked, name):
    kind, spans = EXPECTED[name]
    assert checked[name]["kind"] == kind
    assert spans_of(checked[name]) == spans


@pytest.mark.parametrize("name", ["neomutt-alice-1000-4242-7", "reply-quoted.eml", "format-patch.patch", "draft.md"])
def test_copied_text_sits_at_the_reported_column(checked, name):
    # For a 7bit/8bit file the reported column is exactly where the text is in the file.
    lines = (FIXTURES / name).read_text("utf-8").split("\n")
    for rule, line, col, end_line, end_col, text in spans_of(checked[name]):
        assert lines[line - 1][col - 1 : end_col - 1] == text


def test_byte_and_utf16_columns_in_an_8bit_part(linter):
    # Before the finding, "é" is 2 UTF-8 bytes (vim) and "’" 3; each is one UTF-16 unit (LSP).
    data = (
        b"From: a@example.com\nTo: b@example.com\nSubject: Hi\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + "Réponse : c’est à cause de vous.\n".encode("utf-8")
    )
    got = {unit: [s[:5] for s in spans_of(lint(linter, data, "draft.eml", "fr", unit))]
           for unit in ("char", "byte", "utf16")}
    assert got["char"] == [("accusatory.fault", 8, 17, 8, 32)]
    assert got["byte"] == [("accusatory.fault", 8, 20, 8, 36)]
    assert got["utf16"] == [("accusatory.fault", 8, 17, 8, 32)]


def test_unreadable_inputs_are_refused_on_one_line_each():
    names = ["binary.txt", "broken-charset.eml", "unknown-charset.eml"]
    status, out, err = run_cli("check", *(str(FIXTURES / n) for n in names))
    assert (status, out) == (2, "")
    assert err.splitlines() == [
        f"tone-lint: error: {FIXTURES / 'binary.txt'}: binary file (contains NUL bytes), not a text draft",
        f"tone-lint: error: {FIXTURES / 'broken-charset.eml'}:10: the text/plain part says charset 'utf-8',"
        " but byte 0xe0 is not valid in it",
        f"tone-lint: error: {FIXTURES / 'unknown-charset.eml'}:8: unknown charset 'x-klingon' in the text/plain part",
    ]


def test_a_refused_file_does_not_stop_the_others():
    status, out, err = run_cli("check", "--format", "line", str(FIXTURES / "binary.txt"),
                               str(FIXTURES / "reply-quoted.eml"))
    assert status == 2
    assert err.count("\n") == 1 and "binary.txt" in err
    assert out.startswith(f"{FIXTURES / 'reply-quoted.eml'}:11:1: warning:")
