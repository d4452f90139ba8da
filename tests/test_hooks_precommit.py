"""pre-commit: `pre-commit try-repo` with our .pre-commit-hooks.yaml passes a calm draft and fails an
angry one.

try-repo builds a fresh virtualenv and pip-installs tone-lint (spaCy included) into it every time,
from the package registry: about two minutes per run here. It runs when TONE_LINT_SLOW_TESTS=1
(.ci/run sets it); otherwise it is skipped with that reason.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]

slow = pytest.mark.skipif(
    os.environ.get("TONE_LINT_SLOW_TESTS") != "1",
    reason="pre-commit try-repo installs tone-lint and spaCy from the registry (~2 min per run); "
           "set TONE_LINT_SLOW_TESTS=1 to run it")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_hook_definition_is_what_pre_commit_expects():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "tone-lint" and hook["entry"] == "tone-lint check"
    assert hook["language"] == "python" and hook["types_or"] == ["text", "markdown"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
    base = tmp_path_factory.mktemp("precommit")
    env = {**os.environ, "HOME": str(base / "home"), "XDG_STATE_HOME": str(base / "state"),
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ann", "GIT_AUTHOR_EMAIL": "ann@example.com",
           "GIT_COMMITTER_NAME": "Ann", "GIT_COMMITTER_EMAIL": "ann@example.com", "NO_COLOR": "1",
           # shared by both runs, so the second one takes spaCy's wheels from it
           "PIP_CACHE_DIR": str(base / "pip-cache")}
    (base / "home").mkdir()
    # try-repo installs from a git repository's HEAD: a committed copy of this tree.
    hooks = base / "tone-lint"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("tone_lint", "rules"):
        shutil.copytree(ROOT / name, hooks / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, hooks / name)
    drafts = base / "drafts"
    drafts.mkdir()
    (drafts / "calm.md").write_text("Hi Bob,\n\nThe files are attached. I will call you on Monday.\n\nAnn\n")
    (drafts / "angry.eml").write_text("Subject: Files\n\nBob,\n\nYou never answer my emails.\n")
    for repo in (hooks, drafts):
        subprocess.run(["git", "init", "-q"], cwd=repo, env=env, check=True)
        subprocess.run(["git", "add", "-A"], cwd=repo, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "tone-lint"], cwd=hooks, env=env, check=True)
    return hooks, drafts, env


def try_repo(workspace, *files):
    hooks, drafts, env = workspace
    return subprocess.run([*PRE_COMMIT, "try-repo", str(hooks), "tone-lint", "--files", *files],
                          cwd=drafts, env=env, capture_output=True, timeout=900)


@slow
@needs_git
def test_try_repo_passes_a_calm_draft(workspace):
    proc = try_repo(workspace, "calm.md")
    out = proc.stdout.decode()
    assert proc.returncode == 0, out + proc.stderr.decode()
    assert "tone-lint" in out and "Passed" in out


@slow
@needs_git
def test_try_repo_fails_an_angry_draft(workspace):
    proc = try_repo(workspace, "angry.eml", "calm.md")
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    assert "Failed" in out
    assert "angry.eml:5:1: warning:" in out and "[accusatory.you-always-never]" in out
    assert "calm.md:" not in out
