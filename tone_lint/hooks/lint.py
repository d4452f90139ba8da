"""Lint a message as it is about to be sent: a whole RFC 5322 message, maybe a git patch mail.

`inputs.load` picks the reader. On top of whatever it decides, two things here are
never the writer's prose: the header block, when the reader treated the message as
plain text, and, in a patch mail, the `[PATCH v2 1/3]` subject tag and everything
from the `---` line on (diffstat, diff, signature), which `git am` also cuts off.
"""
from __future__ import annotations

import re

from tone_lint.hooks import headers

_SUBJECT_TAG = re.compile(r"(?im)^subject:[ \t]*((?:\[[^\]\n]*\][ \t]*)+)")
_PATCH_CUT = re.compile(r"(?m)^---\r?$")


def lint(data: bytes, name: str, options, patch: bool = False):
    """The FileResult for `data`, with the rule set, language and termination mode in `options`."""
    from tone_lint import inputs
    from tone_lint.engine import Linter, Options
    from tone_lint.lang import detect
    from tone_lint.runner import load_rules

    linter = Linter(load_rules(list(options.packs)))
    source = adjust(inputs.load(data, name), patch)
    language = options.lang if options.lang != "auto" else detect(source.text)
    return linter.check(source, language, Options(termination=options.termination))


def adjust(source, patch: bool = False):
    from tone_lint.source import Source

    extra: list[tuple[int, int]] = []
    display = source.display
    body_start = 0
    encoded = display.encode("utf-8", "surrogatepass")
    found = headers.fields(encoded)
    if found:
        body_start = len(encoded[: found[-1][3]].decode("utf-8", "surrogatepass"))
        if source.kind == "text":
            extra.append((0, body_start))
    if patch:
        m = _SUBJECT_TAG.search(display, 0, body_start)
        if m:
            extra.append(m.span(1))
        cut = _PATCH_CUT.search(display, body_start)
        if cut:
            extra.append((cut.start(), len(display)))
    if not extra:
        return source
    return Source(source.path, display, kind=source.kind, masked=list(source.masked) + extra,
                  line_map=source.line_map)
