"""What the hooks lint in a message: not headers, not attachments, not a patch's diff; and the
positions of what they do lint stay those of the message."""
import base64

import pytest

from tone_lint.hooks.lint import compact, lint
from tone_lint.hooks.sendmail import LintOptions

ATTACHMENT = base64.encodebytes(b"THE QUICK BROWN FOX!!! " * 4000)
MESSAGE = (
    b"From: Ann <ann@example.com>\r\nSubject: Late because of you\r\n"
    b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
    b"--XX\r\nContent-Type: text/plain\r\n\r\nHi Bob,\r\n\r\nThe report is attached.\r\n"
    b"--XX\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + ATTACHMENT.replace(b"\n", b"\r\n")
    + b"--XX\r\nContent-Type: text/plain\r\n\r\nP.S. You never answer my emails.\r\n--XX--\r\n"
)


@pytest.fixture(scope="module")
def result():
    return lint(MESSAGE, "m.eml", LintOptions(lang="en"))


def test_only_the_subject_and_text_parts_are_linted(result):
    assert [(f.rule, result.source.display[f.start:f.end]) for f in result.findings] == [
        ("accusatory.fault", "because of you"), ("accusatory.you-always-never", "You never answer")]


def test_positions_are_the_message_lines_and_columns(result):
    finding = result.findings[-1]
    line = MESSAGE.split(b"\r\n").index(b"P.S. You never answer my emails.") + 1
    assert result.source.position(finding.start) == (line, 6)
    assert result.source.line_text(line) == "P.S. You never answer my emails."


def test_attachment_is_not_handed_to_the_tokenizer_in_full(result):
    # one line break left per attachment line, nothing else
    assert len(result.source.display) < len(MESSAGE) // 40


def test_compact_keeps_lines_and_partial_line_columns():
    text = "ab\ncd MASK\nxxxxxxxxxx\nxxx\nMASK ef\ngh"
    start, end = text.index("MASK"), text.rindex("MASK") + 4
    out, masked = compact(text, [(start, end)])
    assert out == "ab\ncd MASK\n\n\nMASK ef\ngh"
    assert masked == [(6, 6 + len("MASK\n\n\nMASK"))]
    assert out.splitlines()[4].index("ef") == text.splitlines()[4].index("ef")
