"""The French packs on the probe sentences of test_fr_probes_data: how many flagged sentences get
a tone finding overlapping the span a reviewer would mark, and how many neutral ones get none.

The floors below are what the packs must keep; the rates themselves are computed on every run.
`python tests/test_fr_probes.py` prints the rates and every miss and false positive.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import test_fr_probes_prose as prose  # noqa: E402
import test_fr_probes_round4 as round4  # noqa: E402
import test_fr_probes_round5 as round5  # noqa: E402
import test_fr_probes_round6 as round6  # noqa: E402
import test_fr_probes_round7 as round7  # noqa: E402
import test_fr_probes_variants as variants  # noqa: E402
from test_fr_probes_data import flagged, neutral  # noqa: E402

TONE = {"accusatory", "emotional"}
RECALL_FLOOR = 0.90  # share of flagged probes with a finding overlapping their span
NEUTRAL_CLEAN_FLOOR = 1.0  # share of neutral probes with no tone finding at all
# The second set (test_fr_probes_variants) was written after the rules, to check they generalise.
VARIANT_RECALL_FLOOR = 0.90
VARIANT_CLEAN_FLOOR = 0.95
# The third set (test_fr_probes_prose): longer sentences as they sit in emails.
PROSE_RECALL_FLOOR = 0.90
PROSE_CLEAN_FLOOR = 1.0
# The fourth set (test_fr_probes_round4): more trades and registers, written after train3.
ROUND4_RECALL_FLOOR = 0.90
ROUND4_CLEAN_FLOOR = 1.0
# The fifth set (test_fr_probes_round5): passive-aggressive politeness, warnings, farewells.
ROUND5_RECALL_FLOOR = 0.90
ROUND5_CLEAN_FLOOR = 1.0
# The sixth set (test_fr_probes_round6): imputed intent, ability questions, abuse idioms.
ROUND6_RECALL_FLOOR = 0.90
ROUND6_CLEAN_FLOOR = 1.0
# The seventh set (test_fr_probes_round7): distress and guilt as reproach, blame via the staff.
ROUND7_RECALL_FLOOR = 0.90
ROUND7_CLEAN_FLOOR = 1.0


def _engine():
    from tone_lint.engine import Linter
    from tone_lint.runner import load_rules

    return Linter(load_rules()).engine("fr")


def _tone_spans(engine, text):
    from tone_lint.engine import Options
    from tone_lint.source import Source

    result = engine.check(Source("probe", text), Options(termination="never"))
    return [(f.start, f.end, f.rule) for f in result.findings if f.category in TONE]


def measure(engine, flagged=flagged, neutral=neutral):
    misses, false_positives = [], []
    pairs = flagged()
    for sentence, span in pairs:
        start = sentence.index(span)
        end = start + len(span)
        if not any(s < end and start < e for s, e, _ in _tone_spans(engine, sentence)):
            misses.append((sentence, span))
    sentences = neutral()
    for sentence in sentences:
        found = _tone_spans(engine, sentence)
        if found:
            false_positives.append((sentence, [(sentence[s:e], rule) for s, e, rule in found]))
    recall = 1 - len(misses) / len(pairs)
    clean = 1 - len(false_positives) / len(sentences)
    return recall, clean, misses, false_positives


@pytest.fixture(scope="module")
def measured():
    return measure(_engine())


@pytest.fixture(scope="module")
def measured_variants():
    return measure(_engine(), variants.flagged, variants.neutral)


@pytest.fixture(scope="module")
def measured_prose():
    return measure(_engine(), prose.flagged, prose.neutral)


@pytest.fixture(scope="module")
def measured_round4():
    return measure(_engine(), round4.flagged, round4.neutral)


@pytest.fixture(scope="module")
def measured_round5():
    return measure(_engine(), round5.flagged, round5.neutral)


@pytest.fixture(scope="module")
def measured_round6():
    return measure(_engine(), round6.flagged, round6.neutral)


@pytest.fixture(scope="module")
def measured_round7():
    return measure(_engine(), round7.flagged, round7.neutral)


def test_probe_data_is_well_formed():
    pairs = flagged()
    assert len(pairs) >= 250 and len(neutral()) >= 150
    assert all(span and span in sentence for sentence, span in pairs)
    assert not set(s for s, _ in pairs) & set(neutral())
    assert all(span and span in sentence for sentence, span in variants.flagged())
    # the second set says other things than the first, not the same sentences again
    assert not {s for s, _ in variants.flagged()} & {s for s, _ in pairs}
    assert not set(variants.neutral()) & set(neutral())
    assert all(span and span in sentence for sentence, span in prose.flagged())
    assert len(prose.flagged()) >= 40 and len(prose.neutral()) >= 40
    assert all(span and span in sentence for sentence, span in round4.flagged())
    assert all(span and span in sentence for sentence, span in round5.flagged())
    assert all(span and span in sentence for sentence, span in round6.flagged())
    assert all(span and span in sentence for sentence, span in round7.flagged())


def test_flagged_probes_are_caught(measured):
    recall, _, misses, _ = measured
    assert recall >= RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses[:20]}"


def test_neutral_probes_stay_clean(measured):
    _, clean, _, false_positives = measured
    assert clean >= NEUTRAL_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


def test_variant_probes_are_caught(measured_variants):
    recall, _, misses, _ = measured_variants
    assert recall >= VARIANT_RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses}"


def test_variant_neutral_probes_stay_clean(measured_variants):
    _, clean, _, false_positives = measured_variants
    assert clean >= VARIANT_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


def test_prose_probes_are_caught(measured_prose):
    recall, _, misses, _ = measured_prose
    assert recall >= PROSE_RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses}"


def test_prose_neutral_probes_stay_clean(measured_prose):
    _, clean, _, false_positives = measured_prose
    assert clean >= PROSE_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


def test_round4_probes_are_caught(measured_round4):
    recall, _, misses, _ = measured_round4
    assert recall >= ROUND4_RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses}"


def test_round4_neutral_probes_stay_clean(measured_round4):
    _, clean, _, false_positives = measured_round4
    assert clean >= ROUND4_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


def test_round5_probes_are_caught(measured_round5):
    recall, _, misses, _ = measured_round5
    assert recall >= ROUND5_RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses}"


def test_round5_neutral_probes_stay_clean(measured_round5):
    _, clean, _, false_positives = measured_round5
    assert clean >= ROUND5_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


def test_round6_probes_are_caught(measured_round6):
    recall, _, misses, _ = measured_round6
    assert recall >= ROUND6_RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses}"


def test_round6_neutral_probes_stay_clean(measured_round6):
    _, clean, _, false_positives = measured_round6
    assert clean >= ROUND6_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


def test_round7_probes_are_caught(measured_round7):
    recall, _, misses, _ = measured_round7
    assert recall >= ROUND7_RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses}"


def test_round7_neutral_probes_stay_clean(measured_round7):
    _, clean, _, false_positives = measured_round7
    assert clean >= ROUND7_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


if __name__ == "__main__":
    engine = _engine()
    for title, sets in (("probes", (flagged, neutral)), ("variants", (variants.flagged, variants.neutral)),
                        ("prose", (prose.flagged, prose.neutral)),
                        ("round4", (round4.flagged, round4.neutral)),
                        ("round5", (round5.flagged, round5.neutral)),
                        ("round6", (round6.flagged, round6.neutral)),
                        ("round7", (round7.flagged, round7.neutral))):
        recall, clean, misses, false_positives = measure(engine, *sets)
        total, quiet = len(sets[0]()), len(sets[1]())
        print(f"== {title}")
        print(f"flagged caught: {total - len(misses)}/{total} = {recall:.3f}")
        print(f"neutral clean: {quiet - len(false_positives)}/{quiet} = {clean:.3f}")
        for sentence, span in misses:
            print(f"MISS  {span!r:45} in {sentence}")
        for sentence, found in false_positives:
            print(f"FP    {found} in {sentence}")
