"""A private on-disk cache for what is slow to build and never changes between runs.

Two things dominate a cold French check (bench/README.md has the profile):

- `spacy.lang.fr.tokenizer_exceptions` compiles a 1.4 MB regular expression (TOKEN_MATCH,
  hyphenated and elided words) with huge Unicode classes under IGNORECASE: ~5 s, every run.
- the lookup lemma tables are gzipped JSON that must be decoded and folded: ~0.4 s.

Both are plain data once built. The first run builds them the normal way and stores them with
`marshal` (the format of .pyc files); later runs load them in milliseconds. For the French
tokenizer the cached module is put in `sys.modules` *before* spaCy imports it, so
`spacy.blank("fr")` runs its ordinary code with the very same exceptions and the very same
compiled pattern (its `_sre` program is cached, not re-derived): tokenisation is identical,
which tests/test_nlp_cache.py checks token by token against the uncached pipeline.

A third entry per language, the data of tone_lint/tokenizer.py's replica of spaCy's
tokenizer (rules, special cases, and the compiled programs of its regular expressions,
replayed the same way), lets a check run without importing spaCy at all (~1 s); its key
is computed from the spaCy files it derives from, without importing spaCy.

Safety: the cache lives in `$XDG_CACHE_HOME/tone-lint` (or ~/.cache/tone-lint), a 0700
directory that must belong to the user; entries are written atomically and keyed by the
versions of everything they derive from (tone-lint, spaCy, spacy-lookups-data, Python and
its regex engine). Anything unexpected means "no cache": the slow path is always correct.
`TONE_LINT_NO_CACHE=1` turns it off.
"""
from __future__ import annotations

import marshal
import os
import stat
import sys
import tempfile
import types

from tone_lint import __version__

FORMAT = 2  # bump when the layout of a cached entry changes
FR_EXCEPTIONS = "spacy.lang.fr.tokenizer_exceptions"


def enabled() -> bool:
    return not os.environ.get("TONE_LINT_NO_CACHE")


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tone-lint")


def _private_dir(create: bool) -> str | None:
    """The cache directory if it is ours and private (created 0700 when asked), else None."""
    path = cache_dir()
    try:
        if create:
            os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
        return None
    if st.st_mode & 0o022:  # writable by others: someone else could plant an entry
        return None
    return path


def file_key(path: str) -> str:
    st = os.stat(path)
    return f"{st.st_size}-{st.st_mtime_ns}"


def entry_name(kind: str, *parts: str, suffix: str = ".marshal") -> str:
    import hashlib

    import _sre

    key = "|".join((str(FORMAT), __version__, sys.version, str(_sre.MAGIC), *parts))
    return f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:24]}{suffix}"


def load(name: str, read=marshal.load):
    if not enabled():
        return None
    directory = _private_dir(create=False)
    if directory is None:
        return None
    try:
        with open(os.path.join(directory, name), "rb") as fh:
            return read(fh)
    except Exception:  # a truncated or foreign entry is a miss, never an error
        return None


def store(name: str, value, dump=marshal.dump) -> None:
    """Write atomically; a read-only or foreign cache directory is silently skipped."""
    if not enabled():
        return
    directory = _private_dir(create=True)
    if directory is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
        try:
            with os.fdopen(fd, "wb") as fh:
                dump(value, fh)
            os.replace(tmp, os.path.join(directory, name))
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError, TypeError, AttributeError):  # unwritable, or not storable
        pass


def read_marshal(fh):
    """`marshal.loads(fh.read())`, for `load(name, read=read_marshal)`.

    marshal.load reads a file object piece by piece: ten to twenty times slower than this
    on entries made of many small objects (the French tokenizer data: ~290 ms against ~12 ms).
    """
    return marshal.loads(fh.read())


# --- compiled regular expressions -------------------------------------------------------


class _CaptureCompiled:
    """Record the arguments `re` hands to `_sre.compile`, i.e. the compiled program.

    Every CPython `re` compiler (sre_compile, re._compiler) ends in one call to
    `_sre.compile(pattern, flags, code, ...)`; replaying it with the same arguments
    gives the same pattern object without parsing and compiling again.
    """

    def __init__(self):
        import _sre

        self._sre = _sre
        self.calls: dict[tuple[str, int], tuple] = {}

    def __enter__(self):
        original = self._original = self._sre.compile

        def compile(pattern, flags, code, *rest):
            if isinstance(pattern, str):
                self.calls[(pattern, flags)] = (pattern, flags, [int(c) for c in code], *rest)
            return original(pattern, flags, code, *rest)

        self._sre.compile = compile
        return self

    def __exit__(self, *exc):
        self._sre.compile = self._original


# (pattern, flags) -> the arguments of `_sre.compile` that made it, for `_replay`
_PROGRAMS: dict[tuple[str, int], tuple] = {}


def program(compiled) -> tuple:
    """The `_sre.compile` arguments that make the `re.Pattern` `compiled`, for `_replay`.

    Known when this process compiled it under `_CaptureCompiled` (the French TOKEN_MATCH,
    see prepare_french); otherwise compiled again, bypassing `re`'s own cache.
    """
    key = (compiled.pattern, compiled.flags)
    args = _PROGRAMS.get(key)
    if args is None:
        import re

        compiler = getattr(re, "_compiler", None)
        if compiler is None:  # Python < 3.11
            import sre_compile as compiler
        with _CaptureCompiled() as captured:
            compiler.compile(compiled.pattern, compiled.flags)
        args = _PROGRAMS[key] = captured.calls[key]
    return args


def _replay(args):
    import _sre

    pattern = _sre.compile(*args)  # validates the program; raises on anything malformed
    if pattern.pattern != args[0]:
        raise ValueError("cached pattern does not round-trip")
    return pattern


# --- the French tokenizer exceptions ----------------------------------------------------


def _fr_key() -> str:
    import spacy

    here = os.path.join(os.path.dirname(spacy.__file__), "lang", "fr")
    files = ("tokenizer_exceptions.py", "_tokenizer_exceptions_list.py", "punctuation.py")
    return entry_name("fr-tokenizer", spacy.__version__, *(file_key(os.path.join(here, f)) for f in files))


def _valid_exceptions(exceptions) -> bool:
    return isinstance(exceptions, dict) and all(
        isinstance(k, str)
        and isinstance(v, list)
        and all(isinstance(t, dict) and all(isinstance(a, int) and isinstance(s, str) for a, s in t.items()) for t in v)
        for k, v in exceptions.items()
    )


def prepare_french() -> None:
    """Make `import spacy.lang.fr` fast: serve its tokenizer exceptions from the cache.

    On a miss the real module is imported (slow, once) and its results are stored.
    """
    if FR_EXCEPTIONS in sys.modules or not enabled():
        return
    try:
        name = _fr_key()
    except (ImportError, OSError):
        return
    cached = load(name, read=read_marshal)
    if cached is not None:
        try:
            exceptions, token_match_args = cached
            if not _valid_exceptions(exceptions):
                raise ValueError("malformed cache entry")
            compiled = _replay(token_match_args)
        except (ValueError, TypeError, RuntimeError):
            cached = None
        else:
            token_match = compiled.match
            _PROGRAMS[(compiled.pattern, compiled.flags)] = tuple(token_match_args)
            module = types.ModuleType(FR_EXCEPTIONS, "tokenizer exceptions served from tone-lint's cache")
            module.TOKENIZER_EXCEPTIONS = exceptions
            module.TOKEN_MATCH = token_match
            module.__tone_lint_cached__ = True
            sys.modules[FR_EXCEPTIONS] = module
            return
    import importlib

    with _CaptureCompiled() as captured:
        module = importlib.import_module(FR_EXCEPTIONS)
    pattern = module.TOKEN_MATCH.__self__
    args = captured.calls.get((pattern.pattern, pattern.flags))
    if args is not None and _valid_exceptions(module.TOKENIZER_EXCEPTIONS):
        _PROGRAMS[(pattern.pattern, pattern.flags)] = args
        store(name, (module.TOKENIZER_EXCEPTIONS, args))


# --- the replica tokenizer's data (tone_lint/tokenizer.py) ----------------------------------

# What a blank pipeline's tokenizer is made of, in the spaCy package, besides lang/<language>/.
_SPACY_FILES = (
    "about.py",
    "util.py",
    os.path.join("lang", "lex_attrs.py"),
    os.path.join("lang", "tokenizer_exceptions.py"),
    os.path.join("lang", "punctuation.py"),
    os.path.join("lang", "char_classes.py"),
    os.path.join("lang", "norm_exceptions.py"),
)
_SPACY_MODULES = ("tokenizer", "vocab", "lexeme", "attrs")


def tokenizer_entry(language: str) -> str:
    """The cache entry of `language`'s exported tokenizer, found without importing spaCy.

    Keyed by the identity (size, mtime) of the spaCy files the tokenizer comes from, of
    the replica's own module, and by the usual versions. OSError when spaCy is not found.
    """
    import importlib.util

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.origin:
        raise OSError("spaCy is not installed")
    root = os.path.dirname(spec.origin)
    here = os.path.join(root, "lang", language)
    paths = [os.path.join(root, name) for name in _SPACY_FILES]
    paths += sorted(os.path.join(here, n) for n in os.listdir(here) if n.endswith(".py"))
    paths += sorted(
        os.path.join(root, n)
        for n in os.listdir(root)
        if n.split(".", 1)[0] in _SPACY_MODULES and n.endswith((".so", ".pyd"))
    )
    paths.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tokenizer.py"))
    parts = [f"{os.path.relpath(p, root)}={file_key(p)}" for p in paths]
    return entry_name(f"{language}-tokenizer-data", *parts)


# --- lemma tables -----------------------------------------------------------------------


class SortedTable:
    """A read-only str -> str mapping stored as two sorted text blobs and their offsets.

    The French lookup table has ~400,000 forms: unmarshalling them as a dict creates
    ~800,000 string objects (a fifth of a cold French check, and ~60 MB). Here loading is a
    few memory copies, and `get` is a binary search; the pipeline remembers each answer
    per word, so a draft asks only for the words it has not met yet.
    """

    __slots__ = ("_keys", "_key_at", "_values", "_value_at", "_size")

    def __init__(self, keys: str, key_offsets: bytes, values: str, value_offsets: bytes):
        from array import array

        self._keys, self._values = keys, values
        self._key_at, self._value_at = array("I"), array("I")
        self._key_at.frombytes(key_offsets)
        self._value_at.frombytes(value_offsets)
        self._size = len(self._key_at) - 1
        if self._size < 0 or len(self._value_at) != self._size + 1:
            raise ValueError("malformed table")
        if self._key_at[-1] != len(keys) or self._value_at[-1] != len(values):
            raise ValueError("malformed table")

    @classmethod
    def from_dict(cls, table: dict[str, str]) -> "SortedTable":
        return cls(*cls.pack(table))

    @staticmethod
    def pack(table: dict[str, str]) -> tuple[str, bytes, str, bytes]:
        from array import array

        keys = sorted(table)
        key_at, value_at = array("I", [0]), array("I", [0])
        for key in keys:
            key_at.append(key_at[-1] + len(key))
            value_at.append(value_at[-1] + len(table[key]))
        return "".join(keys), key_at.tobytes(), "".join(table[k] for k in keys), value_at.tobytes()

    def __len__(self) -> int:
        return self._size

    def _key(self, i: int) -> str:
        return self._keys[self._key_at[i] : self._key_at[i + 1]]

    def get(self, key: str, default=None):
        low, high = 0, self._size
        while low < high:
            mid = (low + high) // 2
            if self._key(mid) < key:
                low = mid + 1
            else:
                high = mid
        if low < self._size and self._key(low) == key:
            return self._values[self._value_at[low] : self._value_at[low + 1]]
        return default

    def items(self):
        for i in range(self._size):
            yield self._key(i), self._values[self._value_at[i] : self._value_at[i + 1]]


def lemma_table(language: str, path, build) -> SortedTable:
    """`build()` (decode and fold the lookup table at `path`), cached by the file's identity."""
    return sorted_table(f"{language}-lemmas", [str(path)], build)


def sorted_table(kind: str, paths: list[str], build) -> SortedTable:
    """`build()` (a str -> str dict made from the files at `paths`) as a SortedTable, cached
    by the files' identities."""
    try:
        name = entry_name(kind, *paths, *(file_key(p) for p in paths))
    except OSError:
        return SortedTable.from_dict(build())
    cached = load(name, read=read_marshal)
    if isinstance(cached, tuple) and len(cached) == 4:
        try:
            return SortedTable(*cached)
        except (TypeError, ValueError):
            pass
    packed = SortedTable.pack(build())
    store(name, packed)
    return SortedTable(*packed)
