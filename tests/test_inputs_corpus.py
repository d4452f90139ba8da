"""Real-world and odd-shaped messages: `tone-lint check` ends with 0 or 1, never a traceback.

Three sources: CPython's own email test messages (Lib/test/test_email/data) wherever a Python
on this machine ships them; messages of every MIME shape built here with the stdlib `email`
package; and random corruptions of the fixtures (hypothesis), which must either read or be
refused with an InputError, never crash.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
import email.charset
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from inputs_helpers import FIXTURES
from tone_lint import inputs
from tone_lint.errors import InputError


def _cpython_message_dirs() -> list[str]:
    found = set()
    for base in {sys.base_prefix, sys.prefix, "/usr", "/usr/local", os.path.expanduser("~/.pyenv/versions")}:
        found.update(glob.glob(os.path.join(base, "**", "test", "test_email", "data"), recursive=True)
                     if base.endswith("versions") else
                     glob.glob(os.path.join(base, "lib", "python3*", "test", "test_email", "data")))
    return sorted(found)


def _unique_messages(dirs: list[str], into: Path) -> int:
    """Copy each distinct msg_*.txt once (every Python version ships much the same set)."""
    seen = set()
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "msg_*.txt"))):
            data = Path(path).read_bytes()
            digest = hashlib.sha1(data).hexdigest()[:10]
            if digest not in seen:
                seen.add(digest)
                (into / f"{Path(path).stem}-{digest}.txt").write_bytes(data)
    return len(seen)


def _check_folder(folder: Path) -> dict:
    # English rules only: loading the French lemma tables would double the run for nothing here.
    status, out, err = run_cli("check", "--format", "json", "--lang", "en", str(folder))
    assert "Traceback" not in err
    assert status in (0, 1), err
    assert err == ""
    return json.loads(out)


@pytest.mark.skipif(not _cpython_message_dirs(), reason="no CPython test_email data on this machine")
def test_cpython_email_test_messages(tmp_path):
    count = _unique_messages(_cpython_message_dirs(), tmp_path)
    doc = _check_folder(tmp_path)
    assert len(doc["files"]) == count
    # Two of them are not messages at all (a digest body, plain text): read as text.
    kinds = [f["kind"] for f in doc["files"]]
    assert kinds.count("mail") >= count - 3
    # Where the body was copied as is, each reported span is the file's text at that place.
    for entry in doc["files"]:
        raw = (tmp_path / Path(entry["path"]).name).read_bytes()
        lines = raw.decode("utf-8", "replace").split("\n") if raw.isascii() else None
        for d in entry["diagnostics"]:
            if lines is not None and "element" not in d and d["line"] == d["end_line"]:
                assert lines[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1] == d["text"]


def _shapes() -> dict[str, bytes]:
    """Messages of every MIME shape, built with the standard library."""
    out: dict[str, bytes] = {}

    def head(m, subject):
        m["From"] = "Ann <ann@example.com>"
        m["To"] = "Bob <bob@example.com>"
        m["Subject"] = subject
        return m

    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Plain: you never answer.\n", "plain", "utf-8"))
    related = MIMEMultipart("related")
    related.attach(MIMEText("<p>Html: because of you</p>", "html", "utf-8"))
    related.attach(MIMEApplication(b"\x89PNG\r\n\x1a\n\x00\x00", "png"))
    alt.attach(related)
    mixed = head(MIMEMultipart("mixed"), "Nested")
    mixed.attach(alt)
    mixed.attach(MIMEApplication(b"%PDF-1.4\n\x00\x01\x02", "pdf", Name="a.pdf"))
    out["nested.eml"] = mixed.as_bytes()

    inner = head(MIMEText("Forwarded: AGAIN!!!\n"), "Inner")
    fwd = head(MIMEMultipart("mixed"), "Fwd: Inner")
    fwd.attach(MIMEText("See below.\n"))
    fwd.attach(MIMEMessage(inner))
    out["rfc822.eml"] = fwd.as_bytes()

    digest = head(MIMEMultipart("digest"), "Digest")
    digest.attach(MIMEMessage(head(MIMEText("one\n"), "1")))
    digest.attach(MIMEMessage(head(MIMEText("two\n"), "2")))
    out["digest.eml"] = digest.as_bytes()

    bad64 = head(MIMEBase("text", "plain", charset="utf-8"), "Bad base64")
    bad64["Content-Transfer-Encoding"] = "base64"
    bad64.set_payload("WW91IG5ldmVyIHJlcGx5!!IGFuc3dlcg\n***=\nQUdBSU4")  # "You never reply", then damage
    out["bad-base64.eml"] = bad64.as_bytes()

    b64_16 = head(MIMEText("utf-16 in base64: because of you\n", "plain", "utf-16"), "utf-16")
    out["base64-utf16.eml"] = b64_16.as_bytes()

    qp = email.charset.Charset("utf-8")
    qp.body_encoding = email.charset.QP
    qp_html = head(MIMEText("<p>Caf\u00e9 &amp; th\u00e9" + " x" * 40 + " you never answer</p>", "html", qp), "qp")
    out["qp-html.eml"] = qp_html.as_bytes()

    signed = head(MIMEMultipart("signed", protocol="application/pgp-signature"), "Signed")
    signed.attach(MIMEText("Signed words.\n"))
    signed.attach(MIMEApplication(b"-----BEGIN PGP SIGNATURE-----\n", "pgp-signature"))
    out["signed.eml"] = signed.as_bytes()

    deep = MIMEText("Deep down.\n")
    for _ in range(40):
        wrap = MIMEMultipart("mixed")
        wrap.attach(deep)
        deep = wrap
    out["deep.eml"] = head(deep, "Deep").as_bytes()

    hdr = b"From: ann@example.com\nTo: bob@example.com\nSubject: Plain\n"
    out["no-boundary.eml"] = hdr + b"Content-Type: multipart/mixed\n\nNo boundary here.\n"
    out["boundary-never-found.eml"] = hdr + b'Content-Type: multipart/mixed; boundary="zz"\n\nNo parts.\n'
    out["unclosed-boundary.eml"] = hdr + b'Content-Type: multipart/mixed; boundary="zz"\n\n--zz\n\nOpen part.\n'
    out["unknown-charset-ascii.eml"] = hdr + b"Content-Type: text/plain; charset=x-nope\n\nOnly ASCII.\n"
    out["8bit-latin1-undeclared.eml"] = hdr + "\nD\u00e9j\u00e0 vu: it broke because of you.\n".encode("latin-1")
    out["bad-subject-charset.eml"] = (
        b"From: a@example.com\nTo: b@example.com\nSubject: =?x-nope?q?=E9t=E9?= and =?utf-8?q?=FF?=\n\nBody.\n")
    out["headers-only.eml"] = b"From: a@example.com\nTo: b@example.com\nSubject: Just a subject\n"
    out["crlf.eml"] = head(MIMEText("Line one.\nYou never answer.\n"), "crlf").as_bytes().replace(b"\n", b"\r\n")
    out["empty.txt"] = b""
    out["weird-cte.eml"] = hdr + b"Content-Transfer-Encoding: x-uuencode\n\nbegin 644 a\nend\n"
    out["html-broken.eml"] = hdr + b"Content-Type: text/html\n\n<p>Unclosed <b>tags &bogus; &#xZZ; <!-- x\n"
    return out


def test_every_mime_shape_reads(tmp_path):
    shapes = _shapes()
    for name, data in shapes.items():
        (tmp_path / name).write_bytes(data)
    doc = _check_folder(tmp_path)
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    assert set(by_name) == set(shapes)
    texts = {name: [d["text"] for d in entry["diagnostics"] if "element" not in d] for name, entry in by_name.items()}
    assert texts == {
        "nested.eml": ["you never answer"],  # the text/plain alternative, not the HTML one
        "rfc822.eml": [],  # a forwarded message is not the writer's voice
        "digest.eml": [],
        "bad-base64.eml": ["You never reply"],  # each damaged line decoded on its own
        "base64-utf16.eml": ["because of you"],
        "qp-html.eml": ["you never answer"],
        "signed.eml": [],
        "deep.eml": [],  # nesting past the limit is masked, not read as text
        "no-boundary.eml": [],
        "boundary-never-found.eml": [],
        "unclosed-boundary.eml": [],
        "unknown-charset-ascii.eml": [],
        "8bit-latin1-undeclared.eml": ["because of you"],
        "bad-subject-charset.eml": [],
        "headers-only.eml": [],
        "crlf.eml": ["You never answer"],
        "empty.txt": [],
        "weird-cte.eml": [],
        "html-broken.eml": [],
    }
    lines = {name: entry["diagnostics"][0]["line"] for name, entry in by_name.items() if entry["diagnostics"]}
    assert lines == {"nested.eml": 17, "bad-base64.eml": 8, "base64-utf16.eml": 8, "qp-html.eml": 9,
                     "8bit-latin1-undeclared.eml": 5, "crlf.eml": 9}


def test_undecodable_8bit_body_in_an_unknown_charset_is_the_one_refusal(tmp_path):
    path = tmp_path / "unknown-charset-8bit.eml"
    path.write_bytes(b"From: a@example.com\nTo: b@example.com\nSubject: x\n"
                     b"Content-Type: text/plain; charset=x-nope\n\n\xe9t\xe9\n")
    status, out, err = run_cli("check", str(path))
    assert (status, out) == (2, "")
    assert err == f"tone-lint: error: {path}:6: unknown charset 'x-nope' in the text/plain part\n"


_SEEDS = [p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.name != "binary.txt"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    cuts=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 60), st.binary(max_size=12)), max_size=4),
    name=st.sampled_from(["draft", "d.txt", "d.md", "d.eml", "d.patch", "d.html"]),
)
def test_corrupted_inputs_read_or_are_refused(seed, cuts, name):
    data = seed
    for at, length, insert in cuts:
        at %= len(data) + 1
        data = data[:at] + insert + data[at + length :]
    try:
        src = inputs.load(data, name)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert len(src.text) == len(src.display)
    n_lines = max(data.count(b"\n"), data.count(b"\n\x00"), data.count(b"\x00\n")) + 1
    for offset in range(0, len(src.display) + 1, max(1, len(src.display) // 50)):
        for end in (False, True):
            line, col = src.position(offset, "utf16", end=end)
            assert 1 <= line <= n_lines and col >= 1
