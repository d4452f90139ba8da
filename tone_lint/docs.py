"""docs/rules.md, generated from the shipped packs: `python -m tone_lint.docs > docs/rules.md`.

The reference cannot drift from the rules: a test compares this output with the file.
"""
from __future__ import annotations

import sys
from collections import defaultdict

from tone_lint.kinds import learned

HEADER = """\
# Rules

<!-- Generated from rules/{en,fr}/*.yaml by `python -m tone_lint.docs > docs/rules.md`
     (or `tone-lint rules doc`); do not edit by hand. -->

Every rule has an id (`category.name`), a severity, and flag and pass examples that
`tone-lint rules test` runs. Select or ignore rules in `.tone-lint.yaml` by id, by dotted
prefix or by category; `tone-lint rules show ID` prints one rule in the terminal.

"""


def _mark(text: str, spans) -> str:
    out, at = [], 0
    for span in spans:
        start = text.find(span, at)
        if start == -1:
            continue
        out += [_escape(text[at:start]), "**", _escape(span), "**"]
        at = start + len(span)
    return "".join(out) + _escape(text[at:])


def _escape(text: str) -> str:
    for c in "\\`*_[]<>|":
        text = text.replace(c, "\\" + c)
    return text


def _anchor(rule_id: str) -> str:
    return rule_id.replace(".", "")


def _joined(values) -> str:
    return ", ".join(dict.fromkeys(values))


def _per_language(versions, describe) -> str:
    """`describe(rule)` once when every language's version says the same, else per language."""
    said = {rule.language: describe(rule) for rule in versions}
    if len(set(said.values())) == 1:
        return next(iter(said.values()))
    return "; ".join(f"{language}: {text}" for language, text in said.items())


def render(rules) -> str:
    """The Markdown reference for `rules` (every language), grouped by category."""
    by_id: dict[str, list] = defaultdict(list)
    for rule in sorted(rules, key=lambda r: (r.id, r.language)):
        by_id[rule.id].append(rule)
    by_category: dict[str, list[str]] = defaultdict(list)
    for rule_id, versions in by_id.items():
        by_category[versions[0].category].append(rule_id)
    out = [HEADER]
    out.append("| Rule | Category | Severity | Kind | Languages |\n| --- | --- | --- | --- | --- |\n")
    for category in sorted(by_category):
        for rule_id in by_category[category]:
            v = by_id[rule_id]
            out.append(
                f"| [`{rule_id}`](#{_anchor(rule_id)}) | {category} | {_severity(v)} | {_joined(r.kind for r in v)} "
                f"| {_joined(r.language for r in v)} |\n"
            )
    for category in sorted(by_category):
        out.append(f"\n## {category}\n")
        for rule_id in by_category[category]:
            out.append(_rule_section(rule_id, by_id[rule_id]))
    return "".join(out)


def _severity(versions) -> str:
    levels = {r.severity.label for r in versions}
    if len(levels) == 1:
        return levels.pop()
    return ", ".join(f"{r.severity.label} ({r.language})" for r in versions)


def _rule_section(rule_id: str, versions) -> str:
    first = versions[0]
    facts = [f"Category: {first.category}", f"Severity: {_severity(versions)}", f"Kind: {_joined(r.kind for r in versions)}",
             f"Languages: {_joined(r.language for r in versions)}"]
    if first.kind == "required":
        facts.append(f"Element: `{first.element}` ({'always' if first.when == 'always' else 'in a termination email'})")
        if first.model:
            facts.append(f"Learned: {learned.element_weights(first)} (docs/packs.md, \"Learned rules\")")
    if first.marks:
        facts.append(f"Marks: {first.marks}")
    if first.kind == "learned":
        describe = learned.marks_when if first.marks else learned.speaks_when
        facts.append(f"Threshold: {_per_language(versions, describe)} (docs/packs.md, \"Learned rules\")")
    if first.context != "any":
        facts.append("Context: heated (reports only beside two other findings; docs/packs.md)")
    if first.calm_veto:
        facts.append("Calm veto: not reported in a sentence the learned rules are sure is calm (docs/packs.md)")
    if first.heat != 1:
        facts.append(f"Heat: {first.heat} (one finding makes the draft heated; docs/packs.md)")
    lines = [f"\n### {rule_id}\n", "\n" + " · ".join(facts) + "\n"]
    for rule in versions:
        lines.append(f"\n**{rule.language}**\n\n")
        lines.append(f"- What it flags: {_escape(rule.message)}\n")
        lines.append(f"- Why: {_escape(rule.why)}\n")
        if rule.instead:
            lines.append(f"- Instead: {_escape(rule.instead)}\n")
        flagged = "Reported missing in" if rule.kind == "required" else "Marks" if rule.kind == "marker" else "Flagged"
        for example in rule.flag_examples:
            lines.append(f"- {flagged}: {_mark(example.text, example.spans)}\n")
        passing = "Present in" if rule.kind == "required" else "Fine"
        for text in rule.pass_examples:
            lines.append(f"- {passing}: {_escape(text)}\n")
    return "".join(lines)


def render_builtin() -> str:
    from tone_lint.packs import builtin_pack_paths, load_packs

    return render([rule for pack in load_packs(builtin_pack_paths()) for rule in pack.rules])


if __name__ == "__main__":
    sys.stdout.write(render_builtin())
