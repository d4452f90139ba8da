"""A warm `tone-lint check` for repeated runs (an editor's on-save, a shell loop).

Every cold `tone-lint check` pays for importing spaCy and building the pipelines (about a
second, see bench/README.md); the check itself takes milliseconds. Like eslint_d or dmypy,
the first check starts a background process that keeps them loaded, and later checks hand
it their arguments over a private socket and print what it sends back.

It is meant to be invisible:
- same output and exit status: the daemon runs the very same `run_check`, with the client's
  working directory, environment and standard input, and returns stdout and stderr bytes in
  the order they were written; the client decides colour (its own terminal) beforehand.
- private: the socket lives in `$XDG_RUNTIME_DIR/tone-lint` (or `/tmp/tone-lint-UID`), a
  0700 directory that must belong to the user; the daemon also checks the peer's uid.
  Messages are length-prefixed JSON, never pickle.
- fresh: the socket name is derived from tone-lint's version and Python; each request
  carries a fingerprint of tone-lint's code, the shipped packs and spaCy; the daemon exits
  when it differs, and caches rules per `--pack` file content.
- bounded: it exits after `TONE_LINT_DAEMON_IDLE` seconds without a request (600).
- optional: `--no-daemon` or `TONE_LINT_NO_DAEMON=1` bypass it; so does CI (`CI` set).
  Anything unexpected (no socket, a stale or dead daemon, a protocol error) falls back to
  checking in-process, so the daemon can only make a check faster, never different.

`tone-lint daemon status|stop` shows or stops it.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import socket
import stat
import struct
import sys

PROTOCOL = 1
IDLE_SECONDS = 600
MAX_MESSAGE = 64 * 1024 * 1024
_HEADER = struct.Struct("!I")


# --- where, and whether -------------------------------------------------------------------


def wanted(no_daemon: bool) -> bool:
    """`no_daemon` is --no-daemon, which click also reads from TONE_LINT_NO_DAEMON."""
    if no_daemon or os.environ.get("CI"):
        return False
    return hasattr(socket, "AF_UNIX") and hasattr(os, "getuid")


def runtime_dir(create: bool = False) -> str | None:
    """The private directory for sockets, or None if it is missing or not safe to use."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    path = os.path.join(base, "tone-lint") if base else os.path.join("/tmp", f"tone-lint-{os.getuid()}")
    try:
        if create:
            os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return None
    return path


def socket_path(directory: str) -> str:
    from tone_lint import __version__

    key = hashlib.sha256(_interpreter().encode()).hexdigest()[:16]
    return os.path.join(directory, f"check-{key}.sock")


def _interpreter() -> str:
    """This tone-lint in this environment: `python` and `python3` in one venv are the same."""
    from tone_lint import __version__

    return f"{__version__}|{sys.prefix}|{os.path.realpath(sys.executable)}|{sys.version}"


def fingerprint() -> str:
    """What the daemon's loaded state derives from: tone-lint's code, the packs, spaCy."""
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    # Where packs.builtin_pack_dir() finds the packs (not imported here: it pulls in YAML).
    packs = os.path.join(here, "rules")
    if not os.path.isdir(packs):
        packs = os.path.join(os.path.dirname(here), "rules")
    parts = [_interpreter()]
    roots = [here, packs]
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".yaml", ".yml")):
                    st = os.stat(os.path.join(folder, name))
                    parts.append(f"{folder}/{name}:{st.st_size}:{st.st_mtime_ns}")
    for dist in ("spacy", "spacy_lookups_data"):
        spec = importlib.util.find_spec(dist)
        if spec and spec.origin:
            st = os.stat(spec.origin)
            parts.append(f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


# --- messages -----------------------------------------------------------------------------


def _send(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message, separators=(",", ":")).encode()
    sock.sendall(_HEADER.pack(len(data)) + data)


def _receive(sock: socket.socket) -> dict:
    header = _read_exactly(sock, _HEADER.size)
    (size,) = _HEADER.unpack(header)
    if size > MAX_MESSAGE:
        raise ValueError("message too large")
    message = json.loads(_read_exactly(sock, size))
    if not isinstance(message, dict):
        raise ValueError("malformed message")
    return message


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise ConnectionError("connection closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# --- client -------------------------------------------------------------------------------


def try_check(params: dict, stdin: bytes | None) -> int | None:
    """Run `check` in the daemon: its exit status, or None to run it here instead.

    Output is written only once the whole answer has arrived, so a fallback never
    prints anything twice.
    """
    directory = runtime_dir(create=True)
    if directory is None:
        return None
    path = socket_path(directory)
    try:
        fp = fingerprint()
    except OSError:
        return None
    request = {
        "protocol": PROTOCOL,
        "fingerprint": fp,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "params": params,
        "stdin": None if stdin is None else base64.b64encode(stdin).decode("ascii"),
        "streams": [_stream_info(sys.stdout), _stream_info(sys.stderr)],
    }
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            sock.connect(path)
            sock.settimeout(None)
            _send(sock, request)
            answer = _receive(sock)
    except (OSError, ValueError):
        _start(path, fp)
        return None
    if answer.get("stale"):
        _start(path, fp)  # the old daemon is exiting; a fresh one serves the next run
        return None
    try:
        status = answer["status"]
        chunks = [(fd, base64.b64decode(data)) for fd, data in answer["chunks"]]
        if not isinstance(status, int) or any(fd not in (1, 2) for fd, _ in chunks):
            raise ValueError
    except (KeyError, TypeError, ValueError):
        return None
    for fd, data in chunks:
        stream = sys.stdout if fd == 1 else sys.stderr
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()
    return status


def _stream_info(stream) -> dict:
    return {
        "encoding": getattr(stream, "encoding", None) or "utf-8",
        "errors": getattr(stream, "errors", None) or "strict",
        "tty": bool(stream.isatty()) if hasattr(stream, "isatty") else False,
    }


def _start(path: str, fp: str) -> None:
    """Start a daemon in the background, detached; failure just means no daemon."""
    import subprocess

    try:
        subprocess.Popen(
            [sys.executable, "-m", "tone_lint.daemon", "serve", path, fp],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, close_fds=True, cwd="/",
            env={**os.environ, "TONE_LINT_NO_DAEMON": "1"},
        )
    except OSError:
        pass


def _ask(path: str, message: dict, timeout: float = 30.0) -> dict | None:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(path)
            _send(sock, {"protocol": PROTOCOL, **message})
            return _receive(sock)
    except (OSError, ValueError):
        return None


def stop(path: str) -> bool:
    return _ask(path, {"stop": True}) is not None


def status(path: str) -> dict | None:
    """{"pid", "served", "fingerprint"} of the running daemon, or None."""
    return _ask(path, {"status": True})


# --- server -------------------------------------------------------------------------------


class _Capture:
    """A text stream that records, in order, what is written to stdout and stderr."""

    def __init__(self, fd: int, chunks: list, info: dict):
        import io

        self._fd, self._chunks = fd, chunks
        self._tty = bool(info.get("tty"))
        self.buffer = _CaptureBytes(fd, chunks)
        self._text = io.TextIOWrapper(self.buffer, encoding=info.get("encoding") or "utf-8",
                                      errors=info.get("errors") or "strict", write_through=True)

    def write(self, text):
        return self._text.write(text)

    def flush(self):
        self._text.flush()

    def isatty(self):
        return self._tty

    def __getattr__(self, name):
        return getattr(self._text, name)


class _CaptureBytes:
    def __init__(self, fd, chunks):
        self._fd, self._chunks = fd, chunks

    def write(self, data):
        if data:
            self._chunks.append((self._fd, bytes(data)))
        return len(data)

    def flush(self):
        pass

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    @property
    def closed(self):
        return False

    def isatty(self):
        return False


class Server:
    def __init__(self, path: str, fp: str):
        self.path, self.fingerprint = path, fp
        self.idle = float(os.environ.get("TONE_LINT_DAEMON_IDLE", IDLE_SECONDS))
        from tone_lint.runner import RuleSets

        # Packs are reloaded when their file changes; configuration is read afresh per request.
        self.rule_sets = RuleSets()
        self.served = 0

    def warm(self) -> None:
        from tone_lint.engine import Linter
        from tone_lint.runner import load_rules

        linter = Linter(load_rules([]))
        for language in ("en", "fr"):
            try:
                linter.engine(language)
            except Exception:  # noqa: BLE001 - a request will report it properly
                pass

    def serve(self) -> None:
        import fcntl

        lock = open(self.path + ".lock", "w")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # another daemon is starting or running for this socket
        if os.path.exists(self.path):
            os.unlink(self.path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_umask = os.umask(0o177)
        try:
            listener.bind(self.path)
        finally:
            os.umask(old_umask)
        listener.listen(8)  # clients that come while we warm up wait in the backlog
        self.warm()
        listener.settimeout(self.idle)
        sock_stat = os.stat(self.path)
        try:
            while True:
                try:
                    conn, _ = listener.accept()
                except socket.timeout:
                    return
                with conn:
                    if not self._handle(conn):
                        return
        finally:
            try:  # remove our socket, not one a successor has bound since
                if os.stat(self.path).st_ino == sock_stat.st_ino:
                    os.unlink(self.path)
            except OSError:
                pass
            listener.close()
            lock.close()

    def _handle(self, conn: socket.socket) -> bool:
        """Answer one request; False when the daemon should exit."""
        if not _same_user(conn):
            return True
        conn.settimeout(30)
        try:
            request = _receive(conn)
        except (OSError, ValueError):
            return True
        conn.settimeout(None)
        try:
            if request.get("protocol") != PROTOCOL or request.get("stop"):
                _send(conn, {"stopped": True})
                return False
            if request.get("status"):
                _send(conn, {"pid": os.getpid(), "served": self.served, "fingerprint": self.fingerprint})
                return True
            if request.get("fingerprint") != self.fingerprint:
                _send(conn, {"stale": True})
                return False
            try:
                answer = self.run(request)
            except Exception:  # noqa: BLE001 - no answer: the client checks in-process, and reports
                return True
            _send(conn, answer)
            self.served += 1
        except (OSError, ValueError):
            pass
        return True

    def run(self, request: dict) -> dict:
        import io

        from tone_lint import cli, runner

        chunks: list = []
        streams = request["streams"]
        stdin = base64.b64decode(request["stdin"]) if request.get("stdin") is not None else b""
        saved = (sys.stdin, sys.stdout, sys.stderr, dict(os.environ), os.getcwd())
        params = dict(request["params"])
        try:
            os.environ.clear()
            os.environ.update(request["env"])
            os.chdir(request["cwd"])
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            sys.stdout = _Capture(1, chunks, streams[0])
            sys.stderr = _Capture(2, chunks, streams[1])
            status = cli.guarded(lambda: runner.run_check(**params, rule_sets=self.rule_sets))
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved[:3]
            os.environ.clear()
            os.environ.update(saved[3])
            os.chdir(saved[4])
        return {"status": status, "chunks": [(fd, base64.b64encode(d).decode("ascii")) for fd, d in chunks]}


def _same_user(conn: socket.socket) -> bool:
    if not hasattr(socket, "SO_PEERCRED"):
        return True  # the 0700 directory is the guard where peer credentials are unavailable
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return uid == os.getuid()


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "serve":
        if runtime_dir() != os.path.dirname(argv[1]):
            return 2
        Server(argv[1], argv[2]).serve()
        return 0
    print("usage: python -m tone_lint.daemon serve SOCKET FINGERPRINT", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
