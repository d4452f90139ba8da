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

from test_fr_probes_data import flagged, neutral  # noqa: E402

TONE = {"accusatory", "emotional"}
RECALL_FLOOR = 0.90  # share of flagged probes with a finding overlapping their span
NEUTRAL_CLEAN_FLOOR = 1.0  # share of neutral probes with no tone finding at all


def _engine():
    from tone_lint.engine import Linter
    from tone_lint.runner import load_rules

    return Linter(load_rules()).engine("fr")


def _tone_spans(engine, text):
    from tone_lint.engine import Options
    from tone_lint.source import Source

    result = engine.check(Source("probe", text), Options(termination="never"))
    return [(f.start, f.end, f.rule) for f in result.findings if f.category in TONE]


def measure(engine):
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


def test_probe_data_is_well_formed():
    pairs = flagged()
    assert len(pairs) >= 250 and len(neutral()) >= 150
    assert all(span and span in sentence for sentence, span in pairs)
    assert not set(s for s, _ in pairs) & set(neutral())


def test_flagged_probes_are_caught(measured):
    recall, _, misses, _ = measured
    assert recall >= RECALL_FLOOR, f"recall {recall:.3f}; missed: {misses[:20]}"


def test_neutral_probes_stay_clean(measured):
    _, clean, _, false_positives = measured
    assert clean >= NEUTRAL_CLEAN_FLOOR, f"clean {clean:.3f}; flagged: {false_positives}"


if __name__ == "__main__":
    recall, clean, misses, false_positives = measure(_engine())
    print(f"flagged caught: {len(flagged()) - len(misses)}/{len(flagged())} = {recall:.3f}")
    print(f"neutral clean: {len(neutral()) - len(false_positives)}/{len(neutral())} = {clean:.3f}")
    for sentence, span in misses:
        print(f"MISS  {span!r:45} in {sentence}")
    for sentence, found in false_positives:
        print(f"FP    {found} in {sentence}")
