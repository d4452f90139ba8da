"""Token patterns (spaCy's pattern dictionaries), checked against what the pipeline sets."""
from __future__ import annotations

from tone_lint.errors import ToneLintError
from tone_lint.matcher import PatternError

# Attributes a blank tokenizer sets; LEMMA only when lookup lemmas are loaded.
TOKENIZER_ATTRS = frozenset(
    "ORTH TEXT LOWER NORM LENGTH SHAPE PREFIX SUFFIX SPACY OP IS_ALPHA IS_ASCII IS_DIGIT "
    "IS_LOWER IS_UPPER IS_TITLE IS_PUNCT IS_SPACE IS_STOP IS_BRACKET IS_QUOTE IS_LEFT_PUNCT "
    "IS_RIGHT_PUNCT IS_CURRENCY LIKE_NUM LIKE_URL LIKE_EMAIL".split()
)


def add(matcher, key: str, patterns: tuple, pipeline, where: str) -> None:
    allowed = TOKENIZER_ATTRS | ({"LEMMA"} if pipeline.lemmas is not None else set())
    for pattern in patterns:
        for token in pattern if isinstance(pattern, list) else ():
            for attr in token if isinstance(token, dict) else ():
                if isinstance(attr, str) and attr.upper() not in allowed:
                    raise ToneLintError(
                        f"token attribute {attr!r} is not set by tone-lint's pipeline "
                        f"(available: {', '.join(sorted(allowed))})",
                        where,
                    )
        try:
            matcher.add(key, pattern)
        except PatternError as exc:
            raise ToneLintError(f"invalid token pattern: {exc}", where) from None
