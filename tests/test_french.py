"""French elisions and both apostrophes match the same patterns."""
from pathlib import Path

import pytest

from tone_lint.engine import Linter
from tone_lint.lang import detect
from tone_lint.packs import load_packs
from tone_lint.source import Source

PACK = Path(__file__).parent / "fixtures" / "packs" / "elisions-fr.yaml"


@pytest.fixture(scope="module")
def engine():
    return Linter([r for p in load_packs([PACK]) for r in p.rules]).engine("fr")


@pytest.mark.parametrize("text,span", [
    ("Vous n'avez pas lu.", "Vous n'avez pas"),
    ("Vous n’avez pas lu.", "Vous n’avez pas"),
    ("Je crois qu'il faut partir.", "qu'il faut"),
    ("Je crois qu’il faut partir.", "qu’il faut"),
    ("Merci à l’équipe.", "l’équipe"),
    ("Merci à L'ÉQUIPE.", "L'ÉQUIPE"),
])
def test_phrase_matches_with_either_apostrophe(engine, text, span):
    result = engine.check(Source("t", text))
    assert [text[f.start : f.end] for f in result.findings] == [span]


@pytest.mark.parametrize("text,span", [
    ("Vous n'oubliez jamais.", "n'oubliez"),
    ("Tu n’oublies rien.", "n’oublies"),
    ("Ils n’oublièrent pas.", "n’oublièrent"),
])
def test_token_pattern_on_elided_negation_and_lemma(engine, text, span):
    result = engine.check(Source("t", text))
    assert [text[f.start : f.end] for f in result.findings] == [span]


@pytest.mark.parametrize("text,lang", [
    ("Bonjour Claire, merci pour votre retour sur la maquette.", "fr"),
    ("Hi Claire, thank you for your feedback on the mock-up.", "en"),
    ("Je vous écris au sujet de la facture.", "fr"),
    ("Re: facture — please find the invoice attached, and thanks for your patience.", "en"),
    ("", "en"),
    ("😀 !!!", "en"),
])
def test_language_detection(text, lang):
    assert detect(text) == lang
