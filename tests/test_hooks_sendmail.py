"""`tone-lint sendmail`: send a clean message untouched, hold a bad one, never lose one."""
import datetime as dt
import json
import os
import stat
import subprocess
import sys

import pytest

from tone_lint.hooks import sendmail
from tone_lint.hooks.queue import HeldQueue
from tone_lint.hooks.sendmail import EX_TEMPFAIL, LintOptions, run

CLEAN = (
    b"From: Ann <ann@example.com>\r\n"
    b"To: bob@example.com\r\n"
    b"Subject: The files\r\n"
    b"\r\n"
    b"Hi Bob,\r\n\r\nThe files are attached; caf\xc3\xa9 at ten?\r\n\r\nBest,\r\nAnn"
)
ANGRY = (
    b"From: Ann <ann@example.com>\n"
    b"To: bob@example.com\n"
    b"Subject: The files\n"
    b"\n"
    b"Bob,\n\nYou never answer my emails.\n"
)
FURIOUS = b"From: Ann <ann@example.com>\nSubject: The files\n\nBob,\n\nI'm FURIOUS!!!\n"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("TONE_LINT_SEND", raising=False)
    return tmp_path


@pytest.fixture
def fake(tmp_path):
    """A sendmail that records its arguments (NUL-separated) and stdin, and exits $FAKE_STATUS."""
    script = tmp_path / "fake-sendmail"
    script.write_text(
        "#!/bin/sh\n"
        f"printf '%s\\0' \"$@\" > '{tmp_path}/sent.args'\n"
        f"cat > '{tmp_path}/sent.eml'\n"
        "exit ${FAKE_STATUS:-0}\n"
    )
    script.chmod(0o755)

    class Fake:
        path = str(script)
        eml = tmp_path / "sent.eml"

        @staticmethod
        def args():
            return (tmp_path / "sent.args").read_bytes().decode().split("\0")[:-1]

    return Fake


def run_cli_bytes(*args, input=b"", env=None):
    proc = subprocess.run([sys.executable, "-m", "tone_lint", *args], input=input, capture_output=True,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})
    return proc.returncode, proc.stdout, proc.stderr.decode()


def only_entry():
    entries = HeldQueue().entries()
    assert len(entries) == 1, entries
    return entries[0]


def test_clean_message_is_sent_byte_for_byte_and_leaves_no_trace(home, fake, capsys):
    status = run([fake.path, "-oem", "-oi", "--", "bob@example.com"], LintOptions(), CLEAN)
    assert status == 0
    assert fake.eml.read_bytes() == CLEAN
    assert fake.args() == ["-oem", "-oi", "--", "bob@example.com"]
    assert HeldQueue().entries() == []
    assert capsys.readouterr().err == ""


def test_cli_hands_every_argument_after_command_to_it(home, fake):
    args = ["-f", "ann@example.com", "-B8BITMIME", "--fail-on", "never", "--", "-oi", "--help", "bob@example.com"]
    status, out, err = run_cli_bytes("sendmail", "--fail-on", "warning", fake.path, *args, input=CLEAN)
    assert (status, err) == (0, "")
    assert fake.args() == args
    assert fake.eml.read_bytes() == CLEAN


def test_angry_message_is_held_privately_and_nothing_is_sent(home, fake, capsys):
    status = run([fake.path, "-oi", "--", "bob@example.com"], LintOptions(), ANGRY)
    assert status == EX_TEMPFAIL
    assert not fake.eml.exists()
    entry = only_entry()
    err = capsys.readouterr().err
    assert f"{entry.id}.eml:7:1: warning:" in err and "[accusatory.you-always-never]" in err
    assert f"tone-lint held send {entry.id}" in err
    assert entry.read_message() == ANGRY
    assert entry.command == [fake.path, "-oi", "--", "bob@example.com"]
    assert entry.state == "held"
    assert [f["rule"] for f in entry.meta["findings"]] == ["accusatory.you-always-never"]
    state = home / "state" / "tone-lint"
    for d in (state, state / "held", entry.path):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700
    for f in entry.path.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600


def test_fail_on_error_lets_warnings_through(home, fake):
    assert run([fake.path], LintOptions(fail_on="error"), ANGRY) == 0
    assert fake.eml.read_bytes() == ANGRY


def test_message_is_queued_before_linting_and_a_crash_keeps_it(home, fake, monkeypatch, capsys):
    seen = []

    def crashing_lint(data, name, options, **_):
        seen.append([e.read_message() for e in HeldQueue().entries()])
        raise RuntimeError("boom")

    monkeypatch.setattr("tone_lint.hooks.lint.lint", crashing_lint)
    status = run([fake.path, "bob@example.com"], LintOptions(), CLEAN)
    assert status == EX_TEMPFAIL
    assert seen == [[CLEAN]]
    assert not fake.eml.exists()
    entry = only_entry()
    assert entry.state == "error"
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "internal error: RuntimeError: boom" in err and f"`tone-lint held send {entry.id}`" in err


def test_broken_pack_keeps_the_message_and_held_send_sends_it(home, fake, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("language: en\nrules: [{id: x, nonsense: 1}]\n")
    status, _, err = run_cli_bytes("sendmail", "--pack", str(bad), fake.path, "bob@example.com", input=CLEAN)
    assert status == EX_TEMPFAIL and not fake.eml.exists()
    entry = only_entry()
    assert err.startswith("tone-lint: error: ") and err.count("\n") == 1
    assert str(bad) in err and f"`tone-lint held send {entry.id}`" in err
    status, _, err = run_cli_bytes("held", "send", entry.id)
    assert (status, err) == (0, f"sent {entry.id}\n")
    assert fake.eml.read_bytes() == CLEAN and fake.args() == ["bob@example.com"]
    assert HeldQueue().entries() == []


@pytest.mark.parametrize("options, where", [
    (LintOptions(fail_on="loud"), "--fail-on"),
    (LintOptions(cool_off="soon"), "--cool-off"),
    (LintOptions(cool_off="-5"), "--cool-off"),
])
def test_bad_option_value_still_keeps_the_message(home, fake, capsys, options, where):
    assert run([fake.path], options, ANGRY) == EX_TEMPFAIL
    assert only_entry().read_message() == ANGRY
    assert f"error: {where}:" in capsys.readouterr().err


def test_missing_command_keeps_the_message(home, capsys):
    assert run([], LintOptions(), CLEAN) == EX_TEMPFAIL
    entry = only_entry()
    assert entry.read_message() == CLEAN
    assert f"`tone-lint held show {entry.id}`" in capsys.readouterr().err


def test_override_header_sends_and_is_removed_byte_exactly(home, fake):
    msg = ANGRY.replace(b"To: bob", b"X-Tone-Lint: send\nTo: bob")
    assert run([fake.path], LintOptions(), msg) == 0
    assert fake.eml.read_bytes() == ANGRY
    assert HeldQueue().entries() == []


def test_override_environment_variable_sends(home, fake, monkeypatch):
    monkeypatch.setenv("TONE_LINT_SEND", "1")
    assert run([fake.path], LintOptions(), ANGRY) == 0
    assert fake.eml.read_bytes() == ANGRY


def test_failing_command_keeps_the_message_and_says_so(home, fake, monkeypatch, capsys):
    monkeypatch.setenv("FAKE_STATUS", "3")
    assert run([fake.path, "bob@example.com"], LintOptions(), CLEAN) == 3
    entry = only_entry()
    assert entry.state == "send-failed" and entry.read_message() == CLEAN
    assert f"`tone-lint held send {entry.id}`" in capsys.readouterr().err


def test_command_that_cannot_run_keeps_the_message(home, tmp_path, capsys):
    missing = str(tmp_path / "no-such-sendmail")
    assert run([missing], LintOptions(), CLEAN) == EX_TEMPFAIL
    assert only_entry().read_message() == CLEAN
    err = capsys.readouterr().err
    assert missing in err and "nothing was sent" in err


def test_cool_off_holds_emotional_message_even_with_override(home, fake, monkeypatch):
    monkeypatch.setenv("TONE_LINT_SEND", "1")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    assert run([fake.path], LintOptions(cool_off=30), FURIOUS) == EX_TEMPFAIL
    entry = only_entry()
    assert entry.state == "held" and entry.meta["reason"].startswith("cool-off")
    assert entry.sendable_after - entry.created == dt.timedelta(minutes=30)
    assert entry.created >= before
    status, out, err = run_cli_bytes("held", "list")
    assert status == 0
    assert f"sendable from {sendmail.local(entry.sendable_after)}" in out.decode()
    status, _, err = run_cli_bytes("held", "send", entry.id)
    assert status == EX_TEMPFAIL and "cool-off until" in err
    assert not fake.eml.exists() and only_entry().read_message() == FURIOUS


def test_cool_off_ends_and_then_held_send_works(home, fake, monkeypatch):
    from click.testing import CliRunner

    from tone_lint.commands.held import held

    assert run([fake.path], LintOptions(cool_off=30), FURIOUS) == EX_TEMPFAIL
    entry = only_entry()
    clock = {"now": entry.sendable_after - dt.timedelta(seconds=1)}
    monkeypatch.setattr("tone_lint.hooks.queue.now", lambda: clock["now"])
    result = CliRunner().invoke(held, ["send", entry.id])
    assert result.exit_code == EX_TEMPFAIL and not fake.eml.exists()
    clock["now"] = entry.sendable_after
    result = CliRunner().invoke(held, ["send", entry.id])
    assert result.exit_code == 0, result.output
    assert fake.eml.read_bytes() == FURIOUS
    assert HeldQueue().entries() == []


def test_cool_off_ignores_messages_without_emotional_findings(home, fake, monkeypatch):
    monkeypatch.setenv("TONE_LINT_SEND", "1")
    assert run([fake.path], LintOptions(cool_off=30), ANGRY) == 0
    assert fake.eml.read_bytes() == ANGRY


def test_held_without_override_shows_cool_off_time(home, fake):
    assert run([fake.path], LintOptions(cool_off=10), FURIOUS) == EX_TEMPFAIL
    entry = only_entry()
    assert entry.meta["reason"] == "3 findings at or above warning"
    assert entry.sendable_after - entry.created == dt.timedelta(minutes=10)
    meta = json.loads((entry.path / "meta.json").read_text())
    assert meta["options"]["cool_off"] == 10
