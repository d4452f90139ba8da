"""Safe YAML loading that remembers where each mapping and key sits in the file.

Rule packs and configuration files report errors as `FILE:LINE: what is wrong`, so
every mapping and list loaded here carries the 1-based line of itself and of each
key or item. Only plain data is built (SafeLoader): a pack can never run code.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from tone_lint.errors import ToneLintError


class Mapping(dict):
    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _Loader(yaml.SafeLoader):
    pass


# libyaml parses the same documents into the same nodes, several times faster (packs are
# read on every start-up). Only for documents it parses without error: any problem is
# re-parsed with the pure-Python loader, so error messages do not depend on libyaml.
if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):
        pass
else:
    _FastLoader = None


# YAML 1.1 reads on/off/yes/no as booleans, which silently turns a word list such as
# [by, on, from] into [by, True, from]; only true/false are booleans here, as in YAML 1.2.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    out = Mapping()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            raise ToneLintError("a mapping key must be a plain value", f"{loader.name}:{line}") from None
        if key in out:
            raise ToneLintError(f"duplicate key {key!r}", f"{loader.name}:{line}")
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = line
    return out


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    out = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
if _FastLoader is not None:
    _FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _FastLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    _FastLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def _load_fast(path, text: str):
    """The document via libyaml, or None to take the pure-Python path (errors included)."""
    if _FastLoader is None:
        return None
    loader = _FastLoader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except (yaml.YAMLError, ToneLintError, RecursionError, ValueError):
        return None
    finally:
        loader.dispose()


def load_yaml(path: Path, text: str | None = None):
    """Parse one YAML document; any problem is a ToneLintError with FILE:LINE."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ToneLintError("no such file", str(path)) from None
        except IsADirectoryError:
            raise ToneLintError("is a directory, not a YAML file", str(path)) from None
        except PermissionError:
            raise ToneLintError("permission denied", str(path)) from None
        except UnicodeDecodeError as exc:
            raise ToneLintError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", str(path)) from None
        except OSError as exc:
            raise ToneLintError(exc.strerror or str(exc), str(path)) from None
    data = _load_fast(path, text)
    if data is not None:
        return data
    loader = _Loader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "<stream end>" in (exc.problem or ""):
            # An unclosed bracket is found at the end of the file; point at where it opened.
            mark = exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise ToneLintError(f"invalid YAML: {problem}", f"{path}:{line}") from None
    except yaml.YAMLError as exc:
        raise ToneLintError(f"invalid YAML: {exc}", f"{path}:1") from None
    except RecursionError:
        raise ToneLintError("invalid YAML: nested too deeply", f"{path}:1") from None
    finally:
        loader.dispose()
