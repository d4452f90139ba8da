"""The termination pack on probes written from how people write, not from the packs.

tests/test_termination_probes.yaml holds, per language, sentences that end a client
relationship and look-alikes that end nothing, and for each element sentences that satisfy
it and near misses that do not. Each is checked inside a short email, through the engine:
- marker recall: endings whose email is marked a termination; false markers: look-alikes marked;
- element hits: the element found present; false hits: a near miss found present (the
  sentence follows a bare ending that satisfies no element, and the draft counts as a
  termination, as `--termination always` does).
The floors below were set from a run (the numbers come from the run; only the floors are
written here). `python tests/test_termination_probes.py` prints the numbers and every miss.

First contact, with the packs of c441fa6 (probes written before the packs were read):
  en: marker recall 0.698, false markers 0.092, element hits 0.891, element false hits 0.088
  fr: marker recall 0.694, false markers 0.066, element hits 0.804, element false hits 0.100
The packs were then widened by families (word lists x short structures), so these probes are
now a regression floor, not a measure of generalisation: that is what clean3 and train3 are for.

Round 5 added probe lines (marked in the YAML) for the families behind the element misses of
blind3/blind4 and the endings they left unrecognised, each run once before the packs were fixed:
  batch 1, en: 9/11 endings marked, 1/9 look-alikes marked, 1/2 handover near misses found
  batch 1, fr: 7/9 endings marked, 0/7 look-alikes marked, 0/1 handover found
  batch 2, en: 6/6 endings marked, 1/5 look-alikes marked; fr: 4/4, 0/3; elements all right
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
PROBES = HERE / "test_termination_probes.yaml"
ELEMENTS = ("notice-period", "handover-plan", "open-door")

# Each email: a greeting, the probe (after a bare ending sentence for element probes), a sign-off.
FRAMES = {
    "en": ("Hi Sam,\n\n", "I have decided to end our collaboration. ", "\n\nBest,\nAlex\n"),
    "fr": ("Bonjour Claire,\n\n", "J'ai décidé de mettre fin à notre collaboration. ", "\n\nCordialement,\nMarc\n"),
}

# Floors: least share of probes handled right (recall, hits), most share wrong (false markers/hits).
MARKER_RECALL = {"en": 0.97, "fr": 0.97}
FALSE_MARKERS = {"en": 0.02, "fr": 0.02}
ELEMENT_HITS = {"en": 0.97, "fr": 0.97}
ELEMENT_FALSE_HITS = {"en": 0.02, "fr": 0.02}


@functools.lru_cache(maxsize=None)
def _probes() -> dict:
    return yaml.safe_load(PROBES.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def _engine(lang: str):
    from tone_lint.engine import Engine
    from tone_lint.runner import load_rules

    return Engine(load_rules(), lang)


def _check(lang: str, text: str, termination: str):
    from tone_lint.engine import Options
    from tone_lint.source import Source

    return _engine(lang).check(Source("<probe>", text), Options(termination=termination))


def marked(lang: str, sentence: str) -> bool:
    head, _, tail = FRAMES[lang]
    return _check(lang, head + sentence + tail, "auto").termination


def present(lang: str, sentence: str) -> set[str]:
    """Elements found present in an ending email made of a bare ending and `sentence`."""
    head, ending, tail = FRAMES[lang]
    result = _check(lang, head + ending + sentence + tail, "always")
    return {s.element for s in result.checklist if s.present and s.element in ELEMENTS}


@functools.lru_cache(maxsize=None)
def measure(lang: str) -> dict:
    """Shares and misses for one language's probes."""
    probes = _probes()[lang]
    out = {"misses": []}
    endings, lookalikes = probes["ending"], probes["not-ending"]
    missed = [s for s in endings if not marked(lang, s)]
    wrong = [s for s in lookalikes if marked(lang, s)]
    out["marker_recall"] = 1 - len(missed) / len(endings)
    out["false_markers"] = len(wrong) / len(lookalikes)
    out["misses"] += [f"NOT MARKED: {s}" for s in missed] + [f"MARKED: {s}" for s in wrong]
    hits = total = false = near = 0
    for element in ELEMENTS:
        found = [s for s in probes[element]["present"] if element in present(lang, s)]
        wrong = [s for s in probes[element]["absent"] if element in present(lang, s)]
        out["misses"] += [f"{element} NOT FOUND: {s}" for s in probes[element]["present"] if s not in found]
        out["misses"] += [f"{element} FALSE: {s}" for s in wrong]
        hits, total = hits + len(found), total + len(probes[element]["present"])
        false, near = false + len(wrong), near + len(probes[element]["absent"])
        out[element] = (len(found) / len(probes[element]["present"]), len(wrong) / len(probes[element]["absent"]))
    out["element_hits"] = hits / total
    out["element_false_hits"] = false / near
    return out


def test_the_frames_satisfy_no_element_alone():
    for lang in FRAMES:
        head, ending, tail = FRAMES[lang]
        assert marked(lang, ending.strip()), lang
        assert present(lang, "") == set(), lang


def test_probe_counts_are_what_the_brief_asks():
    for lang, probes in _probes().items():
        assert len(set(probes["ending"])) >= 80 and len(set(probes["not-ending"])) >= 60, lang
        for element in ELEMENTS:
            assert len(set(probes[element]["present"])) >= 30, (lang, element)
            assert len(set(probes[element]["absent"])) >= 30, (lang, element)


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_markers_on_probes(lang):
    got = measure(lang)
    misses = "\n".join(m for m in got["misses"] if m.startswith(("NOT MARKED", "MARKED")))
    assert got["marker_recall"] >= MARKER_RECALL[lang], misses
    assert got["false_markers"] <= FALSE_MARKERS[lang], misses


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_elements_on_probes(lang):
    got = measure(lang)
    misses = "\n".join(m for m in got["misses"] if " NOT FOUND" in m or " FALSE" in m)
    assert got["element_hits"] >= ELEMENT_HITS[lang], misses
    assert got["element_false_hits"] <= ELEMENT_FALSE_HITS[lang], misses


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    show = "-q" not in sys.argv
    for lang in sys.argv[1:2] if len(sys.argv) > 1 and sys.argv[1] in FRAMES else sorted(FRAMES):
        got = measure(lang)
        print(
            f"{lang}: marker recall {got['marker_recall']:.3f}  false markers {got['false_markers']:.3f}  "
            f"element hits {got['element_hits']:.3f}  element false hits {got['element_false_hits']:.3f}"
        )
        print("  " + "  ".join(f"{e} {got[e][0]:.2f}/{got[e][1]:.2f}" for e in ELEMENTS))
        if show:
            for m in got["misses"]:
                print("  " + m)
