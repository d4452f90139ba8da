"""The held queue round-trips a message (hold, list, show, send, drop) without losing a byte."""
import os
import subprocess
import sys

import pytest

from tone_lint.errors import ToneLintError
from tone_lint.hooks.queue import HeldQueue

# CRLF, a folded header, an encoded subject, Latin-1 bytes (not UTF-8: tone-lint cannot decode
# it, so it is kept as an error) and no final newline: every byte must come back.
LATIN1 = (
    b"From: Ann <ann@example.com>\r\nTo: bob@example.com,\r\n carol@example.com\r\n"
    b"Subject: =?iso-8859-1?q?caf=E9?=\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"\r\nOn se voit au caf\xe9 ?\r\n-- \r\nAnn"
)
ANGRY = b"From: Ann <ann@example.com>\nSubject: Files\n\nBob,\n\nIt is because of you that we are late.\n"


@pytest.fixture
def env(tmp_path, monkeypatch):
    values = {"HOME": str(tmp_path / "home"), "XDG_STATE_HOME": str(tmp_path / "state")}
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("TONE_LINT_SEND", raising=False)
    sink = tmp_path / "sink"
    sink.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{tmp_path}/args'\ncat > '{tmp_path}/out.eml'\n")
    sink.chmod(0o755)
    return tmp_path


def cli(*args, input=b""):
    proc = subprocess.run([sys.executable, "-m", "tone_lint", *args], input=input, capture_output=True,
                          env={**os.environ, "NO_COLOR": "1"})
    return proc.returncode, proc.stdout, proc.stderr.decode()


def test_round_trip_hold_list_show_send(env):
    sink = str(env / "sink")
    status, _, err = cli("sendmail", sink, "-oi", "bob@example.com", input=ANGRY)
    (entry,) = HeldQueue().entries()
    assert status == 75
    assert f"{entry.id}.eml:6:7: warning:" in err and "[accusatory.fault]" in err

    status, out, _ = cli("held", "list")
    lines = out.decode().splitlines()
    assert status == 0 and len(lines) == 2
    assert lines[0].split() == [entry.id, "held", "sendable", "now", "Files"]
    assert lines[1].strip() == f"1 finding at or above warning  -> {sink} -oi bob@example.com"

    status, out, _ = cli("held", "show", entry.id[:12])
    assert status == 0
    head, rest = out.split(b"--- message ---\n")
    message, findings = rest.split(b"--- findings ---\n")
    assert message == ANGRY
    assert f"  status:   sendable now with `tone-lint held send {entry.id}`".encode() in head
    assert f"{entry.id}.eml:6:7: warning:".encode() in findings

    assert cli("held", "show", "--raw", entry.id)[1] == ANGRY
    status, _, err = cli("held", "send", entry.id)
    assert (status, err) == (0, f"sent {entry.id}\n")
    assert (env / "out.eml").read_bytes() == ANGRY
    assert (env / "args").read_text() == "-oi\nbob@example.com\n"
    assert cli("held", "list")[1] == b"No held messages.\n"


def test_round_trip_of_undecodable_message_then_drop(env):
    status, _, err = cli("sendmail", str(env / "sink"), input=LATIN1)
    assert status == 75 and "byte 0xe9 is not valid in it" in err
    (entry,) = HeldQueue().entries()
    assert entry.state == "error"
    assert cli("held", "show", "--raw", entry.id)[1] == LATIN1
    status, out, _ = cli("held", "list")
    assert out.decode().splitlines()[0].split()[:2] == [entry.id, "error"]
    assert "café" in out.decode()
    status, _, err = cli("held", "drop", entry.id)
    assert (status, err) == (0, f"dropped {entry.id}\n")
    assert not (env / "out.eml").exists()
    assert HeldQueue().entries() == []
    assert list((env / "state" / "tone-lint" / "held").iterdir()) == []


def test_unknown_and_ambiguous_ids_are_one_line_errors(env):
    q = HeldQueue()
    a, b = q.add(b"a", ["true"]), q.add(b"b", ["true"])
    status, _, err = cli("held", "send", "nope")
    assert status == 2 and err == "tone-lint: error: nope: no such held message (see `tone-lint held list`)\n"
    common = os.path.commonprefix([a.id, b.id])
    with pytest.raises(ToneLintError, match="ambiguous"):
        q.get(common)
    assert q.get(a.id).read_message() == b"a"


def test_a_crash_while_queueing_leaves_no_half_entry(env, monkeypatch):
    def fail(*a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tone_lint.hooks.queue.os.rename", fail)
    with pytest.raises(OSError):
        HeldQueue().add(b"message", ["true"])
    assert list((env / "state" / "tone-lint" / "held").iterdir()) == []


def test_relative_xdg_state_home_is_ignored(env, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    assert HeldQueue().root == env / "home" / ".local" / "state" / "tone-lint" / "held"


def test_a_message_being_sent_cannot_be_sent_twice(env):
    entry = HeldQueue().add(ANGRY, [str(env / "sink")])
    with entry.lock():
        status, _, err = cli("held", "send", entry.id)
    assert status == 2 and "another tone-lint is sending this message" in err
    assert not (env / "out.eml").exists()
    assert cli("held", "send", entry.id)[0] == 0
    assert (env / "out.eml").read_bytes() == ANGRY
