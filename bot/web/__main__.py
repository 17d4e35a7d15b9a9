"""`python -m bot.web`: serve the staff web app (woonplek run starts it)."""
from bot.web.app import main

main()
