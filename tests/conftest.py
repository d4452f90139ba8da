import atexit
import os
import shutil
import subprocess
import sys
import tempfile
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
# One cache (rules, tokenizer replica, French exceptions, lemma tables) for every tone-lint the
# suite starts, built by the first and read by the rest. Without it, each test that gives its
# processes a fresh HOME (the hooks tests) paid a first check ever: seconds, ~9 s in French.
# A folder of this session's own, so no one's cache is read or changed. Tests of the cache
# itself (test_nlp_cache, test_rulecache, test_tokenizer) still set their own XDG_CACHE_HOME.
# (Some tests import this file again as `tests.conftest`: the folder is made once.)
if not os.environ.get("TONE_LINT_SUITE_CACHE"):
    os.environ["TONE_LINT_SUITE_CACHE"] = tempfile.mkdtemp(prefix="tone-lint-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["TONE_LINT_SUITE_CACHE"], True)
os.environ["XDG_CACHE_HOME"] = os.environ["TONE_LINT_SUITE_CACHE"]


def shipped_rules(language: str | None = None) -> list:
    """The rules of the built-in packs (of one language): what load_packs gives, kept in the
    suite's cache (tone_lint.rulecache, which tests/test_rulecache.py checks against a fresh
    load), so the modules that list them do not each parse all the YAML again (~2 s each)."""
    from tone_lint.runner import load_rules

    return [rule for rule in load_rules() if language is None or rule.language == language]


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
