"""Child processes for the benchmarks: run with a log and a time limit, measure memory, free ports.

Every child runs in a process group of its own, so stopping it also stops what it started; nothing
here kills by name. The environment turns Rasa's telemetry off: the benchmarks make no network calls
other than to loopback.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping, Optional, Sequence

from bot.config import PROJECT_ROOT

_STOP_SECONDS = 20.0


class BenchError(RuntimeError):
    """A step of the benchmark failed (a child process failed, a server did not start)."""


def bench_environment(extra: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """The current environment, quiet and offline, plus `extra`."""
    env = dict(os.environ)
    env.update(
        {
            "RASA_TELEMETRY_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "LOG_LEVEL_LIBRARIES": "ERROR",
        }
    )
    env.update(extra or {})
    return env


def python_command(*args: str) -> list[str]:
    """A command line running the current interpreter (the project's virtual environment)."""
    return [sys.executable, *args]


def tail(path: Path, lines: int = 30) -> str:
    """The last `lines` lines of a log file."""
    try:
        with open(path, errors="replace") as handle:
            return "".join(deque(handle, maxlen=lines))
    except OSError:
        return "(no log)"


def stop_group(process: subprocess.Popen, timeout: float = _STOP_SECONDS) -> None:
    """SIGTERM the process group led by `process`; SIGKILL it when it does not stop in time."""
    if process.poll() is not None:
        return
    for signum, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(process.pid, signum)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def start_logged(
    command: Sequence[str], log_path: Path, *, cwd: Path = PROJECT_ROOT, env: Optional[Mapping[str, str]] = None
) -> subprocess.Popen:
    """Start `command` in its own process group with stdout and stderr in `log_path`."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            list(command),
            cwd=cwd,
            env=dict(env) if env is not None else bench_environment(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


@dataclass(frozen=True)
class Finished:
    """A child process that ran to its end."""

    seconds: float
    log_path: Path
    peak_rss_mb: Optional[float]


def run_logged(
    command: Sequence[str],
    log_path: Path,
    *,
    timeout: float,
    cwd: Path = PROJECT_ROOT,
    env: Optional[Mapping[str, str]] = None,
    what: str = "",
) -> Finished:
    """Run `command` to its end (stopped after `timeout` s); raise `BenchError` with the log on failure."""
    started = time.monotonic()
    process = start_logged(command, log_path, cwd=cwd, env=env)
    peak = 0.0
    try:
        while process.poll() is None:
            peak = max(peak, tree_rss_mb(process.pid) or 0.0)
            if time.monotonic() - started > timeout:
                raise BenchError(f"{what or command[0]} did not finish within {timeout:.0f} s; log {log_path}:\n"
                                 f"{tail(log_path)}")
            time.sleep(0.5)
    finally:
        stop_group(process)
    seconds = time.monotonic() - started
    if process.returncode != 0:
        raise BenchError(f"{what or command[0]} failed (exit {process.returncode}); log {log_path}:\n{tail(log_path)}")
    return Finished(seconds=seconds, log_path=log_path, peak_rss_mb=peak or None)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _status_kb(pid: int, field: str) -> Optional[int]:
    """A `kB` field of /proc/<pid>/status (VmRSS, VmHWM), or None when the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it (from /proc/<pid>/task/*/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
            except (OSError, ValueError):
                continue
    return found


def tree_rss_mb(pid: int) -> Optional[float]:
    """Current resident memory (VmRSS) of `pid` and its children, in MB."""
    values = [_status_kb(p, "VmRSS") for p in descendants(pid)]
    known = [v for v in values if v is not None]
    return sum(known) / 1024 if known else None


def tree_peak_rss_mb(pid: int) -> Optional[float]:
    """Peak resident memory (VmHWM) of `pid` plus that of each child, in MB (an upper bound)."""
    values = [_status_kb(p, "VmHWM") for p in descendants(pid)]
    known = [v for v in values if v is not None]
    return sum(known) / 1024 if known else None


@contextmanager
def patched_environ(**values: str) -> Iterator[None]:
    """Set environment variables for the duration of the block, then restore them."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
