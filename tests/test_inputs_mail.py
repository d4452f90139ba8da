"""Messages (RFC 5322 / MIME) through `inputs.load`: what is linted, what is masked, and where an
offset lands in the file. No spaCy here: `Source.text` is exactly what the rules see."""
from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from tone_lint import inputs
from tone_lint.errors import InputError


def linted(src) -> list[str]:
    """The words the rules see."""
    return src.text.split()


def at(src, needle: str, nth: int = 0) -> tuple[int, int, int, int]:
    """(line, col, end_line, end_col) in the file of the nth `needle` that is linted."""
    start = -1
    for _ in range(nth + 1):
        start = src.text.index(needle, start + 1)
    return (*src.position(start), *src.position(start + len(needle), end=True))


def msg(headers: str, body: bytes, nl: bytes = b"\n") -> bytes:
    return headers.replace("\n", nl.decode()).encode("ascii") + nl + body


PLAIN = "From: a@example.com\nTo: b@example.com\nSubject: {subject}\nMIME-Version: 1.0\n"


def test_compose_file_lints_subject_and_body_only():
    data = msg(PLAIN.format(subject="Late again") + "X-Note: you never answer\n", b"Body text.\n")
    src = inputs.load(data, "neomutt-host-1000-1-2")
    assert src.kind == "mail"
    assert linted(src) == ["Late", "again", "Body", "text."]
    assert at(src, "Late") == (3, 10, 3, 14)
    assert at(src, "Body") == (7, 1, 7, 5)


def test_crlf_message_keeps_columns():
    data = msg(PLAIN.format(subject="Hi"), b"First line.\r\nYou never answer.\r\n", nl=b"\r\n")
    src = inputs.load(data, "saved.txt")
    assert src.kind == "mail"
    assert at(src, "never") == (7, 5, 7, 10)


def test_rfc2047_subject_is_decoded_and_mapped_to_the_encoded_word():
    data = msg(
        "From: a@example.com\nTo: b@example.com\n"
        "Subject: =?utf-8?q?R=C3=A9ponse=3A_because_of?=\n =?utf-8?b?IHlvdQ==?= now\n",
        b"ok\n",
    )
    src = inputs.load(data, "m.eml")
    assert linted(src)[:5] == ["Réponse:", "because", "of", "you", "now"]
    # "because" starts after "=?utf-8?q?R=C3=A9ponse=3A_" on line 3.
    assert at(src, "because") == (3, 36, 3, 43)
    # " you" comes from the base64 word on the folded line 4: at least the right line.
    assert src.position(src.text.index("you"))[0] == 4
    assert at(src, "now") == (4, 23, 4, 26)


def test_multipart_alternative_prefers_text_plain():
    data = msg(
        PLAIN.format(subject="Hi") + 'Content-Type: multipart/alternative; boundary="b1"\n',
        b"preamble you never see\n--b1\nContent-Type: text/plain; charset=us-ascii\n\nPlain words.\n"
        b"--b1\nContent-Type: text/html\n\n<p>Html words.</p>\n--b1--\nepilogue\n",
    )
    src = inputs.load(data, "m.eml")
    assert linted(src) == ["Hi", "Plain", "words."]
    assert at(src, "Plain") == (11, 1, 11, 6)


def test_html_part_inside_related_inside_alternative_when_no_text_plain():
    data = msg(
        PLAIN.format(subject="Hi") + 'Content-Type: multipart/alternative; boundary="outer"\n',
        b"--outer\nContent-Type: multipart/related; boundary=\"inner\"\n\n"
        b"--inner\nContent-Type: text/html; charset=utf-8\n\n<div>Fine &amp; <b>angry</b></div>\n"
        b"--inner\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--inner--\n"
        b"--outer--\n",
    )
    src = inputs.load(data, "m.eml")
    assert linted(src) == ["Hi", "Fine", "&", "angry"]
    assert at(src, "angry") == (13, 20, 13, 25)
    assert at(src, "&") == (13, 11, 13, 16)  # the whole "&amp;" in the file


def test_attachments_and_forwarded_messages_are_skipped():
    data = msg(
        PLAIN.format(subject="Hi") + 'Content-Type: multipart/mixed; boundary="m"\n',
        b"--m\nContent-Type: text/plain\n\nMy words.\n"
        b"--m\nContent-Type: text/plain; name=\"log.txt\"\nContent-Disposition: attachment; filename=\"log.txt\"\n\n"
        b"You never answer (a log file)\n"
        b"--m\nContent-Type: message/rfc822\n\nFrom: c@example.com\nSubject: AGAIN\n\nBecause of you!!!\n"
        b"--m\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--m--\n",
    )
    src = inputs.load(data, "m.eml")
    assert linted(src) == ["Hi", "My", "words."]


def test_base64_body_maps_to_the_right_file_line():
    text = "First line of the message.\nSecond line: you never answer.\n"
    encoded = base64.encodebytes(text.encode("utf-8"))  # 76-char lines
    data = msg(PLAIN.format(subject="Hi") + "Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: base64\n", encoded)
    src = inputs.load(data, "m.eml")
    assert linted(src)[-3:] == ["you", "never", "answer."]
    b64_lines = encoded.decode().splitlines()
    assert len(b64_lines) == 2
    # "never" is bytes 44-48 of the payload: base64 characters 58-65 of the first encoded line.
    assert at(src, "never") == (8, 59, 8, 67)


def test_quoted_printable_soft_breaks_and_escapes():
    body = b"Caf=C3=A9 d=C3=A9j=C3=A0 servi, mais vous ne r=C3=A9pondez jam=\nais, c'est =C3=A0 cause de vous=\n.\n"
    data = msg(PLAIN.format(subject="Hi") + "Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: quoted-printable\n", body)
    src = inputs.load(data, "m.eml")
    assert "Café déjà servi, mais vous ne répondez jamais, c'est à cause de vous." in src.text
    assert at(src, "jamais") == (8, 60, 9, 4)
    assert at(src, "à cause de vous") == (9, 12, 9, 32)
    assert at(src, "Café") == (8, 1, 8, 10)


@pytest.mark.parametrize(
    "charset, raw, expected",
    [
        ("iso-8859-1", "Déjà réglé".encode("latin-1"), "Déjà réglé"),
        ("iso-8859-15", "Coût : 100 €".encode("iso-8859-15"), "Coût : 100 €"),
        ("windows-1252", "C’est “fini”".encode("cp1252"), "C’est “fini”"),
        ("us-ascii", b"Plain ASCII", "Plain ASCII"),
        ("x-unknown-but-ascii", b"Plain ASCII", "Plain ASCII"),
        ("koi8-r", "Привет".encode("koi8-r"), "Привет"),
    ],
)
def test_charsets_8bit(charset, raw, expected):
    data = msg(PLAIN.format(subject="Hi") + f"Content-Type: text/plain; charset={charset}\n"
               "Content-Transfer-Encoding: 8bit\n", raw + b"\n")
    src = inputs.load(data, "m.eml")
    assert src.text.rstrip().endswith(expected)
    assert at(src, expected) == (8, 1, 8, 1 + len(expected))


def test_broken_and_unknown_charsets_are_one_line_errors():
    bad_utf8 = msg(PLAIN.format(subject="Hi") + "Content-Type: text/plain; charset=utf-8\n"
                   "Content-Transfer-Encoding: quoted-printable\n", b"line one\nd=E9j=E0\n")
    with pytest.raises(InputError) as exc:
        inputs.load(bad_utf8, "m.eml")
    assert str(exc.value) == "m.eml:9: the text/plain part says charset 'utf-8', but byte 0xe9 is not valid in it"
    unknown = msg(PLAIN.format(subject="Hi") + "Content-Type: text/plain; charset=klingon\n", b"\xe9\n")
    with pytest.raises(InputError) as exc:
        inputs.load(unknown, "m.eml")
    assert str(exc.value) == "m.eml:7: unknown charset 'klingon' in the text/plain part"


def test_multipart_without_boundary_is_read_as_its_text():
    data = msg(PLAIN.format(subject="Hi") + "Content-Type: multipart/mixed\n", b"Readable body.\n")
    assert linted(inputs.load(data, "m.eml")) == ["Hi", "Readable", "body."]


def test_unknown_transfer_encoding_and_bad_base64_do_not_crash():
    data = msg(PLAIN.format(subject="Hi") + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n",
               b"WW91IG5ldmVy!!IGFuc3dlcg\n@@@\n")
    assert linted(inputs.load(data, "m.eml")) == ["Hi", "You", "never", "answer"]


def test_headers_without_a_blank_line_before_the_body():
    data = b"From: a@example.com\nTo: b@example.com\nSubject: Hi\nthe body starts here\n"
    src = inputs.load(data, "m.txt")
    assert src.kind == "mail"
    assert linted(src) == ["Hi", "the", "body", "starts", "here"]


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"Re: the invoice\n\nYou never answer.\n", "text"),
        (b"Note: a memo\nTodo: call\n\nBody\n", "text"),
        (b"To: bob@example.com\nSubject: Hi\n\nBody\n", "mail"),
        (b"From bob@example.com Mon Jun  3 10:00:00 2024\nFrom: bob@example.com\nSubject: Hi\n\nBody\n", "mail"),
        (b"\xef\xbb\xbfFrom: a@example.com\nSubject: Hi\n\nBody\n", "mail"),
        (b"Subject: [PATCH] fix\nFrom: a@example.com\n\nmsg\n---\n a | 1 +\n", "patch"),
    ],
)
def test_kind_by_content(data, kind):
    assert inputs.load(data, "draft").kind == kind


def test_markdown_mail_body_when_the_compose_file_is_markdown():
    data = b"From: a@example.com\nSubject: Hi\n\nSee `you never answer` and [docs](http://x/AGAIN).\n"
    src = inputs.load(data, "neomutt-1.md")
    assert src.kind == "mail"
    assert linted(src) == ["Hi", "See", "and", "[docs]", "."]


def test_patch_mail_masks_tag_trailers_and_diff():
    data = (
        b"From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n"
        b"From: A <a@example.com>\nSubject: [PATCH 2/2] Fix it\n\nWhy this fix.\n\n"
        b"Reported-by: Angry Person <x@example.com>\nSigned-off-by: A <a@example.com>\n---\n"
        b" a.py | 2 +-\n\ndiff --git a/a.py b/a.py\n-You never answer\n+AGAIN\n-- \n2.42.0\n"
    )
    src = inputs.load(data, "0002-fix.patch")
    assert src.kind == "patch"
    assert linted(src) == ["Fix", "it", "Why", "this", "fix."]


def test_every_offset_maps_inside_the_file():
    # Positions never run off the file, whatever the offset (start or end reading).
    data = (FIXTURES_DIR / "html-only.eml").read_bytes()
    src = inputs.load(data, "html-only.eml")
    n_lines = data.count(b"\n") + 1
    for offset in range(0, len(src.display) + 1, 7):
        for end in (False, True):
            line, col = src.position(offset, end=end)
            assert 1 <= line <= n_lines and col >= 1


from inputs_helpers import FIXTURES as FIXTURES_DIR  # noqa: E402


def test_a_format_patch_series_in_one_file_lints_each_message():
    one = (FIXTURES_DIR / "format-patch.patch").read_bytes()
    two = one.replace(b"[PATCH v2 1/3] Retry the upload, which fails because of you", b"[PATCH v2 2/3] Log it")
    two = two.replace(b"The upload failed AGAIN", b"The log was lost AGAIN")
    src = inputs.load(one + two, "series.mbox")
    assert src.kind == "patch"
    lines_one = one.count(b"\n")
    assert at(src, "because of you") == (4, 55, 4, 69)
    assert at(src, "AGAIN", nth=1) == (lines_one + 6, 18, lines_one + 6, 23)
    assert at(src, "Log it") == (lines_one + 4, 25, lines_one + 4, 31)
    assert "diff" not in src.text and "retries" not in src.text


def test_compose_file_without_mime_headers_is_utf8_when_it_decodes_as_utf8():
    # What neomutt hands the editor: raw UTF-8 headers and body, no Content-Type.
    data = "From: Agnès <a@example.fr>\nTo: b@example.fr\nSubject: Déjà réglé\n\nCafé, déjà : à cause de vous.\n"
    src = inputs.load(data.encode("utf-8"), "neomutt-host-1000-1-2")
    assert src.display == data
    assert at(src, "à cause de vous") == (5, 14, 5, 29)
    assert at(src, "réglé") == (3, 15, 3, 20)
    # The same file written by a latin-1 editor still reads.
    src = inputs.load(data.encode("latin-1"), "neomutt-host-1000-1-2")
    assert at(src, "à cause de vous") == (5, 14, 5, 29)


@pytest.mark.parametrize(
    "headers, body",
    [
        # A boundary no line could carry (found by fuzzing): read as a multipart without one.
        ('Content-Type: multipart/mixed; boundary*=utf-8\'\'%E2%82%AC\n', b"Body text.\n"),
        # UTF-16 without a BOM in base64 (found by fuzzing): the incremental decoder wants one.
        ("Content-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n",
         base64.encodebytes("Body text.\n".encode("utf-16-le"))),
    ],
)
def test_fuzzing_regressions(headers, body):
    src = inputs.load(msg(PLAIN.format(subject="Hi") + headers, body), "m.eml")
    assert linted(src)[-2:] == ["Body", "text."]
    assert src.position(src.text.index("Body"))[0] == 7 + headers.count("\n") - 1


@pytest.mark.parametrize("body", [b"", b"\n\n", b"====\n", b"***\n"])
def test_empty_or_hollow_base64_bodies(body):
    src = inputs.load(msg(PLAIN.format(subject="Hi") + "Content-Transfer-Encoding: base64\n", body), "m.eml")
    assert linted(src) == ["Hi"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=300))
def test_each_quoted_printable_character_maps_to_the_escape_it_came_from(text):
    import email.charset
    import quopri
    from email.mime.text import MIMEText

    qp = email.charset.Charset("utf-8")
    qp.body_encoding = email.charset.QP
    data = MIMEText(text + "\n", "plain", qp).as_bytes()
    src = inputs.load(data, "m.eml")
    body = src.display.index("\n\n") + 2
    assert src.display[body:] == text + "\n"
    file_text = src.origin.file_text

    for i in range(body, len(src.display)):
        start, end = src.origin.file_offset(i), src.origin.file_offset(i + 1, end=True)
        # The file text the character came from decodes back to the character.
        piece = file_text[start:end].replace("=\n", "")
        assert quopri.decodestring(piece.encode("ascii")).decode("utf-8") == src.display[i]
