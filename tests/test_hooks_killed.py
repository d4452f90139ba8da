"""A sendmail wrapper killed midway loses nothing and sends nothing."""
import os
import signal
import subprocess
import sys
import time

from tests.conftest import ROOT

MESSAGE = (b"From: Ann <ann@example.com>\r\nTo: bob@example.com\r\nSubject: Files\r\n\r\n"
           b"Bob,\r\n\r\nYou never answer my emails!!!\r\n" + b"Padding line.\r\n" * 2000)


def test_killed_after_queueing_keeps_the_exact_message_and_sends_nothing(tmp_path):
    sink = tmp_path / "sent.eml"
    command = tmp_path / "fake-sendmail"
    command.write_text(f"#!/bin/sh\ncat > {sink}\n")
    command.chmod(0o755)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "TONE_LINT_SEND": "1"}
    held = tmp_path / "state" / "tone-lint" / "held"
    proc = subprocess.Popen([sys.executable, "-m", "tone_lint", "sendmail", str(command), "bob@example.com"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    proc.stdin.write(MESSAGE)
    proc.stdin.close()
    deadline = time.monotonic() + 60
    # Kill as soon as the message is in the queue: linting (which loads spaCy) has not finished.
    while time.monotonic() < deadline and not any(p.name[0].isdigit() for p in held.glob("*") if p.is_dir()):
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    assert not sink.exists(), "a message was sent by a wrapper killed before it decided"
    listing = subprocess.run([sys.executable, "-m", "tone_lint", "held", "list"], capture_output=True, env=env,
                             cwd=ROOT)
    assert listing.returncode == 0
    (entry_id,) = [line.split()[0] for line in listing.stdout.decode().splitlines() if not line[:1].isspace()]
    shown = subprocess.run([sys.executable, "-m", "tone_lint", "held", "show", "--raw", entry_id],
                           capture_output=True, env=env, cwd=ROOT)
    assert shown.stdout == MESSAGE
    # And it can still be sent, byte for byte.
    sent = subprocess.run([sys.executable, "-m", "tone_lint", "held", "send", entry_id], capture_output=True,
                          env=env, cwd=ROOT)
    assert sent.returncode == 0, sent.stderr
    assert sink.read_bytes() == MESSAGE
