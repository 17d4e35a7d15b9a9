"""The Telegram adapter next to Rasa's own `rest` channel: turn latency, throughput, memory.

Setup, once per run: the Woonplek stack (action server + Rasa server with the end-to-end harness's
throwaway settings, `tests/e2e/stack.py`, as in the `latency` section), the test Bot API server
(`tests.botapi`) in this process, and the adapter as `woonplek run` starts it (`python -m bot.telegram`,
long polling, inbox and outbox in the same SQLite database as the action server).

Latency: one turn at a time, the two paths interleaved turn by turn (rest, Telegram, rest, ...; the
order swaps every round) so that drift on a shared machine hits both alike. Telegram: from just
before the person's update is queued at the Bot API server to the arrival there of the answer's first
sendMessage (the server's record, same clock). Rest: the round trip of `POST /webhooks/rest/webhook`
with the same text and the metadata the adapter sends, so Rasa does the same work. Two series: a
first contact ("hoi" in a new chat) and a turn into a conversation ("ja" right after "hoi"; that chat's
"hoi" was answered a round earlier and at least 1.2 s before, so the adapter's per-chat limit of
1 message/s with bursts of 3 never holds the answer back; that wait comes before the pair of turns, so
the first of the two, by turns rest or Telegram, follows it). Between turns the adapter is idle (its
/health: nothing waiting, nothing unsent). Overhead = Telegram - rest at p50 and p95, same run.
Where the Telegram time goes comes from the server's records: the getUpdates answer that carried the
update, the "typing" action the adapter sends as it starts on it, and the first sendMessage.

Throughput: 50 rest senders at once, each sending its next scripted message
(`latency.WOONPLEK_CONVERSATIONS`) once the previous answer came, then 50 Telegram chats doing the same
turns, each waiting until the whole previous answer reached the Bot API server (how many messages that
is comes from rendering the rest answer to the same turn with the adapter's own `render`); the full
plan does this twice (rest, Telegram, rest, Telegram) against drift. Telegram allows 30 messages/s in
all and about 1/s per chat, and the adapter keeps to both (`bot/telegram/sender.py`); messages per
second and the ceiling those limits put on turns per second tell whether the limits, not the adapter's
work, bound the Telegram number. CPU time per turn of each process (from /proc) says where the work went.
"""
from __future__ import annotations

import asyncio
import itertools
import os
import statistics
import threading
import time
from collections import defaultdict
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

import httpx

from bench.latency import (
    REQUEST_TIMEOUT_SECONDS, STARTUP_TIMEOUT_SECONDS, WOONPLEK_CONVERSATIONS, count_action_failures,
    latency_summary, percentile, wait_for_webhook, webhook_url,
)
from bench.processes import BenchError, descendants, tree_peak_rss_mb
from bot.telegram.render import render
from bot.telegram.sender import GLOBAL_PER_SECOND, PER_CHAT_BURST, PER_CHAT_RATE
from tests.botapi import ApiCall, BotApiServer

if TYPE_CHECKING:
    from bot.services import RunningService
    from tests.e2e.stack import E2EStack

TOKEN = "1234:bench"
LANGUAGE = "nl"  # the person's Telegram app language; the rest path sends the same in its metadata
FIRST_TEXT = "hoi"
FOLLOW_UP_TEXT = "ja"
SERIES = ("first_contact", "follow_up")
PATHS = ("rest", "telegram")
WARMUP_ROUNDS = 3
CHATS_AT_ONCE = 50
SAME_CHAT_GAP_SECONDS = 1.2  # between two turns of one chat: the per-chat bucket has a token again
TURN_TIMEOUT_SECONDS = 60.0
IDLE_POLL_SECONDS = 0.01
MESSAGE_METHODS = frozenset({"sendMessage", "sendVenue"})  # what the adapter's `render` makes
LIMIT_BOUND_SHARE = 0.85  # Telegram turns/s at this share of the limits' ceiling or more: the limits bind


@dataclass(frozen=True)
class TelegramPlan:
    """How many turns to send."""

    latency_turns: int  # measured turns per series and path
    load_turns_each: int  # per chat (and per rest sender) in each throughput round
    load_rounds: int  # throughput rounds, each rest then Telegram


FULL_PLAN = TelegramPlan(latency_turns=120, load_turns_each=8, load_rounds=2)
QUICK_PLAN = TelegramPlan(latency_turns=30, load_turns_each=3, load_rounds=1)


# --- what the Bot API server accepted, as it happens ----------------------------------------------

@dataclass(frozen=True)
class Sent:
    """One message the Bot API server accepted: its method and when its request arrived."""

    method: str
    time: float


class SentLog:
    """The messages accepted per chat, and cheap waiting until a chat has had `count` of them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._chats: dict[int, list[Sent]] = defaultdict(list)
        self._waiters: dict[int, list[tuple[int, Callable[[], None]]]] = defaultdict(list)
        self.refused = 0

    def add(self, call: ApiCall, status: int) -> None:
        """Record a finished message call (from the server's thread) and wake who waits for it."""
        if status != 200:
            with self._lock:
                self.refused += 1
            return
        chat_id = int(call.params["chat_id"])
        with self._lock:
            sent = self._chats[chat_id]
            sent.append(Sent(call.method, call.time))
            waiting = self._waiters.pop(chat_id, [])
            due = [wake for count, wake in waiting if len(sent) >= count]
            left = [(count, wake) for count, wake in waiting if len(sent) < count]
            if left:
                self._waiters[chat_id] = left
        for wake in due:
            wake()

    def messages(self, chat_id: int) -> list[Sent]:
        """The messages a chat got so far, in order."""
        with self._lock:
            return list(self._chats.get(chat_id, []))

    def count(self, chat_id: int) -> int:
        """How many messages a chat got so far."""
        with self._lock:
            return len(self._chats.get(chat_id, []))

    def all_times(self) -> list[float]:
        """Arrival times of every accepted message, sorted."""
        with self._lock:
            return sorted(s.time for sent in self._chats.values() for s in sent)

    def when_count(self, chat_id: int, count: int, wake: Callable[[], None]) -> None:
        """Call `wake` (from any thread) once the chat has `count` messages."""
        with self._lock:
            reached = len(self._chats.get(chat_id, [])) >= count
            if not reached:
                self._waiters[chat_id].append((count, wake))
        if reached:
            wake()

    def wait(self, chat_id: int, count: int, timeout: float = TURN_TIMEOUT_SECONDS) -> None:
        """Block until the chat has `count` messages."""
        done = threading.Event()
        self.when_count(chat_id, count, done.set)
        if not done.wait(timeout):
            raise BenchError(f"chat {chat_id} got {self.count(chat_id)} of {count} messages in {timeout:.0f} s")

    async def wait_async(self, chat_id: int, count: int, timeout: float = TURN_TIMEOUT_SECONDS) -> None:
        """`wait` without blocking the event loop; asyncio.TimeoutError when late."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()

        def resolve() -> None:
            if not future.done():
                future.set_result(None)

        self.when_count(chat_id, count, lambda: loop.call_soon_threadsafe(resolve))
        await asyncio.wait_for(future, timeout)


class RecordingBotApi(BotApiServer):
    """The test Bot API server, telling a `SentLog` about each message call as it finishes.

    The server's own records (`calls`, `sent_messages`) are copied whole on every read and read under
    its lock: fine for tests, but polled while thousands of calls pile up they would load the machine
    and slow the very server being measured. Timings still come from the server's `ApiCall.time`.
    """

    def __init__(self, token: str) -> None:
        super().__init__(token=token)
        self.sent = SentLog()

    def _finish_call(self, call: ApiCall, status: int, body: dict[str, Any]) -> None:
        super()._finish_call(call, status, body)
        if call.method in MESSAGE_METHODS:
            self.sent.add(call, status)


# --- the two paths ----------------------------------------------------------------------------

_fake_update_ids = itertools.count(10**9)


def adapter_metadata(update_id: int) -> dict[str, Any]:
    """The metadata the adapter sends with a turn (`bot/telegram/conversation.py`)."""
    return {"telegram_update_id": update_id, "channel": "telegram", "language": LANGUAGE}


def rest_body(sender: str, text: str) -> dict[str, Any]:
    """A rest channel request as the adapter makes it, for a sender of our own."""
    return {"sender": sender, "message": text, "metadata": adapter_metadata(next(_fake_update_ids))}


@dataclass
class TelegramTurn:
    """One measured Telegram turn."""

    chat_id: int
    update_id: int
    started: float  # just before the update was queued
    answered: float  # arrival of the answer's first sendMessage at the Bot API server
    messages: int

    @property
    def seconds(self) -> float:
        """The turn's latency."""
        return self.answered - self.started


@dataclass
class TelegramSide:
    """The Bot API server and the adapter talking to it."""

    server: RecordingBotApi
    health_url: str
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10.0))

    @property
    def sent(self) -> SentLog:
        """What the server accepted, per chat."""
        return self.server.sent

    def health(self) -> dict[str, Any]:
        """The adapter's /health counts."""
        response = self.client.get(self.health_url)
        response.raise_for_status()
        return response.json()

    def wait_idle(self, timeout: float = TURN_TIMEOUT_SECONDS) -> None:
        """Block until the adapter has no update to answer and no reply to send."""
        deadline = time.monotonic() + timeout
        while True:
            health = self.health()
            if health["waiting"] == 0 and health["unsent"] == 0:
                return
            if time.monotonic() > deadline:
                raise BenchError(f"the Telegram adapter did not become idle: {health}")
            time.sleep(IDLE_POLL_SECONDS)

    def turn(self, chat_id: int, text: str) -> TelegramTurn:
        """The person writes `text`; returns once the whole answer went out."""
        before = self.sent.count(chat_id)
        started = time.monotonic()
        update = self.server.send_text(chat_id, text, language_code=LANGUAGE)
        self.sent.wait(chat_id, before + 1)
        self.wait_idle()
        new = self.sent.messages(chat_id)[before:]
        first = next((s for s in new if s.method == "sendMessage"), new[0])
        return TelegramTurn(chat_id, update["update_id"], started, first.time, len(new))

    def pause_for_chat_limit(self, chat_id: int) -> None:
        """Wait until the chat's last message is `SAME_CHAT_GAP_SECONDS` old (per-chat limit)."""
        sent = self.sent.messages(chat_id)
        if sent:
            time.sleep(max(0.0, sent[-1].time + SAME_CHAT_GAP_SECONDS - time.monotonic()))


def rest_turn(client: httpx.Client, url: str, sender: str, text: str) -> tuple[float, int]:
    """One rest channel turn: seconds and how many messages came back."""
    started = time.monotonic()
    response = client.post(url, json=rest_body(sender, text))
    seconds = time.monotonic() - started
    if response.status_code != 200:
        raise BenchError(f"the rest webhook answered {response.status_code}")
    return seconds, len(response.json())


# --- latency, one turn at a time ---------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One turn of the latency series."""

    series: str
    path: str
    chat_id: int  # the rest path uses sender `bench-rest-<chat_id>`
    text: str
    measured: bool


def _pair(series: str, chat_id: int, text: str, measured: bool) -> list[Step]:
    """The same turn on both paths, rest first."""
    return [Step(series, path, chat_id, text, measured) for path in PATHS]


def latency_rounds(turns: int, chat_ids: Iterator[int]) -> Iterator[list[Step]]:
    """Rounds of turns: the follow-up of the last round's chat, then a first contact, on both paths.

    The first `WARMUP_ROUNDS` rounds are not measured; odd rounds put Telegram before rest.
    """
    previous: Optional[int] = None
    for index in range(WARMUP_ROUNDS + turns + 1):
        steps: list[Step] = []
        if previous is not None:
            steps += _pair("follow_up", previous, FOLLOW_UP_TEXT, measured=index - 1 >= WARMUP_ROUNDS)
        current = next(chat_ids) if index < WARMUP_ROUNDS + turns else None
        if current is not None:
            steps += _pair("first_contact", current, FIRST_TEXT, measured=index >= WARMUP_ROUNDS)
        if index % 2:
            steps = [step for i in range(0, len(steps), 2) for step in (steps[i + 1], steps[i])]
        yield steps
        previous = current


@dataclass
class LatencyRecord:
    """What the latency series measured."""

    seconds: dict[tuple[str, str], list[float]] = field(default_factory=lambda: defaultdict(list))
    messages: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    telegram: dict[str, list[TelegramTurn]] = field(default_factory=lambda: defaultdict(list))


def run_step(step: Step, side: TelegramSide, client: httpx.Client, url: str, record: LatencyRecord) -> None:
    """Send one turn on its path and keep its time when it is measured."""
    if step.path == "rest":
        seconds, messages = rest_turn(client, url, f"bench-rest-{step.chat_id}", step.text)
    else:
        side.pause_for_chat_limit(step.chat_id)
        turn = side.turn(step.chat_id, step.text)
        seconds, messages = turn.seconds, turn.messages
        if step.measured:
            record.telegram[step.series].append(turn)
    if step.measured:
        record.seconds[(step.series, step.path)].append(seconds)
        record.messages[(step.series, step.path)].append(messages)


def run_latency(side: TelegramSide, rasa_url: str, turns: int, chat_ids: Iterator[int]) -> LatencyRecord:
    """Both series, both paths interleaved; the adapter idle before every turn."""
    record = LatencyRecord()
    url = webhook_url(rasa_url)
    with httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS) as client:
        for steps in latency_rounds(turns, chat_ids):
            for index, step in enumerate(steps):
                if step.series == "follow_up" and (index == 0 or steps[index - 1].series != step.series):
                    # The pause for the chat's limit comes before the pair, not inside it: a turn right
                    # after a second of idling is slower, and only one path would have it.
                    side.pause_for_chat_limit(step.chat_id)
                run_step(step, side, client, url, record)
    return record


def _ms(seconds: Optional[float]) -> Optional[float]:
    """Seconds as milliseconds, one decimal."""
    return None if seconds is None else round(1000 * seconds, 1)


def series_summary(record: LatencyRecord, series: str) -> dict[str, Any]:
    """Both paths of a series, the overhead at p50, p95 and mean, and messages per answer."""
    rest, telegram = record.seconds[(series, "rest")], record.seconds[(series, "telegram")]
    summary: dict[str, Any] = {"rest": latency_summary(rest), "telegram": latency_summary(telegram)}
    for name, fraction in (("p50", 0.5), ("p95", 0.95)):
        summary[f"overhead_{name}_ms"] = _ms(percentile(telegram, fraction) - percentile(rest, fraction))
    summary["overhead_mean_ms"] = _ms(statistics.fmean(telegram) - statistics.fmean(rest))
    paired = [t - r for r, t in zip(rest, telegram)]  # the two turns of one round, next to each other
    summary["paired_overhead_ms"] = {"p50": _ms(percentile(paired, 0.5)), "p95": _ms(percentile(paired, 0.95))}
    summary["messages_per_answer"] = {
        path: round(statistics.fmean(record.messages[(series, path)]), 2) for path in PATHS
    }
    return summary


def _getupdates_answered(calls: list[ApiCall]) -> dict[int, float]:
    """update_id -> when the getUpdates answer that carried it was sent."""
    answered: dict[int, float] = {}
    for call in calls:
        if call.method == "getUpdates" and call.ok and call.result:
            for update in call.result:
                answered.setdefault(update["update_id"], call.time + (call.duration or 0.0))
    return answered


def _typing_times(calls: list[ApiCall]) -> dict[int, list[float]]:
    """chat_id -> arrival times of the adapter's "typing" actions."""
    times: dict[int, list[float]] = defaultdict(list)
    for call in calls:
        if call.method == "sendChatAction" and "chat_id" in call.params:
            times[int(call.params["chat_id"])].append(call.time)
    return times


def stage_summary(calls: list[ApiCall], turns: list[TelegramTurn]) -> dict[str, Any]:
    """Where a Telegram turn's time goes, p50 and p95 of each stage in ms.

    `delivery`: the update queued -> the getUpdates answer carrying it sent; `inbox_and_dispatch`:
    -> the "typing" action arrives (update stored, dispatcher woken, read back, handler started);
    `rasa_and_outbox`: -> the first sendMessage arrives (action server health check, the Rasa turn,
    rendering, outbox transaction, sender).
    """
    answered, typing = _getupdates_answered(calls), _typing_times(calls)
    stages: dict[str, list[float]] = defaultdict(list)
    for turn in turns:
        delivered = answered.get(turn.update_id)
        started = next((t for t in typing.get(turn.chat_id, []) if t >= turn.started), None)
        if delivered is None or started is None or not turn.started <= delivered <= started <= turn.answered:
            continue
        stages["delivery"].append(delivered - turn.started)
        stages["inbox_and_dispatch"].append(started - delivered)
        stages["rasa_and_outbox"].append(turn.answered - started)
    return {
        name: {"p50_ms": _ms(percentile(values, 0.5)), "p95_ms": _ms(percentile(values, 0.95)), "turns": len(values)}
        for name, values in stages.items()
    }


# --- throughput, 50 chats at once --------------------------------------------------------------

def load_scripts(chats: int, turns_each: int) -> list[list[tuple[int, str]]]:
    """Per chat slot: (conversation number, text) of each turn, whole scripts one after another."""
    scripts = []
    for slot in range(chats):
        turns: list[tuple[int, str]] = []
        for number in itertools.count():
            script = WOONPLEK_CONVERSATIONS[(slot + number) % len(WOONPLEK_CONVERSATIONS)]
            turns += [(number, text) for text in script]
            if len(turns) >= turns_each:
                break
        scripts.append(turns[:turns_each])
    return scripts


@dataclass
class LoadRun:
    """What one throughput run of one path measured."""

    seconds: list[float] = field(default_factory=list)
    answer_sizes: dict[tuple[int, int], int] = field(default_factory=dict)  # (slot, turn) -> messages
    errors: int = 0
    started: float = 0.0
    ended: float = 0.0
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def wall(self) -> float:
        """Seconds from the first message sent to the last answer."""
        return self.ended - self.started


def pooled_summary(runs: list[LoadRun]) -> dict[str, Any]:
    """Turns per second over all rounds of a path, latency of all their turns, CPU per turn."""
    seconds = [s for run in runs for s in run.seconds]
    wall = sum(run.wall for run in runs)
    cpu: dict[str, float] = defaultdict(float)
    for run in runs:
        for name, value in run.cpu_seconds.items():
            cpu[name] += value
    per_turn = {name: round(1000 * value / len(seconds), 1) for name, value in cpu.items()} if seconds else {}
    return {
        "turns_per_second": round(len(seconds) / wall, 2) if wall else None,
        "wall_seconds": round(wall, 2),
        **latency_summary(seconds),
        "errors": sum(run.errors for run in runs),
        "cpu_ms_per_turn": per_turn,
    }


async def rest_load(rasa_url: str, scripts: list[list[tuple[int, str]]], label: str) -> LoadRun:
    """Every slot a rest sender; the answer's Telegram size is `render`ed from what came back."""
    url, run = webhook_url(rasa_url), LoadRun()
    limits = httpx.Limits(max_connections=len(scripts), max_keepalive_connections=len(scripts))

    async def chat(client: httpx.AsyncClient, slot: int) -> None:
        for index, (number, text) in enumerate(scripts[slot]):
            started = time.monotonic()
            response = await client.post(url, json=rest_body(f"bench-load-{label}-{slot}-{number}", text))
            run.seconds.append(time.monotonic() - started)
            if response.status_code != 200:
                run.errors += 1
                continue
            run.answer_sizes[(slot, index)] = len(render(0, response.json()))

    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT_SECONDS, limits=limits) as client:
        run.started = time.monotonic()
        await asyncio.gather(*(chat(client, slot) for slot in range(len(scripts))))
        run.ended = time.monotonic()
    return run


async def telegram_load(side: TelegramSide, scripts: list[list[tuple[int, str]]], sizes: dict[tuple[int, int], int],
                        base: int) -> LoadRun:
    """Every slot a Telegram chat; each waits for the whole answer (its size from the rest run)."""
    run = LoadRun()

    async def chat(slot: int) -> None:
        for index, (number, text) in enumerate(scripts[slot]):
            chat_id = base + 1000 * slot + number
            before = side.sent.count(chat_id)
            started = time.monotonic()
            side.server.send_text(chat_id, text, language_code=LANGUAGE)
            try:
                await side.sent.wait_async(chat_id, before + max(1, sizes.get((slot, index), 1)))
            except asyncio.TimeoutError:
                run.errors += 1
            new = side.sent.messages(chat_id)[before:]
            if new:
                run.seconds.append(new[0].time - started)

    run.started = time.monotonic()
    await asyncio.gather(*(chat(slot) for slot in range(len(scripts))))
    run.ended = time.monotonic()
    return run


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of `pid` and the processes below it."""
    total = 0
    for process in descendants(pid):
        try:
            with open(f"/proc/{process}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def cpu_now(processes: dict[str, int]) -> dict[str, float]:
    """CPU seconds so far of each server process tree, and of this process (drivers, Bot API server)."""
    times = os.times()
    return {**{name: tree_cpu_seconds(pid) for name, pid in processes.items()},
            "bench (drivers + Bot API server)": times.user + times.system}


def with_cpu(processes: dict[str, int], measure: Callable[[], LoadRun]) -> LoadRun:
    """Run `measure` and keep how much CPU each process used meanwhile."""
    before = cpu_now(processes)
    run = measure()
    after = cpu_now(processes)
    run.cpu_seconds = {name: after[name] - before[name] for name in after}
    return run


def peak_in_window(times: list[float], window: float = 1.0) -> int:
    """The most of `times` (sorted) within any `window` seconds."""
    best, low = 0, 0
    for high, moment in enumerate(times):
        while moment - times[low] > window:
            low += 1
        best = max(best, high - low + 1)
    return best


def limit_report(sent: SentLog, runs: list[LoadRun], chats: int, expected: int) -> dict[str, Any]:
    """Messages per second against Telegram's limits, and whether they bound the turns per second."""
    times = [t for t in sent.all_times() if any(run.started <= t <= run.ended for run in runs)]
    turns = sum(len(run.seconds) for run in runs)
    wall = sum(run.wall for run in runs)
    per_turn = len(times) / turns if turns else 0.0
    ceiling = min(GLOBAL_PER_SECOND, chats * PER_CHAT_RATE) / per_turn if per_turn else None
    return {
        "messages": len(times),
        "messages_expected": expected,
        "messages_per_turn": round(per_turn, 2),
        "messages_per_second": round(len(times) / wall, 2) if wall else None,
        "peak_messages_in_1s": max((peak_in_window([t for t in times if r.started <= t <= r.ended]) for r in runs),
                                   default=0),
        "limit_messages_per_second": GLOBAL_PER_SECOND,
        "limit_per_chat": f"{PER_CHAT_RATE:g}/s, bursts of {PER_CHAT_BURST}",
        "limits_ceiling_turns_per_second": round(ceiling, 2) if ceiling else None,
        "bound_by_telegram_limits": bool(ceiling and wall and turns / wall >= LIMIT_BOUND_SHARE * ceiling),
    }


def run_throughput(side: TelegramSide, rasa_url: str, plan: TelegramPlan, processes: dict[str, int]) -> dict[str, Any]:
    """Rounds of 50 rest senders then 50 Telegram chats, the same scripted turns, new conversations each round."""
    scripts = load_scripts(CHATS_AT_ONCE, plan.load_turns_each)
    rest_runs: list[LoadRun] = []
    telegram_runs: list[LoadRun] = []
    for round_number in range(plan.load_rounds):
        rest_runs.append(with_cpu(processes, lambda: asyncio.run(rest_load(rasa_url, scripts, str(round_number)))))
        sizes = rest_runs[0].answer_sizes
        base = 2_000_000 + 100_000 * round_number
        telegram_runs.append(with_cpu(processes, lambda: asyncio.run(telegram_load(side, scripts, sizes, base))))
        side.wait_idle()
    expected = sum(rest_runs[0].answer_sizes.values()) * plan.load_rounds
    rest = pooled_summary(rest_runs)
    rest["messages_per_second_as_telegram_messages"] = (
        round(expected / sum(r.wall for r in rest_runs), 2) if rest_runs else None)
    result: dict[str, Any] = {
        "chats_at_once": CHATS_AT_ONCE,
        "turns_each": plan.load_turns_each,
        "rounds": plan.load_rounds,
        "rest": rest,
        "telegram": {**pooled_summary(telegram_runs),
                     **limit_report(side.sent, telegram_runs, CHATS_AT_ONCE, expected)},
    }
    result["ratio"] = _ratio(result["telegram"]["turns_per_second"], result["rest"]["turns_per_second"])
    return result


def _ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    """a / b, or None when either is missing or b is 0."""
    return round(a / b, 2) if a is not None and b else None


# --- the whole section -------------------------------------------------------------------------

def _start_stack(workdir: Path, model_dir: Path, exits: ExitStack) -> E2EStack:
    """The action server and the Rasa server with throwaway settings, stopped when `exits` closes."""
    from bot.services import start_stack, with_overrides
    from tests.e2e.stack import E2EStack, e2e_settings

    settings = with_overrides(e2e_settings(workdir), models_dir=model_dir)
    stack = start_stack(settings)
    exits.callback(stack.stop)

    def alive() -> Optional[str]:
        dead = stack.dead()
        return f"{dead.spec.name} exited:\n{dead.log_tail(15)}" if dead else None

    wait_for_webhook(settings.rasa_url, FIRST_TEXT, time.monotonic() + STARTUP_TIMEOUT_SECONDS, alive)
    return E2EStack(settings=settings, stack=stack)


def _start_telegram(stack: E2EStack, exits: ExitStack) -> tuple[TelegramSide, RunningService]:
    """The Bot API server in this process and the adapter process, stopped when `exits` closes."""
    from tests.e2e.stack import start_telegram_adapter, telegram_settings

    server = RecordingBotApi(TOKEN).start()
    exits.callback(server.stop)
    settings = telegram_settings(stack, server.url, TOKEN)
    adapter = start_telegram_adapter(settings)
    exits.callback(adapter.stop)
    side = TelegramSide(server, settings.telegram_health_url)
    exits.callback(side.client.close)
    return side, adapter


def count_log_lines(path: Path, marker: str) -> int:
    """Lines of a log that contain `marker`."""
    try:
        return sum(marker in line for line in path.read_text(errors="replace").splitlines())
    except OSError:
        return 0


def measure_latency(side: TelegramSide, rasa_url: str, turns: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Both latency series, summarised, with where the Telegram time went."""
    log(f"[telegram] latency: {turns} turns per path and series, interleaved ...")
    record = run_latency(side, rasa_url, turns, itertools.count(910_001))
    calls = side.server.calls
    latency = {}
    for series in SERIES:
        latency[series] = {**series_summary(record, series),
                           "telegram_stages": stage_summary(calls, record.telegram[series])}
        rest, telegram = latency[series]["rest"], latency[series]["telegram"]
        log(f"[telegram] {series}: rest p50 {rest['p50_ms']} / p95 {rest['p95_ms']} ms, "
            f"Telegram p50 {telegram['p50_ms']} / p95 {telegram['p95_ms']} ms")
    return latency


def measure_throughput(side: TelegramSide, stack: E2EStack, adapter: RunningService, plan: TelegramPlan,
                       log: Callable[[str], None]) -> dict[str, Any]:
    """The throughput rounds, with the CPU each process used."""
    log(f"[telegram] throughput: {plan.load_rounds} round(s) of {CHATS_AT_ONCE} rest senders, then "
        f"{CHATS_AT_ONCE} chats, {plan.load_turns_each} turns each ...")
    processes = {s.spec.name: s.process.pid for s in stack.stack.services}
    processes["telegram-adapter"] = adapter.process.pid
    throughput = run_throughput(side, stack.rasa_url, plan, processes)
    log(f"[telegram] rest {throughput['rest']['turns_per_second']} turns/s, Telegram "
        f"{throughput['telegram']['turns_per_second']} turns/s ({throughput['telegram']['messages_per_second']} "
        f"messages/s)")
    return throughput


def adapter_report(side: TelegramSide, adapter: RunningService) -> dict[str, Any]:
    """The adapter's own counts and its log's errors; BenchError when it died."""
    if not adapter.is_alive():
        raise BenchError(f"the Telegram adapter exited:\n{adapter.log_tail(20)}")
    health = side.health()
    return {"processed": health.get("processed"), "delivered": health.get("delivered"),
            "errors_in_log": count_log_lines(adapter.log_path, " ERROR "), "refused_messages": side.sent.refused}


def run(workdir: Path, model_dir: Path, plan: TelegramPlan, log: Callable[[str], None]) -> dict[str, Any]:
    """Start everything, measure latency then throughput, stop everything."""
    with ExitStack() as exits:
        log("[telegram] starting the Woonplek stack, the test Bot API server and the adapter")
        stack = _start_stack(workdir, model_dir, exits)
        side, adapter = _start_telegram(stack, exits)
        latency = measure_latency(side, stack.rasa_url, plan.latency_turns, log)
        throughput = measure_throughput(side, stack, adapter, plan, log)
        rasa_log = next(s.log_path for s in stack.stack.services if s.spec.name == "rasa")
        return {
            "plan": asdict(plan),
            "latency": latency,
            "throughput": throughput,
            "peak_rss_mb": {"telegram-adapter": _mb(tree_peak_rss_mb(adapter.process.pid))},
            "adapter": adapter_report(side, adapter),
            "action_failures_in_log": count_action_failures(rasa_log),
        }


def _mb(value: Optional[float]) -> Optional[float]:
    """Megabytes, one decimal."""
    return round(value, 1) if value is not None else None


def model_dir_for_bench(log: Callable[[str], None]) -> Path:
    """The project's model as it is (trained only when missing): this section measures the adapter."""
    from bot.training import is_up_to_date, model_path, train_if_needed

    if not model_path().exists():
        return train_if_needed().parent
    if not is_up_to_date():
        log("[telegram] the project's model is older than its training data; using it as it is")
    return model_path().parent
