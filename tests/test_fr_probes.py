"""The French packs on the probe sentences of tests/fr_probes_*.py: how many flagged sentences get
a tone finding overlapping the span a reviewer would mark, and how many neutral ones get none.

Each set was committed before it was measured. The floors below are what the packs must keep;
the rates themselves are computed on every run. `python tests/test_fr_probes.py` prints the rates
and every miss and false positive.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

TONE = {"accusatory", "emotional"}

# set name -> (module in tests/, what it holds, recall floor, share of neutral probes left clean)
PROBE_SETS = {
    "data": ("the first set, written before any pack was opened", 0.90, 1.0),
    "variants": ("written after the rules, to check they generalise", 0.90, 0.95),
    "prose": ("longer sentences as they sit in emails", 0.90, 1.0),
    "round4": ("more trades and registers, written after train3", 0.90, 1.0),
    "round5": ("passive-aggressive politeness, warnings, farewells", 0.90, 1.0),
    "round6": ("imputed intent, ability questions, abuse idioms", 0.90, 1.0),
    "round7": ("distress and guilt as reproach, blame via the staff", 0.90, 1.0),
    "round8": ("round 5 families and their innocent look-alikes", 0.90, 1.0),
    "round9": ("everyday neutral email sentences, and the angry twins of what they exposed", 0.90, 0.99),
    "round10": ("whole email paragraphs: hard clean kinds and angry ones", 0.90, 1.0),
    "round11": ("the reader's own acts stated plainly, and angry twins", 0.90, 0.90),
}


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def probes(name):
    """(flagged (sentence, span) pairs, neutral sentences) of one set: FLAGGED_TEXT lines are
    "sentence | span", NEUTRAL_TEXT lines are sentences; lines starting with # are comments."""
    module = importlib.import_module(f"fr_probes_{name}")
    flagged = [tuple(part.strip() for part in line.rsplit(" | ", 1)) for line in _lines(module.FLAGGED_TEXT)]
    return flagged, _lines(module.NEUTRAL_TEXT)


def _engine():
    from tone_lint.engine import Linter
    from tone_lint.runner import load_rules

    return Linter(load_rules()).engine("fr")


def _tone_spans(engine, text):
    from tone_lint.engine import Options
    from tone_lint.source import Source

    result = engine.check(Source("probe", text), Options(termination="never"))
    return [(f.start, f.end, f.rule) for f in result.findings if f.category in TONE]


def measure(engine, pairs, sentences):
    misses, false_positives = [], []
    for sentence, span in pairs:
        start = sentence.index(span)
        end = start + len(span)
        if not any(s < end and start < e for s, e, _ in _tone_spans(engine, sentence)):
            misses.append((sentence, span))
    for sentence in sentences:
        found = _tone_spans(engine, sentence)
        if found:
            false_positives.append((sentence, [(sentence[s:e], rule) for s, e, rule in found]))
    recall = 1 - len(misses) / len(pairs)
    clean = 1 - len(false_positives) / len(sentences)
    return recall, clean, misses, false_positives


@pytest.fixture(scope="module")
def engine():
    return _engine()


def test_probe_data_is_well_formed():
    sets = {name: probes(name) for name in PROBE_SETS}
    first_flagged, first_neutral = sets["data"]
    assert len(first_flagged) >= 250 and len(first_neutral) >= 150
    assert len(sets["prose"][0]) >= 40 and len(sets["prose"][1]) >= 40
    for flagged, neutral in sets.values():
        assert all(len(pair) == 2 and pair[1] and pair[1] in pair[0] for pair in flagged)
        assert not {s for s, _ in flagged} & set(neutral)
    # the variants say other things than the first set, not the same sentences again
    variants_flagged, variants_neutral = sets["variants"]
    assert not {s for s, _ in variants_flagged} & {s for s, _ in first_flagged}
    assert not set(variants_neutral) & set(first_neutral)


@pytest.mark.parametrize("name", PROBE_SETS)
def test_probes_hold_their_floors(engine, name):
    _, recall_floor, clean_floor = PROBE_SETS[name]
    recall, clean, misses, false_positives = measure(engine, *probes(name))
    assert recall >= recall_floor, f"{name}: recall {recall:.3f}; missed: {misses[:20]}"
    assert clean >= clean_floor, f"{name}: clean {clean:.3f}; flagged: {false_positives}"


if __name__ == "__main__":
    engine = _engine()
    for name, (what, _, _) in PROBE_SETS.items():
        flagged, neutral = probes(name)
        recall, clean, misses, false_positives = measure(engine, flagged, neutral)
        print(f"== {name}: {what}")
        print(f"flagged caught: {len(flagged) - len(misses)}/{len(flagged)} = {recall:.3f}")
        print(f"neutral clean: {len(neutral) - len(false_positives)}/{len(neutral)} = {clean:.3f}")
        for sentence, span in misses:
            print(f"MISS  {span!r:45} in {sentence}")
        for sentence, found in false_positives:
            print(f"FP    {found} in {sentence}")
