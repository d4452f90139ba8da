"""The control header is found and cut out on raw bytes; every other byte stays."""
from tone_lint.hooks.headers import fields, override_requested, strip_control_header, subject

CRLF_MESSAGE = (
    b"From: Ann <ann@example.com>\r\n"
    b"X-Tone-Lint: send\r\n"
    b"To: bob@example.com,\r\n\tcarol@example.com\r\n"
    b"Subject: =?utf-8?q?Caf=C3=A9?=\r\n"
    b"\r\n"
    b"X-Tone-Lint: send\r\n"  # in the body: not a header, must stay
    b"caf\xc3\xa9 \xff no final newline"
)


def test_strip_removes_exactly_the_control_lines():
    out = strip_control_header(CRLF_MESSAGE)
    assert out == CRLF_MESSAGE.replace(b"X-Tone-Lint: send\r\n", b"", 1)


def test_strip_removes_folded_continuation_and_any_value():
    msg = b"X-TONE-LINT: hold\n  more\nSubject: hi\n\nbody\n"
    assert strip_control_header(msg) == b"Subject: hi\n\nbody\n"


def test_strip_without_control_header_returns_same_bytes():
    msg = b"Subject: hi\n\nX-Tone-Lint: send\n"
    assert strip_control_header(msg) is msg


def test_override_needs_send_value_in_the_header_block():
    assert override_requested(CRLF_MESSAGE)
    assert override_requested(b"x-tone-lint:   SEND  \n\nbody")
    assert not override_requested(b"X-Tone-Lint: hold\n\nbody")
    assert not override_requested(b"Subject: hi\n\nX-Tone-Lint: send\n")


def test_fields_skip_mbox_separator_and_unfold():
    msg = b"From 1234 Mon Sep 17 00:00:00 2001\nSubject: a\n b\n\nbody"
    (name, value, start, end), = fields(msg)
    assert (name, value) == (b"subject", b"a b")
    assert msg[start:end] == b"Subject: a\n b\n"


def test_subject_decodes_encoded_words():
    assert subject(CRLF_MESSAGE) == "Café"
    assert subject(b"To: x\n\nbody") == ""
