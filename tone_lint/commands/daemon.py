"""`tone-lint daemon status|stop`: the warm background process behind repeated checks."""
from __future__ import annotations

import sys

import click


@click.command()
@click.argument("action", type=click.Choice(["status", "stop"]))
def daemon(action):
    """Show or stop the background process that keeps checks warm (see check --no-daemon)."""
    from tone_lint import daemon as warm

    directory = warm.runtime_dir()
    path = warm.socket_path(directory) if directory else None
    if action == "status":
        state = warm.status(path) if path else None
        if state is None:
            click.echo("not running")
            sys.exit(1)
        click.echo(f"running: pid {state.get('pid')}, {state.get('served')} checks served, socket {path}")
        return
    click.echo("stopped" if path and warm.stop(path) else "not running")
