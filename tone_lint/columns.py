"""A tokenised draft as the plain columns the matcher reads, one value per token.

Whitespace that separates words within a paragraph (a hard line wrap with its indentation,
or a double space) is left out, so "because of" + newline + "you" in a hard-wrapped mail
body still matches "because of you". Paragraph breaks and the long blank runs left by
masked text stay tokens, so no pattern matches across them. `starts` and `ends` map each
kept token back to its characters in the text.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from tone_lint.matcher import FLAG_ATTRS, STRING_ATTRS

_WRAP = regex.compile(r"[ \t]*\r?\n[ \t]*|[ \t]{1,2}")


@dataclass
class Columns:
    values: dict  # attribute name -> list of values
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)


def read(doc, attrs) -> Columns:
    """The `attrs` of every token of `doc` (a spaCy Doc) but in-paragraph whitespace."""
    from spacy import attrs as ids

    names = ["IDX", "ORTH", "IS_SPACE", *sorted(set(attrs) - {"IDX", "ORTH", "IS_SPACE"})]
    if not len(doc):
        return Columns({name: [] for name in names}, [], [])
    table = doc.to_array([ids.IDS[name] for name in names]).T.tolist()
    strings = doc.vocab.strings
    orths = [strings[h] for h in table[1]]
    keep = [
        i for i, (orth, space) in enumerate(zip(orths, table[2])) if not (space and _WRAP.fullmatch(orth))
    ]
    every = len(keep) == len(orths)
    values = {}
    for name, column in zip(names, table):
        if name == "IDX":
            continue
        if name == "ORTH":
            column = orths
        elif name in STRING_ATTRS:
            column = [strings[h] for h in column]
        elif name in FLAG_ATTRS:
            column = [bool(v) for v in column]
        values[name] = column if every else [column[i] for i in keep]
    positions = range(len(orths)) if every else keep
    starts = [table[0][i] for i in positions]
    ends = [start + len(orths[i]) for start, i in zip(starts, positions)]
    return Columns(values, starts, ends)
