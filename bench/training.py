"""Training time: our whole model from scratch, and Rasa's `rasa init` assistant, in the same run.

Our model is trained like `woonplek train` does (same config, domain, data and model name) but with
`--force`, into a temporary folder and with an empty cache of its own, so nothing is reused from an
earlier training and `models/` is left alone. The stock assistant is created and trained by
`rasa init --no-prompt` (which trains straight away) in a temporary folder. Both models are then used
by the latency benchmark.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from bench.processes import bench_environment, python_command, run_logged
from bot.config import PROJECT_ROOT
from bot.training import MODEL_NAME

TRAIN_TIMEOUT_SECONDS = 15 * 60


def train_woonplek(out_dir: Path, cache_dir: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """`rasa train --force` of our model into `out_dir/woonplek.tar.gz`; returns time and peak memory."""
    log("[training] rasa train --force (our model, empty cache) ...")
    finished = run_logged(
        python_command(
            "-m", "rasa", "train",
            "--config", "config/config.yml",
            "--domain", "config/domain",
            "--data", "nlu_data",
            "--out", str(out_dir),
            "--fixed-model-name", MODEL_NAME,
            "--force",
        ),
        out_dir / "train.log",
        timeout=TRAIN_TIMEOUT_SECONDS,
        cwd=PROJECT_ROOT,
        env=bench_environment({"RASA_CACHE_DIRECTORY": str(cache_dir)}),
        what="rasa train (Woonplek)",
    )
    if not (out_dir / f"{MODEL_NAME}.tar.gz").exists():
        raise RuntimeError(f"rasa train finished without {out_dir / MODEL_NAME}.tar.gz")
    log(f"[training] Woonplek trained in {finished.seconds:.0f} s")
    return {"seconds": round(finished.seconds, 1), "peak_rss_mb": _mb(finished.peak_rss_mb)}


def init_stock(stock_dir: Path, cache_dir: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """`rasa init --no-prompt` in `stock_dir`: creates Rasa's starter assistant and trains it."""
    log("[training] rasa init --no-prompt (stock assistant, trains it) ...")
    stock_dir.mkdir(parents=True, exist_ok=True)
    finished = run_logged(
        python_command("-m", "rasa", "init", "--no-prompt", "--init-dir", str(stock_dir)),
        stock_dir.parent / "rasa-init.log",
        timeout=TRAIN_TIMEOUT_SECONDS,
        cwd=stock_dir,
        env=bench_environment({"RASA_CACHE_DIRECTORY": str(cache_dir)}),
        what="rasa init (stock assistant)",
    )
    if not list((stock_dir / "models").glob("*.tar.gz")):
        raise RuntimeError(f"rasa init finished without a model in {stock_dir / 'models'}")
    log(f"[training] stock assistant created and trained in {finished.seconds:.0f} s")
    return {"seconds": round(finished.seconds, 1), "peak_rss_mb": _mb(finished.peak_rss_mb)}


def _mb(value: Any) -> Any:
    return round(value, 1) if value is not None else None
