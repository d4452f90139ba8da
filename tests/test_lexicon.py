"""tone_lint.lexicon tells words from acronyms, from the lookup tables installed with spaCy, and
a regex rule with `known_words: true` (the shouting rule) keeps only its matches that are words."""
import os
import subprocess
import sys
import textwrap

import pytest

from tone_lint import lexicon
from tone_lint.engine import Linter
from tone_lint.packs import load_packs
from tone_lint.source import Source


@pytest.mark.parametrize("word", ["NEVER", "Again", "fifth", "WHAT", "OWE", "RESPONSIBILITY", "DON'T", "asap"])
def test_english_words_are_known(word):
    assert lexicon.all_known("en", word)


@pytest.mark.parametrize("word", ["FCRA", "CBSE", "LOLER", "CFIA", "HDMI", "NEFT"])
def test_acronyms_nobody_listed_are_not_words(word):
    assert not lexicon.all_known("en", word)


@pytest.mark.parametrize("word,known", [("JAMAIS", True), ("PAYEZ", True), ("TOUJOURS", True), ("URSSAF", False), ("SNCF", False)])
def test_french_words_and_acronyms(word, known):
    assert lexicon.all_known("fr", word) is known


def test_every_word_of_a_span_must_be_known():
    assert lexicon.all_known("en", "PAY ME NOW")
    assert not lexicon.all_known("en", "PAY THE FCRA")


def test_the_tables_load_without_importing_spacy():
    # a cold check never imports spacy (tone_lint.nlp): looking a word up must not either
    code = "import sys; from tone_lint import lexicon; lexicon.all_known('fr', 'URSSAF'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "False\n"


def _engine(tmp_path, known_words):
    pack = tmp_path / "caps.yaml"
    pack.write_text(textwrap.dedent(f"""\
        language: en
        rules:
          - id: house.caps
            category: emotional
            severity: warning
            kind: regex
            message: m
            why: w
            regex: '\\b\\p{{Lu}}{{4,}}\\b'
            known_words: {str(known_words).lower()}
        """), encoding="utf-8")
    return Linter([r for p in load_packs([pack]) for r in p.rules]).engine("en")


def test_known_words_keeps_the_words_and_drops_the_acronyms(tmp_path):
    text = "The FCRA form and the HDMI cable are fine. I will NEVER pay TWICE."
    found = [text[f.start:f.end] for f in _engine(tmp_path, True).check(Source("t", text)).findings]
    assert found == ["NEVER", "TWICE"]
    found = [text[f.start:f.end] for f in _engine(tmp_path, False).check(Source("t", text)).findings]
    assert found == ["FCRA", "HDMI", "NEVER", "TWICE"]


def test_the_shipped_shouting_rule_ignores_unknown_acronyms(linter):
    text = "Kindly pay by NEFT before the LOLER inspection. I will NOT wait AGAIN."
    result = linter.engine("en").check(Source("t", text))
    assert [text[f.start:f.end] for f in result.findings if f.rule == "emotional.shouting"] == ["NOT", "AGAIN"]


def test_the_base_forms_are_kept_in_the_cache(tmp_path):
    # decoding the English lemma index costs a cold check more than the check itself
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("TONE_LINT_NO_CACHE", None)
    code = "from tone_lint import lexicon; print(lexicon.all_known('en', 'NEVER'), lexicon.all_known('en', 'FCRA'))"
    for _ in range(2):  # the first run stores the entry, the second reads it
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
        assert out == "True False\n"
    assert len(list((tmp_path / "tone-lint").glob("en-words-*.marshal"))) == 1
