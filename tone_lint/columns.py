"""A tokenised draft as the plain columns the matcher reads, one value per token.

Whitespace that separates words within a paragraph (a hard line wrap with its indentation,
or a double space) is left out, so "because of" + newline + "you" in a hard-wrapped mail
body still matches "because of you". Paragraph breaks and the long blank runs left by
masked text stay tokens, so no pattern matches across them. `starts` and `ends` map each
kept token back to its characters in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tone_lint.matcher import FLAG_ATTRS, STRING_ATTRS

_WRAP = re.compile(r"[ \t]*\r?\n[ \t]*|[ \t]{1,2}")


@dataclass
class Columns:
    values: dict  # attribute name -> list of values
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)


def kept_positions(orths: list[str], is_space: list) -> list[int] | None:
    """The positions of the tokens kept (None: all of them): in-paragraph whitespace goes."""
    if not any(is_space):
        return None
    keep = [i for i, (orth, space) in enumerate(zip(orths, is_space)) if not (space and _WRAP.fullmatch(orth))]
    return None if len(keep) == len(orths) else keep


def read(doc, attrs) -> Columns:
    """The `attrs` of every token of `doc` (a spaCy Doc) but in-paragraph whitespace."""
    from spacy import attrs as ids

    names = ["IDX", "ORTH", "IS_SPACE", *sorted(set(attrs) - {"IDX", "ORTH", "IS_SPACE"})]
    if not len(doc):
        return Columns({name: [] for name in names[1:]}, [], [])
    # TEXT is ORTH under another name; spaCy's to_array knows only the latter.
    table = doc.to_array([ids.IDS["ORTH" if name == "TEXT" else name] for name in names]).T.tolist()
    strings = doc.vocab.strings
    orths = [strings[h] for h in table[1]]
    keep = kept_positions(orths, table[2])
    values = {}
    for name, column in zip(names, table):
        if name == "IDX":
            continue
        if name in ("ORTH", "TEXT"):
            column = orths
        elif name in STRING_ATTRS:
            column = [strings[h] for h in column]
        elif name in FLAG_ATTRS:
            column = [bool(v) for v in column]
        values[name] = column if keep is None else [column[i] for i in keep]
    positions = range(len(orths)) if keep is None else keep
    starts = [table[0][i] for i in positions]
    ends = [start + len(orths[i]) for start, i in zip(starts, positions)]
    return Columns(values, starts, ends)
