"""The Rasa server process: `python -m bot.rasa_server run …` is `rasa run` with Woonplek's speed-ups
(`speedups.py`) and the slot mapping validation run in this process (`in_process.py`)."""
