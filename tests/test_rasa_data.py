"""`rasa data validate` passes on the domain, the training data and the config, without warnings."""
from __future__ import annotations

import os
import subprocess
import sys

from bot.config import PROJECT_ROOT

WARNING_MARKERS = ("UserWarning", "WARNING")


def test_rasa_data_validates_without_warnings() -> None:
    env = dict(
        os.environ,
        RASA_TELEMETRY_ENABLED="false",
        LOG_LEVEL="INFO",
        TF_CPP_MIN_LOG_LEVEL="2",  # TensorFlow's start-up chatter is not about our data
        SQLALCHEMY_SILENCE_UBER_WARNING="1",  # Rasa's own SQLAlchemy 2.0 notice, not about our data
    )
    result = subprocess.run(
        [
            sys.executable, "-m", "rasa", "data", "validate",
            "--domain", "config/domain",
            "--data", "nlu_data",
            "--config", "config/config.yml",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    warnings = [line for line in output.splitlines() if any(m in line for m in WARNING_MARKERS)]

    assert result.returncode == 0, f"rasa data validate exited {result.returncode}:\n{output}"
    assert not warnings, "rasa data validate warned:\n" + "\n".join(warnings) + f"\n\n{output}"
