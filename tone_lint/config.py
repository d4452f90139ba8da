"""Configuration: find it, validate it strictly, and say where every value came from.

One configuration file applies to a draft: `--config FILE` or `TONE_LINT_CONFIG` if
given, else the nearest `.tone-lint.yaml` (or `pyproject.toml` with a
`[tool.tone-lint]` table) from the draft's folder upward, else the user's
`$XDG_CONFIG_HOME/tone-lint/config.yaml`. Files are not merged with each other;
`extends:` (a shipped preset or a path) is how one builds on another. Command-line
options override whatever the file says.

Every value carries its origin (`default`, `preset NAME`, `FILE:LINE`, `command line`)
so `tone-lint config show` can explain it and an error can point at it.
"""
from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from tone_lint.errors import ToneLintError
from tone_lint.yamlload import Mapping, Sequence, load_yaml

CONFIG_NAME = ".tone-lint.yaml"
PYPROJECT = "pyproject.toml"
ENV_CONFIG = "TONE_LINT_CONFIG"
LANGUAGES = ("auto", "en", "fr")
FAIL_ON = ("error", "warning", "suggestion", "never")
SEVERITIES = ("error", "warning", "suggestion")
ELEMENT_LEVELS = SEVERITIES + ("off",)
TERMINATION = ("auto", "always", "never")
ALL = "all"  # a selector that matches every rule
DEFAULT = "default"
COMMAND_LINE = "command line"

KEYS = (
    "extends", "language", "fail-on", "select", "ignore", "severity", "per-file-ignores",
    "packs", "elements", "termination", "cool-off", "max-bytes",
)


def _default_max_bytes() -> int:
    from tone_lint.inputs import MAX_BYTES

    return MAX_BYTES


@dataclass(frozen=True)
class Entry:
    """One item of a list or mapping value, with where it was written."""

    key: str
    value: object
    origin: str


@dataclass
class Settings:
    """The resolved configuration for one draft (or one folder)."""

    language: str = "auto"
    fail_on: str = "warning"
    select: tuple[Entry, ...] = (Entry(ALL, None, DEFAULT),)
    ignore: tuple[Entry, ...] = ()
    severity: dict[str, Entry] = field(default_factory=dict)
    per_file_ignores: dict[str, Entry] = field(default_factory=dict)  # glob -> Entry(value=(names...))
    packs: tuple[Entry, ...] = ()  # Entry(key=as displayed, value=Path to open)
    elements: dict[str, Entry] = field(default_factory=dict)
    termination: str = "auto"
    cool_off: float = 0  # minutes; int or float as written
    max_bytes: int = field(default_factory=_default_max_bytes)
    origins: dict[str, str] = field(default_factory=dict)  # scalar and list key -> origin
    file: str | None = None  # the configuration file applied, as displayed
    found_by: str | None = None  # how it was chosen: discovery, --config, TONE_LINT_CONFIG, user config
    base: Path | None = None  # folder that per-file-ignores globs are relative to
    extends: tuple[str, ...] = ()  # the chain of presets/files this one builds on, as displayed

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    # --- rules -------------------------------------------------------------

    def pack_paths(self) -> list[Path]:
        return [entry.value for entry in self.packs]

    def check_names(self, rules) -> None:
        """Every selector must select a rule and every element exist: typos are errors."""
        def known(name: str) -> bool:
            return name == ALL or any(rule.selected_by(name) for rule in rules)

        named = list(self.select) + list(self.ignore) + list(self.severity.values())
        for entry in named:
            if not known(entry.key):
                raise ToneLintError(_no_rule(entry.key, rules), _where(entry.origin))
        for entry in self.per_file_ignores.values():
            for name in entry.value:
                if not known(name):
                    raise ToneLintError(_no_rule(name, rules), _where(entry.origin))
        elements = {rule.element for rule in rules if rule.kind == "required"}
        for entry in self.elements.values():
            if entry.key not in elements:
                raise ToneLintError(
                    f"unknown element {entry.key!r} (expected one of: {', '.join(sorted(elements))})",
                    _where(entry.origin),
                )

    def file_patterns_for(self, path: str | None) -> tuple:
        """The per-file-ignores patterns that match `path`: all that makes two drafts' rules differ."""
        if path is None or not self.per_file_ignores:
            return ()
        return tuple(key for key, entry in self.per_file_ignores.items() if glob_matches(entry.key, path, self.base))

    def rules_for(self, rules, path: str | None = None) -> list:
        """The rules that apply to the draft at `path`, with severities overridden.

        Marker rules are always kept: they only tell what kind of email a draft is and
        never report anything (`termination: never` turns detection off).
        """
        from tone_lint.findings import Severity

        ignored = [e.key for e in self.ignore]
        for pattern in self.file_patterns_for(path):
            ignored.extend(self.per_file_ignores[pattern].value)
        selected_names = [e.key for e in self.select]
        out = []
        for rule in rules:
            if rule.kind != "marker":
                if not any(_selects(n, rule) for n in selected_names):
                    continue
                if any(_selects(n, rule) for n in ignored):
                    continue
            severity = rule.severity
            matching = [(_specificity(name, rule), entry.value) for name, entry in self.severity.items()
                        if _selects(name, rule)]
            if matching:
                severity = Severity.parse(max(matching, key=lambda m: m[0])[1])
            if rule.kind == "required" and rule.element in self.elements:
                level = self.elements[rule.element].value
                if level == "off":
                    continue
                severity = Severity.parse(level)
            if severity != rule.severity:
                rule = dataclasses.replace(rule, severity=severity)
            out.append(rule)
        return out


def _show(value) -> str:
    """A value as it was written in the file (true, not True)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    return repr(value)


def _selects(name: str, rule) -> bool:
    return name == ALL or rule.selected_by(name)


def _specificity(name: str, rule) -> tuple[int, int]:
    """How closely `name` designates `rule`: its id, then the longest prefix, its category, all."""
    if name == rule.id:
        return (3, 0)
    if rule.id.startswith(name + "."):
        return (2, len(name))
    return (1, 0) if name == rule.category else (0, 0)


def _no_rule(name: str, rules) -> str:
    import difflib

    candidates = sorted({r.id for r in rules} | {r.category for r in rules})
    close = difflib.get_close_matches(name, candidates, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else " (see `tone-lint rules list`)"
    return f"{name!r} selects no rule{hint}"


def _where(origin: str) -> str | None:
    return None if origin in (DEFAULT, COMMAND_LINE) else origin


# --- globs -----------------------------------------------------------------


def _glob_regex(pattern: str) -> re.Pattern:
    """`*` and `?` stay within a folder, `**/` spans folders, `[...]` is a class."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = end + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def glob_matches(pattern: str, path: str, base: Path | None) -> bool:
    """Whether `path` matches a per-file-ignores glob.

    A glob with a `/` is matched against the path relative to `base` (the folder of
    the configuration file), or the absolute path for a draft outside it; a glob
    without one is matched against the file name, wherever the file is.
    """
    absolute = Path(os.path.abspath(path))
    if "/" not in pattern:
        return bool(_glob_regex(pattern).match(absolute.name))
    candidates = [absolute.as_posix()]
    if base is not None:
        try:
            candidates.insert(0, absolute.relative_to(base).as_posix())
        except ValueError:
            pass
    regex = _glob_regex(pattern.removeprefix("./"))
    return any(regex.match(c) for c in candidates)


# --- reading files -----------------------------------------------------------


def display_path(path: Path) -> str:
    """A path as the user would write it: relative to the working folder when inside it."""
    path = Path(os.path.abspath(path))
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def presets_dir() -> Path:
    return Path(__file__).resolve().parent / "presets"


def preset_names() -> list[str]:
    return sorted(p.stem for p in presets_dir().glob("*.yaml"))


def read_config_file(path: Path, shown: str) -> Mapping:
    """The configuration mapping in a YAML file or a pyproject.toml's [tool.tone-lint]."""
    if path.name == PYPROJECT or path.suffix == ".toml":
        from tone_lint.tomlload import load_tool_table

        data = load_tool_table(path, shown, "tone-lint")
        if data is None:
            raise ToneLintError("no [tool.tone-lint] table", shown)
        return data
    data = load_yaml(Path(shown), _read_text(path, shown))
    if data is None:
        data = Mapping()
        data.line, data.key_lines = 1, {}
    if not isinstance(data, Mapping):
        raise ToneLintError("a configuration file must be a mapping of keys to values", f"{shown}:{getattr(data, 'line', 1)}")
    return data


def _read_text(path: Path, shown: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ToneLintError("no such file", shown) from None
    except IsADirectoryError:
        raise ToneLintError("is a directory, not a configuration file", shown) from None
    except PermissionError:
        raise ToneLintError("permission denied", shown) from None
    except UnicodeDecodeError as exc:
        raise ToneLintError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", shown) from None
    except OSError as exc:
        raise ToneLintError(exc.strerror or str(exc), shown) from None


# --- applying a file -----------------------------------------------------------


class _Applier:
    """Lays one configuration file (after what it extends) over a Settings."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.seen: list[Path] = []

    def apply_file(self, path: Path, shown: str, preset: str | None = None) -> None:
        resolved = path.resolve()
        if resolved in self.seen:
            raise ToneLintError("configuration extends itself in a cycle", shown)
        self.seen.append(resolved)
        data = read_config_file(path, shown)
        for key in data:
            if key not in KEYS:
                import difflib

                close = difflib.get_close_matches(str(key), KEYS, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise ToneLintError(
                    f"unknown key {key!r} ({hint}expected one of: {', '.join(KEYS)})", f"{shown}:{data.line_of(key)}"
                )
        if "extends" in data:
            self._extends(data, path, shown)
        origin_of = (lambda key, line: f"preset {preset}") if preset else (lambda key, line: f"{shown}:{line}")
        for key in KEYS[1:]:
            if key in data:
                self._apply_key(key, data, path.parent, shown, origin_of)

    def _extends(self, data: Mapping, path: Path, shown: str) -> None:
        value = data["extends"]
        where = f"{shown}:{data.line_of('extends')}"
        if not isinstance(value, str) or not value.strip():
            raise ToneLintError("'extends' must be a preset name or a path", where)
        if "/" in value or value.endswith((".yaml", ".yml", ".toml")):
            target = (path.parent / value).expanduser()
            if not target.is_file():
                raise ToneLintError(f"extends {value!r}: no such file", where)
            target_shown = display_path(target)
            self.settings.extends += (target_shown,)
            self.apply_file(target, target_shown)
            return
        names = preset_names()
        if value not in names:
            raise ToneLintError(f"unknown preset {value!r} (expected one of: {', '.join(names)}, or a path)", where)
        self.settings.extends += (f"preset {value}",)
        self.apply_file(presets_dir() / f"{value}.yaml", f"preset {value}", preset=value)

    def _apply_key(self, key, data: Mapping, folder: Path, shown: str, origin_of) -> None:
        s = self.settings
        value = data[key]
        line = data.line_of(key)
        where = f"{shown}:{line}"
        origin = origin_of(key, line)

        def choice(options):
            if not isinstance(value, str) or value not in options:
                raise ToneLintError(f"'{key}' must be one of {', '.join(options)}, not {_show(value)}", where)
            return value

        def names() -> tuple[Entry, ...]:
            if not isinstance(value, list):
                raise ToneLintError(f"'{key}' must be a list of rule ids, prefixes or categories", where)
            out = []
            for i, name in enumerate(value):
                item_line = value.line_of(i) if isinstance(value, Sequence) else line
                if not isinstance(name, str) or not name.strip():
                    raise ToneLintError(f"'{key}' must list rule ids, prefixes or categories, not {name!r}",
                                        f"{shown}:{item_line}")
                out.append(Entry(name.strip(), None, origin_of(key, item_line)))
            return tuple(out)

        def mapping() -> Mapping:
            if not isinstance(value, Mapping):
                raise ToneLintError(f"'{key}' must be a mapping", where)
            return value

        if key == "language":
            s.language = choice(LANGUAGES)
        elif key == "fail-on":
            s.fail_on = choice(FAIL_ON)
        elif key == "termination":
            s.termination = choice(TERMINATION)
        elif key in ("select", "ignore"):
            setattr(s, key, names())
        elif key == "cool-off":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
                raise ToneLintError(f"'cool-off' must be a number of minutes, at least 0, not {_show(value)}", where)
            s.cool_off = value
        elif key == "max-bytes":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ToneLintError(f"'max-bytes' must be a whole number of bytes, at least 1, not {_show(value)}", where)
            s.max_bytes = value
        elif key == "packs":
            if not isinstance(value, list):
                raise ToneLintError("'packs' must be a list of rule pack paths", where)
            packs = []
            for i, item in enumerate(value):
                item_line = value.line_of(i) if isinstance(value, Sequence) else line
                if not isinstance(item, str) or not item.strip():
                    raise ToneLintError(f"a pack must be a path, not {item!r}", f"{shown}:{item_line}")
                pack = Path(os.path.abspath(folder / Path(item).expanduser()))
                if not pack.is_file():
                    raise ToneLintError(f"pack {item!r}: no such file", f"{shown}:{item_line}")
                shown_pack = display_path(pack)  # loading errors then name it as the user sees it
                packs.append(Entry(shown_pack, Path(shown_pack), origin_of(key, item_line)))
            s.packs = tuple(packs)
        elif key == "severity":
            _levels(mapping(), s.severity, SEVERITIES, shown, lambda line: origin_of(key, line),
                    "'severity' keys are rule ids, prefixes or categories", "bad severity {level} for {name!r}")
        elif key == "elements":
            _levels(mapping(), s.elements, ELEMENT_LEVELS, shown, lambda line: origin_of(key, line),
                    "'elements' keys are element names", "bad level {level} for element {name!r}")
        elif key == "per-file-ignores":
            table = mapping()
            for glob, rule_names in table.items():
                here = f"{shown}:{table.line_of(glob)}"
                if not isinstance(glob, str) or not glob.strip():
                    raise ToneLintError(f"a per-file-ignores key must be a glob string, not {glob!r}", here)
                if not isinstance(rule_names, list) or not all(isinstance(n, str) and n.strip() for n in rule_names):
                    raise ToneLintError(
                        f"per-file-ignores {glob!r} must be a list of rule ids, prefixes or categories", here
                    )
                s.per_file_ignores[glob] = Entry(
                    glob, tuple(n.strip() for n in rule_names), origin_of(key, table.line_of(glob))
                )
        if key not in ("severity", "elements", "per-file-ignores"):
            s.origins[key] = origin


# --- choosing the file -------------------------------------------------------------


def user_config_path(env=None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "tone-lint" / "config.yaml"


def _is_file(path: Path) -> bool:
    """is_file that treats a folder we may not look into as holding no configuration."""
    try:
        return path.is_file()
    except OSError:
        return False


def discover(folder: Path) -> Path | None:
    """The nearest configuration file from `folder` upward."""
    folder = Path(os.path.abspath(folder))
    for candidate in (folder, *folder.parents):
        yaml_file = candidate / CONFIG_NAME
        if _is_file(yaml_file):
            return yaml_file
        pyproject = candidate / PYPROJECT
        if _is_file(pyproject) and _pyproject_has_table(pyproject):
            return pyproject
    return None


def _pyproject_has_table(path: Path) -> bool:
    """Only a pyproject.toml that mentions tone-lint is parsed: others are not ours to judge."""
    from tone_lint.tomlload import load_tool_table

    try:
        if "tone-lint" not in path.read_text(encoding="utf-8"):
            return False
    except (OSError, UnicodeDecodeError):
        return False
    return load_tool_table(path, display_path(path), "tone-lint") is not None


class Configs:
    """Resolves the Settings for each draft, reading each configuration file once.

    `overrides` holds the command-line values (keys as in the file: language,
    fail-on, termination, max-bytes, packs) and wins over every file.
    """

    def __init__(self, config: str | None = None, no_config: bool = False, overrides: dict | None = None,
                 env=None):
        env = os.environ if env is None else env
        if config and no_config:
            raise ToneLintError("--config and --no-config cannot be used together")
        self.no_config = no_config
        self.explicit: tuple[Path, str] | None = None
        if config:
            self.explicit = (Path(config).expanduser(), "--config")
        elif env.get(ENV_CONFIG) and not no_config:
            self.explicit = (Path(env[ENV_CONFIG]).expanduser(), ENV_CONFIG)
        self.user_config = user_config_path(env)
        self.overrides = overrides or {}
        self._by_file: dict = {}
        self._by_folder: dict[str, Settings] = {}

    def for_path(self, path: str) -> Settings:
        """Settings for the draft at `path` (a file, or `-` resolved from the working folder)."""
        return self.for_folder(os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path)))

    def for_folder(self, folder) -> Settings:
        # Keyed by the folder's name, so a folder of drafts resolves once and no Path is
        # built per draft.
        key = os.path.abspath(folder)
        settings = self._by_folder.get(key)
        if settings is None:
            settings = self._by_folder[key] = self._settings(*self._choose(Path(key)))
        return settings

    def _choose(self, folder: Path) -> tuple[Path | None, str | None]:
        if self.no_config:
            return None, None
        if self.explicit:
            return self.explicit
        found = discover(folder)
        if found:
            return found, "discovery"
        if _is_file(self.user_config):
            return self.user_config, "user config"
        return None, None

    def _settings(self, path: Path | None, how: str | None) -> Settings:
        key = path.resolve() if path else None
        if key not in self._by_file:
            settings = Settings()
            if path is not None:
                shown = display_path(path) if how != "--config" else str(path)
                if how in ("--config", ENV_CONFIG) and not path.exists():
                    raise ToneLintError(f"no such configuration file (from {how})", str(path))
                settings.file, settings.found_by = shown, how
                settings.base = Path(os.path.abspath(path)).parent
                _Applier(settings).apply_file(path, shown)
            self._apply_overrides(settings)
            self._by_file[key] = settings
        return self._by_file[key]

    def _apply_overrides(self, s: Settings) -> None:
        o = self.overrides
        for key in ("language", "fail-on", "termination", "max-bytes", "cool-off"):
            if o.get(key) is not None:
                setattr(s, key.replace("-", "_"), o[key])
                s.origins[key] = COMMAND_LINE
        if o.get("packs"):
            extra = tuple(Entry(str(p), Path(p), COMMAND_LINE) for p in o["packs"])
            s.packs = s.packs + extra


def _levels(table, into: dict, allowed, shown: str, origin, bad_key: str, bad_level: str) -> None:
    """Read a name -> level table (severity overrides, element levels) into `into`, strictly."""
    for name, level in table.items():
        here = f"{shown}:{table.line_of(name)}"
        if not isinstance(name, str) or not name.strip():
            raise ToneLintError(f"{bad_key}, not {name!r}", here)
        if level not in allowed:
            message = bad_level.format(level=_show(level), name=name)
            raise ToneLintError(f"{message} (expected one of: {', '.join(allowed)})", here)
        into[name] = Entry(name, level, origin(table.line_of(name)))
