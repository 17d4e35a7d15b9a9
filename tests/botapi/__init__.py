"""A Telegram Bot API server on loopback for tests and benchmarks (see `server.py`)."""
from tests.botapi.formatting import EntityParseError, FormattedText, parse
from tests.botapi.params import ApiError
from tests.botapi.records import ApiCall, SentMessage, WebhookConfig, WebhookDelivery
from tests.botapi.server import BotApiServer
from tests.botapi.state import ServerStopped
from tests.botapi.webhook import SECRET_HEADER

__all__ = [
    "ApiCall",
    "ApiError",
    "BotApiServer",
    "EntityParseError",
    "FormattedText",
    "SECRET_HEADER",
    "SentMessage",
    "ServerStopped",
    "WebhookConfig",
    "WebhookDelivery",
    "parse",
]
