"""git send-email: the installed sendemail-validate hook refuses a patch mail with findings."""
import os
import shutil
import subprocess
import sys

import pytest

from tone_lint.hooks.install import HOOK_NAME, MARKER

HAS_SEND_EMAIL = shutil.which("git") is not None and subprocess.run(
    ["git", "send-email", "--help"], capture_output=True).returncode == 0 and subprocess.run(
    ["perl", "-MNet::SMTP", "-e1"], capture_output=True).returncode == 0


@pytest.fixture
def repo(tmp_path, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    home = tmp_path / "home"
    home.mkdir()
    for k, v in {"HOME": str(home), "XDG_STATE_HOME": str(tmp_path / "state"), "GIT_CONFIG_NOSYSTEM": "1",
                 "GIT_AUTHOR_NAME": "Ann", "GIT_AUTHOR_EMAIL": "ann@example.com",
                 "GIT_COMMITTER_NAME": "Ann", "GIT_COMMITTER_EMAIL": "ann@example.com"}.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("TONE_LINT_SEND", raising=False)
    path = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    monkeypatch.chdir(path)
    return path


def git(*args, **kw):
    return subprocess.run(["git", *args], capture_output=True, **kw)


def cli(*args, env=None):
    proc = subprocess.run([sys.executable, "-m", "tone_lint", *args], capture_output=True,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_install_writes_an_executable_hook_in_git_dir(repo):
    status, out, err = cli("hook", "install", "--git-send-email")
    hook = repo / ".git" / "hooks" / HOOK_NAME
    assert (status, out, err) == (0, f"installed {hook}\n", "")
    assert os.access(hook, os.X_OK) and MARKER in hook.read_text()


def test_install_honours_core_hooks_path(repo):
    git("config", "core.hooksPath", "my-hooks", check=True)
    (repo / "sub").mkdir()
    proc = subprocess.run([sys.executable, "-m", "tone_lint", "hook", "install", "--git-send-email"],
                          capture_output=True, cwd=repo / "sub")
    assert proc.returncode == 0
    assert (repo / "my-hooks" / HOOK_NAME).is_file()
    assert not (repo / ".git" / "hooks" / HOOK_NAME).exists()


def test_install_refuses_to_overwrite_a_foreign_hook_without_force(repo):
    hook = repo / ".git" / "hooks" / HOOK_NAME
    hook.write_text("#!/bin/sh\nexit 0\n")
    status, _, err = cli("hook", "install", "--git-send-email")
    assert status == 2 and err.startswith(f"tone-lint: error: {hook}: a hook is already there")
    assert hook.read_text() == "#!/bin/sh\nexit 0\n"
    status, _, err = cli("hook", "uninstall")
    assert status == 2 and "not installed by tone-lint" in err and hook.exists()
    assert cli("hook", "install", "--git-send-email", "--force")[0] == 0
    assert MARKER in hook.read_text()


def test_reinstall_and_uninstall_touch_only_our_hook(repo):
    assert cli("hook", "install", "--git-send-email")[0] == 0
    assert cli("hook", "install", "--git-send-email", "--fail-on", "error")[0] == 0
    hook = repo / ".git" / "hooks" / HOOK_NAME
    assert "--fail-on error" in hook.read_text()
    assert cli("hook", "uninstall") == (0, f"removed {hook}\n", "")
    assert not hook.exists()
    status, _, err = cli("hook", "uninstall")
    assert status == 2 and "no sendemail-validate hook installed" in err


def test_install_needs_a_hook_kind_and_a_repository(repo, tmp_path):
    assert cli("hook", "install")[0] == 2
    proc = subprocess.run([sys.executable, "-m", "tone_lint", "hook", "install", "--git-send-email"],
                          capture_output=True, cwd=tmp_path / "home",
                          env={**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert proc.returncode == 2 and proc.stderr.decode().startswith("tone-lint: error: git: ")


@pytest.mark.skipif(not HAS_SEND_EMAIL, reason="git send-email is not installed (Debian package git-email)")
def test_git_send_email_refuses_an_angry_patch_and_delivers_a_clean_one(repo, tmp_path):
    smtp = tmp_path / "fake-smtp"
    smtp.write_text(f"#!/bin/sh\ncat >> '{tmp_path}/delivered.mbox'\n")
    smtp.chmod(0o755)
    # Code in the diff is not prose: MAX_RETRIES must not read as shouting.
    (repo / "a.txt").write_text("MAX_RETRIES = 3  # FIXME!!!\n")
    git("add", "a.txt", check=True)
    git("commit", "-q", "-m", "Add the first file", "-m", "As agreed on Monday, here is the first file.",
        check=True)
    (repo / "b.txt").write_text("b\n")
    git("add", "b.txt", check=True)
    git("commit", "-q", "-m", "Add b", "-m", "You never answer my emails. I'm FURIOUS!!!", check=True)
    git("format-patch", "-q", "-2", "-o", str(tmp_path / "patches"), check=True)
    clean, angry = sorted((tmp_path / "patches").iterdir())
    assert cli("hook", "install", "--git-send-email")[0] == 0
    send = ["send-email", f"--smtp-server={smtp}", "--to=bob@example.com", "--confirm=never", "--quiet"]

    proc = git(*send, str(angry))
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "[accusatory.you-always-never]" in err and "rejected by sendemail-validate hook" in err
    assert not (tmp_path / "delivered.mbox").exists()

    proc = git(*send, str(clean))
    assert proc.returncode == 0, proc.stderr.decode()
    delivered = (tmp_path / "delivered.mbox").read_bytes()
    assert b"Subject: [PATCH 1/2] Add the first file" in delivered
    assert b"As agreed on Monday, here is the first file." in delivered
    assert b"+MAX_RETRIES = 3  # FIXME!!!" in delivered

    proc = subprocess.run(["git", *send, str(angry)], capture_output=True,
                          env={**os.environ, "TONE_LINT_SEND": "1"})
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"You never answer my emails." in (tmp_path / "delivered.mbox").read_bytes()
