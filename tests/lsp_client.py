"""A minimal LSP client for tests: JSON-RPC with Content-Length framing over a subprocess's stdio."""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class LspClient:
    def __init__(self, *args: str, env: dict | None = None):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tone_lint", "lsp", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=ROOT, env={**os.environ, **(env or {})},
        )
        self.messages: queue.Queue = queue.Queue()
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict | None = None) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict | None = None, timeout: float = 30) -> tuple[dict, list[dict]]:
        """Send a request; returns its response and the notifications that came before it."""
        self.next_id += 1
        msg_id = self.next_id
        self._send({"id": msg_id, "method": method, "params": params})
        before = []
        while True:
            message = self.get(timeout)
            if message.get("id") == msg_id and "method" not in message:
                return message, before
            before.append(message)

    def get(self, timeout: float = 30) -> dict:
        message = self.messages.get(timeout=timeout)
        if message is None:
            raise EOFError(f"server closed its output; stderr: {self.proc.stderr.read().decode()}")
        return message

    def diagnostics(self, uri: str, timeout: float = 30) -> dict:
        """The next publishDiagnostics for `uri`, skipping other notifications."""
        deadline = time.monotonic() + timeout
        while True:
            message = self.get(max(0.01, deadline - time.monotonic()))
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]

    def initialize(self, capabilities: dict | None = None, options: dict | None = None) -> dict:
        response, _ = self.request("initialize", {
            "processId": os.getpid(), "rootUri": ROOT.as_uri(), "capabilities": capabilities or {},
            "initializationOptions": options,
        })
        self.notify("initialized", {})
        return response["result"]

    def open(self, uri: str, text: str, language_id: str = "plaintext", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language_id, "version": version, "text": text}})

    def change(self, uri: str, version: int, changes: list[dict]) -> None:
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": changes})

    def stop(self) -> int:
        """shutdown then exit, as a client does; the exit status of the server."""
        response, _ = self.request("shutdown")
        assert response.get("error") is None and response["result"] is None
        self.notify("exit")
        try:
            return self.proc.wait(timeout=10)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()
