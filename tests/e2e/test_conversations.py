"""The test conversations in `tests/conversations/` run without a prediction error.

`rasa test core` plays every story against the trained model, with custom actions run by the
stack's action server and a temporary tracker store.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.training import model_path
from tests.e2e.stack import E2EStack

CONVERSATIONS_DIR = PROJECT_ROOT / "tests" / "conversations"

pytestmark = pytest.mark.e2e


def _endpoints(stack: E2EStack, path: Path) -> Path:
    """An endpoints.yml for the stack's action server and Woonplek's tracker store class."""
    path.write_text(
        "action_endpoint:\n"
        f'  url: "{stack.action_endpoint_url}"\n'
        "tracker_store:\n"
        "  type: bot.tracker_store.ErasableSQLTrackerStore\n"
    )
    return path


def test_conversations_run_without_prediction_errors(stack: E2EStack, tmp_path: Path) -> None:
    if not any(CONVERSATIONS_DIR.glob("*.yml")):
        pytest.fail(f"no test conversations in {CONVERSATIONS_DIR}")
    out = tmp_path / "results"
    env = stack.environment()
    # The tracker store reads its URL from the settings: a fresh SQLite file for this run.
    env["TRACKER_STORE_URL"] = f"sqlite:///{tmp_path / 'test-tracker.db'}"
    command = [
        sys.executable, "-m", "rasa", "test", "core",
        "--model", str(model_path()),
        "--stories", str(CONVERSATIONS_DIR),
        "--endpoints", str(_endpoints(stack, tmp_path / "endpoints.yml")),
        "--fail-on-prediction-errors",
        "--out", str(out),
    ]

    result = subprocess.run(
        command, cwd=PROJECT_ROOT, env=env, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=1200,
    )

    if result.returncode != 0:
        failed = out / "failed_test_stories.yml"
        details = failed.read_text() if failed.exists() else "(no failed_test_stories.yml)"
        pytest.fail(
            f"rasa test core exited {result.returncode}.\n"
            f"--- failed_test_stories.yml ---\n{details}\n"
            f"--- output (last 60 lines) ---\n" + "\n".join(result.stdout.splitlines()[-30:] + result.stderr.splitlines()[-30:])
        )
