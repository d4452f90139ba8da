"""Drafts for the editor recipes' tests, and where each finding must land in each column unit.

Every finding sits after an emoji (1 character, 2 UTF-16 units, 4 bytes), a curly apostrophe
and an accented letter, so an editor that counts columns differently from tone-lint's output
lands on the wrong character.
"""
from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EDITORS = ROOT / "examples" / "editors"


@dataclass(frozen=True)
class Draft:
    name: str
    text: str
    findings: tuple[tuple[str, int, str], ...]  # (rule, 1-based line, flagged phrase)

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        path.write_text(self.text, encoding="utf-8")
        return path

    def expected(self, unit: str, line_offset: int = 0) -> list[tuple[str, int, int, str]]:
        """(rule, line, 1-based column in `unit`, phrase), in file order, counted here by hand."""
        lines = self.text.splitlines()
        out = []
        for rule, line, phrase in self.findings:
            prefix = lines[line - 1][: lines[line - 1].index(phrase)]
            if unit == "byte":
                width = len(prefix.encode("utf-8"))
            elif unit == "utf16":
                width = len(prefix.encode("utf-16-le")) // 2
            else:
                width = len(prefix)
            out.append((rule, line + line_offset, width + 1, phrase))
        return sorted(out, key=lambda f: (f[1], f[2]))


FRENCH = Draft(
    "brouillon.txt",
    "Bonjour 😀 l’équipe, j’en ai marre de vos retards !!!\nVous ne répondez JAMAIS à mes messages.\n",
    (
        ("emotional.anger", 1, "j’en ai marre"),
        ("accusatory.fault", 1, "vos retards"),
        ("emotional.exclamation-run", 1, " !!!"),
        ("accusatory.you-always-never", 2, "Vous ne répondez JAMAIS"),
        ("emotional.shouting", 2, "JAMAIS"),
    ),
)

ENGLISH = Draft(
    "draft.txt",
    "Hello 😀 café team, we’re late and I am fed up with this!!!\nYou NEVER answer my emails.\n",
    (
        ("emotional.anger", 1, "fed up"),
        ("emotional.exclamation-run", 1, "!!!"),
        ("accusatory.you-always-never", 2, "You NEVER answer"),
        ("emotional.shouting", 2, "NEVER"),
    ),
)


def editor_env() -> dict:
    """The environment an editor runs tone-lint in: this Python's `tone-lint` first on PATH."""
    bindir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""), "NO_COLOR": "1",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


def missing(what: str) -> None:
    """Skip the test locally, fail it in CI, where .ci/run installs every editor and plugin."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is not installed (.ci/run installs it)")
    pytest.skip(f"{what} is not installed")


def need(program: str) -> str:
    """The editor's path (see `missing`)."""
    path = shutil.which(program)
    if path is None:
        missing(program)
    return path
