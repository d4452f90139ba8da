"""spaCy's tokenizer for a blank pipeline, replayed in pure Python from data exported once.

`import spacy` alone takes most of a second, and a cold check needs nothing from it but the
tokenizer of a blank pipeline: rules (affix and infix regular expressions, special cases)
applied by a short algorithm, and lexical attributes computed by small functions of the
token's text. The first run, with spaCy loaded, exports the rules (`export`): the compiled
programs of spaCy's own regular expressions (replayed, not recompiled: see
nlpcache._replay), the special cases with their NORM, the norm exceptions, stop words and
number words. Later runs tokenise with `Tokenizer` and never import spaCy.

The algorithm is spaCy's `Tokenizer.__call__` (spacy/tokenizer.pyx), not `explain()`, which
differs on whitespace and on special cases that contain affixes:

1. the text is cut into runs of whitespace and of non-whitespace; a single " " after a word
   is that word's trailing space, any other whitespace run becomes a token of its own;
2. each run is a special case, or loses prefixes and suffixes until what is left is a
   special case, matches `token_match`, or has no affix left; the rest is split on infixes;
3. special cases that contain affixes ("e.g.)" -> "e.g." ")") are found again on the
   tokens of step 2 and retokenised, longest first, like spaCy's special-case matcher.

spaCy keeps a cache of runs it has tokenised; its answers are those of step 2 computed
again, so a memo of the same runs gives the same tokens. tests/test_tokenizer.py compares
every token and column with spaCy's tokenizer on the corpus, the examples, the rule
examples and generated text; `verify` runs the same comparison on a sample when the data
is exported, and a replica that differs is never used.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import accumulate
from operator import add

from tone_lint.nlp import fold

FORMAT = 1
# A text is whitespace before its first word, then words, each with the one space that
# trails it and the rest of its whitespace run (a token of its own), as spaCy splits on " ".
# `\s` is str.isspace() for every code point, as in spaCy.
_LEADING = re.compile(r"\s+")
_WORDS = re.compile(r"(\S+)( ?)(\s*)")
_MEMO_LIMIT = 50_000

# spacy/lang/lex_attrs.py: the constants inside its functions (module-level data is exported).
_BRACKETS = frozenset(("(", ")", "[", "]", "{", "}", "<", ">"))
_QUOTES = frozenset(('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``"))
_LEFT_PUNCT = frozenset(("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``"))
_RIGHT_PUNCT = frozenset((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''"))
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

# Samples the exported replica must tokenise exactly like spaCy before it is trusted.
SAMPLES = (
    "Aujourd'hui, l’équipe n'a pas répondu : qu’il vienne, s'il-vous-plaît !",
    "Est-ce qu'on peut se voir ? Qu'est-ce que c'est ? N’est-ce pas ? s'est-il dit.",
    "Le black-out, le burn-out, les États-Unis, New-York, prud'homme et prud’hommes.",
    "J.-C., janv., févr., M. Dupont, Mme. Durand, Dr. House, n° 12, St. Jean, 1er, 2e.",
    "Voir https://example.com/a-b?c=d&e=f ou écrire à jean-pierre@exemple.fr, 12,5 % en 2024-06-30.",
    "DONC ÇA SUFFIT !!! Vous n'avez JAMAIS répondu ?!? 😡😡 (vraiment…) « non » — fin.",
    "Il y a 3\u00a0jours\u202f; c’était l'été. Va-t-il partir ? A-t-elle dit oui\u00a0?",
    "You're done, aren't you? I can't, won't and shouldn't wait -- e.g. by 5pm U.S. time.",
    "  Leading spaces,\ttabs,\r\n\r\nCRLF,  double  spaces, trailing. ",
    "I'm sorry (e.g.) \"quoted\" 'single' don't. (don't) $5.00, £3, 3rd, twenty-one, 1/2.",
    "www.example.org example.com/page a.b. :) :-( <3 ^_^ ¯\\_(ツ)_/¯ 'tis y'all o'clock",
)


class Tokenizer:
    """`text` -> tokens, as spaCy's Tokenizer with the exported rules."""

    def __init__(self, data: dict, programs: dict):
        self.prefix_search = programs["prefix"].search if programs.get("prefix") else None
        self.suffix_search = programs["suffix"].search if programs.get("suffix") else None
        self.infix_finditer = programs["infix"].finditer if programs.get("infix") else None
        self.token_match = programs["token_match"].match if programs.get("token_match") else None
        self.url_match = programs["url_match"].match if programs.get("url_match") else None
        # special case -> its tokens, each (ORTH, NORM or None)
        self.specials: dict[str, tuple] = {k: tuple(tuple(t) for t in v) for k, v in data["specials"].items()}
        # The special-case matcher's patterns (ORTH sequences), by their first ORTH.
        self.patterns: dict[str, list[tuple[str, ...]]] = {}
        for pattern in data.get("patterns", ()):
            self.patterns.setdefault(pattern[0], []).append(tuple(pattern))
        self._memo: dict[str, tuple] = {}

    def __call__(self, text: str) -> tuple[list[str], list, list[bool]]:
        """The tokens of `text`: their ORTH, their special-case NORM (or None), their trailing space."""
        orths: list[str] = []
        norms: list = []
        spaced: list[int] = []  # the tokens followed by one space
        tokens_of = self._tokens_of
        start = 0
        leading = _LEADING.match(text)
        if leading:
            orths_, norms_ = tokens_of(leading.group())
            orths += orths_
            norms += norms_
            start = leading.end()
        for word, space, rest in _WORDS.findall(text, start):
            orths_, norms_ = tokens_of(word)
            orths += orths_
            norms += norms_
            if space:
                spaced.append(len(orths) - 1)
            if rest:
                orths_, norms_ = tokens_of(rest)
                orths += orths_
                norms += norms_
        spaces = [False] * len(orths)
        for i in spaced:
            spaces[i] = True
        if self.patterns and orths:
            self._retokenize_specials(text, orths, norms, spaces)
        return orths, norms, spaces

    def _tokens_of(self, span: str) -> tuple[tuple, tuple]:
        """The ORTHs and NORMs of one run without spaces, memoised: drafts repeat their words."""
        tokens = self._memo.get(span)
        if tokens is None:
            pairs = self._span(span, True)
            tokens = (tuple(orth for orth, _ in pairs), tuple(norm for _, norm in pairs))
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[span] = tokens
        return tokens

    def plain(self, text: str) -> list[str]:
        """The ORTHs of `text` tokenised without special cases (spaCy's special-case patterns)."""
        leading = _LEADING.match(text)
        runs = [leading.group()] if leading else []
        for word, _, rest in _WORDS.findall(text, leading.end() if leading else 0):
            runs += (word, rest) if rest else (word,)
        return [orth for run in runs for orth, _ in self._span(run, False)]

    # --- one run of text (spaCy's _tokenize: _split_affixes then _attach_tokens) ---------

    def _span(self, string: str, with_specials: bool) -> tuple:
        specials = self.specials if with_specials else {}
        special = specials.get(string)
        if special is not None:
            return special
        prefixes: list[str] = []
        suffixes: list[str] = []
        token_match = self.token_match
        last_size = 0
        while string and len(string) != last_size:
            if token_match is not None and token_match(string):
                break
            if string in specials:
                break
            last_size = len(string)
            pre_len = self._find_prefix(string)
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self._find_suffix(string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and (pre_len + suf_len) <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = [(p, None) for p in prefixes]
        if string:
            tokens.extend(self._attach(string, specials))
        tokens.extend((s, None) for s in reversed(suffixes))
        return tuple(tokens)

    def _attach(self, string: str, specials: dict) -> list:
        special = specials.get(string)
        if special is not None:
            return list(special)
        if (self.token_match is not None and self.token_match(string)) or (
            self.url_match is not None and self.url_match(string)
        ):
            return [(string, None)]
        matches = list(self.infix_finditer(string)) if self.infix_finditer is not None else ()
        if not matches:
            return [(string, None)]
        tokens = []
        start = 0
        for match in matches:
            infix_start, infix_end = match.start(), match.end()
            if infix_start == 0:  # spaCy skips an infix at the very start
                continue
            if infix_start != start:
                tokens.append((string[start:infix_start], None))
            if infix_start != infix_end:
                tokens.append((string[infix_start:infix_end], None))
            start = infix_end
        if string[start:]:
            tokens.append((string[start:], None))
        return tokens

    def _find_prefix(self, string: str) -> int:
        if self.prefix_search is None:
            return 0
        match = self.prefix_search(string)
        return match.end() - match.start() if match is not None else 0

    def _find_suffix(self, string: str) -> int:
        if self.suffix_search is None:
            return 0
        match = self.suffix_search(string)
        return match.end() - match.start() if match is not None else 0

    # --- special cases across tokens (spaCy's _apply_special_cases) -------------------------

    def _retokenize_specials(self, text: str, orths: list, norms: list, spaces: list) -> None:
        patterns = self.patterns
        firsts = patterns.keys() & set(orths)  # most drafts have none: no loop then
        if not firsts:
            return
        found = set()
        count = len(orths)
        for i, orth in enumerate(orths):
            if orth in firsts:
                for pattern in patterns[orth]:
                    end = i + len(pattern)
                    if end <= count and tuple(orths[i:end]) == pattern:
                        found.add((i, end))
        if not found:
            return
        # Longest first, then leftmost; a span is kept when neither its first nor its last
        # token was covered by one tried before (every tried span covers its tokens).
        seen: set[int] = set()
        kept = []
        for start, end in sorted(found, key=lambda span: (span[0] - span[1], span[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        kept.sort()
        idx = []
        offset = 0
        for orth, space in zip(orths, spaces):
            idx.append(offset)
            offset += len(orth) + space
        new_orths, new_norms, new_spaces = [], [], []
        i = 0
        for start, end in kept:
            new_orths += orths[i:start]
            new_norms += norms[i:start]
            new_spaces += spaces[i:start]
            span_text = text[idx[start] : idx[end - 1] + len(orths[end - 1])]
            special = self.specials.get(span_text)
            if special is None:  # tokens separated by spaces that the special case lacks
                new_orths += orths[start:end]
                new_norms += norms[start:end]
                new_spaces += spaces[start:end]
            else:
                new_orths += [orth for orth, _ in special]
                new_norms += [norm for _, norm in special]
                new_spaces += [False] * (len(special) - 1) + [spaces[end - 1]]
            i = end
        orths[:] = new_orths + orths[i:]
        norms[:] = new_norms + norms[i:]
        spaces[:] = new_spaces + spaces[i:]


class Lexicon:
    """spaCy's lexical attributes of a token's text (spacy/lang/lex_attrs.py and the language's)."""

    def __init__(self, data: dict, programs: dict):
        self.base_norms: dict[str, str] = data["base_norms"]
        self.stop_words = frozenset(data["stop_words"])
        self.num_words = frozenset(data["num_words"])
        self.ordinal_words = frozenset(data["ordinal_words"])
        self.ordinal_suffixes = data["like_num"] == "en"
        self.tlds = frozenset(data["tlds"])
        self._email = programs["email"].match
        self._url = programs["like_url"].match
        self.getters = {
            "ORTH": str,
            "TEXT": str,
            "LOWER": str.lower,
            "NORM": self.norm,
            "SHAPE": word_shape,
            "PREFIX": lambda s: s[0],
            "SUFFIX": lambda s: s[-3:],
            "LENGTH": len,
            "IS_ALPHA": str.isalpha,
            "IS_ASCII": str.isascii,
            "IS_DIGIT": str.isdigit,
            "IS_LOWER": str.islower,
            "IS_UPPER": str.isupper,
            "IS_TITLE": str.istitle,
            "IS_SPACE": str.isspace,
            "IS_PUNCT": is_punct,
            "IS_STOP": lambda s: s.lower() in self.stop_words,
            "IS_BRACKET": _BRACKETS.__contains__,
            "IS_QUOTE": _QUOTES.__contains__,
            "IS_LEFT_PUNCT": _LEFT_PUNCT.__contains__,
            "IS_RIGHT_PUNCT": _RIGHT_PUNCT.__contains__,
            "IS_CURRENCY": is_currency,
            "LIKE_NUM": self.like_num,
            "LIKE_URL": self.like_url,
            "LIKE_EMAIL": lambda s: bool(self._email(s)),
        }

    def norm(self, string: str) -> str:
        """The lexeme's NORM: spaCy's norm exceptions, else lower case."""
        norm = self.base_norms.get(string)
        return string.lower() if norm is None else norm

    def like_num(self, text: str) -> bool:
        if text.startswith(("+", "-", "±", "~")):
            text = text[1:]
        text = text.replace(",", "").replace(".", "")
        if text.isdigit():
            return True
        if text.count("/") == 1:
            num, denom = text.split("/")
            if num.isdigit() and denom.isdigit():
                return True
        lower = text.lower()
        if lower in self.num_words or lower in self.ordinal_words:
            return True
        if self.ordinal_suffixes and lower.endswith(_ORDINAL_SUFFIXES) and lower[:-2].isdigit():
            return True
        return False

    def like_url(self, text: str) -> bool:
        if text.startswith("http://") or text.startswith("https://"):
            return True
        elif text.startswith("www.") and len(text) >= 5:
            return True
        if text[0] == "." or text[-1] == ".":
            return False
        if "@" in text:
            return False
        if "." not in text:
            return False
        tld = text.rsplit(".", 1)[1].split(":", 1)[0]
        if tld.endswith("/"):
            return True
        if tld.isalpha() and tld in self.tlds:
            return True
        if self._url(text):
            return True
        return False


def is_punct(text: str) -> bool:
    for char in text:
        if not unicodedata.category(char).startswith("P"):
            return False
    return True


def is_currency(text: str) -> bool:
    for char in text:
        if unicodedata.category(char) != "Sc":
            return False
    return True


def word_shape(text: str) -> str:
    if len(text) >= 100:
        return "LONG"
    shape = []
    last = ""
    shape_char = ""
    seq = 0
    for char in text:
        if char.isalpha():
            shape_char = "X" if char.isupper() else "x"
        elif char.isdigit():
            shape_char = "d"
        else:
            shape_char = char
        if shape_char == last:
            seq += 1
        else:
            seq = 0
            last = shape_char
        if seq < 4:
            shape.append(shape_char)
    return "".join(shape)


class Replica:
    """The tokenizer and lexicon of one language: `columns(text, attrs, lemma)` like spaCy's."""

    def __init__(self, language: str, data: dict, programs: dict):
        self.language = language
        self.tokenizer = Tokenizer(data, programs)
        self.lexicon = Lexicon(data, programs)
        self._rows: dict = {}  # (attribute names, lemma function) -> (ORTH -> row of values, row function)

    def columns(self, text: str, attrs, lemma):
        """What tone_lint.columns.read gives for spaCy's Doc; `lemma(orth)` is the LEMMA column."""
        from tone_lint.columns import Columns, kept_positions

        names = ("ORTH", "IS_SPACE", *sorted(set(attrs) - {"ORTH", "IS_SPACE"}))
        orths, norms, spaces = self.tokenizer(text)
        widths = map(add, map(len, orths), spaces)  # a token and the space it owns
        starts = list(accumulate(widths, initial=0))
        starts.pop()
        # Every attribute but SPACY depends on the token's text alone: one memoised row per
        # distinct text, then the rows turned into columns in one step, rather than a
        # memo look-up per attribute per token.
        memo = self._rows.get((names, lemma))
        if memo is None or len(memo[0]) >= _MEMO_LIMIT:
            memo = self._rows[(names, lemma)] = ({}, self._row_function(names, lemma))
        rows, compute = memo
        table = [rows[o] if o in rows else rows.setdefault(o, compute(o)) for o in orths]
        keep = kept_positions(orths, [row[1] for row in table])
        if keep is not None:
            table = [table[i] for i in keep]
            starts = [starts[i] for i in keep]
            norms = [norms[i] for i in keep]
            spaces = [spaces[i] for i in keep]
        if not table:
            return Columns({name: [] for name in names}, [], [])
        values = dict(zip(names, map(list, zip(*table))))
        if "SPACY" in values:
            values["SPACY"] = spaces
        if "NORM" in values and any(norms):
            values["NORM"] = [fold(n) if n else c for n, c in zip(norms, values["NORM"])]
        ends = list(map(add, starts, map(len, values["ORTH"])))
        return Columns(values, starts, ends)

    def _row_function(self, names, lemma):
        """orth -> the tuple of its values for `names`, in order."""
        lexicon = self.lexicon

        def value(name):
            if name == "ORTH":
                return lambda orth: orth
            if name == "SPACY":
                return lambda orth: False  # replaced by the tokenizer's own spaces
            if name == "NORM":
                return lambda orth: fold(lexicon.norm(orth))
            if name == "LEMMA":
                return lemma
            return lexicon.getters[name]

        getters = tuple(value(name) for name in names)
        return lambda orth: tuple(get(orth) for get in getters)


# --- export (spaCy loaded) and load (spaCy not needed) --------------------------------------

_PROGRAM_NAMES = ("prefix", "suffix", "infix", "token_match", "url_match", "email", "like_url")
# name -> (spaCy Tokenizer attribute, the compiled pattern's method it must be)
_METHODS = {
    "prefix": ("prefix_search", "search"),
    "suffix": ("suffix_search", "search"),
    "infix": ("infix_finditer", "finditer"),
    "token_match": ("token_match", "match"),
    "url_match": ("url_match", "match"),
}


class Unsupported(Exception):
    """The spaCy tokenizer uses something the replica does not reproduce."""


def export(language: str, spacy_tokenizer, defaults) -> dict:
    """Everything `Replica` needs, read from a spaCy tokenizer and its language's defaults.

    Raises Unsupported when spaCy's set-up is not the one the replica reproduces.
    """
    from spacy import attrs
    from spacy.lang import lex_attrs as base
    from spacy.lang.norm_exceptions import BASE_NORMS
    from spacy.vocab import create_vocab

    from tone_lint import nlpcache

    if not spacy_tokenizer.faster_heuristics:
        raise Unsupported("faster_heuristics is off")
    programs = {}
    for name, (attribute, method) in _METHODS.items():
        function = getattr(spacy_tokenizer, attribute)
        if function is None:
            programs[name] = None
            continue
        pattern = getattr(function, "__self__", None)
        if not isinstance(pattern, re.Pattern) or function.__name__ != method:
            raise Unsupported(f"{name} is not a compiled regular expression's {method}")
        programs[name] = nlpcache.program(pattern)
    programs["email"] = nlpcache.program(base._like_email.__self__)
    programs["like_url"] = nlpcache.program(base.URL_MATCH.__self__)

    # The lexical attributes must be spaCy's own functions, the ones ported here.
    vocab = create_vocab(language, defaults)
    getters = vocab.lex_attr_getters
    expected = {getattr(attrs, name) for name in ("LANG", "NORM", "IS_STOP")} | set(base.LEX_ATTRS)
    if set(getters) != expected:
        raise Unsupported("unexpected lexical attributes")
    for attr, function in base.LEX_ATTRS.items():
        if attr not in (attrs.NORM, attrs.IS_STOP, attrs.LIKE_NUM) and getters[attr] is not function:
            raise Unsupported(f"lexical attribute {attr} is not spaCy's default")
    like_num = getters[attrs.LIKE_NUM]
    module = getattr(like_num, "__module__", "")
    styles = {"spacy.lang.lex_attrs": "base", "spacy.lang.en.lex_attrs": "en", "spacy.lang.fr.lex_attrs": "fr"}
    if module not in styles or like_num.__name__ != "like_num":
        raise Unsupported("unknown like_num")
    if set(defaults.lex_attr_getters) - {attrs.LIKE_NUM}:
        raise Unsupported("language-specific lexical attributes")
    import sys

    like_num_module = sys.modules[module]
    specials = {}
    for string, pieces in spacy_tokenizer.rules.items():
        tokens = []
        for piece in pieces:
            piece = attrs.intify_attrs(piece, _do_deprecated=True)
            if set(piece) - {attrs.ORTH, attrs.NORM}:
                raise Unsupported(f"special case {string!r} sets more than ORTH and NORM")
            tokens.append((piece[attrs.ORTH], piece.get(attrs.NORM) or None))
        specials[string] = tokens
    data = {
        "format": FORMAT,
        "language": language,
        "programs": programs,
        "specials": specials,
        "base_norms": dict(BASE_NORMS),
        "stop_words": sorted(defaults.stop_words),
        "num_words": sorted(getattr(like_num_module, "_num_words", ())) if styles[module] != "base" else [],
        "ordinal_words": sorted(getattr(like_num_module, "_ordinal_words", ())) if styles[module] != "base" else [],
        "like_num": styles[module],
        "tlds": sorted(base._tlds),
    }
    # spaCy's special-case matcher holds, for each special case that has an affix or a
    # space, its tokens without special cases (Tokenizer.add_special_case).
    plain = Tokenizer(data, _replay_all(programs))
    patterns = []
    for string in sorted(specials):
        if (
            plain._find_prefix(string)
            or (plain.infix_finditer is not None and list(plain.infix_finditer(string)))
            or plain._find_suffix(string)
            or " " in string
        ):
            orths = plain.plain(string)
            if orths:
                patterns.append(orths)
    data["patterns"] = patterns
    return data


def _replay_all(programs: dict) -> dict:
    from tone_lint.nlpcache import _replay

    return {name: (_replay(args) if args is not None else None) for name, args in programs.items()}


def build(language: str, data: dict) -> Replica:
    """A Replica from exported `data`; ValueError/TypeError/KeyError when it is malformed."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("language") != language:
        raise ValueError("not a tokenizer export for this language")
    programs = data["programs"]
    if set(programs) != set(_PROGRAM_NAMES):
        raise ValueError("missing programs")
    return Replica(language, data, _replay_all(programs))
