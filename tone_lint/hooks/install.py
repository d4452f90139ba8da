"""Install and remove the git `sendemail-validate` hook that runs tone-lint on each patch mail.

git looks for hooks in `core.hooksPath` when it is set, else in `$GIT_DIR/hooks`;
`git rev-parse --git-path hooks` answers exactly that question, so we ask git
rather than re-implement its rules. A hook we did not write is never overwritten
without --force and never removed: ours carries a marker line.
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from tone_lint.errors import ToneLintError

HOOK_NAME = "sendemail-validate"
MARKER = "# tone-lint hook: sendemail-validate (`tone-lint hook uninstall` removes it)"


def hooks_dir(cwd: str | None = None) -> Path:
    try:
        proc = subprocess.run(["git", "rev-parse", "--git-path", "hooks"], capture_output=True, cwd=cwd)
    except OSError as exc:
        raise ToneLintError(f"cannot run git: {exc.strerror or exc}", "git") from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToneLintError(msg[-1] if msg else "not a git repository", "git")
    path = Path(proc.stdout.decode("utf-8").rstrip("\n"))
    return path if path.is_absolute() else Path(cwd or os.getcwd()) / path


def script(fail_on: str | None) -> str:
    """The hook: git passes the mail file as $1; a non-zero status makes git send nothing."""
    tone_lint = shlex.join([sys.executable, "-m", "tone_lint"])
    # Without --fail-on the repository's .tone-lint.yaml (or the user's) decides at send time.
    threshold = f"--fail-on {shlex.quote(fail_on)} " if fail_on else ""
    return f"""#!/bin/sh
{MARKER}
# git send-email runs this before sending each message; a non-zero exit aborts the send.
# After re-reading, send anyway with TONE_LINT_SEND=1 git send-email ...
case "${{TONE_LINT_SEND:-}}" in 1|yes|true) exit 0 ;; esac
exec {tone_lint} hook validate {threshold}-- "$1"
"""


def is_ours(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return MARKER.encode() in fh.read(4096)
    except OSError:
        return False


def install(force: bool = False, fail_on: str | None = None, cwd: str | None = None) -> Path:
    directory = hooks_dir(cwd)
    path = directory / HOOK_NAME
    if (path.exists() or path.is_symlink()) and not is_ours(path) and not force:
        raise ToneLintError("a hook is already there and was not installed by tone-lint; "
                            "use --force to replace it", str(path))
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / f".{HOOK_NAME}.tone-lint.tmp"
    tmp.write_text(script(fail_on), encoding="utf-8")
    os.chmod(tmp, 0o755)
    os.replace(tmp, path)
    return path


def uninstall(cwd: str | None = None) -> Path:
    path = hooks_dir(cwd) / HOOK_NAME
    if not (path.exists() or path.is_symlink()):
        raise ToneLintError("no sendemail-validate hook installed", str(path))
    if not is_ours(path):
        raise ToneLintError("this hook was not installed by tone-lint; left as it is", str(path))
    path.unlink()
    return path
