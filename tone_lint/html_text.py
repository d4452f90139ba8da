"""HTML to the text a reader sees, with each character's offset in the HTML source.

Used for HTML-only messages. Tags become line breaks or nothing, entities are
decoded, whitespace runs collapse to one space; `<script>`, `<style>` and `<title>`
are dropped. Quoted replies and signatures that mail clients mark in HTML
(`<blockquote>`, Gmail's `gmail_quote`, Thunderbird's `moz-cite-prefix`, Outlook's
`divRplyFwdMsg`) are reported as masked ranges of the output.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

from tone_lint.source import line_starts

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DROPPED = frozenset({"script", "style", "title", "template"})
_QUOTE_MARKS = ("gmail_quote", "moz-cite-prefix", "gmail_signature", "moz-signature", "divrplyfwdmsg",
                "yahoo_quoted", "protonmail_quote", "applemail-quote")


class _Renderer(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self._starts = line_starts(source)
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self._source = source
        self.quoted: list[bool] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, quote, dropped)
        self._quote = 0
        self._drop = 0
        self._pre = 0

    def _here(self) -> int:
        line, col = self.getpos()
        return self._starts[line - 1] + col

    def _emit(self, ch: str, at: int, end: int | None = None) -> None:
        self.chars.append(ch)
        self.offsets.append(at)
        self.ends.append(at + 1 if end is None else end)
        self.quoted.append(self._quote > 0)

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            if self.chars[-1] == " ":
                self.chars.pop()
                self.offsets.pop()
                self.ends.pop()
                self.quoted.pop()
            self._emit("\n", self._here())

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK:
            self._newline()
        if tag in _VOID:
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        quote = tag == "blockquote" or any(m in marks for m in _QUOTE_MARKS)
        dropped = tag in _DROPPED
        self._stack.append((tag, quote, dropped))
        self._quote += quote
        self._drop += dropped
        self._pre += tag == "pre"

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._newline()

    def _pop_top(self) -> None:
        tag, quote, dropped = self._stack.pop()
        self._quote -= quote
        self._drop -= dropped
        self._pre -= tag == "pre"

    def handle_endtag(self, tag):
        if any(t == tag for t, _, _ in self._stack):
            while self._stack:
                top = self._stack[-1][0]
                self._pop_top()
                if top == tag:
                    break
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data):
        if self._drop:
            return
        at = self._here()
        for i, ch in enumerate(data):
            if ch.isspace() and not self._pre:
                if not self.chars or self.chars[-1] in " \n":
                    continue
                self._emit(" ", at + i)
            else:
                self._emit(ch, at + i)

    def _reference(self, raw: str) -> None:
        if self._drop:
            return
        at = self._here()
        end = at + len(raw)
        if self._source[end : end + 1] == ";":
            end += 1
        for ch in html.unescape(raw + ";"):
            if ch.isspace() and not self._pre:
                if not self.chars or self.chars[-1] in " \n":
                    continue
                ch = " "
            self._emit(ch, at, end)

    def handle_entityref(self, name):
        self._reference(f"&{name}")

    def handle_charref(self, name):
        self._reference(f"&#{name}")


def render(source: str) -> tuple[str, list[int], list[int], list[tuple[int, int]]]:
    """(text, [start, end) offsets in `source` of each text character, quoted ranges of the text)."""
    parser = _Renderer(source)
    parser.feed(source)
    parser.close()
    text = "".join(parser.chars)
    masked: list[tuple[int, int]] = []
    start = None
    for i, q in enumerate(parser.quoted + [False]):
        if q and start is None:
            start = i
        elif not q and start is not None:
            masked.append((start, i))
            start = None
    return text, parser.offsets, parser.ends, masked
