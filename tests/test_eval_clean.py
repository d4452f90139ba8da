"""eval/clean3 and eval/clean4 (60 and 80 clean emails written blind, then read in rounds 4 and 5)
as a false-alarm guard.

Every tone finding on these emails is a false positive, and their termination elements are
annotated, so the floors are the issue's targets for clean emails and elements. Scored by the
shared scoring script, like tests/test_corpus.py; the numbers come from the run.
"""
import shlex
import sys

import pytest

from conftest import ROOT
from test_corpus import SCORER, TONE_FINDINGS_PER_CLEAN_EMAIL, ELEMENT_ACCURACY, _scorer

# set -> emails per language
CLEAN_SETS = {"clean3": 30, "clean4": 40}

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer ({SCORER}) is not present")


@pytest.fixture(scope="module", params=list(CLEAN_SETS))
def scores(request):
    scorer = _scorer()
    items = scorer.load_corpus(ROOT / "eval" / request.param)
    results = scorer.run_tool(f"{shlex.quote(sys.executable)} -m tone_lint", [it["path"] for it in items])
    return request.param, {
        lang: scorer.score([it for it in items if it["ann"]["lang"] == lang], results, show_misses=True)
        for lang in ("en", "fr")
    }


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_clean_emails_stay_clean_and_elements_hold(scores, lang):
    name, by_lang = scores
    score = by_lang[lang]
    misses = "\n".join(score["misses"])
    assert score["files"] == CLEAN_SETS[name]
    assert score["tone_alarms_per_clean_email"] <= TONE_FINDINGS_PER_CLEAN_EMAIL, misses
    assert score["missing_alarms_on_other_emails"] == 0, misses
    assert score["element_accuracy"] >= ELEMENT_ACCURACY, misses
