"""The compiled programs of a rule set's regular expressions, kept on disk between runs.

Compiling the packs' regexes was most of building an engine in a cold check (French: the
token patterns' ~350 REGEX tests with `re`, and the elements' date and duration regexes with
`regex`, ~0.8 s of ~1.6 s). Both modules end a compile in one C call that takes the compiled
program as plain data (`_sre.compile(pattern, flags, code, ...)`; the `regex` module's own
pickle support is `_regex.compile(*pattern._pickled_data)`): that call is replayed from the
cache, without parsing or compiling again.

An entry is looked up by every (module, pattern, flags) it holds, so it can only give back
the program of that very source; its name carries the versions of Python, `_sre` and the
`regex` module (a program is only valid for the engine that made it) and a digest of the rule
set's regex sources. The payload is checked against its own SHA-256, and each replayed pattern
must give back its source and flags: anything unexpected is a miss, and a miss compiles as
before (so an invalid regex still raises the same error). An entry holds only programs of
regexes that compiled.
"""
from __future__ import annotations

import hashlib
import marshal
import re

from tone_lint import nlpcache

RE = "re"
REGEX = "regex"


def _regex_version() -> str:
    import regex

    return getattr(regex, "__version__", "?")


class Programs:
    """Compile regexes of one rule set, through the cache entry named by its `sources`."""

    def __init__(self, kind: str, sources):
        self._name = None
        self._cached: dict = {}
        self._used: dict = {}
        self._missed = False
        self.replayed = 0  # patterns served from the entry
        self.compiled = 0  # patterns compiled the slow way
        if not nlpcache.enabled():
            return
        digest = hashlib.sha256(repr(sorted(set(sources))).encode("utf-8", "surrogatepass")).hexdigest()
        self._name = nlpcache.entry_name(f"regexes-{kind}", _regex_version(), digest)
        self._cached = nlpcache.load(self._name, read=_read) or {}

    def re(self, pattern: str) -> re.Pattern:
        """`re.compile(pattern)`."""
        return self._serve((RE, pattern, 0), nlpcache._replay, lambda: re.compile(pattern),
                           lambda compiled: tuple(nlpcache.program(compiled)))

    def regex(self, pattern: str, flags: int):
        """`regex.compile(pattern, flags)`."""
        import regex

        def replay(data):
            from regex import _regex

            return _regex.compile(*data)

        def capture(compiled):
            data = getattr(compiled, "_pickled_data", None)
            return data if isinstance(data, tuple) else None

        return self._serve((REGEX, pattern, int(flags)), replay, lambda: regex.compile(pattern, flags), capture)

    def _serve(self, key, replay, compile, capture):
        """The entry's program for `key` if it replays to that very source and flags, else
        `compile()` (which raises on an invalid pattern, as always), recorded by `capture`."""
        args = self._cached.get(key)
        if args is not None:
            try:
                compiled = replay(args)
                if compiled.pattern == key[1] and compiled.flags == args[1]:
                    self._used[key] = args
                    self.replayed += 1
                    return compiled
            except Exception:  # a malformed program is a miss
                pass
        compiled = compile()
        self._missed = True
        self.compiled += 1
        try:
            data = capture(compiled)
        except Exception:  # not capturable here: still compiled, only not stored
            data = None
        if data is not None:
            self._used[key] = data
        return compiled

    def save(self) -> None:
        """Store what was compiled, if anything was missing from the entry."""
        if self._name is not None and self._missed and self._used:
            try:
                payload = marshal.dumps(self._used)
            except ValueError:  # not marshallable: no entry
                return
            nlpcache.store(self._name, (hashlib.sha256(payload).digest(), payload), dump=marshal.dump)
        self._missed = False


def _read(fh) -> dict | None:
    digest, payload = marshal.loads(fh.read())
    if hashlib.sha256(payload).digest() != digest:
        return None
    programs = marshal.loads(payload)
    return programs if isinstance(programs, dict) else None
