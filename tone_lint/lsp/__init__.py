"""`tone-lint lsp`: findings as Language Server Protocol diagnostics, over stdio.

drafts.py  which buffers are drafts, how they are linted, and the one call that reads configuration
fixes.py   literal replacements a rule's finding allows (quick fixes), as character offsets
convert.py findings and fixes to LSP diagnostics and edits, in the negotiated position encoding
server.py  the pygls server: document sync, debounced re-linting, code actions

Only server.py imports pygls, and nothing here is imported by `tone-lint --help`.
"""
