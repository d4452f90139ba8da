"""Output formats: each module has one pure `render(results, **options) -> str`."""
from __future__ import annotations

FORMATS = ("text", "line", "json")


def render(fmt: str, results, **options) -> str:
    if fmt == "text":
        from tone_lint.formatters import text as module
    elif fmt == "line":
        from tone_lint.formatters import line as module
    elif fmt == "json":
        from tone_lint.formatters import json_format as module
    else:
        raise ValueError(fmt)
    return module.render(results, **options)
