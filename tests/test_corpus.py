"""The annotated development corpus as a regression test, scored like ../shared/tools/score.py.

The CLI runs once over the corpus (JSON output), and the scores are computed by the shared
scoring script itself (imported from its path), so the floors below mean exactly what the
issue's targets mean. The numbers come from the run; only the floors are written here.
"""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"

# Languages whose packs are expected to meet the floors in this branch. The French packs
# are written in another branch; the merge extends this list to ["en", "fr"].
LANGUAGES_AT_TARGET = ["en"]

TONE_PRECISION = 0.90
TONE_RECALL = 0.90
ELEMENT_ACCURACY = 0.95
TONE_FINDINGS_PER_CLEAN_EMAIL = 0.10

pytestmark = pytest.mark.skipif(
    not (CORPUS.is_dir() and SCORER.is_file()),
    reason=f"the shared corpus ({CORPUS}) or its scorer ({SCORER}) is not present in this checkout",
)


def _scorer():
    spec = importlib.util.spec_from_file_location("tone_corpus_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores():
    """Scores per language from one CLI run over the whole corpus."""
    scorer = _scorer()
    items = scorer.load_corpus(CORPUS)
    results = scorer.run_tool(f"{sys.executable} -m tone_lint", [it["path"] for it in items])
    by_lang = {}
    for lang in sorted({it["ann"]["lang"] for it in items}):
        by_lang[lang] = scorer.score([it for it in items if it["ann"]["lang"] == lang], results, show_misses=True)
    return by_lang


def _misses(score):
    return "\n".join(score.get("misses", [])) or "(no misses listed)"


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(lang, marks=() if lang in LANGUAGES_AT_TARGET else pytest.mark.skip(reason=f"{lang} packs not at target in this branch"))
        for lang in ("en", "fr")
    ],
)
def test_corpus_meets_the_floors(scores, lang):
    if lang not in scores:
        pytest.skip(f"no {lang} emails in the corpus")
    s = scores[lang]
    report = json.dumps({k: v for k, v in s.items() if k != "misses"}, indent=1) + "\n" + _misses(s)
    assert s["tone"]["precision"] >= TONE_PRECISION, report
    assert s["tone"]["recall"] >= TONE_RECALL, report
    assert s["element_accuracy"] >= ELEMENT_ACCURACY, report
    assert s["missing_alarms_on_other_emails"] == 0, report
    assert s["tone_alarms_per_clean_email"] <= TONE_FINDINGS_PER_CLEAN_EMAIL, report
