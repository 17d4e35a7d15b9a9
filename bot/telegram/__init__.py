"""The Telegram adapter: connects people on Telegram to the assistant (python-telegram-bot 22).

Where a message goes: `receiving` (getUpdates or webhook) stores it in the inbox (`store`);
`dispatcher` hands it, per chat in order, to the `handlers`; `conversation` sends it to Rasa
(`rasa_client`) and `render`s the answer into the outbox; `sender` delivers it within Telegram's
limits. `app` puts it together; `commands` sets the command menu.
"""
import os

# python-telegram-bot 22 warns that RetryAfter.retry_after becomes a timedelta; take it now.
os.environ.setdefault("PTB_TIMEDELTA", "1")
