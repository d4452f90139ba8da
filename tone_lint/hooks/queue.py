"""The held queue: messages kept on disk until they are sent or dropped by the user.

One directory per message under `$XDG_STATE_HOME/tone-lint/held/` (default
`~/.local/state/tone-lint/held/`): `message` holds the exact bytes the mail client
gave, `meta.json` the command it was meant for and what tone-lint decided. An entry
is built in a hidden temporary directory, fsynced and renamed into place, so a
crash leaves either a whole entry or none; the message file is never rewritten
afterwards, only `meta.json` is replaced (again temp file + fsync + rename).
Directories are 0700 and files 0600: a held message is private mail.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tone_lint.errors import ToneLintError

MESSAGE, META, LOCK = "message", "meta.json", ".lock"
FORMAT_VERSION = 1

# What an entry's `state` means; `held list` prints these words.
PENDING = "pending"  # queued, not yet linted: tone-lint was interrupted
HELD = "held"  # findings, or a cool-off: waiting for `held send` or `held drop`
ERROR = "error"  # tone-lint itself failed: nothing was sent
SENDING = "sending"  # handed to the command; if it stays so, the command was interrupted
FAILED = "send-failed"  # the command exited non-zero: nothing confirmed sent


def state_dir() -> Path:
    """tone-lint's directory under the XDG state home (a relative XDG path is ignored, as the spec says)."""
    base = os.environ.get("XDG_STATE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "state"
    return root / "tone-lint"


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def parse_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


@dataclass
class Entry:
    """One held message: its directory, and its metadata as stored in meta.json."""

    path: Path
    meta: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def message_path(self) -> Path:
        return self.path / MESSAGE

    def read_message(self) -> bytes:
        return self.message_path.read_bytes()

    @property
    def command(self) -> list[str]:
        return list(self.meta.get("command", []))

    @property
    def state(self) -> str:
        return self.meta.get("state", PENDING)

    @property
    def created(self) -> dt.datetime | None:
        return parse_time(self.meta.get("created"))

    @property
    def sendable_after(self) -> dt.datetime | None:
        return parse_time(self.meta.get("sendable_after"))

    def sendable(self, at: dt.datetime | None = None) -> bool:
        after = self.sendable_after
        return after is None or (at or now()) >= after

    @contextlib.contextmanager
    def lock(self):
        """Exclusive right to send this entry: two `held send` at once must not send it twice."""
        import fcntl

        fd = os.open(self.path / LOCK, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ToneLintError("another tone-lint is sending this message right now", self.id) from None
            yield
        finally:
            os.close(fd)

    def update(self, **changes) -> None:
        """Replace meta.json atomically with these changes applied."""
        self.meta.update(changes)
        _write_atomic(self.path / META, _dump(self.meta))
        _fsync_dir(self.path)


class HeldQueue:
    def __init__(self, root: Path | None = None):
        self.root = (root or state_dir()) / "held"

    def _ensure_root(self) -> None:
        for d in (self.root.parent, self.root):
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)

    def add(self, message: bytes, command: list[str], **meta) -> Entry:
        """Store `message` for `command`; returns only once the entry is safely on disk."""
        self._ensure_root()
        created = now()
        entry_id = f"{created:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
        tmp = self.root / f".tmp-{entry_id}"
        tmp.mkdir(mode=0o700)
        data = {
            "version": FORMAT_VERSION, "id": entry_id, "created": created.isoformat(),
            "command": list(command), "cwd": os.getcwd(), "state": PENDING, **meta,
        }
        try:
            _write_atomic(tmp / MESSAGE, message)
            _write_atomic(tmp / META, _dump(data))
            _fsync_dir(tmp)
            os.rename(tmp, self.root / entry_id)
            _fsync_dir(self.root)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return Entry(self.root / entry_id, data)

    def entries(self) -> list[Entry]:
        if not self.root.is_dir():
            return []
        out = []
        for d in sorted(self.root.iterdir()):
            if d.name.startswith(".") or not d.is_dir() or not (d / MESSAGE).is_file():
                continue
            out.append(Entry(d, _load_meta(d)))
        return out

    def get(self, entry_id: str) -> Entry:
        """The entry with this id, or the one entry whose id starts with it."""
        if entry_id and "/" not in entry_id and not entry_id.startswith("."):
            exact = self.root / entry_id
            if (exact / MESSAGE).is_file():
                return Entry(exact, _load_meta(exact))
        matches = [e for e in self.entries() if entry_id and e.id.startswith(entry_id)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ToneLintError(f"ambiguous id, matches {', '.join(e.id for e in matches)}", entry_id)
        raise ToneLintError("no such held message (see `tone-lint held list`)", entry_id)

    def remove(self, entry: Entry) -> None:
        """Delete an entry: renamed aside first, so no half-deleted entry is ever listed."""
        trash = self.root / f".trash-{entry.id}-{secrets.token_hex(3)}"
        os.rename(entry.path, trash)
        _fsync_dir(self.root)
        shutil.rmtree(trash, ignore_errors=True)


def _dump(meta: dict) -> bytes:
    return (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _load_meta(directory: Path) -> dict:
    try:
        return json.loads((directory / META).read_text("utf-8"))
    except (OSError, ValueError):
        # The message is what matters: an entry without readable metadata is still listed and droppable.
        return {"id": directory.name, "state": PENDING, "command": []}


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(3)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
