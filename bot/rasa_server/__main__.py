"""`python -m bot.rasa_server run …`: install the speed-ups, then hand over to Rasa's own command line."""
from rasa.__main__ import main

from bot.rasa_server import in_process, speedups

speedups.install()
in_process.install()
main()
