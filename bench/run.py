#!/usr/bin/env python3
"""tone-lint's benchmark, with proselint measured in the same run as the peer.

    python bench/run.py            # from a fresh clone, in the venv where tone-lint is installed
    python bench/run.py --quick    # fewer repetitions, for a smoke test

Not part of the test suite. It generates ~250-word English and French drafts from the shared
corpus and examples/, installs proselint into its own venv (bench/.venv-proselint, never a
tone-lint dependency), and measures, for both tools where both can do it:

- cold `check FILE` (a new process; tone-lint with --no-daemon): median wall time, peak RSS;
- warm latency per draft inside one process, pipeline loaded;
- batch throughput over 1,000 drafts, tone-lint with --jobs 1 and --jobs 2;
- language-server latency didChange -> publishDiagnostics (skipped if `tone-lint lsp` is absent);
- `--help` and `--version`;
- a repeated check of one draft (what an editor's on-save or a shell loop does), tone-lint
  with its daemon.

It prints a table (medians; each tone-lint figure also as a ratio to proselint's) and writes
bench/out/latest.json. Times are wall-clock on a machine that may be shared: the load
average at start and end is recorded beside them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
CORPUS = Path(os.environ.get("TONE_LINT_CORPUS", "/work/shared/corpus"))
PEER_VENV = HERE / ".venv-proselint"
WORDS = 250

TARGETS = {  # name -> (limit, unit, "max" | "min")
    "cold_en": (1.0, "s", "max"),
    "cold_fr": (1.2, "s", "max"),
    "rss_en": (250, "MB", "max"),
    "rss_fr": (250, "MB", "max"),
    "warm_en": (5.0, "ms", "max"),
    "warm_fr": (5.0, "ms", "max"),
    "batch_j2": (400, "drafts/s", "min"),
    "daemon_batch_j2": (400, "drafts/s", "min"),
    "lsp": (20.0, "ms", "max"),
    "help": (0.15, "s", "max"),
    "version": (0.15, "s", "max"),
    "repeat": (0.15, "s", "max"),
}


# --- machine and setup ------------------------------------------------------------------------


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def tone_lint_command() -> list[str]:
    script = Path(sys.executable).with_name("tone-lint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tone_lint"]


def setup_peer() -> list[str] | None:
    """proselint in its own venv; None (and a note) if it cannot be installed."""
    exe = PEER_VENV / "bin" / "proselint"
    if not exe.exists():
        print("setting up proselint in bench/.venv-proselint ...", file=sys.stderr)
        try:
            subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
            subprocess.run([str(PEER_VENV / "bin" / "pip"), "install", "-q", "proselint"], check=True)
        except (subprocess.CalledProcessError, OSError) as exc:
            print(f"proselint unavailable ({exc}); its columns are left empty", file=sys.stderr)
            return None
    return [str(exe)]


def compile_package() -> None:
    """Byte-compile tone_lint as `pip install` would (an editable checkout may lack .pyc files)."""
    import compileall

    import tone_lint

    compileall.compile_dir(str(Path(tone_lint.__file__).parent), quiet=1)


# --- drafts ---------------------------------------------------------------------------------


def sentences(language: str) -> list[str]:
    texts = []
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob(f"*-{language}-*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob(f"*-{language}.txt"))]
    found = []
    for text in texts:
        for part in re.split(r"(?<=[.!?…])\s+", text):
            part = " ".join(part.split())
            if len(part.split()) >= 3:
                found.append(part)
    return found


def make_draft(pool: list[str], seed: int) -> str:
    rng = random.Random(seed)
    out, words = [], 0
    while words < WORDS:
        sentence = rng.choice(pool)
        out.append(sentence)
        words += len(sentence.split())
    paragraphs = [" ".join(out[i : i + 4]) for i in range(0, len(out), 4)]
    return "\n\n".join(paragraphs) + "\n"


def generate(count: int) -> dict:
    drafts = OUT / "drafts"
    if drafts.exists():
        shutil.rmtree(drafts)
    paths: dict[str, list[Path]] = {"en": [], "fr": []}
    for language in ("en", "fr"):
        pool = sentences(language)
        folder = drafts / "batch"
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(count // 2):
            path = folder / f"{i:04d}-{language}.txt"
            path.write_text(make_draft(pool, i * 2 + (language == "fr")), encoding="utf-8")
            paths[language].append(path)
    return paths


# --- measuring ------------------------------------------------------------------------------


def run_timed(cmd: list[str], env: dict | None = None, stdin: bytes | None = None) -> tuple[float, float, int, float]:
    """(wall seconds, peak RSS in MB, exit status, CPU seconds) of one process and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def median_of(cmd, runs, env=None) -> dict:
    samples = [run_timed(cmd, env) for _ in range(runs)]
    return {
        "median": statistics.median(s[0] for s in samples),
        "cpu": statistics.median(s[3] for s in samples),
        "rss_mb": max(s[1] for s in samples),
        "samples": [round(s[0], 4) for s in samples],
        "status": samples[-1][2],
    }


WARM_TONE_LINT = r"""
import json, statistics, sys, time
from tone_lint.engine import Linter, Options
from tone_lint.runner import lint_bytes, load_rules
linter = Linter(load_rules())
out = {}
for language, paths in json.loads(sys.argv[1]).items():
    datas = [open(p, "rb").read() for p in paths]
    for data in datas[:3]:
        lint_bytes(linter, data, "draft", "auto", Options())
    walls, cpus = [], []
    for data in datas:
        w, c = time.perf_counter(), time.process_time()
        lint_bytes(linter, data, "draft", "auto", Options())
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    out[language] = {"median_ms": statistics.median(walls) * 1e3, "cpu_ms": statistics.median(cpus) * 1e3, "n": len(datas)}
print(json.dumps(out))
"""

WARM_PROSELINT = r"""
import json, statistics, sys, time
from proselint.checks import __register__
from proselint.registry import CheckRegistry
from proselint.tools import LintFile
CheckRegistry().register_many(__register__)
out = {}
for language, paths in json.loads(sys.argv[1]).items():
    texts = ["\n" + open(p, encoding="utf-8").read() + "\n" for p in paths]
    for text in texts[:3]:
        LintFile("draft", text).lint()
    walls, cpus = [], []
    for text in texts:
        w, c = time.perf_counter(), time.process_time()
        LintFile("draft", text).lint()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    out[language] = {"median_ms": statistics.median(walls) * 1e3, "cpu_ms": statistics.median(cpus) * 1e3, "n": len(texts)}
print(json.dumps(out))
"""


def warm(python: str, script: str, drafts: dict, per_language: int, env=None) -> dict:
    chosen = {lang: [str(p) for p in paths[:per_language]] for lang, paths in drafts.items()}
    proc = subprocess.run([python, "-c", script, json.dumps(chosen)], capture_output=True, env=env, cwd=ROOT)
    if proc.returncode:
        return {"error": proc.stderr.decode()[-500:]}
    return json.loads(proc.stdout)


WARM_ROUNDS = 3


def _median_round(rounds: list, lang: str) -> dict | None:
    """The round whose median for `lang` is the median of the rounds' (an error if one failed)."""
    if any(r is None for r in rounds):
        return None
    failed = [r for r in rounds if lang not in r]
    if failed:
        return failed[0]
    ordered = sorted(rounds, key=lambda r: r[lang]["median_ms"])
    chosen = dict(ordered[len(ordered) // 2][lang])
    chosen["rounds_ms"] = [round(r[lang]["median_ms"], 2) for r in rounds]
    return chosen


def lsp_latency(cmd: list[str], drafts: dict, changes: int, env, debounce_ms: int | None = 0) -> dict:
    """didChange -> publishDiagnostics, after the first, over stdio JSON-RPC.

    `debounce_ms=0` measures the server's own work (if it has a debounce option);
    None leaves the server's default pause after a keystroke in the figure.
    """
    probe = subprocess.run(cmd + ["lsp", "--help"], capture_output=True, env=env)
    if probe.returncode != 0:
        return {"skipped": "`tone-lint lsp` is not available in this build"}
    args = ["lsp"]
    if debounce_ms is not None and b"--debounce-ms" in probe.stdout:
        args += ["--debounce-ms", str(debounce_ms)]
    proc = subprocess.Popen(cmd + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    inbox: list = []
    arrived = threading.Condition()

    def reader():
        stream = proc.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode().partition(":")
                headers[key.lower()] = value.strip()
            body = json.loads(stream.read(int(headers["content-length"])))
            with arrived:
                inbox.append((time.perf_counter(), body))
                arrived.notify_all()

    threading.Thread(target=reader, daemon=True).start()
    next_id = [0]

    def send(method, params, request=False):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            next_id[0] += 1
            message["id"] = next_id[0]
        data = json.dumps(message).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        proc.stdin.flush()
        return message.get("id")

    def wait_for(predicate, timeout=60):
        deadline = time.perf_counter() + timeout
        with arrived:
            while True:
                for i, (t, body) in enumerate(inbox):
                    if predicate(body):
                        del inbox[: i + 1]
                        return t
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise TimeoutError
                arrived.wait(left)

    try:
        rid = send("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}}, request=True)
        wait_for(lambda b: b.get("id") == rid)
        send("initialized", {})
        results = {}
        for language in ("en", "fr"):
            uri = f"file:///tmp/bench-{language}.txt"
            texts = [p.read_text(encoding="utf-8") for p in drafts[language][:2]]
            is_diag = lambda b: b.get("method") == "textDocument/publishDiagnostics" and b["params"]["uri"] == uri  # noqa: E731
            send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": texts[0]}})
            wait_for(is_diag)
            samples = []
            for version in range(2, changes + 2):
                start = time.perf_counter()
                send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                "contentChanges": [{"text": texts[version % 2]}]})
                samples.append(wait_for(is_diag) - start)
            results[language] = {"median_ms": statistics.median(samples) * 1e3, "n": len(samples)}
        rid = send("shutdown", None, request=True)
        wait_for(lambda b: b.get("id") == rid, timeout=10)
        send("exit", None)
        return results
    except (TimeoutError, OSError, KeyError, ValueError) as exc:
        return {"skipped": f"language server did not answer as expected: {exc!r}"}
    finally:
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def daemon_pid(tl, env) -> int | None:
    out = subprocess.run(tl + ["daemon", "status"], env=env, capture_output=True, text=True).stdout
    m = re.search(r"pid (\d+)", out)
    return int(m.group(1)) if m else None


def process_cpu(pid) -> float | None:
    """utime+stime+cutime+cstime of a running process, in seconds (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


# --- the run --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and drafts")
    parser.add_argument("--no-peer", action="store_true", help="skip proselint")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    batch = 200 if args.quick else 1000
    OUT.mkdir(exist_ok=True)
    info = machine()
    compile_package()
    tl = tone_lint_command()
    peer = None if args.no_peer else setup_peer()
    drafts = generate(batch)
    scratch = Path(tempfile.mkdtemp(prefix="tone-lint-bench-"))
    runtime = scratch / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_CACHE_HOME": str(scratch / "cache"), "XDG_RUNTIME_DIR": str(runtime), "NO_COLOR": "1"}
    env.pop("TONE_LINT_NO_DAEMON", None)
    env.pop("CI", None)
    one = {lang: str(paths[0]) for lang, paths in drafts.items()}
    r: dict = {"machine": info, "tone_lint_command": tl, "peer": "proselint" if peer else None, "results": {}}
    res = r["results"]

    def peer_or_none(fn):
        return fn() if peer else None

    # First run ever (empty disk cache), then the steady cold state.
    for lang in ("en", "fr"):
        res[f"first_{lang}"] = {"tone-lint": median_of(tl + ["check", "--no-daemon", one[lang]], 1, env)}
    for lang in ("en", "fr"):
        res[f"cold_{lang}"] = {
            "tone-lint": median_of(tl + ["check", "--no-daemon", one[lang]], runs, env),
            "proselint": peer_or_none(lambda: median_of(peer + ["check", one[lang]], runs, env)),
        }
    for name in ("help", "version"):
        res[name] = {
            "tone-lint": median_of(tl + (["--help"] if name == "help" else ["--version"]), runs, env),
            "proselint": peer_or_none(lambda: median_of(peer + (["--help"] if name == "help" else ["version"]), runs, env)),
        }
    per_language = 50 if args.quick else 200
    # Three rounds, the two tools taking turns, each figure the round with the median median:
    # one round's median moves by half on a shared virtual machine, the ratio far less.
    tl_rounds, pl_rounds = [], []
    for _ in range(WARM_ROUNDS):
        tl_rounds.append(warm(sys.executable, WARM_TONE_LINT, drafts, per_language, env))
        pl_rounds.append(peer_or_none(lambda: warm(str(PEER_VENV / "bin" / "python"), WARM_PROSELINT, drafts,
                                                   per_language, env)))
    for lang in ("en", "fr"):
        res[f"warm_{lang}"] = {"tone-lint": _median_round(tl_rounds, lang), "proselint": _median_round(pl_rounds, lang)}
    folder = str(OUT / "drafts" / "batch")
    files = sorted(Path(folder).glob("*.txt"))
    info["batch_drafts"] = len(files)
    for jobs in (1, 2):
        t, rss, status, cpu = run_timed(tl + ["check", "--no-daemon", "--format", "line", "--jobs", str(jobs), folder], env)
        res[f"batch_j{jobs}"] = {"tone-lint": {"seconds": t, "cpu": cpu, "drafts_per_s": len(files) / t, "status": status}}
    if peer:
        t, _, _, cpu = run_timed(peer + ["check", folder], env)
        for jobs in (1, 2):
            res[f"batch_j{jobs}"]["proselint"] = {"seconds": t, "cpu": cpu, "drafts_per_s": len(files) / t,
                                                  "note": "single process"}
    # Repeat: the first check starts the daemon; wait until it answers, then time.
    run_timed(tl + ["check", one["en"]], env)
    for _ in range(240):
        if subprocess.run(tl + ["daemon", "status"], env=env, capture_output=True).returncode == 0:
            break
        time.sleep(0.5)
    res["repeat"] = {
        "tone-lint": median_of(tl + ["check", one["en"]], runs * 2, env),
        "proselint": peer_or_none(lambda: median_of(peer + ["check", one["en"]], runs * 2, env)),
    }
    # The same batches, served by the warm daemon (its CPU read from /proc, children included).
    pid = daemon_pid(tl, env)
    for jobs in (1, 2):
        before = process_cpu(pid)
        t, _, status, cpu = run_timed(tl + ["check", "--format", "line", "--jobs", str(jobs), folder], env)
        after = process_cpu(pid)
        if before is not None and after is not None:
            cpu += after - before
        res[f"daemon_batch_j{jobs}"] = {
            "tone-lint": {"seconds": t, "cpu": cpu, "drafts_per_s": len(files) / t, "status": status},
            "proselint": res[f"batch_j{jobs}"].get("proselint"),
        }
    subprocess.run(tl + ["daemon", "stop"], env=env, capture_output=True)
    res["lsp"] = {"tone-lint": lsp_latency(tl, drafts, 10 if args.quick else 30, env), "proselint": None}
    res["lsp_default"] = {"tone-lint": lsp_latency(tl, drafts, 10, env, debounce_ms=None), "proselint": None}
    info["loadavg_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    shutil.rmtree(scratch, ignore_errors=True)
    table = render(r)
    r["table"] = table
    (OUT / "latest.json").write_text(json.dumps(r, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table)
    return 0


def _cpu(name: str, entry) -> float | None:
    """The CPU-time counterpart of a single-process figure, in the target's unit."""
    if not entry or "skipped" in entry or "error" in entry:
        return None
    if name.startswith(("cold", "help", "version", "repeat")):
        return entry.get("cpu")
    if name.startswith("warm"):
        return entry.get("cpu_ms")
    return None


def _figure(name: str, entry) -> tuple[float | None, str]:
    """(value in the target's unit, display text) for one tool's entry."""
    if not entry:
        return None, "—"
    if "skipped" in entry or "error" in entry:
        return None, "skipped"
    if name.startswith(("cold", "first", "help", "version", "repeat")):
        return entry["median"], f"{entry['median']:.3f} s (cpu {entry['cpu']:.3f})"
    if name.startswith("rss"):
        return entry["rss_mb"], f"{entry['rss_mb']:.0f} MB"
    if name.startswith("warm"):
        rounds = "/".join(f"{r:.2f}" for r in entry.get("rounds_ms", ()))
        return entry["median_ms"], f"{entry['median_ms']:.2f} ms (cpu {entry['cpu_ms']:.2f}; rounds {rounds})"
    if "batch" in name:
        return entry["drafts_per_s"], f"{entry['drafts_per_s']:.0f}/s ({entry['seconds']:.1f} s, cpu {entry['cpu']:.1f} s)"
    if name.startswith("lsp"):
        parts = [f"{lang} {v['median_ms']:.1f} ms" for lang, v in entry.items()]
        return max(v["median_ms"] for v in entry.values()), ", ".join(parts)
    return None, str(entry)


def render(r: dict) -> str:
    res = r["results"]
    batch = r["machine"].get("batch_drafts", 1000)
    rows = [
        ("first_en", "first check ever, en (empty cache)", "first_en"),
        ("first_fr", "first check ever, fr (empty cache)", "first_fr"),
        ("cold_en", "cold check, en, 250 words", "cold_en"),
        ("cold_fr", "cold check, fr, 250 words", "cold_fr"),
        ("rss_en", "peak RSS, cold check en", "cold_en"),
        ("rss_fr", "peak RSS, cold check fr", "cold_fr"),
        ("warm_en", "warm, per en draft (median of the middle round of 3)", "warm_en"),
        ("warm_fr", "warm, per fr draft (median of the middle round of 3)", "warm_fr"),
        ("batch_j1", f"batch {batch:,} drafts, --jobs 1", "batch_j1"),
        ("batch_j2", f"batch {batch:,} drafts, --jobs 2", "batch_j2"),
        ("daemon_batch_j1", "same, daemon warm, --jobs 1", "daemon_batch_j1"),
        ("daemon_batch_j2", "same, daemon warm, --jobs 2", "daemon_batch_j2"),
        ("lsp", "LSP didChange -> diagnostics (--debounce-ms 0)", "lsp"),
        ("lsp_default", "same, with the server's default debounce", "lsp_default"),
        ("help", "--help", "help"),
        ("version", "--version", "version"),
        ("repeat", "repeat check of one draft", "repeat"),
    ]
    m = r["machine"]
    lines = [
        f"machine: {m['nproc']} CPUs, {m['cpu']}, Python {m['python']}; "
        f"load average {m['loadavg_start'][0]:.1f} at start, {m['loadavg_end'][0]:.1f} at end",
        "",
        "| measure | tone-lint | proselint | ratio | target | met (wall) | met (cpu) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key, label, source in rows:
        entry = res.get(source, {})
        tl_value, tl_text = _figure(key, entry.get("tone-lint"))
        pl_value, pl_text = _figure(key, entry.get("proselint"))
        ratio = f"{tl_value / pl_value:.2f}×" if tl_value and pl_value else "—"
        target = TARGETS.get(key)
        cpu_met = "—"
        if target and tl_value is not None:
            limit, unit, kind = target

            def verdict(value):
                return "yes" if (value <= limit if kind == "max" else value >= limit) else "**no**"

            met = verdict(tl_value)
            cpu = _cpu(key, entry.get("tone-lint"))
            cpu_met = verdict(cpu) if cpu is not None else "—"
            target_text = f"{'≤' if kind == 'max' else '≥'} {limit:g} {unit}"
        else:
            met, target_text = ("—", "—") if not target else ("n/a", "—")
        lines.append(f"| {label} | {tl_text} | {pl_text} | {ratio} | {target_text} | {met} | {cpu_met} |")
    if "skipped" in (res.get("lsp", {}).get("tone-lint") or {}):
        lines.append("")
        lines.append(f"LSP: {res['lsp']['tone-lint']['skipped']}.")
    lines.append("")
    lines.append("ratio = tone-lint / proselint on the wall-clock medians (throughput: higher is better; times: lower).")
    lines.append("cpu = user+system CPU seconds of the process and its children (less sensitive to a busy machine);")
    lines.append("'met (cpu)' judges that figure against the target, i.e. what the wall time would be with a CPU to itself.")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
