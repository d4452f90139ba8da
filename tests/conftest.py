import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The suite must not read the configuration of whoever runs it: no user config folder, no
# TONE_LINT_CONFIG. Tests that want them set them explicitly.
os.environ["XDG_CONFIG_HOME"] = str(ROOT / "tests" / "no-user-config")
os.environ.pop("TONE_LINT_CONFIG", None)
# Every tone-lint the tests start checks in-process: no background daemon may start and linger
# after a test run. tests/test_daemon.py removes this for the processes it starts.
os.environ.setdefault("TONE_LINT_NO_DAEMON", "1")


def run_cli(*args, input=None, env=None, cwd=None):
    """Run tone-lint in a subprocess, as a user would; returns (status, stdout, stderr)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "tone_lint", *args],
        input=input, capture_output=True, env=full_env, cwd=cwd or ROOT,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture(scope="session")
def builtin_rules():
    from tone_lint.runner import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def linter(builtin_rules):
    from tone_lint.engine import Linter

    return Linter(builtin_rules)
