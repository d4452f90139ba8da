"""Token patterns and phrases, matched through an index of the words they start with.

spaCy's Matcher tries every pattern at every token: with the packs' ~1,000 patterns that
was most of a check's time (bench/README.md). Here each pattern is compiled once into
steps (a test, a minimum and a maximum count) and filed by the literal values its first
tokens can take (NORM "you", then "never", ...; a trie up to three tokens deep). A draft is
scanned by looking each token up in that index, so a pattern is only tried where its first
words occur, and only if the draft has every word its required steps need. A pattern whose
first token is a REGEX, NOT_IN or flag is indexed by that attribute's values as drafts
show them; one that tests nothing literal on one attribute is tried everywhere.

A pattern reports every (start, end) it can cover, as spaCy's Matcher does without
`greedy`; tests/test_matcher.py compares the two on the packs, the corpus and generated
patterns. Patterns are spaCy's token-pattern dictionaries, restricted to the attributes a
blank tokenizer sets.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from typing import Callable

STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"})
NUMBER_ATTRS = frozenset({"LENGTH"})
FLAG_ATTRS = frozenset(
    "IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_UPPER IS_TITLE IS_PUNCT IS_SPACE IS_STOP IS_BRACKET "
    "IS_QUOTE IS_LEFT_PUNCT IS_RIGHT_PUNCT IS_CURRENCY LIKE_NUM LIKE_URL LIKE_EMAIL SPACY".split()
)
ATTRS = STRING_ATTRS | NUMBER_ATTRS | FLAG_ATTRS
# Attributes a literal can anchor a pattern on: those every draft token is indexed by.
ANCHOR_ATTRS = ("NORM", "LEMMA", "LOWER", "ORTH")
_COMPARISONS = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
_REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")
_UNBOUNDED = 1 << 30

Values = dict  # attribute name -> one value per token (tone_lint.columns.Columns.values)
Test = Callable[[Values, int], bool]


@dataclass(frozen=True)
class Step:
    test: Test
    low: int
    high: int
    anchors: tuple[str, frozenset] | None  # (attr, values) one of which the token must have
    reads: frozenset[str]  # the attributes `test` looks at
    literal: bool = False  # `test` is exactly "the token's anchors attr is in anchors values"
    regex: bool = False  # `test` includes a REGEX (a test most values fail, unlike NOT_IN or a flag)
    excluded: tuple[str, frozenset] | None = None  # `test` is exactly "attr's value is not in these"


@dataclass(frozen=True, eq=False)
class Pattern:
    key: str
    steps: tuple[Step, ...]
    # Whether the token after the first can continue a match: checked before the full
    # walk, as most tries fail on the second token. None when it cannot be told.
    second: Test | None
    walk: Callable  # (columns, start, length) -> the positions where a match ends
    # The literals of the steps no match can skip: a draft lacking the values of any one
    # of them cannot match, whatever its tokens' order.
    needs: tuple[tuple[str, frozenset], ...] = ()
    skip: int = 0  # the leading steps the index has checked: `walk` takes the steps after them
    # (attr, values, low, high): after the skipped steps, one of the tokens `low` to `high`
    # on must have one of `values` (the first step no match can skip that needs a literal).
    reach: tuple[str, frozenset, int, int] | None = None


class PatternError(ValueError):
    """A token pattern this matcher cannot compile; the message says why."""


class _Bucket:
    """The patterns that may start on one literal value, split by the token after it."""

    __slots__ = ("always", "then", "pending")

    def __init__(self):
        self.always: list[Pattern] = []  # whatever the next token is
        self.then: dict[str, dict[object, _Bucket]] = {}  # next token's attr -> value -> bucket
        # (path, pattern) to file under `then` when a draft first reaches this bucket: most
        # words never occur where a draft could reach them, and filing every level of the
        # index was most of compiling it.
        self.pending: list[tuple[list, Pattern]] | None = None

    def expand(self) -> None:
        """File the pending patterns one level down (their children stay pending)."""
        pending, self.pending = self.pending, None
        for path, pattern in pending:
            _file(self, path, pattern)


class TokenMatcher:
    """Patterns by key; called on a draft's columns, the (start, end) spans of each key."""

    def __init__(self, compile_regex: Callable[[str], re.Pattern] = re.compile):
        # How a REGEX test's pattern is compiled (tone_lint.regexcache serves it from disk).
        self._compile_regex = compile_regex
        # The index: its `then` is attr -> literal value -> the bucket of patterns whose first
        # token may have that value (and so on down, see _file).
        self._root = _Bucket()
        # attr -> (pattern, test) where the test, on that one attribute, tells whether a
        # token can start the pattern (a REGEX, NOT_IN, a flag); answers are kept per value.
        self._computed: dict[str, list[tuple[Pattern, Test]]] = {}
        self._memo: dict[str, dict[object, int]] = {}  # attr -> value -> a list's number (see _starting)
        self._lists: dict[str, tuple[list, dict]] = {}  # attr -> (lists of patterns, list -> its number)
        self._anywhere: list[Pattern] = []  # tried at every token
        # (attr, k) -> (pattern, values) for the patterns whose first token tests no literal
        # but whose token k (those before it taking exactly one token each) must have one of
        # `values`: tried k tokens before each token that has one (see _shifted_anchor).
        self._shifted: dict[tuple[str, int], list[tuple[Pattern, frozenset]]] = {}
        self.attrs: set[str] = set()
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, key: str, pattern: list[dict]) -> None:
        """Compile one spaCy token pattern under `key`; PatternError when it is not valid."""
        if not isinstance(pattern, list) or not pattern:
            raise PatternError("a pattern is a non-empty list of token specs")
        self._insert(key, tuple(_step(spec, self.attrs, self._compile_regex) for spec in pattern))

    def add_phrase(self, key: str, attr: str, values: list[str]) -> None:
        """A phrase: consecutive tokens whose `attr` equals `values` one by one."""
        if not values:
            return
        self.attrs.add(attr)
        steps = tuple(Step(_equals(attr, v), 1, 1, (attr, frozenset([v])), frozenset([attr]), True) for v in values)
        self._insert(key, steps)

    def _insert(self, key: str, steps: tuple[Step, ...]) -> None:
        self._count += 1
        first = _leading(steps, whole=True)
        path = _literal_path(steps) if len(first) == 1 and first[0].anchors else []
        # The leading literal one-token steps the index files the pattern by are true of
        # every position it is tried at: the walk starts after them.
        skip = filed = 0
        for step, anchors in zip(steps, path):
            if not (step.low == step.high == 1 and len(anchors) == 1):
                break
            if skip == filed and step.literal:
                skip += 1
            filed += 1
        # Before the full walk, a cheap test that most tries fail: a word the rest must have
        # within a few tokens; else, when the first step takes exactly one token, the next
        # token's test (unless the index has checked it).
        reach = _reach(steps[skip:])
        after = _leading(steps[1:], whole=False) if steps[0].low == steps[0].high == 1 and skip < 2 else None
        second = _any([step.test for step in after]) if after and reach is None else None
        # A first token with a REGEX stays filed by the values it accepts (few, as a rule):
        # that is more selective than a later literal. NOT_IN, a flag, a negation accept most.
        shift = _shifted_anchor(steps) if len(first) == 1 and not first[0].anchors and not first[0].regex else None
        if shift is not None:
            # Filed under its token k's literals, which the index then has checked: the walk
            # checks the rest, the first token's test included.
            k, (attr, values) = shift
            pattern = Pattern(key, steps, None, _walker(steps), _needs(steps), 0, None)
            self._shifted.setdefault((attr, k), []).append((pattern, values))
            return
        # The words the index checks are in the draft wherever the pattern is tried.
        pattern = Pattern(key, steps, second, _walker(steps[skip:]), _needs(steps[filed:]), skip, reach)
        for step in first:
            if step.anchors:
                _file(self._root, [[step.anchors], *path[1:]], pattern)
            elif len(step.reads) == 1:
                (attr,) = step.reads
                self._computed.setdefault(attr, []).append((pattern, step.test))
                self._memo.pop(attr, None)
                self._lists.pop(attr, None)
            else:
                self._anywhere.append(pattern)

    def expand(self) -> None:
        """File every pattern the index still holds pending (see _Bucket.pending): for a
        process about to fork workers, which then share the whole index."""
        _expand_all(self._root)

    def __call__(self, columns: Values, length: int) -> dict[str, set[tuple[int, int]]]:
        """Every (start, end) token span each key matches, by key."""
        # What each token opens, per indexed attribute (a bucket) and per computed one (a
        # list of patterns): whole columns are looked up at once, then only the positions
        # where something opened are visited.
        vocabulary = _Vocabulary(columns)
        alive = vocabulary.alive  # read inline below: a call per candidate would cost more
        opened = [list(map(by_value.get, columns[attr])) for attr, by_value in self._root.then.items()]
        for (attr, k), entries in self._shifted.items():
            # The patterns that may start here, by the value k tokens on: only those this
            # draft allows, filed for this draft (few are: their words are rarely all there).
            by_value: dict[object, list[Pattern]] = {}
            for pattern, values in entries:
                if alive[pattern]:
                    for value in values:
                        by_value.setdefault(value, []).append(pattern)
            if by_value:
                opened.append([*map(by_value.get, columns[attr][k:]), *[None] * min(k, length)])
        for attr in self._computed:
            starting = self._starting(attr, columns[attr], vocabulary)
            if starting is not None:
                opened.append(list(map(starting, map(self._memo[attr].__getitem__, columns[attr]))))
        found: dict[str, set[tuple[int, int]]] = {}
        anywhere = self._anywhere
        last = length - 1
        for start, here in enumerate(zip(*opened)) if opened else ():
            # Most positions open one list: it is read in place, copied only to add more.
            candidates = anywhere
            for item in here:
                if not item:
                    continue
                if item.__class__ is not list:
                    bucket = item
                    if bucket.pending is not None:
                        bucket.expand()
                    item = bucket.always
                    if bucket.then and start < last:
                        item = list(item)
                        for attr, by_value in bucket.then.items():
                            child = by_value.get(columns[attr][start + 1])
                            if child is not None:
                                _collect(child, columns, start + 2, length, item)
                if item:
                    candidates = candidates + item if candidates else item
            # A pattern met twice here (filed under two attributes) is walked twice to the
            # same spans: cheaper than removing duplicates at every position.
            for pattern in candidates:
                if not alive[pattern]:
                    continue
                if pattern.reach is not None:
                    attr, values, low, high = pattern.reach
                    column = columns[attr]
                    begin = start + pattern.skip
                    if low == high:
                        if begin + low > last or column[begin + low] not in values:
                            continue
                    elif values.isdisjoint(column[begin + low : begin + high + 1]):
                        continue
                elif pattern.second is not None:
                    if start == last or not pattern.second(columns, start + 1):
                        continue
                ends = pattern.walk(columns, start + pattern.skip, length)
                if ends:
                    spans = found.setdefault(pattern.key, set())
                    for end in ends:
                        if end > start:
                            spans.add((start, end))
        if anywhere and not opened:
            for start in range(length):
                for pattern in anywhere:
                    for end in pattern.walk(columns, start + pattern.skip, length):
                        if end > start:
                            found.setdefault(pattern.key, set()).add((start, end))
        return found

    def _starting(self, attr: str, column: list, vocabulary):
        """A look-up: value of `attr` (through `_memo`) -> the computed patterns (NOT_IN,
        REGEX, flags) a token with it can start that this draft allows; None when there are
        none at all.

        Which patterns a value can start is worked out once per value and kept across drafts
        (`_memo`: value -> the number of a list in `_lists`, the same list for every value that
        starts the same patterns); which of each list's patterns a draft allows, once per draft.
        """
        memo = self._memo.setdefault(attr, {})
        lists, numbers = self._lists.setdefault(attr, ([], {}))
        if len(memo) > 200_000:  # a long-lived server sees unbounded vocabularies
            memo.clear()
            lists.clear()
            numbers.clear()
        tests = self._computed[attr]
        for value in set(column) - memo.keys():
            single = {attr: [value]}
            patterns = tuple(dict.fromkeys(p for p, test in tests if test(single, 0)))
            number = numbers.get(patterns)
            if number is None:
                number = numbers[patterns] = len(lists)
                lists.append(patterns)
            memo[value] = number
        alive = vocabulary.alive
        if not any(alive[pattern] for pattern, _ in tests):
            return None
        return [[pattern for pattern in patterns if alive[pattern]] or None for patterns in lists].__getitem__


# How far into a pattern a literal token may be to file the pattern by it when its first
# token has none (a REGEX, NOT_IN, a flag, a negation).
_SHIFT = 3


def _shifted_anchor(steps) -> tuple[int, tuple[str, frozenset]] | None:
    """(k, anchors) when every match has its token k taken by a step that needs one of a
    literal's values (anchors) and each token before it by a step of exactly one token."""
    for k, step in enumerate(steps[: _SHIFT + 1]):
        if step.low >= 1 and step.anchors is not None and k > 0:
            return k, step.anchors
        if not step.low == step.high == 1:
            return None
    return None


# How deep a pattern is filed by the literal tokens it starts with, and how many
# branches one pattern may take there: deeper filing narrows the tries on common
# openings ("I am", "je vous"), more branches would make compiling slow.
_DEPTH = 3
_BRANCHES = 300


# How far ahead `reach` may look: further, the test costs about what the walk does.
_REACH = 6


def _reach(steps) -> tuple[str, frozenset, int, int] | None:
    """Pattern.reach for these steps: the first that must take a token and needs a literal."""
    low = high = 0
    for step in steps:
        if step.low >= 1 and step.anchors is not None:
            return (*step.anchors, low, high)
        low += step.low
        high += step.high
        if high > _REACH:
            return None
    return None


def _needs(steps) -> tuple[tuple[str, frozenset], ...]:
    """The (attr, values) of every step that cannot be skipped and requires a literal.

    Fewest values first: the likeliest to be missing from a draft, so checked first.
    """
    needs = dict.fromkeys(step.anchors for step in steps if step.low > 0 and step.anchors is not None)
    return tuple(sorted(needs, key=lambda need: len(need[1])))


class _Vocabulary:
    """The distinct values of a draft's columns, read only for the attributes asked about."""

    def __init__(self, columns: Values):
        self._columns = columns
        self._sets: dict[str, set] = {}
        # pattern -> whether the draft has, for every step the pattern needs a literal for, one
        # of them; worked out on first reading (a dict read costs less than a call per candidate).
        self.alive = _Alive(self)

    def has_all(self, needs) -> bool:
        for attr, values in needs:
            present = self._sets.get(attr)
            if present is None:
                present = self._sets[attr] = set(self._columns[attr])
            if values.isdisjoint(present):
                return False
        return True


class _Alive(dict):
    __slots__ = ("_vocabulary",)

    def __init__(self, vocabulary: _Vocabulary):
        super().__init__()
        self._vocabulary = vocabulary

    def __missing__(self, pattern: Pattern) -> bool:
        ok = self[pattern] = self._vocabulary.has_all(pattern.needs)
        return ok


def _literal_path(steps) -> list[list[tuple[str, frozenset]]]:
    """For each of the first tokens of a match, the literals one of which it must have.

    The path goes on past a token only while that token is taken by exactly one step
    that takes exactly one token; it stops at a token some leading step has no literal for.
    """
    path = []
    rest = steps
    branches = 1
    while rest and len(path) < _DEPTH:
        lead = _leading(rest, whole=not path)
        if lead is None or not all(step.anchors for step in lead):
            break
        anchors = [step.anchors for step in lead]
        branches *= sum(len(values) for _, values in anchors)
        if path and branches > _BRANCHES:
            break
        path.append(anchors)
        if len(lead) > 1 or lead[0].low != 1 or lead[0].high != 1:
            break
        rest = rest[1:]
    return path


def _file(bucket: _Bucket, path, pattern: Pattern) -> None:
    """File `pattern` under `bucket` by the literals of its next token; the rest of its
    `path` waits in the children's `pending` until a draft reaches them (_Bucket.expand):
    the same index, built as it is needed."""
    rest = path[1:]
    for attr, values in path[0]:
        by_value = bucket.then.setdefault(attr, {})
        for value in values:
            child = by_value.get(value)
            if child is None:
                child = by_value[value] = _Bucket()
            if not rest:
                child.always.append(pattern)
            elif child.pending is None:
                child.pending = [(rest, pattern)]
            else:
                child.pending.append((rest, pattern))


def _expand_all(bucket: _Bucket) -> None:
    if bucket.pending is not None:
        bucket.expand()
    for by_value in bucket.then.values():
        for child in by_value.values():
            _expand_all(child)


def _collect(bucket: _Bucket, columns, position: int, length: int, into: list) -> None:
    """The patterns filed under `bucket` that the tokens from `position` on allow."""
    if bucket.pending is not None:
        bucket.expand()
    if bucket.always:
        into += bucket.always
    if bucket.then and position < length:
        for attr, by_value in bucket.then.items():
            child = by_value.get(columns[attr][position])
            if child is not None:
                _collect(child, columns, position + 1, length, into)


def _walker(steps):
    """`_ends` for these steps; for steps of one token each (most phrases), a plain loop.

    A literal step (`value in values`) and a NOT_IN one (`value not in values`) are checked
    inline rather than through their test: the same answer without a call, and most steps
    are one or the other.
    """
    plan = tuple(_planned(step) for step in steps)
    if any(low != 1 or high != 1 for *_, low, high in plan):
        return lambda columns, start, length: _ends(plan, columns, start, length)
    size = len(plan)

    def walk(columns, start, length):
        if start + size > length:
            return ()
        position = start
        for test, attr, values, inside, _, _ in plan:
            if attr is None:
                if not test(columns, position):
                    return ()
            elif inside:
                if columns[attr][position] not in values:
                    return ()
            elif columns[attr][position] in values:
                return ()
            position += 1
        return (position,)

    return walk


def _planned(step: Step) -> tuple:
    """(test, attr, values, inside, low, high): attr and values set when the test is exactly
    "the token's attr is in values" (inside) or "... is not in values" (not inside)."""
    if step.literal:
        return step.test, step.anchors[0], step.anchors[1], True, step.low, step.high
    if step.excluded is not None:
        return step.test, step.excluded[0], step.excluded[1], False, step.low, step.high
    return step.test, None, None, True, step.low, step.high


def _ends(plan, columns, start: int, length: int):
    """The token positions where the steps of `plan` (see _walker), begun at `start`, can end."""
    positions = [start]
    for test, attr, values, inside, low, high in plan:
        if low == 1 and high == 1:
            if attr is None:
                positions = [p + 1 for p in positions if p < length and test(columns, p)]
            elif inside:
                column = columns[attr]
                positions = [p + 1 for p in positions if p < length and column[p] in values]
            else:
                column = columns[attr]
                positions = [p + 1 for p in positions if p < length and column[p] not in values]
            if not positions:
                return ()
            continue
        if attr is not None and inside and low == 0 and high == 1:  # "?" on a literal, the commonest
            column = columns[attr]
            reached = set(positions)
            reached.update([p + 1 for p in positions if p < length and column[p] in values])
            positions = list(reached)
            continue
        reached = set()
        if attr is not None:
            column = columns[attr]
            for position in positions:
                if low == 0:
                    reached.add(position)
                stop = min(position + high, length)
                at = position
                while at < stop and (column[at] in values) is inside:
                    at += 1
                    if at - position >= low:
                        reached.add(at)
        else:
            for position in positions:
                if low == 0:
                    reached.add(position)
                count = 0
                while count < high and position + count < length and test(columns, position + count):
                    count += 1
                    if count >= low:
                        reached.add(position + count)
        if not reached:
            return ()
        positions = list(reached)
    return positions


def _leading(steps, whole: bool):
    """The steps one of which consumes a match's first token: up to the first mandatory one.

    If every step may be skipped: all of them when the match cannot be empty (`whole`, a
    pattern's own start), None when the steps may consume nothing at all.
    """
    for i, step in enumerate(steps):
        if step.low > 0:
            return steps[: i + 1]
    return steps if whole else None


def _step(spec, attrs: set[str], compile_regex=re.compile) -> Step:
    if not isinstance(spec, dict):
        raise PatternError(f"a token spec is a mapping, not {spec!r}")
    low, high, negated, regex, excluded = 1, 1, False, False, None
    tests: list[Test] = []
    read: set[str] = set()
    anchors = None
    for name, value in spec.items():
        if not isinstance(name, str):
            raise PatternError(f"a token spec key must be a name, not {name!r}")
        attr = name.upper()
        if attr == "OP":
            low, high, negated = _quantifier(value)
            continue
        if attr == "TEXT":
            attr = "ORTH"
        if attr not in ATTRS:
            raise PatternError(f"unknown token attribute {name!r}")
        attrs.add(attr)
        read.add(attr)
        if isinstance(value, dict):
            for predicate, argument in value.items():
                tests.append(_predicate(attr, predicate, argument, compile_regex))
                regex = regex or predicate == "REGEX"
                if predicate == "NOT_IN" and isinstance(argument, list):
                    excluded = (attr, frozenset(argument))
                if predicate == "IN" and attr in ANCHOR_ATTRS and anchors is None:
                    anchors = (attr, frozenset(argument))
        else:
            tests.append(_value_test(attr, value))
            if attr in ANCHOR_ATTRS and anchors is None:
                anchors = (attr, frozenset([value]))
    test = _all(tests)
    reads = frozenset(read)
    if negated:
        # spaCy's "!" consumes exactly one token that the spec does not match.
        return Step(lambda columns, i, test=test: not test(columns, i), 1, 1, None, reads)
    literal = anchors is not None and len(tests) == 1
    excluded = excluded if len(tests) == 1 else None
    return Step(test, low, high, anchors, reads, literal=literal, regex=regex, excluded=excluded)


def _quantifier(op) -> tuple[int, int, bool]:
    if op == "!":
        return 1, 1, True
    simple = {"?": (0, 1), "*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "1": (1, 1)}
    if isinstance(op, str) and op in simple:
        return (*simple[op], False)
    repeat = _REPEAT.fullmatch(op) if isinstance(op, str) else None
    if repeat:
        low_text, comma, high_text = repeat.groups()
        if not comma and low_text:  # {n}
            return int(low_text), int(low_text), False
        if comma and (low_text or high_text):
            low = int(low_text) if low_text else 0
            high = int(high_text) if high_text else _UNBOUNDED
            if low <= high:
                return low, high, False
    raise PatternError(f'OP {op!r} is not one of "?", "*", "+", "!", "{{n}}", "{{n,m}}", "{{,m}}", "{{n,}}"')


def _predicate(attr: str, predicate, argument, compile_regex=re.compile) -> Test:
    if predicate in ("IN", "NOT_IN"):
        if not isinstance(argument, list):
            raise PatternError(f"{attr} {predicate} takes a list, not {argument!r}")
        if not (attr in STRING_ATTRS and set(map(type, argument)) <= _STR):  # word lists: at C speed
            for item in argument:
                _check_value(attr, item)
        values = frozenset(argument)
        if predicate == "IN":
            return lambda columns, i: columns[attr][i] in values
        return lambda columns, i: columns[attr][i] not in values
    if predicate == "REGEX":
        if attr not in STRING_ATTRS or not isinstance(argument, str):
            raise PatternError(f"REGEX takes a string and applies to {', '.join(sorted(STRING_ATTRS))}")
        try:
            search = compile_regex(argument).search
        except re.error as exc:
            raise PatternError(f"REGEX {argument!r}: {exc}") from None
        return lambda columns, i: search(columns[attr][i]) is not None
    if predicate in _COMPARISONS:
        if attr not in NUMBER_ATTRS or not isinstance(argument, int) or isinstance(argument, bool):
            raise PatternError(f"{predicate} compares {', '.join(sorted(NUMBER_ATTRS))} with a number")
        compare = _COMPARISONS[predicate]
        return lambda columns, i: compare(columns[attr][i], argument)
    raise PatternError(f"unknown predicate {predicate!r} on {attr} (IN, NOT_IN, REGEX, ==, !=, >=, <=, >, <)")


_STR = frozenset([str])


def _value_test(attr: str, value) -> Test:
    _check_value(attr, value)
    if attr in FLAG_ATTRS:
        value = bool(value)
    return _equals(attr, value)


def _check_value(attr: str, value) -> None:
    if attr in STRING_ATTRS:
        ok = isinstance(value, str)
    elif attr in NUMBER_ATTRS:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, bool) or value in (0, 1)
    if not ok:
        raise PatternError(f"{attr} cannot be {value!r}")


def _equals(attr: str, value) -> Test:
    return lambda columns, i: columns[attr][i] == value


def _any(tests: list[Test]) -> Test | None:
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]

    def any_of(columns, i):
        for test in tests:
            if test(columns, i):
                return True
        return False

    return any_of


def _all(tests: list[Test]) -> Test:
    if not tests:
        return lambda columns, i: True
    if len(tests) == 1:
        return tests[0]

    def all_of(columns, i):
        for test in tests:
            if not test(columns, i):
                return False
        return True

    return all_of
