"""`tone-lint rules`: list, explain, test and start rule packs."""
from __future__ import annotations

import sys

import click

LANGS = ("en", "fr")
# packs.WRITTEN_KINDS spelt out, since this module imports only click at top level (tone_lint.cli);
# tests/test_rules_cmd.py keeps the two equal
WRITTEN_KINDS = ("phrase", "token", "regex", "required", "marker")


@click.group()
def rules() -> None:
    """List, explain and test rules, and start a pack of your own."""


def _load(packs: tuple[str, ...]) -> list:
    """The rules of the built-in packs and of `packs`, from the rule cache a check reads too:
    parsing the packs' YAML cost each `rules list` or `rules show` about 2 s."""
    from pathlib import Path

    from tone_lint import rulecache
    from tone_lint.packs import builtin_pack_paths

    return rulecache.rules_of(builtin_pack_paths() + [Path(p) for p in packs])


@rules.command("list")
@click.option("--lang", type=click.Choice(LANGS), help="Only rules in this language.")
@click.option("--category", help="Only rules in this category.")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="Also list this pack's rules (repeatable).")
def list_rules(lang, category, packs):
    """One line per rule: id, category, severity, language, kind."""
    found = [r for r in _load(packs) if (not lang or r.language == lang) and (not category or r.category == category)]
    found.sort(key=lambda r: (r.id, r.language))
    if not found:
        from tone_lint.errors import ToneLintError

        raise ToneLintError(f"no rule in category {category!r}" if category else "no rule")
    rows = [("ID", "CATEGORY", "SEVERITY", "LANG", "KIND")]
    rows += [(r.id, r.category, r.severity.label, r.language, r.kind) for r in found]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        click.echo("  ".join(f"{cell:<{w}}" for cell, w in zip(row, widths)) + "  " + row[-1])


@rules.command("show")
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(LANGS), help="Only this language's version (default: every language).")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="Also look in this pack (repeatable).")
def show(rule_id, lang, packs):
    """What RULE_ID flags, why, what to write instead, and its examples."""
    from tone_lint.errors import ToneLintError

    everything = _load(packs)
    found = [r for r in everything if r.id == rule_id and (not lang or r.language == lang)]
    if not found:
        import difflib

        close = difflib.get_close_matches(rule_id, sorted({r.id for r in everything}), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else " (see `tone-lint rules list`)"
        where = f" in {lang}" if lang and any(r.id == rule_id for r in everything) else ""
        raise ToneLintError(f"unknown rule {rule_id!r}{where}{hint}")
    blocks = [explain(rule) for rule in sorted(found, key=lambda r: r.language)]
    click.echo("\n".join(blocks), nl=False)


def mark(text: str, spans) -> str:
    """The example text with each expected span in [brackets]."""
    out, at = [], 0
    for span in spans:
        start = text.find(span, at)
        if start == -1:
            continue
        out += [text[at:start], "[", span, "]"]
        at = start + len(span)
    return "".join(out) + text[at:]


def explain(rule) -> str:
    from tone_lint.kinds import learned

    lines = [f"{rule.id} ({rule.language})", ""]
    facts = f"Category: {rule.category} · Severity: {rule.severity.label} · Kind: {rule.kind}"
    if rule.kind == "required":
        facts += f" · Element: {rule.element} (checked {'always' if rule.when == 'always' else 'in a termination email'})"
        if rule.model:
            facts += f" · Learned: {learned.element_weights(rule)}"
    elif rule.kind == "marker":
        facts += f" · Marks: {rule.marks}"
    elif rule.kind == "learned" and rule.marks:
        facts += f" · Marks: {rule.marks} · Threshold: {learned.marks_when(rule)}"
    elif rule.kind == "learned":
        facts += f" · Threshold: {learned.speaks_when(rule)}"
    elif rule.context != "any":
        facts += " · Context: heated (reports only beside two other findings)"
    elif rule.heat != 1:
        facts += f" · Heat: {rule.heat} (one finding makes the draft heated)"
    if rule.calm_veto:
        facts += " · Calm veto (not reported in a sentence the learned rules are sure is calm)"
    from pathlib import Path

    from tone_lint.config import display_path

    lines += [facts, f"Defined at {display_path(Path(rule.pack))}:{rule.line}", ""]
    lines += ["What it flags", f"  {rule.message}", "", "Why", f"  {rule.why}", ""]
    if rule.instead:
        lines += ["Instead", f"  {rule.instead}", ""]
    if rule.flag_examples:
        title = "Reported missing in" if rule.kind == "required" else "Marked" if rule.kind == "marker" else "Flagged"
        lines.append(title)
        lines += [f"  {mark(e.text, e.spans)}" for e in rule.flag_examples]
        lines.append("")
    if rule.pass_examples:
        lines.append("Fine" if rule.kind != "required" else "Present in")
        lines += [f"  {text}" for text in rule.pass_examples]
        lines.append("")
    return "\n".join(lines)


@rules.command("test")
@click.argument("packs", nargs=-1, metavar="[PACK]...")
def test(packs):
    """Run the flag and pass examples of PACKs (default: the shipped packs).

    A dot per passing rule, F per failing one; exit status 1 if any fails (a rule
    without a flag or a pass example fails, and so does a LEMMA value that no word has
    as its lemma), 2 if a pack does not load.
    """
    from pathlib import Path

    from tone_lint import rulecache
    from tone_lint.engine import Engine
    from tone_lint.examples import check_examples
    from tone_lint.lemmacheck import dead_lemmas
    from tone_lint.packs import builtin_pack_paths, load_packs

    from tone_lint.config import display_path

    paths = [Path(p) for p in packs] or builtin_pack_paths()
    loaded = load_packs(paths)
    all_rules = [rule for pack in loaded for rule in pack.rules]
    # examples are judged as a check judges a draft, beside the shipped packs: their findings
    # make the heat a heated rule needs, their learned rules the calm veto; they are not tested
    tested = {p.resolve() for p in paths}
    ids = {(rule.language, rule.id) for rule in all_rules}
    context = [rule for rule in rulecache.rules_of([p for p in builtin_pack_paths() if p.resolve() not in tested])
               if (rule.language, rule.id) not in ids]
    all_rules += context
    engines = {}
    failures: list[tuple[str, str]] = []
    passed = 0
    for pack in loaded:
        lines = _example_lines(Path(pack.path))
        shown = display_path(Path(pack.path))
        marks = []
        for rule in pack.rules:
            if rule.language not in engines:
                engines[rule.language] = Engine(all_rules, rule.language)
            problems = []  # (line, what is wrong)
            if not rule.flag_examples:
                problems.append((rule.line, "no flag example"))
            if not rule.pass_examples:
                problems.append((rule.line, "no pass example"))
            for failure in check_examples(engines[rule.language], rule):
                line = lines.get((rule.line, failure.text), rule.line)
                problems.append((line, f"{failure.problem}: {failure.text!r}"))
            problems += [(rule.line, problem) for problem in dead_lemmas(rule)]
            marks.append("F" if problems else ".")
            passed += not problems
            failures += [f"{shown}:{line}: {rule.id}: {what}" for line, what in problems]
        click.echo(f"{shown} {''.join(marks)}")
    failed = sum(len(pack.rules) for pack in loaded) - passed
    if failures:
        click.echo("\nFAILURES")
        for failure in failures:
            click.echo(failure)
    click.echo(f"\n{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


def _example_lines(path) -> dict[tuple[int, str], int]:
    """(rule line, example text) -> the example's own line, to point a failure at it."""
    from tone_lint.yamlload import Mapping, load_yaml

    data = load_yaml(path)
    out: dict[tuple[int, str], int] = {}
    for rule in data.get("rules") or []:
        examples = rule.get("examples") if isinstance(rule, Mapping) else None
        if not isinstance(examples, Mapping):
            continue
        for key in ("flag", "pass"):
            items = examples.get(key) or []
            for i, item in enumerate(items):
                text = item.get("text") if isinstance(item, dict) else item
                out.setdefault((rule.line, text), items.line_of(i))
    return out


@rules.command("new")
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True, help="Language of the pack.")
@click.option("--kind", type=click.Choice(WRITTEN_KINDS), default="phrase", show_default=True, help="Kind of the first rule.")
@click.option("-o", "--output", metavar="FILE", help="Write the pack here (never over an existing file).")
def new(lang, kind, output):
    """Write a commented skeleton pack whose example rule loads and passes its examples."""
    from tone_lint.skeleton import skeleton

    text = skeleton(lang, kind)
    if not output:
        click.echo(text, nl=False)
        return
    import os

    from tone_lint.errors import ToneLintError

    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise ToneLintError("already exists; not overwritten", output) from None
    except OSError as exc:
        raise ToneLintError(exc.strerror or str(exc), output) from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    click.echo(f"wrote {output}; try: tone-lint rules test {output}", err=True)


@rules.command("doc")
def doc():
    """Print the rule reference (docs/rules.md) generated from the shipped packs."""
    from tone_lint.docs import render_builtin

    click.echo(render_builtin(), nl=False)
