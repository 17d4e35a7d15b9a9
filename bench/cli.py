"""`python -m bench` (and `make bench`): run the benchmarks, print the table, write the results.

Sections, in this order: `training` (our model from scratch with `--force`, and `rasa init`'s stock
assistant), `nlu` (three pipelines trained on `nlu_data/nlu`, measured on `tests/nlu_heldout/`),
`latency` (both bots through the `rest` channel, one after the other), `telegram` (the Telegram adapter
next to the `rest` channel, on a test Bot API server), `places`. `--only` picks sections;
`--quick` trains fewer epochs and sends fewer turns (for trying the benchmark, not for the README).
`--set dev` measures the NLU section on the development set `tests/nlu_dev/` instead of the held-out
set (intents and crisis; it has no slot messages), with our pipeline (whitespace tokens) and its spaCy variant only: the
set to tune against, and where the tokenizer is chosen.
It runs only the `nlu` section and writes `bench/results/dev.*`; the README quotes the held-out set.

A full run writes `bench/results.json` and `bench/results.md`; a quick or partial run writes
`bench/results/latest.*` (not committed) unless `--out` says otherwise. Everything runs in one
temporary folder that is removed at the end (`--keep` keeps it); every server started is stopped,
also on errors. Nothing is downloaded: the spaCy pipeline is built offline when missing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from importlib import metadata
from pathlib import Path
from typing import Any, Optional, Sequence

from bench import latency, nlu, places, report, telegram, training
from bench.heldout import DEFAULT_SET, SETS
from bench.pipelines import PIPELINES
from bench.processes import patched_environ, python_command, run_logged
from bot.config import PROJECT_ROOT
from bot.training import MODEL_NAME

SECTIONS = ("training", "nlu", "latency", "telegram", "places")
BENCH_DIR = PROJECT_ROOT / "bench"
QUICK_EPOCH_SCALE = 0.25


def log(message: str) -> None:
    """A progress line with the time."""
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


def _version(package: str) -> Optional[str]:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _git(*args: str) -> Optional[str]:
    try:
        done = subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def metadata_of_run(arguments: Sequence[str], quick: bool, sections: Sequence[str],
                    test_set: str = DEFAULT_SET) -> dict[str, Any]:
    """When, where and on what this run measured."""
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain") if commit else None
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "git_commit": commit + ("-dirty" if dirty else "") if commit else None,
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "rasa_version": _version("rasa"),
        "rasa_sdk_version": _version("rasa-sdk"),
        "spacy_version": _version("spacy"),
        "arguments": " ".join(arguments),
        "quick": quick,
        "sections": list(sections),
        "nlu_test_set": test_set,
    }


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=SECTIONS,
                        help="run only this section (repeatable); default: all")
    parser.add_argument("--quick", action="store_true", help="fewer epochs and turns: a smoke run")
    parser.add_argument("--out", type=Path, help="folder for results.json/results.md")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (models, logs)")
    parser.add_argument("--set", dest="test_set", choices=tuple(SETS), default=DEFAULT_SET,
                        help="NLU test set: heldout (default, tests/nlu_heldout, the README's numbers) or dev "
                             "(tests/nlu_dev, the set to tune against: nlu section, our two pipeline variants only)")
    args = parser.parse_args(argv)
    if args.test_set != DEFAULT_SET and args.only and set(args.only) != {"nlu"}:
        parser.error(f"--set {args.test_set} is for the nlu section only (--only nlu)")
    return args


def ensure_spacy_pipeline(workdir: Path) -> None:
    """Build `data/spacy-nl` offline when it is missing or outdated (`woonplek build-nlp`, as `make nlp`).

    In a child process, so that spaCy (and the TensorFlow it pulls in) stays out of this one.
    """
    from bot.config import get_settings

    get_settings().spacy_model_dir.parent.mkdir(parents=True, exist_ok=True)  # the builder needs `data/`
    run_logged(python_command("-m", "bot.cli", "build-nlp"), workdir / "build-nlp.log", timeout=600,
               what="woonplek build-nlp")


def _stop_on_sigterm(signum: int, frame: Any) -> None:
    """SIGTERM (e.g. a stopped `make`) unwinds like Ctrl-C, so every server and temp folder is cleaned up."""
    raise KeyboardInterrupt


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    arguments = list(argv if argv is not None else sys.argv[1:])
    dev = args.test_set != DEFAULT_SET
    sections = ["nlu"] if dev else [s for s in SECTIONS if not args.only or s in args.only]
    full = not args.quick and len(sections) == len(SECTIONS)
    if args.out:
        out_dir, stem = args.out, "results"
    elif dev:  # never mistaken for the held-out results the README quotes
        out_dir, stem = BENCH_DIR / "results", args.test_set
    else:
        out_dir, stem = (BENCH_DIR, "results") if full else (BENCH_DIR / "results", "latest")
    results: dict[str, Any] = {"meta": metadata_of_run(arguments, args.quick, sections, args.test_set), "errors": {}}
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="woonplek-bench-"))
    log(f"Benchmarks: {', '.join(sections)}{' (quick)' if args.quick else ''}"
        f"{f' on the {args.test_set} set {SETS[args.test_set]}' if dev else ''}; working in {workdir}")
    # The servers and trainings read these; a bench run never touches the project's token or models.
    try:
        with patched_environ(RASA_TELEMETRY_ENABLED="false", RASA_AUTH_TOKEN=os.urandom(16).hex()):
            run_sections(sections, args.quick, workdir, results, test_set=args.test_set)
    except KeyboardInterrupt:
        results["errors"]["interrupted"] = "stopped with Ctrl-C"
    finally:
        if args.keep:
            log(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    results["meta"]["duration_seconds"] = round(time.monotonic() - started, 1)
    report.add_ratios(results)
    results["targets"] = report.targets(results) + places.targets(results.get("places"))
    results["watched"] = report.watched(results)
    if not results["errors"]:
        del results["errors"]
    json_path, md_path = report.write(results, out_dir, stem)
    print()
    print(report.markdown(results))
    log(f"Wrote {json_path} and {md_path}")
    return 1 if results.get("errors") else 0


def run_sections(sections: Sequence[str], quick: bool, workdir: Path, results: dict[str, Any],
                 test_set: str = DEFAULT_SET) -> None:
    """Run the chosen sections; a failing section is recorded in `results["errors"]` and the next runs.

    `test_set` is the NLU section's set; on the dev set only our pipeline is trained (the comparison
    pipelines are for the held-out numbers).
    """
    if set(sections) - {"places"}:  # the places section needs no spaCy
        ensure_spacy_pipeline(workdir)
    our_model_dir: Optional[Path] = None
    stock_dir = workdir / "stock"
    cache_dir = workdir / "rasa-cache"

    if "training" in sections:
        results["training"] = {}
        try:
            model_dir = workdir / "woonplek-model"
            results["training"]["woonplek"] = training.train_woonplek(model_dir, cache_dir / "woonplek", log)
            our_model_dir = model_dir
        except Exception as error:  # noqa: BLE001 - recorded, the other sections still run
            _record(results, "training.woonplek", error)
        try:
            results["training"]["stock"] = training.init_stock(stock_dir, cache_dir / "stock", log)
        except Exception as error:  # noqa: BLE001
            _record(results, "training.stock", error)

    if "nlu" in sections:
        try:
            # Our full model holds exactly our NLU pipeline trained on nlu_data/nlu: parse with it.
            trained = {"woonplek": our_model_dir / f"{MODEL_NAME}.tar.gz"} if our_model_dir and not quick else {}
            # On the dev set only our two variants: the choice between spaCy and whitespace tokens is made there.
            pipelines = [p for p in PIPELINES if p.key.startswith("woonplek")] if test_set != DEFAULT_SET else None
            results["nlu"] = nlu.run(workdir / "nlu", epoch_scale=QUICK_EPOCH_SCALE if quick else 1.0,
                                     trained=trained, log=log, pipelines=pipelines, test_set=test_set)
        except Exception as error:  # noqa: BLE001
            _record(results, "nlu", error)

    if "latency" in sections:
        plan = latency.QUICK_PLAN if quick else latency.FULL_PLAN
        results["latency"] = {"plan": vars(plan)}
        try:
            if not list((stock_dir / "models").glob("*.tar.gz")):
                training.init_stock(stock_dir, cache_dir / "stock", log)
            results["latency"]["stock"] = latency.bench_stock(stock_dir, plan, log)
        except Exception as error:  # noqa: BLE001
            _record(results, "latency.stock", error)
        try:
            if our_model_dir is None:
                from bot.training import train_if_needed

                log("[latency] using the project's model (training it first if its inputs changed)")
                our_model_dir = train_if_needed().parent
            results["latency"]["woonplek"] = latency.bench_woonplek(workdir / "woonplek-stack", our_model_dir, plan, log)
        except Exception as error:  # noqa: BLE001
            _record(results, "latency.woonplek", error)

    if "telegram" in sections:
        try:
            model_dir = our_model_dir or telegram.model_dir_for_bench(log)
            plan = telegram.QUICK_PLAN if quick else telegram.FULL_PLAN
            results["telegram"] = telegram.run(workdir / "telegram-stack", model_dir, plan, log)
        except Exception as error:  # noqa: BLE001
            _record(results, "telegram", error)

    if "places" in sections:
        try:
            results["places"] = places.run(workdir / "places", log, **(places.QUICK if quick else {}))
        except Exception as error:  # noqa: BLE001
            _record(results, "places", error)


def _record(results: dict[str, Any], name: str, error: BaseException) -> None:
    """Keep a failed section's error in the results and say so."""
    message = f"{type(error).__name__}: {error}"
    results["errors"][name] = message
    log(f"[error] {name} failed: {message}")
    traceback.print_exc()
