"""A LEMMA step that can never match what it names: the value is no word's lemma in spaCy's
lookup tables ("willing" has the lemma "will", "pleased" "please", « enverrai » « envoyer »),
and its own lemma is not beside it in the list. The pattern loads and runs; it just never fires
on that word, so `tone-lint rules test` says so."""
from __future__ import annotations

from functools import lru_cache

from tone_lint import nlp


@lru_cache(maxsize=None)
def _tables(language: str):
    table = nlp._lemma_table(language)
    return table, frozenset(lemma for _, lemma in table.items())


def _values(step) -> list[str]:
    value = step.get("LEMMA")
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return [v for v in value["IN"] if isinstance(v, str)]
    return []


def dead_lemmas(rule) -> list[str]:
    """What is wrong with each such LEMMA value of `rule`'s patterns and exceptions, once each."""
    steps = [step for spec in (rule.match, rule.exceptions) if spec for pattern in spec.patterns or [] for step in pattern]
    if not any(_values(step) for step in steps):
        return []
    table, lemmas = _tables(rule.language)
    problems: list[str] = []
    for step in steps:
        listed = {nlp.fold(v) for v in _values(step)}
        for word in sorted(listed):
            lemma = table.get(word, word)
            if lemma != word and word not in lemmas and lemma not in listed:
                problem = f"LEMMA {word!r} never matches: spaCy's {rule.language} tables give it the lemma {lemma!r}"
                if problem not in problems:
                    problems.append(problem)
    return problems
