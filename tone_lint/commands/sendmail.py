"""`tone-lint sendmail`: a drop-in for the sendmail setting of mutt, neomutt, aerc and friends."""
from __future__ import annotations

import sys

import click

EPILOG = """\b
Exit status: COMMAND's own status when the message was sent (or it failed
and the message was kept); 75 (EX_TEMPFAIL) when nothing was sent and the
message is kept in the held queue: held for findings or a cool-off, or
tone-lint could not lint it. `tone-lint held` lists, shows, sends and drops
held messages.

\b
Override, after re-reading: the header `X-Tone-Lint: send` (removed before
sending) or TONE_LINT_SEND=1. A --cool-off still applies to emotional language.
"""


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
    epilog=EPILOG,
)
# Option values are checked after the message is safely queued, so even a typo here loses nothing.
# Left unset, fail-on, lang, termination and cool-off come from the configuration
# (.tone-lint.yaml found from the working folder up, then ~/.config/tone-lint/config.yaml).
@click.option("--fail-on", default=None, metavar="error|warning|suggestion|never",
              help="Lowest severity that holds the message.  [default: warning]")
@click.option("--lang", default=None, metavar="auto|en|fr", help="Language of the message.  [default: auto]")
@click.option("--termination", default=None, metavar="auto|always|never",
              help="Whether to check the elements of a termination email.  [default: auto]")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="Also load this rule pack (repeatable).")
@click.option("--cool-off", default=None, metavar="MINUTES",
              help="Hold a message with emotional findings this long, even with an override.  [default: 0]")
@click.argument("command", nargs=-1, type=click.UNPROCESSED)
def sendmail(fail_on, lang, termination, packs, cool_off, command):
    """Lint the message on standard input, then run COMMAND [ARG]... with it, or hold it.

    Every argument from COMMAND on is passed to COMMAND unchanged, so the client's
    `-f`, `-oi`, `--` and recipients reach it: in neomutt,
    `set sendmail="tone-lint sendmail /usr/sbin/sendmail -oem -oi"`.
    """
    from tone_lint.hooks.sendmail import LintOptions, run

    data = sys.stdin.buffer.read()
    options = LintOptions(fail_on=fail_on, lang=lang, termination=termination, packs=list(packs),
                          cool_off=cool_off)
    sys.exit(run(list(command), options, data))
