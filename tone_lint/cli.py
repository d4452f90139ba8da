"""The command line: parse options, call the library, print, compute the exit status once.

Heavy modules (spaCy) are imported inside commands, so `--help` and `--version` stay fast.
"""
from __future__ import annotations

import os
import sys

import click

from tone_lint import __version__
from tone_lint.errors import ToneLintError

FAIL_ON = ("error", "warning", "suggestion", "never")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


# name -> "module:attribute"; each helper module imports only click at top level.
LAZY_COMMANDS: dict[str, str] = {
    "config": "tone_lint.commands.config:config",
    "rules": "tone_lint.commands.rules:rules",
    "sendmail": "tone_lint.commands.sendmail:sendmail",
    "held": "tone_lint.commands.held:held",
    "hook": "tone_lint.commands.hook:hook",
    "lsp": "tone_lint.commands.lsp:lsp",
    "daemon": "tone_lint.commands.daemon:daemon",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use, so `--help` stays fast."""

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx, name):
        if name in LAZY_COMMANDS:
            import importlib

            module, attr = LAZY_COMMANDS[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


def _error(message: str) -> None:
    click.echo(f"tone-lint: error: {' '.join(str(message).split())}", err=True)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="tone-lint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint the tone of an email draft: blame, anger, and what a termination email is missing."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "line", "json"]), default="text", show_default=True,
              help="text for people, line for editors, json for tools.")
@click.option("--lang", type=click.Choice(["auto", "en", "fr"]), default=None,
              help="Language of the drafts; auto detects it per file.  [default: config, else auto]")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit status 1.  [default: config, else warning]")
@click.option("--stdin-filename", metavar="NAME", help="Name to report for `-` (standard input).")
@click.option("--column-unit", type=click.Choice(["char", "byte", "utf16"]), default="char", show_default=True,
              help="How columns are counted: characters, UTF-8 bytes (vim) or UTF-16 units (LSP, VS Code).")
@click.option("--termination", type=click.Choice(["auto", "always", "never"]), default=None,
              help="Whether to check the elements of a termination email.  [default: config, else auto]")
@click.option("--pack", "packs", multiple=True, metavar="FILE",
              help="Also load this rule pack (repeatable; added to the config's packs).")
@click.option("--config", "config_file", metavar="FILE",
              help="Use this configuration file for every draft (also: TONE_LINT_CONFIG).")
@click.option("--no-config", is_flag=True, help="Ignore every configuration file.")
@click.option("--color/--no-color", default=None, help="Colour the text format (default: on a terminal, unless NO_COLOR).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Lint files in N processes (0: one per CPU); output is the same, in input order.")
@click.option("--no-daemon", is_flag=True, envvar="TONE_LINT_NO_DAEMON",
              help="Check in this process, not in the warm background one (also TONE_LINT_NO_DAEMON=1).")
def check(paths, fmt, lang, fail_on, stdin_filename, column_unit, termination, packs, config_file, no_config, color,
          jobs, no_daemon):
    """Lint the drafts at PATHS (files or folders; `-` for standard input).

    Options given here override the configuration file, which is, for each draft:

    \b
      --config FILE, else the file named by TONE_LINT_CONFIG;
      else the nearest .tone-lint.yaml, or pyproject.toml with [tool.tone-lint],
        from the draft's folder upward (for `-`: from the --stdin-filename's
        folder, or the working folder);
      else $XDG_CONFIG_HOME/tone-lint/config.yaml (~/.config/tone-lint/...).

    `tone-lint config show` prints the configuration and where each value came from.
    """
    if color is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    params = dict(
        paths=list(paths), fmt=fmt, lang=lang, fail_on=fail_on, stdin_filename=stdin_filename,
        column_unit=column_unit, termination=termination, extra_packs=list(packs), color=color,
        config=config_file, no_config=no_config, jobs=jobs,
    )
    from tone_lint import daemon

    if daemon.wanted(no_daemon):
        stdin = _read_stdin() if "-" in params["paths"] else None
        status = daemon.try_check(params, stdin)
        if status is not None:
            sys.exit(status)
        if stdin is not None:  # already read: the in-process run reads the same bytes
            import io

            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding=sys.stdin.encoding or "utf-8")
    from tone_lint.runner import run_check

    sys.exit(run_check(**params))


def _read_stdin() -> bytes:
    # All of it: the size limit is the configuration's to apply, in the run that reads these bytes.
    return sys.stdin.buffer.read()


def main(argv: list[str] | None = None) -> None:
    """Entry point: every error is one line on stderr and exit status 2, never a traceback."""
    sys.exit(guarded(lambda: cli.main(args=argv, prog_name="tone-lint", standalone_mode=False)))


def guarded(run) -> int:
    """Call `run` and turn its outcome into an exit status, reporting errors on one line.

    The daemon runs checks through this too, so its errors read exactly the same.
    """
    try:
        status = run()
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.exceptions.Abort:
        _error("aborted")
        status = EXIT_ERROR
    except click.ClickException as exc:
        _error(exc.format_message())
        status = EXIT_ERROR
    except ToneLintError as exc:
        _error(str(exc))
        status = EXIT_ERROR
    except KeyboardInterrupt:
        status = 130
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say, and no traceback at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = EXIT_ERROR
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one line and exit 2
        if os.environ.get("TONE_LINT_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set TONE_LINT_DEBUG=1 for a traceback)")
        status = EXIT_ERROR
    return status if isinstance(status, int) else EXIT_CLEAN
