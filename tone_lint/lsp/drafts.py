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
    max_bytes: int = MAX_BYTES


@dataclass
class ServerOptions:
    """What `tone-lint lsp` was started with."""

    # None: not given on the command line, so configuration decides (today: auto).
    language: str | None = None
    termination: str | None = None
    packs: tuple[str, ...] = ()
    _configs: object = field(default=None, repr=False)
    _rule_sets: object = field(default=None, repr=False)

    def configs(self):
        """Configuration as `tone-lint check` resolves it, the server's options on top."""
        if self._configs is None:
            from tone_lint.config import Configs

            self._configs = Configs(overrides={"language": self.language, "termination": self.termination,
                                               "packs": list(self.packs)})
        return self._configs

    def rule_sets(self):
        # One Linter, hence one compiled Engine per language, per distinct rule set, for the
        # life of the server.
        if self._rule_sets is None:
            from tone_lint.runner import RuleSets

            self._rule_sets = RuleSets()
        return self._rule_sets

    def forget_configuration(self) -> None:
        """A configuration file was saved: resolve again from the next lint on."""
        self._configs = None
        self._rule_sets = None


CONFIG_FILES = frozenset({".tone-lint.yaml", "pyproject.toml", "config.yaml"})


def settings_for(path: str, server: ServerOptions) -> DraftSettings:
    """The settings for the draft at `path`: the single place the server reads configuration,
    discovered from the draft's folder exactly as `tone-lint check` does."""
    settings = server.configs().for_path(path)
    linter = server.rule_sets().linter(settings, path)
    return DraftSettings(linter, settings.language, Options(termination=settings.termination), settings.max_bytes)


def lint_text(text: str, path: str, server: ServerOptions) -> FileResult:
    """Lint a buffer's text exactly as `tone-lint check` lints the file's bytes."""
    from tone_lint.runner import lint_bytes

    settings = settings_for(path, server)
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > settings.max_bytes:
        raise InputError(f"buffer is over the {settings.max_bytes}-byte limit", path)
    return lint_bytes(settings.linter, data, path, settings.language, settings.options)

