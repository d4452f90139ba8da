"""neomutt in batch mode, with `set sendmail="tone-lint sendmail ..."`: clean mail goes out
exactly as neomutt wrote it, an angry one is held and neomutt reports the failure."""
import os
import re
import shutil
import subprocess
import sys

import pytest

from tone_lint.hooks.queue import HeldQueue

NEOMUTT = shutil.which("neomutt")
pytestmark = pytest.mark.skipif(NEOMUTT is None, reason="neomutt is not installed (Debian package neomutt)")

CLEAN = "Hi Bob,\n\nThe files are attached; I will call you on Monday.\n\nBest,\nAnn\n"
ANGRY = "Bob,\n\nYou never answer my emails, and we are late because of you.\n\nAnn\n"


@pytest.fixture
def box(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Mail").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("TONE_LINT_SEND", raising=False)
    # The sendmail at the end of the chain: records its arguments and the bytes it was given.
    fake = tmp_path / "fake-sendmail"
    fake.write_text("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$OUT.args\"\ncat > \"$OUT.eml\"\n")
    # A recorder in front of tone-lint: keeps exactly what neomutt piped, then hands over.
    record = tmp_path / "record"
    record.write_text("#!/bin/sh\ntee \"$OUT.given\" | exec \"$@\"\n")
    # Absolute interpreter path: neomutt runs argv[0] as the basename, which would lose the venv.
    tone_lint = tmp_path / "tone-lint"
    tone_lint.write_text(f"#!/bin/sh\nexec '{sys.executable}' -m tone_lint \"$@\"\n")
    for script in (fake, record, tone_lint):
        script.chmod(0o755)
    return tmp_path


def neomutt(box, sendmail, body, out):
    muttrc = box / f"muttrc-{out}"
    muttrc.write_text(
        'set from="Ann Example <ann@example.com>"\nset use_from=yes\nset hostname=example.com\n'
        f'set record=""\nset copy=no\nset folder="{box}/home/Mail"\nset spoolfile="{box}/home/Mail/inbox"\n'
        f'set sendmail="{sendmail}"\n'
    )
    return subprocess.run([NEOMUTT, "-n", "-F", str(muttrc), "-s", "The files", "--", "bob@example.com"],
                          input=body.encode(), capture_output=True, timeout=60,
                          env={**os.environ, "OUT": str(box / out)})


def normalise(message: bytes) -> bytes:
    """Date and Message-ID differ between two neomutt runs; nothing else may."""
    message = re.sub(rb"(?m)^Date: .*$", b"Date: X", message)
    return re.sub(rb"(?m)^Message-ID: .*$", b"Message-ID: X", message)


def test_clean_message_goes_out_byte_identical(box):
    plain = neomutt(box, f"{box}/fake-sendmail -oem -oi", CLEAN, "plain")
    assert plain.returncode == 0, plain.stderr
    wrapped = neomutt(box, f"{box}/record {box}/tone-lint sendmail {box}/fake-sendmail -oem -oi", CLEAN, "wrapped")
    assert wrapped.returncode == 0, wrapped.stderr
    sent = (box / "wrapped.eml").read_bytes()
    assert sent == (box / "wrapped.given").read_bytes()  # what tone-lint got is what left, byte for byte
    assert normalise(sent) == normalise((box / "plain.eml").read_bytes())
    assert CLEAN.encode() in sent
    assert (box / "wrapped.args").read_text() == (box / "plain.args").read_text() == "-oem\n-oi\n--\nbob@example.com\n"
    assert HeldQueue().entries() == []


def test_angry_message_is_held_and_neomutt_reports_it(box):
    proc = neomutt(box, f"{box}/record {box}/tone-lint sendmail {box}/fake-sendmail -oem -oi", ANGRY, "angry")
    assert proc.returncode != 0
    assert not (box / "angry.eml").exists()
    (entry,) = HeldQueue().entries()
    assert entry.read_message() == (box / "angry.given").read_bytes()
    assert entry.command == [f"{box}/fake-sendmail", "-oem", "-oi", "--", "bob@example.com"]
    err = proc.stderr.decode()
    assert "[accusatory.you-always-never]" in err and "[accusatory.fault]" in err
    assert "child exited 75" in err
    # Sent later, after re-reading: the exact bytes neomutt wrote.
    send = subprocess.run([str(box / "tone-lint"), "held", "send", entry.id], capture_output=True,
                          env={**os.environ, "OUT": str(box / "angry")})
    assert send.returncode == 0
    assert (box / "angry.eml").read_bytes() == (box / "angry.given").read_bytes()
