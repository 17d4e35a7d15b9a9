"""The Rasa server process: `python -m bot.rasa_server run …` is `rasa run` with Woonplek's speed-ups."""
