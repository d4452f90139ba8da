"""Shared by the configuration tests: write files, run the CLI in-process."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

DRAFT_ANGRY = (
    "Hi Dana,\n"
    "\n"
    "You never answer my emails on time. I have decided to end our collaboration.\n"
    "This is UNACCEPTABLE!!!\n"
)


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def tl(monkeypatch, capsys, tmp_path):
    """Run `tone-lint ARGS` in-process in `cwd` (default tmp_path): (status, stdout, stderr)."""
    from tone_lint.cli import main

    user = tmp_path / "no-user-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    monkeypatch.delenv("TONE_LINT_CONFIG", raising=False)

    def run(*args, cwd=None, env=None, input: bytes | None = None):
        import io
        import sys

        monkeypatch.chdir(cwd or tmp_path)
        if input is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(input)))
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_info:
            main(list(args))
        out, err = capsys.readouterr()
        for key in env or {}:
            monkeypatch.delenv(key)
        return exit_info.value.code, out, err

    return run
