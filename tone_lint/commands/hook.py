"""`tone-lint hook`: install or remove the git send-email hook."""
from __future__ import annotations

import click


@click.group()
def hook():
    """Install tone-lint as a git hook (git send-email refuses a message with findings)."""


@hook.command()
@click.option("--git-send-email", "git_send_email", is_flag=True,
              help="Install the sendemail-validate hook of the current repository (honours core.hooksPath).")
@click.option("--force", is_flag=True, help="Replace an existing hook that tone-lint did not install.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "suggestion"]), default=None,
              help="Lowest severity that stops the send, fixed in the hook (default: the configuration's, else warning).")
def install(git_send_email, force, fail_on):
    """Install a hook."""
    from tone_lint.errors import ToneLintError
    from tone_lint.hooks.install import install as do_install

    if not git_send_email:
        raise ToneLintError("say which hook to install: --git-send-email", "hook install")
    path = do_install(force=force, fail_on=fail_on)
    click.echo(f"installed {path}")


@hook.command()
@click.option("--git-send-email", "git_send_email", is_flag=True, default=True,
              help="Remove the sendemail-validate hook (the only kind there is; the default).")
def uninstall(git_send_email):
    """Remove a hook that tone-lint installed (and only such a hook)."""
    from tone_lint.hooks.install import uninstall as do_uninstall

    path = do_uninstall()
    click.echo(f"removed {path}")


@hook.command(hidden=True)
@click.argument("path")
@click.option("--fail-on", type=click.Choice(["error", "warning", "suggestion", "never"]), default=None,
              help="Lowest severity that refuses the patch (default: from the configuration, else warning).")
def validate(path, fail_on):
    """What the sendemail-validate hook runs: lint one patch mail, exit 1 on findings."""
    import sys

    from tone_lint.hooks.lint import lint
    from tone_lint.hooks.sendmail import LintOptions
    from tone_lint.inputs import read_file
    from tone_lint.formatters import render
    from tone_lint.runner import exit_status

    options = LintOptions(fail_on=fail_on)
    options.validate()
    settings = options.resolve()
    result = lint(read_file(path, settings.max_bytes), path, options, patch=True, settings=settings)
    status = exit_status([result], settings.fail_on, False)
    if result.findings:
        click.echo(render("text", [result], color=False), err=True, nl=False)
    if status:
        click.echo(f"tone-lint: {path}: not sent. After re-reading, send anyway with "
                   "TONE_LINT_SEND=1 git send-email ...", err=True)
    sys.exit(status)
