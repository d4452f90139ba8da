"""What `tone-lint sendmail` does: keep the message, lint it, then send it or hold it.

The order is the point. The message is written to the held queue before anything
else happens, so whatever goes wrong afterwards (a finding, a bad option, a broken
pack, a bug, Ctrl-C) the message is still on disk and the one-line error says how
to send it. It leaves the queue only after the command that sends it exited 0.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

import click

from tone_lint.errors import ToneLintError
from tone_lint.hooks import headers
from tone_lint.hooks import lint as mail_lint
from tone_lint.hooks.queue import ERROR, FAILED, HELD, SENDING, Entry, HeldQueue, now

# sysexits.h EX_TEMPFAIL: "try again later". mutt, neomutt and aerc report the failure and
# keep the message in the compose screen; MTAs treat it as a temporary, retryable failure.
EX_TEMPFAIL = 75
FAIL_ON = ("error", "warning", "suggestion", "never")
LANGS = ("auto", "en", "fr")
TERMINATION = ("auto", "always", "never")
EMOTIONAL = "emotional"
OVERRIDE_ENV = "TONE_LINT_SEND"


@dataclass
class LintOptions:
    """The wrapper's options; None means "from the configuration" (see `resolve`)."""

    fail_on: str | None = None
    lang: str | None = None
    termination: str | None = None
    packs: list[str] = field(default_factory=list)
    cool_off: float | str | None = None  # minutes a message with emotional findings waits, override or not

    def validate(self) -> None:
        for name, value, allowed in (("--fail-on", self.fail_on, FAIL_ON), ("--lang", self.lang, LANGS),
                                     ("--termination", self.termination, TERMINATION)):
            if value is not None and value not in allowed:
                raise ToneLintError(f"{value!r} is not one of {', '.join(allowed)}", name)
        if self.cool_off is None:
            return
        try:
            minutes = float(self.cool_off)
        except (TypeError, ValueError):
            minutes = float("nan")
        if not (0 <= minutes < float("inf")):  # also refuses NaN
            raise ToneLintError(f"{self.cool_off!r} is not a number of minutes >= 0", "--cool-off")
        self.cool_off = minutes

    def resolve(self, folder: str | None = None):
        """Fill what the command line left open from the configuration, as `check` does.

        The message has no file of its own: configuration is discovered from `folder` (the
        client's working folder) upward, then the user's configuration folder.
        """
        from tone_lint.config import Configs

        configs = Configs(overrides={"language": self.lang, "fail-on": self.fail_on, "termination": self.termination,
                                     "packs": list(self.packs), "cool-off": self.cool_off})
        settings = configs.for_folder(Path(folder or os.getcwd()))
        self.fail_on, self.lang, self.termination = settings.fail_on, settings.language, settings.termination
        self.cool_off = float(settings.cool_off or 0)
        return settings


@dataclass
class Decision:
    send: bool
    reason: str
    sendable_after: dt.datetime | None
    report: str
    findings: list[dict]


def env_override() -> bool:
    return os.environ.get(OVERRIDE_ENV, "").strip().lower() in ("1", "yes", "true")


def decide(result, options: LintOptions, override: bool, created: dt.datetime) -> Decision:
    from tone_lint.findings import Severity
    from tone_lint.formatters import render

    failing = []
    if options.fail_on != "never":
        threshold = Severity.parse(options.fail_on)
        failing = [f for f in result.findings if f.severity >= threshold]
    emotional = [f for f in result.findings if f.category == EMOTIONAL]
    cool_until = created + dt.timedelta(minutes=options.cool_off) if options.cool_off and emotional else None
    summary = [
        {"rule": f.rule, "severity": f.severity.label, "line": result.source.position(f.start)[0],
         "column": result.source.position(f.start)[1], "text": result.source.display[f.start:f.end]}
        for f in result.findings
    ]
    report = render("text", [result], color=False) if result.findings else ""
    if failing and not override:
        reason = f"{len(failing)} finding{'s' if len(failing) != 1 else ''} at or above {options.fail_on}"
        return Decision(False, reason, cool_until, report, summary)
    if cool_until and cool_until > now():
        return Decision(False, f"cool-off: emotional language, {options.cool_off:g} minutes", cool_until, report, summary)
    return Decision(True, "override" if failing else "clean", None, report, summary)


def deliver(command: list[str], data: bytes, cwd: str | None = None) -> int:
    """Run `command` with the message (control header removed) on stdin; its exit status."""
    if cwd and not os.path.isdir(cwd):
        cwd = None
    try:
        proc = subprocess.run(command, input=headers.strip_control_header(data), cwd=cwd)
    except OSError as exc:
        raise ToneLintError(f"cannot run it: {exc.strerror or exc}", command[0]) from None
    return 128 - proc.returncode if proc.returncode < 0 else proc.returncode


def local(t: dt.datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _say(text: str) -> None:
    click.echo(f"tone-lint: {' '.join(text.split())}", err=True)


def send_entry(queue: HeldQueue, entry: Entry) -> int:
    """Send a queued message with its command; it leaves the queue only if the command succeeded."""
    with entry.lock():
        return _send_locked(queue, entry)


def _send_locked(queue: HeldQueue, entry: Entry) -> int:
    entry.update(state=SENDING)
    try:
        status = deliver(entry.command, entry.read_message(), entry.meta.get("cwd"))
    except ToneLintError as exc:
        entry.update(state=FAILED, error=str(exc))
        raise ToneLintError(f"{exc}; nothing was sent, the message is kept as {entry.id}", None) from None
    if status == 0:
        queue.remove(entry)
        return 0
    entry.update(state=FAILED, error=f"command exited {status}")
    _say(f"{' '.join(entry.command)} exited {status}; the message may not have been sent and is kept as "
         f"{entry.id}: retry with `tone-lint held send {entry.id}`, or `tone-lint held drop {entry.id}` "
         "if it did go out.")
    return status


def run(command: list[str], options: LintOptions, data: bytes, queue: HeldQueue | None = None) -> int:
    """The whole wrapper, once the message bytes are read. Returns the exit status."""
    queue = queue or HeldQueue()
    try:
        entry = queue.add(data, command, options=asdict(options))
    except OSError as exc:
        # Not even queued: send nothing, and fail loudly so the client keeps the message.
        _say(f"error: cannot keep the message in {queue.root}: {exc.strerror or exc}; nothing was sent.")
        return EX_TEMPFAIL
    try:
        if not command:
            raise ToneLintError("missing the sendmail COMMAND to run, e.g. `tone-lint sendmail /usr/sbin/sendmail -oi`")
        if command[0].startswith("-"):
            raise ToneLintError(f"unknown option {command[0]!r} (options go before COMMAND)")
        options.validate()
        settings = options.resolve()
        override = env_override() or headers.override_requested(data)
        result = mail_lint.lint(data, f"{entry.id}.eml", options, settings=settings)
        decision = decide(result, options, override, entry.created or now())
    except (Exception, KeyboardInterrupt) as exc:
        what = str(exc) if isinstance(exc, ToneLintError) else f"internal error: {type(exc).__name__}: {exc}"
        with contextlib.suppress(OSError):  # the message itself is safe already; say so regardless
            entry.update(state=ERROR, error=what)
        how = (f"send it with `tone-lint held send {entry.id}`" if command and not command[0].startswith("-")
               else f"see it with `tone-lint held show {entry.id}`")
        _say(f"error: {what}; nothing was sent, the message is kept as {entry.id}: {how}")
        return EX_TEMPFAIL
    after = decision.sendable_after.isoformat() if decision.sendable_after else None
    if not decision.send:
        entry.update(state=HELD, reason=decision.reason, sendable_after=after, findings=decision.findings,
                     report=decision.report)
        if decision.report:
            click.echo(decision.report, err=True, nl=False)
        when = (f"it can be sent from {local(decision.sendable_after)} with `tone-lint held send {entry.id}`"
                if decision.sendable_after else f"send it anyway with `tone-lint held send {entry.id}`")
        _say(f"held {entry.id} ({decision.reason}); nothing was sent. Review it with "
             f"`tone-lint held show {entry.id}`; {when}, or drop it with `tone-lint held drop {entry.id}`.")
        return EX_TEMPFAIL
    entry.update(reason=decision.reason, findings=decision.findings, report=decision.report)
    try:
        return send_entry(queue, entry)
    except ToneLintError as exc:
        _say(f"error: {exc}: retry with `tone-lint held send {entry.id}`")
        return EX_TEMPFAIL
