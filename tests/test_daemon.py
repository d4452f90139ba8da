"""The warm daemon: same bytes and exit status as checking in-process, private, and optional."""
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

EN = str(ROOT / "examples/termination-angry-en.txt")
FR = str(ROOT / "examples/termination-calm-fr.txt")


def _env(runtime: Path, **extra) -> dict:
    env = {"XDG_RUNTIME_DIR": str(runtime), "TONE_LINT_DAEMON_IDLE": "120", **extra}
    env.pop("CI", None)
    return env


def _clean_environ():
    # CI must not switch the daemon off inside these tests.
    return {k: v for k, v in os.environ.items() if k not in ("CI", "TONE_LINT_NO_DAEMON")}


def _run(*args, env, input=None):
    full = {**_clean_environ(), "NO_COLOR": "1", **env}
    proc = subprocess.run([sys.executable, "-m", "tone_lint", *args], input=input, capture_output=True, env=full, cwd=ROOT)
    return proc.returncode, proc.stdout, proc.stderr


def _served(env) -> int | None:
    status, out, _ = _run("daemon", "status", env=env)
    if status != 0:
        return None
    return int(out.decode().split(", ")[1].split()[0])


def _wait_for_daemon(env, timeout=180) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        served = _served(env)
        if served is not None:
            return served
        time.sleep(0.5)
    pytest.fail("the daemon did not start")


@pytest.fixture(scope="module")
def daemon_env(tmp_path_factory):
    runtime = tmp_path_factory.mktemp("run")
    os.chmod(runtime, 0o700)
    env = _env(runtime)
    _run("check", EN, env=env)  # the first check starts it
    _wait_for_daemon(env)
    yield env
    _run("daemon", "stop", env=env)


CASES = [
    ("check", EN),
    ("check", "--format", "json", FR, EN),
    ("check", "--format", "line", "--column-unit", "utf16", FR),
    ("check", "--fail-on", "never", EN),
    ("check", "--format", "line", "missing.txt", EN),
    ("check", "--lang", "fr", "--termination", "never", "-", "--stdin-filename", "draft.txt"),
    ("check", "--format", "text", "--color", EN),
    ("check", "--bogus-option", EN),
    ("check", "--pack", "no-such-pack.yaml", EN),
    ("check", str(ROOT / "examples")),
    ("check", "--jobs", "2", "--format", "json", str(ROOT / "examples"), "missing.txt", "-"),
]


@pytest.mark.parametrize("args", CASES, ids=lambda a: " ".join(x.replace(str(ROOT) + "/", "") for x in a[1:]))
def test_daemon_output_and_status_are_identical(daemon_env, args):
    stdin = Path(FR).read_bytes()
    before = _served(daemon_env)
    warm = _run(*args, env=daemon_env, input=stdin)
    after = _served(daemon_env)
    cold = _run(*args, "--no-daemon", env=daemon_env, input=stdin)
    assert warm == cold
    if "--bogus-option" not in args:  # a usage error never reaches the check command
        assert after == before + 1, "the check was not served by the daemon"


def test_env_variable_bypasses_the_daemon(daemon_env):
    before = _served(daemon_env)
    result = _run("check", EN, env={**daemon_env, "TONE_LINT_NO_DAEMON": "1"})
    assert _served(daemon_env) == before
    assert result == _run("check", EN, env=daemon_env)


def test_runtime_directory_and_socket_are_private(daemon_env):
    folder = Path(daemon_env["XDG_RUNTIME_DIR"]) / "tone-lint"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    sockets = list(folder.glob("*.sock"))
    assert sockets and all(stat.S_IMODE(s.stat().st_mode) & 0o077 == 0 for s in sockets)


def test_falls_back_when_the_runtime_directory_is_not_private(tmp_path):
    runtime = tmp_path / "shared"
    (runtime / "tone-lint").mkdir(parents=True)
    os.chmod(runtime / "tone-lint", 0o777)
    env = _env(runtime)
    result = _run("check", "--format", "json", EN, env=env)
    assert result == _run("check", "--format", "json", "--no-daemon", EN, env=env)
    assert result[0] == 1
    assert not list((runtime / "tone-lint").iterdir()), "no daemon may start in a directory others can write"


def test_stale_daemon_is_replaced_and_the_check_still_right(tmp_path):
    from tone_lint import daemon

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = _env(runtime, TONE_LINT_DAEMON_IDLE="60")
    folder = runtime / "tone-lint"
    folder.mkdir(mode=0o700)
    old_env = {**os.environ, **env}
    sock = daemon.socket_path(str(folder))
    # A daemon from "another version": its fingerprint cannot match.
    old = subprocess.Popen([sys.executable, "-m", "tone_lint.daemon", "serve", sock, "old-fingerprint"], env=old_env, cwd=ROOT)
    try:
        _wait_for_daemon(env)
        result = _run("check", EN, env=env)
        assert result == _run("check", "--no-daemon", EN, env=env)
        assert old.wait(timeout=60) == 0, "the stale daemon exits when it sees a newer client"
    finally:
        if old.poll() is None:
            old.kill()
        _run("daemon", "stop", env=env)


def test_idle_daemon_exits(tmp_path):
    # Started directly rather than by a check: a check's own in-process run can outlast a
    # one-second idle daemon, and then nothing would be left to watch.
    from tone_lint import daemon

    runtime = tmp_path / "run"
    folder = runtime / "tone-lint"
    folder.mkdir(mode=0o700, parents=True)
    runtime.chmod(0o700)
    env = {**_clean_environ(), **_env(runtime, TONE_LINT_DAEMON_IDLE="1")}
    sock = daemon.socket_path(str(folder))
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "tone_lint.daemon", "serve", sock, daemon.fingerprint()], env=env, cwd=ROOT)
    try:
        assert proc.wait(timeout=180) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert time.monotonic() - started >= 1.0, "it waited for its idle time before leaving"
    assert Path(sock + ".lock").exists(), "it reached its serving loop"
    assert not list(folder.glob("*.sock")), "it removed its socket"

