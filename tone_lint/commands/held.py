"""`tone-lint held`: review, send or drop the messages `tone-lint sendmail` kept."""
from __future__ import annotations

import shlex
import sys

import click


def _sendable(entry) -> str:
    from tone_lint.hooks.sendmail import local

    after = entry.sendable_after
    if after is None or entry.sendable():
        return "sendable now"
    return f"sendable from {local(after)}"


@click.group()
def held():
    """Messages held by `tone-lint sendmail`: nothing leaves the queue unless sent or dropped."""


@held.command("list")
def list_():
    """One line per held message: id, state, when it becomes sendable, subject, command."""
    from tone_lint.hooks.headers import subject
    from tone_lint.hooks.queue import HeldQueue

    entries = HeldQueue().entries()
    if not entries:
        click.echo("No held messages.")
        return
    for e in entries:
        subj = subject(e.read_message()) or "(no subject)"
        click.echo(f"{e.id}  {e.state:<11}  {_sendable(e):<34}  {subj}")
        detail = e.meta.get("reason") or e.meta.get("error") or ""
        click.echo(f"    {detail}  -> {shlex.join(e.command) or '(no command)'}")


@held.command()
@click.argument("entry_id", metavar="ID")
@click.option("--raw", is_flag=True, help="Print only the message, byte for byte.")
def show(entry_id, raw):
    """The message, why it was held, its findings, and when it becomes sendable."""
    from tone_lint.hooks.queue import HeldQueue
    from tone_lint.hooks.sendmail import local

    entry = HeldQueue().get(entry_id)
    data = entry.read_message()
    if raw:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    meta = entry.meta
    click.echo(f"held message {entry.id}")
    click.echo(f"  state:    {entry.state}")
    if entry.created:
        click.echo(f"  held at:  {local(entry.created)}")
    click.echo(f"  command:  {shlex.join(entry.command)}")
    for key in ("reason", "error"):
        if meta.get(key):
            click.echo(f"  {key + ':':<10}{meta[key]}")
    click.echo(f"  status:   {_sendable(entry)} with `tone-lint held send {entry.id}`")
    click.echo("--- message ---")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    if not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()
    click.echo("--- findings ---")
    if meta.get("report"):
        click.echo(meta["report"], nl=False)
    elif "findings" in meta:
        click.echo("No findings.")
    else:
        click.echo("Not linted (see error above).")


@held.command()
@click.argument("entry_id", metavar="ID")
def send(entry_id):
    """Send a held message with the command it was held from; it leaves the queue once sent."""
    from tone_lint.errors import ToneLintError
    from tone_lint.hooks.queue import HeldQueue
    from tone_lint.hooks.sendmail import EX_TEMPFAIL, local, send_entry

    queue = HeldQueue()
    entry = queue.get(entry_id)
    if not entry.command:
        raise ToneLintError("no command recorded to send it with; `tone-lint held show --raw` prints it", entry.id)
    if not entry.sendable():
        click.echo(f"tone-lint: {entry.id} is in its cool-off until {local(entry.sendable_after)}; "
                   "nothing was sent.", err=True)
        sys.exit(EX_TEMPFAIL)
    status = send_entry(queue, entry)
    if status == 0:
        click.echo(f"sent {entry.id}", err=True)
    sys.exit(status)


@held.command()
@click.argument("entry_id", metavar="ID")
def drop(entry_id):
    """Discard a held message for good."""
    from tone_lint.hooks.queue import HeldQueue

    queue = HeldQueue()
    entry = queue.get(entry_id)
    queue.remove(entry)
    click.echo(f"dropped {entry.id}", err=True)
