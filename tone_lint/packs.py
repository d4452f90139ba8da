"""Load and validate YAML rule packs into frozen Rule objects.

Loading is strict: an unknown key, a missing field, a bad value or a duplicate id is
a ToneLintError naming `FILE:LINE`. Patterns themselves are checked when the engine
compiles them (that needs the language's vocabulary), with the same FILE:LINE.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import regex

from tone_lint.errors import ToneLintError
from tone_lint.findings import Severity
from tone_lint.yamlload import Mapping, Sequence, load_yaml

LANGUAGES = ("en", "fr")
KINDS = ("phrase", "token", "regex", "required", "marker", "learned")
# The kinds a person writes patterns for; a learned rule's weights come from eval/train_learned.py.
WRITTEN_KINDS = KINDS[:5]
PHRASE_ATTRS = ("NORM", "LOWER", "ORTH", "LEMMA")
NEEDS = ("lemma",)
ID_RE = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$")

PACK_KEYS = {"language", "needs", "description", "words", "rules"}
COMMON_KEYS = {"id", "category", "severity", "kind", "message", "why", "instead", "examples"}
MATCH_KEYS = {"phrases", "attr", "patterns", "regex", "ignore_case"}
KIND_KEYS = {
    "phrase": {"phrases", "attr", "except", "context", "heat", "calm_veto"},
    "token": {"patterns", "except", "context", "heat", "calm_veto"},
    "regex": {"regex", "ignore_case", "except", "context", "heat", "known_words", "calm_veto"},
    "required": {"element", "when", "match", "except", "learned"},
    "marker": {"marks", "match", "except"},
    "learned": {"model", "threshold", "marks", "min_words", "alone", "draft", "per", "veto_below"},
}
WHEN = ("termination", "always")
# what a learned marker weighs: the whole draft's words, or each sentence's
PER = ("draft", "sentence")
# `heated`: the rule's words are tone only beside other tone ("Lovely." after two reproaches is
# sarcasm; in a thank-you note it is thanks), so it reports only in a draft already heated.
CONTEXTS = ("any", "heated")
# How many places of heat one finding of a plain rule is worth (tone_lint.engine.HEAT is two).
HEAT_WEIGHTS = (1, 2)


@dataclass(frozen=True, eq=False)
class MatchSpec:
    """What a rule looks for: any mix of phrase lists, token patterns and regexes."""

    where: str
    phrases: tuple[str, ...] = ()
    attr: str = "NORM"
    patterns: tuple = ()
    regexes: tuple[str, ...] = ()
    ignore_case: bool = False

    @property
    def uses_lemma(self) -> bool:
        return (self.phrases and self.attr == "LEMMA") or any(
            "LEMMA" in token for pattern in self.patterns for token in pattern
        )


@dataclass(frozen=True)
class Example:
    text: str
    spans: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Rule:
    id: str
    language: str
    category: str
    severity: Severity
    kind: str
    message: str
    why: str
    match: MatchSpec
    pack: str
    line: int
    instead: str | None = None
    exceptions: MatchSpec | None = None
    element: str | None = None
    when: str = "termination"
    marks: str | None = None
    context: str = "any"
    heat: int = 1
    # a regex match counts only if each of its words is a word of the language
    # (tone_lint.lexicon): "NEVER" is shouting, an acronym such as "FCRA" is not
    known_words: bool = False
    # a finding is dropped when the language's learned rules are sure its sentence is calm
    # ("one of my favourite students EVER, he works so hard!!")
    calm_veto: bool = False
    # a learned rule: its weights file, and the probability from which a sentence is reported;
    # a required rule's `learned` fallback: the weights that find the element where no pattern
    # matched, and the probability from which a sentence holds it
    model: str | None = None
    threshold: float | None = 0.8
    # a required rule's `learned` veto: a pattern's match counts only in a sentence its weights
    # give this or more (None: every match counts); a learned marker's: under this, it joins the
    # other learned markers in overruling the written ones (`learned.unmarks`)
    veto_below: float | None = None
    # a learned marker weighs no draft shorter than this: its weights know emails, not sentences
    min_words: int = 0
    # a learned marker weighs the whole `draft`, or each `sentence` (marking from its surest one)
    per: str = "draft"
    # a learned tone rule in a draft no written rule has flagged: a sentence is reported from
    # `alone_threshold`, and only if another sentence of the draft weighs `alone_second` (None: never)
    alone_threshold: float | None = None
    alone_second: float = 0.0
    # a learned tone rule in a draft no written rule has flagged also speaks from `threshold` when
    # this model weighs the whole draft at `draft_threshold` or more (None: never); drafts of
    # `draft_min_words` words or more only
    draft_model: str | None = None
    draft_threshold: float = 0.95
    draft_min_words: int = 0
    # ... and wherever that model weighs the draft at `draft_threshold` or more, flagged or not,
    # a whole sentence no finding touches is reported from this instead of `threshold` (None:
    # from `threshold`; never above it)
    draft_sentences: float | None = None
    flag_examples: tuple[Example, ...] = ()
    pass_examples: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.pack}:{self.line}"

    def selected_by(self, name: str) -> bool:
        """True if `name` is this rule's id, a dotted prefix of it, or its category."""
        return self.id == name or self.id.startswith(name + ".") or self.category == name


@dataclass(frozen=True)
class Pack:
    path: str
    language: str
    needs: frozenset[str]
    rules: tuple[Rule, ...] = field(default=())


def builtin_pack_dir() -> Path:
    """The packs shipped in the wheel, or `rules/` beside the package in a checkout."""
    shipped = Path(str(resources.files("tone_lint"))) / "rules"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "rules"


def builtin_pack_paths(language: str | None = None) -> list[Path]:
    root = builtin_pack_dir()
    languages = [language] if language else list(LANGUAGES)
    return [p for lang in languages for p in sorted((root / lang).glob("*.yaml"))]


def load_packs(paths: list[Path]) -> list[Pack]:
    """Load every pack; rule ids must be unique within a language."""
    packs = [load_pack(Path(p)) for p in paths]
    seen: dict[tuple[str, str], Rule] = {}
    for pack in packs:
        for rule in pack.rules:
            key = (rule.language, rule.id)
            if key in seen:
                raise ToneLintError(
                    f"duplicate rule id {rule.id!r} (first defined at {seen[key].where})", rule.where
                )
            seen[key] = rule
    return packs


def load_pack(path: Path) -> Pack:
    data = load_yaml(path)
    where = f"{path}:1"
    if not isinstance(data, Mapping):
        raise ToneLintError("a rule pack must be a mapping with 'language' and 'rules'", where)
    _check_keys(data, PACK_KEYS, path, "pack")
    language = data.get("language")
    if language not in LANGUAGES:
        raise ToneLintError(
            f"'language' must be one of {', '.join(LANGUAGES)}, not {language!r}", f"{path}:{data.line_of('language')}"
        )
    needs = data.get("needs", [])
    if not isinstance(needs, list) or any(n not in NEEDS for n in needs):
        raise ToneLintError(f"'needs' must be a list drawn from {', '.join(NEEDS)}", f"{path}:{data.line_of('needs')}")
    words = WordLists(_word_lists(data, path), set())
    rules_data = data.get("rules")
    if not isinstance(rules_data, Sequence):
        raise ToneLintError("'rules' must be a list of rules", f"{path}:{data.line_of('rules')}")
    rules = []
    ids: dict[str, int] = {}
    for i, item in enumerate(rules_data):
        line = rules_data.line_of(i)
        if not isinstance(item, Mapping):
            raise ToneLintError("a rule must be a mapping", f"{path}:{line}")
        rule = _rule(item, path, language, words)
        if rule.id in ids:
            raise ToneLintError(f"duplicate rule id {rule.id!r} (first at line {ids[rule.id]})", rule.where)
        ids[rule.id] = rule.line
        if rule.match.uses_lemma or (rule.exceptions and rule.exceptions.uses_lemma):
            if "lemma" not in needs:
                raise ToneLintError("matches on LEMMA, but the pack does not declare 'needs: [lemma]'", rule.where)
        rules.append(rule)
    for name in words.lists:
        if name not in words.used:
            raise ToneLintError(f"word list {name!r} is never used", f"{path}:{data['words'].line_of(name)}")
    return Pack(str(path), language, frozenset(needs), tuple(rules))


@dataclass(frozen=True)
class WordLists:
    """A pack's named word lists, and the names its patterns have used so far."""

    lists: dict
    used: set


def _word_lists(data: Mapping, path: Path) -> dict[str, list[str]]:
    """`words:` names lists that patterns share as `{"IN": "@name"}`: one lexicon, many structures."""
    if "words" not in data:
        return {}
    block = data["words"]
    if not isinstance(block, Mapping):
        raise ToneLintError("'words' must map list names to lists of words", f"{path}:{data.line_of('words')}")
    lists = {}
    for name, values in block.items():
        where = f"{path}:{block.line_of(name)}"
        if not isinstance(name, str) or not ID_RE.match(name) or "." in name:
            raise ToneLintError(f"word list name {name!r} must be one kebab-case word", where)
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise ToneLintError(f"word list {name!r} must be a non-empty list of words", where)
        if len(set(values)) != len(values):
            twice = sorted({v for v in values if values.count(v) > 1})
            raise ToneLintError(f"word list {name!r} repeats {', '.join(map(repr, twice))}", where)
        lists[name] = [str(v) for v in values]
    return lists


def _check_keys(data: Mapping, allowed: set[str], path: Path, what: str) -> None:
    for key in data:
        if key not in allowed:
            raise ToneLintError(
                f"unknown key {key!r} in {what} (expected one of: {', '.join(sorted(allowed))})",
                f"{path}:{data.line_of(key)}",
            )


def _text(data: Mapping, key: str, path: Path, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ToneLintError(f"'{key}' must be a non-empty string", f"{path}:{data.line_of(key)}")
    return value.strip()


def _rule(data: Mapping, path: Path, language: str, words: WordLists) -> Rule:
    kind = data.get("kind")
    if kind not in KINDS:
        raise ToneLintError(f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}", f"{path}:{data.line_of('kind')}")
    _check_keys(data, COMMON_KEYS | KIND_KEYS[kind], path, f"a {kind} rule")
    rule_id = _text(data, "id", path)
    if not ID_RE.match(rule_id):
        raise ToneLintError(
            f"rule id {rule_id!r} must be dotted kebab-case, like 'accusatory.you-never'", f"{path}:{data.line_of('id')}"
        )
    category = _text(data, "category", path)
    if not ID_RE.match(category) or "." in category:
        raise ToneLintError(f"category {category!r} must be one kebab-case word", f"{path}:{data.line_of('category')}")
    severity_name = data.get("severity")
    try:
        severity = Severity.parse(severity_name)
    except (KeyError, AttributeError):
        raise ToneLintError(
            f"'severity' must be error, warning or suggestion, not {severity_name!r}", f"{path}:{data.line_of('severity')}"
        ) from None
    extra: dict = {}
    if "except" in data:
        exc = data["except"]
        if not isinstance(exc, Mapping):
            raise ToneLintError("'except' must be a mapping of phrases, patterns or regex", f"{path}:{data.line_of('except')}")
        extra["exceptions"] = _match_spec(exc, path, words)
    if kind in ("phrase", "token", "regex"):
        match = _match_spec(data, path, words, only=kind)
        context = data.get("context", "any")
        if context not in CONTEXTS:
            raise ToneLintError(f"'context' must be one of {', '.join(CONTEXTS)}", f"{path}:{data.line_of('context')}")
        extra["context"] = context
        for key in ("known_words", "calm_veto"):
            if key in data:
                if not isinstance(data[key], bool):
                    raise ToneLintError(f"'{key}' must be true or false", f"{path}:{data.line_of(key)}")
                extra[key] = data[key]
        if "heat" in data:
            heat = data["heat"]
            where = f"{path}:{data.line_of('heat')}"
            if isinstance(heat, bool) or heat not in HEAT_WEIGHTS:
                raise ToneLintError(f"'heat' must be one of {', '.join(map(str, HEAT_WEIGHTS))}, not {heat!r}", where)
            if context != "any":
                raise ToneLintError("'heat' is for plain rules: a 'context: heated' rule never counts as heat", where)
            extra["heat"] = heat
    elif kind == "learned":
        match = MatchSpec(where=f"{path}:{data.line}")
        extra.update(_learned(data, path))
    else:
        block = data.get("match")
        if not isinstance(block, Mapping):
            raise ToneLintError("'match' must be a mapping of phrases, patterns or regex", f"{path}:{data.line_of('match')}")
        match = _match_spec(block, path, words)
        if kind == "required":
            if category != "missing":
                raise ToneLintError("a required rule has category 'missing'", f"{path}:{data.line_of('category')}")
            extra["element"] = _text(data, "element", path)
            when = data.get("when", "termination")
            if when not in WHEN:
                raise ToneLintError(f"'when' must be one of {', '.join(WHEN)}", f"{path}:{data.line_of('when')}")
            extra["when"] = when
            if "learned" in data:
                extra.update(_element_fallback(data, path))
        else:
            extra["marks"] = _text(data, "marks", path)
    flags, passes = _examples(data, path, kind)
    return Rule(
        id=rule_id,
        language=language,
        category=category,
        severity=severity,
        kind=kind,
        message=_text(data, "message", path),
        why=_text(data, "why", path),
        instead=_text(data, "instead", path, required=False),
        match=match,
        pack=str(path),
        line=data.line,
        flag_examples=flags,
        pass_examples=passes,
        **extra,
    )


def _learned(data: Mapping, path: Path) -> dict:
    """A learned rule's weights file (relative to its pack), threshold, and for a marker what it
    marks and its `min_words`, checked now so a wrong path is an error at load time, not on the
    first heated draft."""
    out = {"model": _model(data, "model", path, f"{path}:{data.line_of('model')}"),
           "threshold": _probability(data.get("threshold", 0.8), "threshold", f"{path}:{data.line_of('threshold')}")}
    if "marks" in data:
        out["marks"] = _text(data, "marks", path)
    if "alone" in data:
        out.update(_alone(data, path, out["threshold"]))
    if "draft" in data:
        out.update(_draft(data, path))
        if out.get("draft_sentences", 0) > out["threshold"]:
            raise ToneLintError(f"'draft.sentences' must be at most the rule's 'threshold' ({out['threshold']:g})",
                                f"{path}:{data['draft'].line_of('sentences')}")
    if "min_words" in data:
        where = f"{path}:{data.line_of('min_words')}"
        if "marks" not in data:
            raise ToneLintError("'min_words' is for a learned rule that marks a draft", where)
        out["min_words"] = _whole_number(data["min_words"], "min_words", where)
    if "per" in data:
        where = f"{path}:{data.line_of('per')}"
        if "marks" not in data:
            raise ToneLintError("'per' is for a learned rule that marks a draft", where)
        if data["per"] not in PER:
            raise ToneLintError(f"'per' must be one of {', '.join(PER)}", where)
        out["per"] = data["per"]
    if "veto_below" in data:
        where = f"{path}:{data.line_of('veto_below')}"
        if "marks" not in data:
            raise ToneLintError("'veto_below' is for a learned rule that marks a draft", where)
        out["veto_below"] = _probability(data["veto_below"], "veto_below", where)
        if out["veto_below"] >= out["threshold"]:
            raise ToneLintError(f"'veto_below' must be under the rule's 'threshold' ({out['threshold']:g})", where)
    return out


def _model(block: Mapping, key: str, path: Path, where: str) -> str:
    """The weights file `block[key]` names, relative to the pack."""
    name = _text(block, key, path)
    model = (path.parent / name).resolve()
    if not model.is_file():
        raise ToneLintError(f"'{key}' names no file: {name}", where)
    return str(model)


def _whole_number(value, key: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ToneLintError(f"'{key}' must be a whole number, not {value!r}", where)
    return value


def _element_fallback(data: Mapping, path: Path) -> dict:
    """`learned: {model: FILE, threshold: P, veto_below: Q}`: a required rule whose patterns are
    silent finds its element in the sentence FILE's weights are surest holds it, when that is `P`
    or more; and a pattern's match counts only in a sentence they give `Q` or more. One of the
    two at least."""
    where = f"{path}:{data.line_of('learned')}"
    block = data["learned"]
    if not isinstance(block, Mapping) or "model" not in block or not {"threshold", "veto_below"} & set(block) \
            or not set(block) <= {"model", "threshold", "veto_below"}:
        raise ToneLintError("'learned' must be a mapping with 'model' and 'threshold', 'veto_below' or both", where)
    out = {"model": _model(block, "model", path, f"{path}:{block.line_of('model')}"), "threshold": None}
    for key in ("threshold", "veto_below"):
        if key in block:
            out[key] = _probability(block[key], f"learned.{key}", f"{path}:{block.line_of(key)}")
    return out


def _draft(data: Mapping, path: Path) -> dict:
    """`draft: {model: FILE, threshold: P, min_words: N, sentences: Q}`: a learned tone rule also
    speaks in a draft no written rule has flagged when FILE's weights find the whole draft carries
    tone, and in any draft they find so, from Q instead of its own threshold."""
    where = f"{path}:{data.line_of('draft')}"
    block = data["draft"]
    if "marks" in data:
        raise ToneLintError("'draft' is for a learned rule that reports sentences, not one that marks a draft", where)
    if not isinstance(block, Mapping) or not {"model", "threshold"} <= set(block) <= {"model", "threshold", "min_words", "sentences"}:
        raise ToneLintError("'draft' must be a mapping with 'model', 'threshold' and optionally 'min_words' and 'sentences'", where)
    out = {
        "draft_model": _model(block, "model", path, f"{path}:{block.line_of('model')}"),
        "draft_threshold": _probability(block["threshold"], "draft.threshold", f"{path}:{block.line_of('threshold')}"),
        "draft_min_words": _whole_number(block.get("min_words", 0), "draft.min_words", f"{path}:{block.line_of('min_words')}"),
    }
    if "sentences" in block:
        out["draft_sentences"] = _probability(block["sentences"], "draft.sentences", f"{path}:{block.line_of('sentences')}")
    return out


def _alone(data: Mapping, path: Path, threshold: float) -> dict:
    """`alone: {threshold: P, second: Q}`: when a learned tone rule speaks in a draft no written
    rule has flagged."""
    where = f"{path}:{data.line_of('alone')}"
    block = data["alone"]
    if "marks" in data:
        raise ToneLintError("'alone' is for a learned rule that reports sentences, not one that marks a draft", where)
    if not isinstance(block, Mapping) or set(block) != {"threshold", "second"}:
        raise ToneLintError("'alone' must be a mapping with 'threshold' and 'second'", where)
    values = {key: _probability(block[key], f"alone.{key}", f"{path}:{block.line_of(key)}")
              for key in ("threshold", "second")}
    if values["threshold"] < threshold:
        raise ToneLintError(f"'alone.threshold' must be at least the rule's 'threshold' ({threshold:g})", where)
    return {"alone_threshold": values["threshold"], "alone_second": values["second"]}


def _probability(value, key: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
        raise ToneLintError(f"'{key}' must be a probability between 0 and 1, not {value!r}", where)
    return float(value)


def _string_list(data: Mapping, key: str, path: Path) -> tuple[str, ...]:
    value = data[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ToneLintError(f"'{key}' must be a non-empty list of strings", f"{path}:{data.line_of(key)}")
    return tuple(value)


def _match_spec(data: Mapping, path: Path, words: WordLists, only: str | None = None) -> MatchSpec:
    """Read phrases/patterns/regex from `data`; `only` names the one a simple kind needs."""
    where = f"{path}:{data.line}"
    if only is None:
        _check_keys(data, MATCH_KEYS, path, "a match block")
    needed = {"phrase": "phrases", "token": "patterns", "regex": "regex"}.get(only)
    if needed and needed not in data:
        raise ToneLintError(f"a {only} rule needs '{needed}'", where)
    if not any(k in data for k in ("phrases", "patterns", "regex")):
        raise ToneLintError("a match block needs 'phrases', 'patterns' or 'regex'", where)
    spec: dict = {}
    if "phrases" in data:
        spec["phrases"] = _string_list(data, "phrases", path)
        attr = data.get("attr", "NORM")
        if attr not in PHRASE_ATTRS:
            raise ToneLintError(f"'attr' must be one of {', '.join(PHRASE_ATTRS)}", f"{path}:{data.line_of('attr')}")
        spec["attr"] = attr
    if "patterns" in data:
        patterns = data["patterns"]
        line = data.line_of("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise ToneLintError("'patterns' must be a non-empty list of token patterns", f"{path}:{line}")
        plain = []
        for i, pattern in enumerate(patterns):
            at = f"{path}:{patterns.line_of(i) if isinstance(patterns, Sequence) else line}"
            if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
                raise ToneLintError("a token pattern must be a non-empty list of token mappings", at)
            plain.append(_with_word_lists(_plain(pattern), words, at))
        spec["patterns"] = tuple(plain)
    if "regex" in data:
        regexes = _string_list(data, "regex", path)
        flags = regex.IGNORECASE if data.get("ignore_case") else 0
        for pattern in regexes:
            try:
                compiled = regex.compile(pattern, flags | regex.VERSION1)
            except regex.error as exc:
                raise ToneLintError(f"invalid regex {pattern!r}: {exc}", f"{path}:{data.line_of('regex')}") from None
            if compiled.search("") is not None and compiled.fullmatch("") is not None:
                raise ToneLintError(f"regex {pattern!r} matches the empty string", f"{path}:{data.line_of('regex')}")
        spec["regexes"] = regexes
        spec["ignore_case"] = bool(data.get("ignore_case", False))
    elif "ignore_case" in data:
        raise ToneLintError("'ignore_case' goes with 'regex'", f"{path}:{data.line_of('ignore_case')}")
    return MatchSpec(where=where, **spec)


def _with_word_lists(pattern: list, words: WordLists, where: str) -> list:
    """Replace `"@name"` under IN / NOT_IN by the pack's word list of that name."""
    for token in pattern:
        for attr, value in token.items():
            if not isinstance(value, dict):
                continue
            for op in ("IN", "NOT_IN"):
                ref = value.get(op)
                if isinstance(ref, str) and ref.startswith("@"):
                    name = ref[1:]
                    if name not in words.lists:
                        known = ", ".join(sorted(words.lists)) or "none"
                        raise ToneLintError(f"unknown word list {ref!r} (the pack's 'words' has: {known})", where)
                    words.used.add(name)
                    value[op] = list(words.lists[name])
    return pattern


def _plain(value):
    """Strip the line-tracking types so spaCy sees plain dicts and lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _examples(data: Mapping, path: Path, kind: str) -> tuple[tuple[Example, ...], tuple[str, ...]]:
    block = data.get("examples")
    if block is None:
        return (), ()
    line = data.line_of("examples")
    if not isinstance(block, Mapping):
        raise ToneLintError("'examples' must be a mapping with 'flag' and 'pass' lists", f"{path}:{line}")
    _check_keys(block, {"flag", "pass"}, path, "examples")
    flags = []
    for i, item in enumerate(block.get("flag") or []):
        iline = block["flag"].line_of(i)
        if isinstance(item, str):
            item = Mapping(text=item)
            item.line, item.key_lines = iline, {}
        if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
            raise ToneLintError("a flag example is a string or a mapping with 'text' and 'span'", f"{path}:{iline}")
        _check_keys(item, {"text", "span"}, path, "a flag example")
        spans = item.get("span", [])
        spans = [spans] if isinstance(spans, str) else spans
        if (kind in ("phrase", "token", "regex") or (kind == "learned" and "marks" not in data)) and not spans:
            raise ToneLintError("a flag example of a matching rule needs its expected 'span'", f"{path}:{iline}")
        for span in spans:
            if not isinstance(span, str) or span not in item["text"]:
                raise ToneLintError(f"span {span!r} is not part of the example text", f"{path}:{iline}")
        flags.append(Example(item["text"], tuple(spans)))
    passes = []
    for i, item in enumerate(block.get("pass") or []):
        if not isinstance(item, str):
            raise ToneLintError("a pass example is a string", f"{path}:{block['pass'].line_of(i)}")
        passes.append(item)
    return tuple(flags), tuple(passes)
