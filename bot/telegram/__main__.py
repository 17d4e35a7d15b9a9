"""`python -m bot.telegram`: run the Telegram adapter (woonplek run starts it when a token is set)."""
from bot.telegram.app import main

main()
