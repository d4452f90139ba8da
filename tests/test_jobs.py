"""`check --jobs N` prints exactly what `--jobs 1` prints, in input order, with the same status."""
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

CORPUS = Path("/work/shared/corpus")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drafts")
    sources = sorted((ROOT / "examples").glob("*.txt"))
    if CORPUS.is_dir():
        sources += sorted(CORPUS.glob("*.txt"))[:16]
    for i, src in enumerate(sources * 2):
        shutil.copy(src, folder / f"{i:03d}-{src.name}")
    (folder / "050-not-text.txt").write_bytes(b"\x00\x01binary")
    return folder


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_jobs_output_is_identical_and_in_order(drafts, fmt):
    args = ["check", "--format", fmt, str(drafts), "missing.txt", "-", str(ROOT / "examples/termination-calm-fr.txt")]
    stdin = (ROOT / "examples/termination-angry-en.txt").read_bytes()
    serial = run_cli(*args, "--jobs", "1", input=stdin)
    parallel = run_cli(*args, "--jobs", "2", input=stdin)
    assert serial[0] == 2  # missing.txt and the binary file are input errors
    assert "missing.txt: no such file" in serial[2] and "050-not-text.txt" in serial[2]
    assert serial == parallel


def test_jobs_same_exit_status_without_errors(drafts):
    args = ["check", "--format", "line", "--fail-on", "error", str(ROOT / "examples")]
    assert run_cli(*args) == run_cli(*args, "-j", "0")


def test_jobs_pack_error_is_reported_once_like_serial(tmp_path, drafts):
    pack = tmp_path / "bad.yaml"
    pack.write_text(
        "language: en\nrules:\n  - id: x.pos\n    category: x\n    severity: warning\n    kind: token\n"
        "    message: m\n    why: w\n    patterns:\n      - [{POS: NOUN}]\n"
        "    examples:\n      flag:\n        - text: a cat\n          span: cat\n      pass:\n        - a\n",
        encoding="utf-8",
    )
    args = ["check", "--pack", str(pack), str(drafts)]
    serial = run_cli(*args)
    assert serial[0] == 2 and serial[2].count("\n") == 1 and "bad.yaml" in serial[2]
    assert run_cli(*args, "--jobs", "2") == serial


def test_jobs_rejects_negative():
    status, _, err = run_cli("check", "--jobs", "-1", "examples")
    assert status == 2 and err.startswith("tone-lint: error:") and err.count("\n") == 1

