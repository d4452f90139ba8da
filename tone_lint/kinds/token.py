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
