"""The annotated development corpus as a regression test, scored like ../shared/tools/score.py.

The CLI runs once over the corpus (JSON output), and the scores are computed by the shared
scoring script itself (imported from its path), so the floors below mean exactly what the
issue's targets mean. The numbers come from the run; only the floors are written here.
"""
import importlib.util
import json
import shlex
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"

# Languages whose packs must meet the floors (a language added later joins when its packs do).
LANGUAGES_AT_TARGET = ["en", "fr"]

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
    results = scorer.run_tool(f"{shlex.quote(sys.executable)} -m tone_lint", [it["path"] for it in items])
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


# Drafts written for this test, not taken from the corpus: ordinary professional emails full
# of the words the packs react to ("you never know", "notice", "last day", "exhausted",
# "stepping back", acronyms in capitals). A careful reader flags nothing here, and none of
# them ends a relationship, so the written rules must stay silent. The learned ending marker,
# a bag of words, is fooled by two of them ("My last day in the office before the break", "I
# won't be taking new bookings in August"); a guess may only suggest, so a hook still sends them.
CLEAN_DRAFTS = {
    "schedule-notes": """Hi Greg,

Two scheduling notes. I won't be available next week, and I won't be taking new bookings in
August, so please plan the autumn shoots with that in mind. The old logo is no longer available
on the shared drive; use the new one.

I've decided to move the shoot to Tuesday and to continue with the blue palette. I can't continue
the edits until I get the raw files. If I'm not available on the day, you can find someone else
for that slot, of course.

I need a week's notice for any change to the booking. I'm stepping back from the project for two
weeks while I'm on leave; Anna will cover. Our last session together before the summer break is
on 18 July.

Thanks, as always, for being such a great client.
Sophie
""",
    "tech-update": """Hi Alex,

Happy Friday! The API integration is finished and all tests pass. I've also fixed the login
issue you reported; it was a caching problem on the CDN, not anything you did. One thing I need
from you: the SSL certificate details, because without them I can't switch the site to HTTPS.

You always know how to make a brief easy to follow, and you never know where these small
projects lead. Thanks for being so responsive this month!!

Cheers,
Dev
""",
    "holiday-handover": """Hi Rachel,

I'll be on holiday from 12 to 23 August. My last day in the office before the break is Friday
the 9th. Before I go, I'll finish the September newsletter and send you the draft. If anything
urgent comes up, my colleague Dan will be covering, and he has access to all the files.

I'm exhausted after the trade fair, but it was worth it. I was sick for two days last week,
which is why the drawings were late; sorry about that. When I'm done with the first round of
edits I'll send them over.

Never hesitate to call me, and I hope you have a lovely summer.
Lucy
""",
    "invoice-reminder": """Hello Diane,

This is a reminder that invoice 1043 for the April work (EUR 1,250) was due on 15 May and is
still unpaid. Three calls were rescheduled this month, so I have moved the review to June.
As discussed, I'll pause the monthly reports until the new CRM is set up.

You have always been quick with feedback, which I appreciate, and you were right to push for the
longer version. If there is a problem with the invoice, I am happy to talk it through.

Best regards,
Anna
""",
}


# Known false alarms of the learned rules on these drafts, kept in sight; a suggestion blocks no
# send. Round 15's was holiday-handover: a calm draft full of the writer's own tiredness read to
# the learned draft model as carrying tone (0.999), and "I'm exhausted after the trade fair, but
# it was worth it." went over the emotional rule's threshold; since round 18's retraining the
# draft model weighs it 0.68, and nothing is reported. Round 18's mean of four regressions weighs
# tech-update's praise, wrapped at its line's end, 0.976 for blame ("you always", "you never"),
# over `alone`'s 0.97, with a second sentence at 0.32: 0.98 would spare it, but out of fold all
# seven English findings `alone` made from 0.97 were right, and 0.98 drops two of them.
LEARNED_ON_CLEAN_DRAFTS = {
    "tech-update": [("accusatory.learned", "You always know how to make a brief easy to follow, and you never know where these small")],
}


@pytest.fixture(scope="module")
def english_engine(linter):
    return linter.engine("en")


@pytest.fixture(scope="module")
def written_english_engine(builtin_rules):
    from tone_lint.engine import Linter

    return Linter([r for r in builtin_rules if r.kind != "learned"]).engine("en")


@pytest.mark.parametrize("name", sorted(CLEAN_DRAFTS))
def test_clean_english_drafts_raise_nothing_from_the_written_rules(written_english_engine, name):
    from tone_lint.source import Source

    result = written_english_engine.check(Source(name, CLEAN_DRAFTS[name]))
    flagged = [(f.rule, CLEAN_DRAFTS[name][f.start:f.end]) for f in result.findings]
    assert flagged == []
    assert result.termination is False


@pytest.mark.parametrize("name", sorted(CLEAN_DRAFTS))
def test_clean_english_drafts_draw_at_most_a_guessed_suggestion(english_engine, name):
    from tone_lint.findings import Severity
    from tone_lint.source import Source

    text = CLEAN_DRAFTS[name]
    result = english_engine.check(Source(name, text))
    tone = [(f.rule, text[f.start : f.end]) for f in result.findings if f.category != "missing"]
    assert tone == LEARNED_ON_CLEAN_DRAFTS.get(name, [])
    assert [f.severity for f in result.findings] == [Severity.SUGGESTION] * len(result.findings)
    assert result.termination_guess == ("termination.learned" if result.termination else None)
