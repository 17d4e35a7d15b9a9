"""The command menu Telegram shows next to the text field, in Dutch and in English."""
from __future__ import annotations

from telegram import Bot, BotCommand

from actions.messages import text as catalogue_text

# Command per language, with the catalogue key of its description. The Rasa pipeline knows both
# names (bot/nlu/safety_net.py), so an English speaker's /delete works like /verwijder.
MENUS: dict[str, list[tuple[str, str]]] = {
    "nl": [
        ("start", "telegram_command_start"),
        ("help", "telegram_command_help"),
        ("taal", "telegram_command_taal"),
        ("stop", "telegram_command_stop"),
        ("mijngegevens", "telegram_command_mijngegevens"),
        ("verwijder", "telegram_command_verwijder"),
    ],
    "en": [
        ("start", "telegram_command_start"),
        ("help", "telegram_command_help"),
        ("language", "telegram_command_taal"),
        ("stop", "telegram_command_stop"),
        ("mydata", "telegram_command_mijngegevens"),
        ("delete", "telegram_command_verwijder"),
    ],
}
DEFAULT_MENU = "nl"  # for apps in any other language


def menu(language: str) -> list[BotCommand]:
    """The commands of one language's menu."""
    return [BotCommand(name, catalogue_text(key, language)) for name, key in MENUS[language]]


async def set_command_menus(bot: Bot) -> None:
    """setMyCommands for Dutch and English apps, and Dutch for everyone else."""
    for language in MENUS:
        await bot.set_my_commands(menu(language), language_code=language)
    await bot.set_my_commands(menu(DEFAULT_MENU))
