"""Train the Rasa model only when what it is trained from changed.

The fingerprint is a sha256 over the paths and contents of every file under `config/`, `nlu_data/`,
`bot/nlu/` and `bot/language/` (compiled files left out). `models/woonplek.tar.gz` is reused while
`models/fingerprint.txt` holds the same fingerprint; `woonplek train --force` trains anyway.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Optional

from bot.config import get_settings

MODEL_NAME = "woonplek"
FINGERPRINT_FILE = "fingerprint.txt"
# Relative to the project root; what the model depends on.
TRAINING_INPUTS = ("config", "nlu_data", "bot/nlu", "bot/language")
_IGNORED_SUFFIXES = (".pyc", ".pyo")
_IGNORED_DIRS = {"__pycache__", ".pytest_cache"}


def model_path(models_dir: Optional[Path] = None) -> Path:
    """Where the trained model lives (`models/woonplek.tar.gz`)."""
    return (models_dir or get_settings().models_dir) / f"{MODEL_NAME}.tar.gz"


def _input_files(root: Path, inputs: Iterable[str]) -> list[Path]:
    """Every file under the `inputs` folders of `root`, sorted, without caches."""
    files = []
    for name in inputs:
        folder = root / name
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix not in _IGNORED_SUFFIXES and not (
                _IGNORED_DIRS & set(path.relative_to(root).parts)
            ):
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def training_fingerprint(root: Optional[Path] = None, inputs: Iterable[str] = TRAINING_INPUTS) -> str:
    """sha256 of the relative paths and contents of the training inputs."""
    root = root or get_settings().project_root
    digest = hashlib.sha256()
    for path in _input_files(root, inputs):
        relative = path.relative_to(root).as_posix().encode()
        content = path.read_bytes()
        digest.update(len(relative).to_bytes(8, "big") + relative)
        digest.update(len(content).to_bytes(8, "big") + content)
    return digest.hexdigest()


def is_up_to_date(models_dir: Optional[Path] = None) -> bool:
    """True when the model exists and was trained from the current inputs."""
    models_dir = models_dir or get_settings().models_dir
    stamp = models_dir / FINGERPRINT_FILE
    return (
        model_path(models_dir).exists()
        and stamp.exists()
        and stamp.read_text().strip() == training_fingerprint()
    )


def rasa_command() -> list[str]:
    """`rasa` of the running interpreter's environment."""
    return [sys.executable, "-m", "rasa"]


def train(models_dir: Optional[Path] = None) -> Path:
    """Run `rasa train` (cwd = project root) and record the fingerprint; returns the model path."""
    settings = get_settings()
    models_dir = models_dir or settings.models_dir
    fingerprint = training_fingerprint()  # before training: what the model is trained from
    command = rasa_command() + [
        "train",
        "--config", "config/config.yml",
        "--domain", "config/domain",
        "--data", "nlu_data",
        "--out", str(models_dir),
        "--fixed-model-name", MODEL_NAME,
    ]
    stamp = models_dir / FINGERPRINT_FILE
    stamp.unlink(missing_ok=True)
    print(f"Training the Rasa model: {' '.join(command[2:])}", flush=True)
    started = time.monotonic()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    result = subprocess.run(command, cwd=settings.project_root, env=env)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise RuntimeError(f"rasa train failed (exit {result.returncode}) after {elapsed:.0f} s")
    path = model_path(models_dir)
    if not path.exists():
        raise RuntimeError(f"rasa train finished but {path} is missing")
    models_dir.mkdir(parents=True, exist_ok=True)
    stamp.write_text(fingerprint + "\n")
    print(f"Trained {path} in {elapsed:.0f} s", flush=True)
    return path


def train_if_needed(*, force: bool = False) -> Path:
    """Train unless the model is up to date with the training inputs; returns the model path."""
    if not force and is_up_to_date():
        path = model_path()
        print(f"Model is up to date, not training: {path}", flush=True)
        return path
    return train()
