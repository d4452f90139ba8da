"""`tone-lint config show`: the configuration a draft gets, and where each value came from."""
from __future__ import annotations

import json

import click

FAIL_ON = ("error", "warning", "suggestion", "never")


@click.group()
def config() -> None:
    """Inspect the configuration."""


@config.command()
@click.argument("path", default=".", required=False)
@click.option("--config", "config_file", metavar="FILE",
              help="Use this configuration file (also: TONE_LINT_CONFIG).")
@click.option("--no-config", is_flag=True, help="Ignore every configuration file.")
@click.option("--lang", type=click.Choice(["auto", "en", "fr"]), default=None, help="As for `check`.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, help="As for `check`.")
@click.option("--termination", type=click.Choice(["auto", "always", "never"]), default=None, help="As for `check`.")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="As for `check`.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(path, config_file, no_config, lang, fail_on, termination, packs, fmt):
    """Print the configuration resolved for PATH (a draft or a folder; default: here).

    Each value is followed by where it came from: default, preset NAME, FILE:LINE or
    command line. Options given here override the file, as they do for `check`.
    """
    import os
    from pathlib import Path

    from tone_lint.config import Configs
    from tone_lint.runner import RuleSets

    configs = Configs(config_file, no_config, overrides={
        "language": lang, "fail-on": fail_on, "termination": termination, "packs": list(packs),
    })
    settings = configs.for_folder(Path(path) if os.path.isdir(path) else Path(os.path.abspath(path)).parent)
    RuleSets().rules(settings)  # a name that selects no rule is an error here too
    rows = describe(settings)
    if fmt == "json":
        click.echo(json.dumps(as_json(settings, rows), indent=2, ensure_ascii=False))
        return
    click.echo(f"config file: {_file_line(settings)}")
    if settings.extends:
        click.echo(f"extends: {' -> '.join(settings.extends)}")
    click.echo()
    key_width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    for key, value, origin in rows:
        click.echo(f"{key:<{key_width}}  {value:<{value_width}}  {origin}".rstrip())


def _file_line(settings) -> str:
    if settings.file is None:
        return "none (defaults and command line only)"
    how = {
        "discovery": "nearest to the draft",
        "user config": "user configuration",
        "--config": "from --config",
        "TONE_LINT_CONFIG": "from env TONE_LINT_CONFIG",
    }[settings.found_by]
    return f"{settings.file} ({how})"


def describe(settings) -> list[tuple[str, str, str]]:
    """(key, value, origin) rows, one per scalar or list key and one per mapping entry."""
    from tone_lint.config import KEYS

    rows = []
    for key in KEYS[1:]:
        attr = key.replace("-", "_")
        value = getattr(settings, attr)
        if key in ("severity", "elements", "per-file-ignores"):
            if not value:
                rows.append((key, "{}", "default"))
            for i, entry in enumerate(value.values()):
                shown = ", ".join(entry.value) if key == "per-file-ignores" else entry.value
                rows.append((key if i == 0 else "", f"{entry.key}: {shown}", entry.origin))
        elif key in ("select", "ignore", "packs"):
            rows.append((key, ", ".join(e.key for e in value) or "(none)", settings.origin(key)))
            for entry in value:
                if key == "packs" and entry.origin != settings.origin(key):
                    rows[-1] = (key, rows[-1][1], "; ".join(sorted({e.origin for e in value})))
                    break
        else:
            rows.append((key, str(value), settings.origin(key)))
    return rows


def as_json(settings, rows) -> dict:
    from tone_lint.config import KEYS

    values = {}
    for key in KEYS[1:]:
        value = getattr(settings, key.replace("-", "_"))
        if key in ("severity", "elements", "per-file-ignores"):
            values[key] = {
                "value": {k: list(e.value) if key == "per-file-ignores" else e.value for k, e in value.items()},
                "origin": {k: e.origin for k, e in value.items()},
            }
        elif key in ("select", "ignore", "packs"):
            values[key] = {"value": [e.key for e in value], "origin": [e.origin for e in value]}
        else:
            values[key] = {"value": value, "origin": settings.origin(key)}
    return {"file": settings.file, "found_by": settings.found_by, "extends": list(settings.extends), "settings": values}
