"""`tone-lint lsp`: a language server on standard input and output, for any LSP client."""
from __future__ import annotations

import click


@click.command()
@click.option("--lang", type=click.Choice(["auto", "en", "fr"]), default=None,
              help="Language of the drafts; auto (the default) detects it per buffer.")
@click.option("--termination", type=click.Choice(["auto", "always", "never"]), default=None,
              help="Whether to check the elements of a termination email (default: auto).")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="Also load this rule pack (repeatable).")
@click.option("--debounce-ms", type=click.IntRange(min=0), default=150, show_default=True,
              help="Pause after the last keystroke before re-linting (0: lint every change).")
@click.option("--stdio", is_flag=True, hidden=True, help="Accepted for clients that pass it; stdio is the only transport.")
def lsp(lang, termination, packs, debounce_ms, stdio):
    """Serve diagnostics and quick fixes over the Language Server Protocol (stdio).

    Plain text, Markdown and mail buffers are linted on open, on save and, after a pause, as you
    type. Needs the `lsp` extra: pip install 'tone-lint[lsp]'.
    """
    try:
        from tone_lint.lsp.server import serve
    except ImportError as exc:
        if (exc.name or "").partition(".")[0] not in ("pygls", "lsprotocol", "cattrs"):
            raise
        raise click.ClickException(f"the language server needs pygls ({exc}); pip install 'tone-lint[lsp]'")
    from tone_lint.lsp.drafts import ServerOptions

    serve(ServerOptions(language=lang, termination=termination, packs=tuple(packs)), debounce_ms)
