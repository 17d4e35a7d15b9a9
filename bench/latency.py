"""Turn latency and throughput through the `rest` channel, start-up time and peak memory.

Two bots run one after the other on this machine, never at the same time:
- Woonplek: the action server and the Rasa server started by `bot.services.start_stack` with the
  end-to-end harness's throwaway settings (`tests/e2e/stack.py`: free loopback ports, temporary
  SQLite databases, fresh token), and our trained model.
- Stock: Rasa's `rasa init` assistant (moodbot), `rasa run` in its own folder, no action server.

For each: start-up time (from launching the servers to the first answer of the rest webhook), NLU
alone (`/model/parse`, to tell NLU cost from dialogue and action cost), sequential scripted conversations (latency per turn: p50, p95, mean), then 16 conversations at once
(turns per second and latency under load), then the peak resident memory of each server process.
"""
from __future__ import annotations

import asyncio
import itertools
import statistics
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import httpx

from bench.processes import (
    BenchError, bench_environment, free_port, python_command, start_logged, stop_group, tail, tree_peak_rss_mb,
)

CONCURRENCY = 16
REQUEST_TIMEOUT_SECONDS = 60.0
STARTUP_TIMEOUT_SECONDS = 300.0

# Scripted conversations, typed the way people do. Woonplek: the Dutch intake path (as in the
# end-to-end tests), a multi-fact opening, an English intake, and a crisis with a request for a human.
WOONPLEK_CONVERSATIONS: list[list[str]] = [
    ["hoi", "ja", "nee", "Almere", "op straat", "negentien", "nee", "geen", "ja", "bijstand", "ja", "nee"],
    ["ben 19 en slaap op straat in almere met mn hond", "ja", "nee", "geen kinderen", "uitkering", "ja", "nee"],
    ["hi, I'm 23 and I sleep in my car in Utrecht", "yes", "no", "no kids", "no", "I work", "yes", "no"],
    ["hallo", "ja", "ja", "Zwolle", "bij vrienden", "waarom vraag je dat?", "zeg ik liever niet", "nee",
     "2 kinderen", "nee", "weet ik niet", "ja", "nee"],
    ["ik kan vannacht nergens heen", "ja", "Den Bosch", "in de auto", "42", "ik wil met een mens praten"],
]
# Rasa's moodbot: greet, mood, affirm/deny, bot challenge, goodbye.
STOCK_CONVERSATIONS: list[list[str]] = [
    ["hello", "I am sad", "yes", "bye"],
    ["hi there", "very unhappy", "no", "goodbye"],
    ["hey", "I'm great", "are you a bot?", "see you later"],
    ["good morning", "not good", "yes it did", "bye bye"],
]


@dataclass(frozen=True)
class LoadPlan:
    """How many turns to send."""

    sequential_turns: int  # one conversation at a time (after one warm-up conversation)
    concurrent_turns_each: int  # per concurrent conversation slot


FULL_PLAN = LoadPlan(sequential_turns=120, concurrent_turns_each=24)
QUICK_PLAN = LoadPlan(sequential_turns=30, concurrent_turns_each=6)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The `fraction` percentile by linear interpolation (0.5 = median)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def latency_summary(seconds: Sequence[float]) -> dict[str, Any]:
    """p50, p95, mean and max in milliseconds."""
    return {
        "turns": len(seconds),
        "p50_ms": round(1000 * percentile(seconds, 0.5), 1),
        "p95_ms": round(1000 * percentile(seconds, 0.95), 1),
        "mean_ms": round(1000 * statistics.fmean(seconds), 1) if seconds else None,
        "max_ms": round(1000 * max(seconds), 1) if seconds else None,
    }


def _script_turns(conversations: list[list[str]]) -> itertools.cycle:
    """Endless (conversation_index, script) pairs, cycling through the scripts."""
    return itertools.cycle(list(enumerate(conversations)))


def webhook_url(base_url: str) -> str:
    """The rest channel's webhook."""
    return f"{base_url}/webhooks/rest/webhook"


def _new_sender(label: str) -> str:
    return f"bench-{label}-{uuid.uuid4().hex[:10]}"


def run_sequential(base_url: str, conversations: list[list[str]], turns: int, label: str) -> dict[str, Any]:
    """One warm-up conversation, then whole conversations one turn at a time until `turns` turns."""
    url = webhook_url(base_url)
    timings: list[float] = []
    empty = errors = 0
    with httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS) as client:
        for text in conversations[0]:  # warm-up: not measured
            client.post(url, json={"sender": _new_sender(label + "-warmup"), "message": text})
        scripts = _script_turns(conversations)
        while len(timings) < turns:
            _, script = next(scripts)
            sender = _new_sender(label)
            for text in script:
                if len(timings) >= turns:
                    break
                started = time.perf_counter()
                response = client.post(url, json={"sender": sender, "message": text})
                timings.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors += 1
                elif not response.json():
                    empty += 1
    return {**latency_summary(timings), "errors": errors, "empty_replies": empty}


async def _run_concurrent(base_url: str, conversations: list[list[str]], turns_each: int, label: str
                          ) -> dict[str, Any]:
    """`CONCURRENCY` conversations at once, each sending `turns_each` turns (new conversations as needed)."""
    url = webhook_url(base_url)
    timings: list[float] = []
    counts = {"errors": 0, "empty_replies": 0}
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)

    async def worker(client: httpx.AsyncClient, offset: int) -> None:
        scripts = itertools.islice(_script_turns(conversations), offset, None)
        sent = 0
        while sent < turns_each:
            _, script = next(scripts)
            sender = _new_sender(f"{label}-c{offset}")
            for text in script[: turns_each - sent]:
                started = time.perf_counter()
                try:
                    response = await client.post(url, json={"sender": sender, "message": text})
                    if response.status_code != 200:
                        counts["errors"] += 1
                    elif not response.json():
                        counts["empty_replies"] += 1
                except httpx.HTTPError:
                    counts["errors"] += 1
                timings.append(time.perf_counter() - started)
                sent += 1

    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT_SECONDS, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client, i) for i in range(CONCURRENCY)))
        wall = time.perf_counter() - started
    return {
        "conversations_at_once": CONCURRENCY,
        "turns_per_second": round(len(timings) / wall, 2),
        "wall_seconds": round(wall, 2),
        **latency_summary(timings),
        **counts,
    }


def run_concurrent(base_url: str, conversations: list[list[str]], turns_each: int, label: str) -> dict[str, Any]:
    """Throughput with `CONCURRENCY` conversations at once."""
    return asyncio.run(_run_concurrent(base_url, conversations, turns_each, label))


def wait_for_webhook(base_url: str, first_message: str, deadline: float,
                     alive: Callable[[], Optional[str]]) -> None:
    """Poll the rest webhook until it answers `first_message` with at least one message.

    `alive()` returns a reason when a server died, which stops the wait at once.
    """
    url = webhook_url(base_url)
    sender = _new_sender("startup")
    while True:
        problem = alive()
        if problem:
            raise BenchError(problem)
        try:
            response = httpx.post(url, json={"sender": sender, "message": first_message}, timeout=30)
            if response.status_code == 200 and response.json():
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise BenchError(f"{base_url} did not answer on the rest webhook in time")
        time.sleep(0.25)


def run_parse_only(base_url: str, token: str, conversations: list[list[str]], count: int) -> dict[str, Any]:
    """Latency of NLU alone (`POST /model/parse` of the HTTP API): no dialogue, no actions, no tracker."""
    texts = itertools.cycle([text for script in conversations for text in script])
    timings: list[float] = []
    with httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS) as client:
        for _ in range(count):
            started = time.perf_counter()
            response = client.post(f"{base_url}/model/parse", params={"token": token}, json={"text": next(texts)})
            timings.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise BenchError(f"/model/parse answered {response.status_code}")
    return latency_summary(timings)


def count_action_failures(log_path: Path) -> int:
    """Custom actions the Rasa server could not run (they would make turns look faster than they are)."""
    try:
        text = log_path.read_text(errors="replace")
    except OSError:
        return 0
    return text.count("Failed to run custom action") + text.count("Failed to execute custom action")


def measure(base_url: str, conversations: list[list[str]], plan: LoadPlan, label: str,
            log: Callable[[str], None], token: str) -> dict[str, Any]:
    """NLU-only latency, sequential turn latency, then concurrent throughput."""
    parse_only = run_parse_only(base_url, token, conversations, plan.sequential_turns)
    log(f"[latency] {label}: NLU alone p50 {parse_only['p50_ms']} ms; {plan.sequential_turns} sequential turns ...")
    sequential = run_sequential(base_url, conversations, plan.sequential_turns, label)
    log(f"[latency] {label}: p50 {sequential['p50_ms']} ms, p95 {sequential['p95_ms']} ms; "
        f"{CONCURRENCY} conversations at once ...")
    concurrent = run_concurrent(base_url, conversations, plan.concurrent_turns_each, label)
    log(f"[latency] {label}: {concurrent['turns_per_second']} turns/s")
    return {"nlu_parse": parse_only, "sequential": sequential, "concurrent": concurrent}


def bench_woonplek(workdir: Path, model_dir: Path, plan: LoadPlan, log: Callable[[str], None]) -> dict[str, Any]:
    """Our whole stack (action server + Rasa server with `model_dir/woonplek.tar.gz`)."""
    from bot.services import prepare_database, start_service, service_specs, with_overrides
    from tests.e2e.stack import e2e_settings

    settings = with_overrides(e2e_settings(workdir), models_dir=model_dir)
    prepare_database(settings)  # before the clock: the stock bot has no database to migrate
    services = []
    try:
        started = time.monotonic()
        for spec in service_specs(settings):
            services.append(start_service(spec, settings))

        def alive() -> Optional[str]:
            for service in services:
                if not service.is_alive():
                    return str(service.failure(f"exited with code {service.process.returncode} while starting"))
            return None

        deadline = started + STARTUP_TIMEOUT_SECONDS
        while not all(s.is_ready() for s in services):  # the action server must answer too
            problem = alive()
            if problem:
                raise BenchError(problem)
            if time.monotonic() > deadline:
                raise BenchError("Woonplek's servers did not become ready in time:\n"
                                 + "\n".join(s.log_tail(15) for s in services))
            time.sleep(0.25)
        wait_for_webhook(settings.rasa_url, WOONPLEK_CONVERSATIONS[0][0], deadline, alive)
        startup = time.monotonic() - started
        log(f"[latency] Woonplek answered after {startup:.1f} s")
        result = measure(settings.rasa_url, WOONPLEK_CONVERSATIONS, plan, "woonplek", log, settings.rasa_auth_token)
        result["startup_seconds"] = round(startup, 1)
        result["peak_rss_mb"] = {s.spec.name: _mb(tree_peak_rss_mb(s.process.pid)) for s in services}
        rasa_logs = [s.log_path for s in services if s.spec.name == "rasa"]
        result["action_failures_in_log"] = count_action_failures(rasa_logs[0]) if rasa_logs else None
        problem = alive()
        if problem:
            raise BenchError(problem)
        return result
    finally:
        for service in reversed(services):
            service.stop()


def bench_stock(stock_dir: Path, plan: LoadPlan, log: Callable[[str], None]) -> dict[str, Any]:
    """Rasa's `rasa init` assistant with `rasa run` (rest channel) in `stock_dir`."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = stock_dir / "rasa-run.log"
    token = uuid.uuid4().hex
    command = python_command("-m", "rasa", "run", "-i", "127.0.0.1", "-p", str(port), "--model", "models",
                             "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
                             "--enable-api", f"--auth-token={token}")  # the API as ours has it
    started = time.monotonic()
    process = start_logged(command, log_path, cwd=stock_dir, env=bench_environment({"LOG_LEVEL": "INFO"}))
    try:
        def alive() -> Optional[str]:
            if process.poll() is not None:
                return f"stock rasa run exited with code {process.returncode}; log {log_path}:\n{tail(log_path)}"
            return None

        wait_for_webhook(base_url, STOCK_CONVERSATIONS[0][0], started + STARTUP_TIMEOUT_SECONDS, alive)
        startup = time.monotonic() - started
        log(f"[latency] stock bot answered after {startup:.1f} s")
        result = measure(base_url, STOCK_CONVERSATIONS, plan, "stock", log, token)
        result["startup_seconds"] = round(startup, 1)
        result["peak_rss_mb"] = {"rasa": _mb(tree_peak_rss_mb(process.pid))}
        return result
    finally:
        stop_group(process)


def _mb(value: Optional[float]) -> Optional[float]:
    return round(value, 1) if value is not None else None
