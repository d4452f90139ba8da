"""eval/out_of_fold.py: the engine on the read sets, each fold with learned weights trained without it."""
import re
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "eval" / "out_of_fold.py"
SETS = ["eval/blind", "eval/train2"]
LINE = re.compile(r"(en|fr): precision (\d\.\d{3}) recall (\d\.\d{3}) \(means over sets \d\.\d{3} / \d\.\d{3}\)"
                  r" findings per clean email \d\.\d{3}")


def _run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT)


def _scores(proc):
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    matches = [LINE.fullmatch(line) for line in lines]
    assert all(matches), lines
    return {m.group(1): (float(m.group(2)), float(m.group(3))) for m in matches}


def test_a_line_per_language_and_a_higher_threshold_finds_no_more():
    shipped = _scores(_run("--folds", "2", *SETS))
    strict = _scores(_run("--folds", "2", "--set", "threshold=0.999", "--set", "draft_model=none", *SETS))
    assert list(shipped) == ["en", "fr"]
    for lang in ("en", "fr"):
        assert strict[lang][1] <= shipped[lang][1]
    # the written rules alone still find most of these sets, which they were fitted to
    assert strict["en"][1] > 0.5


def test_a_bad_change_is_one_line_and_status_2():
    proc = _run("--set", "thresold=0.7", *SETS)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == ("out_of_fold.py: error: --set takes FIELD=VALUE with FIELD one of threshold, alone_threshold,"
                           " alone_second, draft_threshold, draft_min_words, draft_sentences, draft_model,"
                           " not 'thresold=0.7'\n")
    proc = _run("--folds", "3", *SETS)
    assert (proc.returncode, proc.stderr) == (2, "out_of_fold.py: error: --folds must be between 2 and the number of sets (2)\n")
