"""Which editor buffers are drafts, and linting them as `tone-lint check` would.

Configuration goes through one call, `settings_for(path)`: everything the server knows about
packs, language and termination checks comes from there, so pointing it at the CLI's
configuration discovery changes nothing else in the server.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from tone_lint.engine import Linter, Options
from tone_lint.findings import FileResult
from tone_lint.errors import InputError
from tone_lint.inputs import DRAFT_SUFFIXES, MAX_BYTES

# Editor language ids (LSP languageId) that are drafts: VS Code, Neovim/Vim filetypes,
# Emacs major modes as eglot names them, Helix language names.
DRAFT_LANGUAGE_IDS = frozenset({
    "plaintext", "text", "txt", "markdown", "md", "mail", "email", "eml", "message",
})


def is_draft(language_id: str | None, path: str) -> bool:
    """A buffer we lint: a text, Markdown or mail language id, or a draft's file extension."""
    if language_id and language_id.lower() in DRAFT_LANGUAGE_IDS:
        return True
    return PurePath(path).suffix.lower() in DRAFT_SUFFIXES


@dataclass(frozen=True)
class DraftSettings:
    """What linting one draft needs: the compiled rules, its language and the check options."""

    linter: Linter
    language: str  # auto | en | fr
    options: Options


@dataclass
class ServerOptions:
    """What `tone-lint lsp` was started with."""

    # None: not given on the command line, so configuration decides (today: auto).
    language: str | None = None
    termination: str | None = None
    packs: tuple[str, ...] = ()
    _linters: dict = field(default_factory=dict, repr=False)

    def linter(self) -> Linter:
        # One Linter, hence one compiled Engine per language, for the life of the server.
        if self.packs not in self._linters:
            from tone_lint.runner import load_rules

            self._linters[self.packs] = Linter(load_rules(list(self.packs)))
        return self._linters[self.packs]


def settings_for(path: str, server: ServerOptions) -> DraftSettings:
    """The settings for the draft at `path`: the single place the server reads configuration.

    Today that is the server's own options; once the CLI discovers `.tone-lint.yaml` for a
    path, this is where the same discovery is called (keeping one Linter per rule set).
    """
    return DraftSettings(server.linter(), server.language or "auto", Options(termination=server.termination or "auto"))


def lint_text(text: str, path: str, server: ServerOptions) -> FileResult:
    """Lint a buffer's text exactly as `tone-lint check` lints the file's bytes."""
    from tone_lint.runner import lint_bytes

    settings = settings_for(path, server)
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > MAX_BYTES:
        raise InputError(f"buffer is over the {MAX_BYTES}-byte limit", path)
    return lint_bytes(settings.linter, data, path, settings.language, settings.options)

