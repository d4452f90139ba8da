"""spaCy token patterns (Matcher), checked against what the pipeline can provide."""
from __future__ import annotations

from tone_lint.errors import ToneLintError

# Attributes a blank tokenizer sets; LEMMA only when lookup lemmas are loaded.
TOKENIZER_ATTRS = frozenset(
    "ORTH TEXT LOWER NORM LENGTH SHAPE PREFIX SUFFIX SPACY OP IS_ALPHA IS_ASCII IS_DIGIT "
    "IS_LOWER IS_UPPER IS_TITLE IS_PUNCT IS_SPACE IS_STOP IS_BRACKET IS_QUOTE IS_LEFT_PUNCT "
    "IS_RIGHT_PUNCT IS_CURRENCY LIKE_NUM LIKE_URL LIKE_EMAIL".split()
)


def add(matcher, key: str, patterns: tuple, pipeline, where: str) -> None:
    from spacy.errors import MatchPatternError

    allowed = TOKENIZER_ATTRS | ({"LEMMA"} if pipeline.lemmas is not None else set())
    for pattern in patterns:
        for token in pattern:
            for attr in token:
                if attr.upper() not in allowed:
                    raise ToneLintError(
                        f"token attribute {attr!r} is not set by tone-lint's pipeline "
                        f"(available: {', '.join(sorted(allowed))})",
                        where,
                    )
    try:
        matcher.add(key, [list(p) for p in patterns])
    except (MatchPatternError, ValueError, TypeError, KeyError) as exc:
        detail = " ".join(str(exc).split())
        raise ToneLintError(f"invalid token pattern: {detail[:300]}", where) from None
    expanded = [q for p in patterns for q in expand_first_token(list(p))]
    if len(expanded) != len(patterns):
        # Validated as written above (so errors name the pattern the author wrote); matched
        # as the equivalent expansion, which is faster.
        matcher.remove(key)
        matcher.add(key, expanded)


_SINGLE = (None, "?")  # a spec that covers at most one token
_EXPANDABLE = frozenset({"ORTH", "LOWER", "NORM", "LEMMA"})


def expand_first_token(pattern: list[dict]) -> list[list[dict]]:
    """`[{NORM: {IN: [a, b]}}, ...]` as `[{NORM: a}, ...]` and `[{NORM: b}, ...]`.

    spaCy's Matcher starts a candidate at every token for every pattern; a set predicate
    on the first token is a Python call there, an equality is a C comparison. For a spec
    that covers at most one token (no OP, or "?"), "value in S" matches exactly where one
    of the equalities does, and the Matcher reports each (key, start, end) once, so the
    matches are the same (tests/test_token_expansion.py compares them on the corpus).
    """
    if not pattern or not isinstance(pattern[0], dict):
        return [pattern]
    first = pattern[0]
    if first.get("OP") not in _SINGLE:
        return [pattern]
    sets = [
        k for k, v in first.items()
        if isinstance(k, str) and k.upper() in _EXPANDABLE and isinstance(v, dict) and set(v) == {"IN"}
        and isinstance(v["IN"], list) and v["IN"] and all(isinstance(x, str) for x in v["IN"])
    ]
    if len(sets) != 1:
        return [pattern]
    attr = sets[0]
    return [[{**first, attr: value}, *pattern[1:]] for value in dict.fromkeys(first[attr]["IN"])]
