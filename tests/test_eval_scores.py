"""eval/scores.py: the README's table of scores, one row per set and language, aggregates only."""
import shlex
import subprocess
import sys

import pytest

from conftest import ROOT
from test_corpus import SCORER, _scorer

SCRIPT = ROOT / "eval" / "scores.py"
CLEAN3 = ROOT / "eval" / "clean3"


def _run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer ({SCORER}) is not present")
def test_a_row_per_language_with_the_scorers_own_numbers():
    cmd = f"{shlex.quote(sys.executable)} -m tone_lint"
    proc = _run("--cmd", cmd, str(CLEAN3))
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.splitlines()[2:]
    scorer = _scorer()
    items = scorer.load_corpus(CLEAN3)
    results = scorer.run_tool(cmd, [it["path"] for it in items])
    expected = []
    for lang in ("en", "fr"):
        s = scorer.score([it for it in items if it["ann"]["lang"] == lang], results)
        # clean3 has no tone span: precision and recall have nothing to measure
        expected.append(f"| clean3 | {lang} | — | — | {s['element_accuracy']:.2f} | {s['tone_alarms_per_clean_email']:.2f} |")
    assert rows == expected
    assert "FN " not in proc.stdout and "FP " not in proc.stdout


def test_a_missing_scorer_is_one_line_and_status_2(tmp_path):
    proc = _run("--scorer", str(tmp_path / "score.py"), str(CLEAN3))
    assert proc.returncode == 2
    assert proc.stderr == f"scores.py: error: {tmp_path / 'score.py'}: no scorer there (use --scorer PATH)\n"


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer ({SCORER}) is not present")
def test_a_set_the_scorer_cannot_read_is_one_line_and_status_2(tmp_path):
    (tmp_path / "001-en-x.txt").write_text("Hello.", encoding="utf-8")  # no .yml beside it
    proc = _run("--cmd", f"{shlex.quote(sys.executable)} -m tone_lint", str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"scores.py: error: {tmp_path}: ") and proc.stderr.count("\n") == 1
