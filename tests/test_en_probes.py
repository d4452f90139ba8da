"""The English probes (tests/test_en_probes_data.py), written from how people write before the
packs were read: recall is the share of flagged probes with a tone finding overlapping the
marked span, and every neutral probe must stay clean. Eight sets: the first, other ways to say
the same families, then the formal, casual and corporate registers, then lower case, customer
complaints and endings that blame, then passive-aggressive idioms, then the emotional families.
The floors sit a little under the measured recall (0.984, 1.000, 0.968, 0.921, 0.919, 0.943,
0.867 and 0.914 when they were set, no neutral finding; round 5, written from the unsealed
blind3/blind4 misses: 0.244 at first contact, 1.000 when its floor was set) so a pack change that loses a family fails here, while the scores
themselves always come from the run."""
import pytest

from test_en_probes_data import (CASUAL_FLAGGED_TEXT, CASUAL_NEUTRAL_TEXT, CORPORATE_FLAGGED_TEXT,
                                 CORPORATE_NEUTRAL_TEXT, EMOTION_FLAGGED_TEXT, EMOTION_NEUTRAL_TEXT,
                                 FORMAL_FLAGGED_TEXT, FORMAL_NEUTRAL_TEXT,
                                 IDIOM_FLAGGED_TEXT, IDIOM_NEUTRAL_TEXT, STRESS_NEUTRAL_TEXT,
                                 LATER_FLAGGED_TEXT, LATER_NEUTRAL_TEXT, MIXED_FLAGGED_TEXT,
                                 MIXED_NEUTRAL_TEXT, ROUND5_FLAGGED_TEXT, ROUND5_NEUTRAL_TEXT,
                                 flagged, neutral)

SETS = {"first": None, "later": LATER_FLAGGED_TEXT, "formal": FORMAL_FLAGGED_TEXT,
        "casual": CASUAL_FLAGGED_TEXT, "corporate": CORPORATE_FLAGGED_TEXT,
        "mixed": MIXED_FLAGGED_TEXT, "idiom": IDIOM_FLAGGED_TEXT,
        "emotion": EMOTION_FLAGGED_TEXT, "round5": ROUND5_FLAGGED_TEXT}
NEUTRAL = (neutral() + neutral(LATER_NEUTRAL_TEXT) + neutral(FORMAL_NEUTRAL_TEXT)
           + neutral(CASUAL_NEUTRAL_TEXT) + neutral(CORPORATE_NEUTRAL_TEXT)
           + neutral(MIXED_NEUTRAL_TEXT) + neutral(IDIOM_NEUTRAL_TEXT)
           + neutral(STRESS_NEUTRAL_TEXT) + neutral(EMOTION_NEUTRAL_TEXT)
           + neutral(ROUND5_NEUTRAL_TEXT))

TONE = ("accusatory", "emotional")
# per set, a little under what each measured when it was set
RECALL_FLOOR = {"first": 0.97, "later": 0.97, "formal": 0.95, "casual": 0.90, "corporate": 0.90,
                "mixed": 0.90, "idiom": 0.80, "emotion": 0.85, "round5": 0.97}
FAMILY_FLOOR = 0.80


@pytest.fixture(scope="module")
def english(linter):
    return linter.engine("en")


def _tone(english, text):
    from tone_lint.source import Source

    return [f for f in english.check(Source("probe", text)).findings if f.category in TONE]


@pytest.fixture(scope="module", params=list(SETS))
def caught(english, request):
    """(set name, family -> list of (sentence, caught?)) for every flagged probe of one set."""
    by_family = {}
    rows = flagged(SETS[request.param]) if SETS[request.param] else flagged()
    for family, text, start, end in rows:
        hit = any(f.start < end and f.end > start for f in _tone(english, text))
        by_family.setdefault(family, []).append((text, hit))
    return request.param, by_family


def test_the_probes_are_well_formed():
    assert len(flagged()) >= 250 and len(neutral()) >= 150
    rows = [row for text in SETS.values() for row in (flagged(text) if text else flagged())]
    assert all(0 <= start < end <= len(text) for _, text, start, end in rows)


def test_flagged_probe_recall_holds_its_floor(caught):
    name, caught = caught
    hits = [hit for rows in caught.values() for _, hit in rows]
    recall = sum(hits) / len(hits)
    missed = [text for rows in caught.values() for text, hit in rows if not hit]
    assert recall >= RECALL_FLOOR[name], f"{name}: recall {recall:.3f}; missed: {missed}"


def test_every_family_holds_its_floor(english):
    """Across all sets, so that a family of three casual probes does not decide alone."""
    by_family = {}
    for text_set in SETS.values():
        for family, text, start, end in (flagged(text_set) if text_set else flagged()):
            hit = any(f.start < end and f.end > start for f in _tone(english, text))
            by_family.setdefault(family, []).append(hit)
    low = {family: f"{sum(hits)}/{len(hits)}" for family, hits in by_family.items()
           if sum(hits) / len(hits) < FAMILY_FLOOR}
    assert low == {}


@pytest.mark.parametrize("family,text", NEUTRAL, ids=lambda v: v if len(v) < 40 else v[:40])
def test_neutral_probe_raises_no_tone_finding(english, family, text):
    assert [(f.rule, text[f.start:f.end]) for f in _tone(english, text)] == []


# "should've", "could've", "would've": after a modal the tokenizer keeps the NORM "'ve" (after a
# pronoun it becomes "have"), so every pattern naming "have" must name "'ve" too.
MODAL_VE = [
    ("You should've told me.", "should've"),
    ("You could've warned us.", "could've"),
    ("It would've been nice to know.", "would've"),
    ("A phone call would've gone a long way.", "would've"),
]


@pytest.mark.parametrize("text,word", MODAL_VE)
def test_a_contracted_have_after_a_modal_is_still_caught(english, text, word):
    start = text.index(word)
    assert any(f.start <= start < f.end for f in _tone(english, text)), text
