"""The pygls server: keep drafts in sync, lint them, publish diagnostics, offer quick fixes.

Opening and saving a draft lint it at once; typing re-lints after a short pause (debounce), so
a burst of keystrokes costs one lint. Linting runs on the event loop: once a language's rules
are compiled, a 300-word draft takes a few milliseconds, less than a thread hand-off is worth.
"""
from __future__ import annotations

import asyncio
from pathlib import PurePath

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from tone_lint import __version__
from tone_lint.errors import ToneLintError
from tone_lint.findings import FileResult
from tone_lint.lsp import convert
from tone_lint.lsp.drafts import CONFIG_FILES, ServerOptions, is_draft, lint_text

DEFAULT_DEBOUNCE_MS = 150


class ToneLintServer(LanguageServer):
    def __init__(self, options: ServerOptions, debounce_ms: int = DEFAULT_DEBOUNCE_MS):
        super().__init__("tone-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.options = options
        self.debounce_ms = debounce_ms
        self.drafts: set[str] = set()  # URIs of open buffers that are drafts
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.results: dict[str, tuple[int | None, FileResult]] = {}  # uri -> (version linted, result)

    @property
    def unit(self) -> str:
        return convert.column_unit(self.workspace.position_encoding)

    def lint(self, uri: str) -> FileResult | None:
        """Lint the buffer as it is now, remember the result, publish its diagnostics."""
        self.cancel(uri)
        if uri not in self.drafts:
            return None
        document = self.workspace.get_text_document(uri)
        try:
            result = lint_text(document.source, to_fs_path(uri) or uri, self.options)
        except ToneLintError as exc:
            # A pack or configuration error, or a buffer that is not text: say it, keep serving.
            self.results.pop(uri, None)
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=f"tone-lint: {exc}"))
            self.publish(uri, document.version, [])
            return None
        self.results[uri] = (document.version, result)
        self.publish(uri, document.version, convert.diagnostics(result, self.unit))
        return result

    def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        )

    def schedule(self, uri: str) -> None:
        """Lint once the writer pauses for `debounce_ms`; each change restarts the wait."""
        if self.debounce_ms <= 0:
            self.lint(uri)
            return
        self.cancel(uri)
        self.pending[uri] = asyncio.get_running_loop().call_later(self.debounce_ms / 1000, self.lint, uri)

    def cancel(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def current_result(self, uri: str) -> FileResult | None:
        """The result for the buffer's current version, linting now if a change is still pending."""
        if uri not in self.drafts:
            return None
        version = self.workspace.get_text_document(uri).version
        cached = self.results.get(uri)
        if cached is not None and cached[0] == version and uri not in self.pending:
            return cached[1]
        return self.lint(uri)


def build(options: ServerOptions, debounce_ms: int = DEFAULT_DEBOUNCE_MS) -> ToneLintServer:
    server = ToneLintServer(options, debounce_ms)

    @server.feature(types.INITIALIZE)
    def initialize(ls: ToneLintServer, params: types.InitializeParams) -> None:
        # Clients may set {"debounceMs": N} in initializationOptions; tests set 0.
        init = params.initialization_options
        if isinstance(init, dict) and isinstance(init.get("debounceMs"), (int, float)):
            ls.debounce_ms = max(0, int(init["debounceMs"]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ToneLintServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        if is_draft(doc.language_id, to_fs_path(doc.uri) or doc.uri):
            ls.drafts.add(doc.uri)
            ls.lint(doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ToneLintServer, params: types.DidChangeTextDocumentParams) -> None:
        if params.text_document.uri in ls.drafts:
            ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: ToneLintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if PurePath(to_fs_path(uri) or uri).name in CONFIG_FILES:
            # A configuration saved in the editor applies to every open draft at once.
            ls.options.forget_configuration()
            for draft in list(ls.drafts):
                ls.lint(draft)
            return
        ls.lint(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ToneLintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        ls.results.pop(uri, None)
        if uri in ls.drafts:
            ls.drafts.discard(uri)
            ls.publish(uri, None, [])

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: ToneLintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        only = params.context.only
        quickfix = types.CodeActionKind.QuickFix.value
        kinds = [getattr(k, "value", k) for k in only or ()]
        if kinds and not any(k in ("", quickfix) or quickfix.startswith(f"{k}.") for k in kinds):
            return None
        uri = params.text_document.uri
        result = ls.current_result(uri)
        if result is None:
            return None
        return convert.code_actions(result, uri, params.range, ls.unit) or None

    return server


def serve(options: ServerOptions, debounce_ms: int = DEFAULT_DEBOUNCE_MS) -> None:
    """Serve LSP on standard input and output until the client says exit."""
    build(options, debounce_ms).start_io()
