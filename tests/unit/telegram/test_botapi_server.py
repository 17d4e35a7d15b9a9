"""The loopback Bot API server (tests/botapi), driven by python-telegram-bot's own client.

Passing here means PTB parses every answer, so adapter tests and benchmarks can trust the server.
"""
from __future__ import annotations

import asyncio
import datetime
import socket
import warnings
from typing import Any, AsyncIterator, Iterator

import httpx
import pytest
import telegram
from aiohttp import web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from tests.botapi import SECRET_HEADER, BotApiServer

TOKEN = "123:ABC"
CHAT = 42
GROUP = -1001
LONG_DATA_BUTTON = InlineKeyboardButton("x", callback_data="d" * 65)  # 64 bytes is the limit


@pytest.fixture
def server() -> Iterator[BotApiServer]:
    """A running server for one test."""
    with BotApiServer(token=TOKEN, webhook_retry_delay=0.05) as running:
        yield running


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[telegram.Bot]:
    """A PTB bot talking to the server."""
    async with telegram.Bot(TOKEN, base_url=server.base_url) as client:
        yield client


class Receiver:
    """A webhook endpoint answering the scripted statuses in turn (then 200)."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.updates: list[dict[str, Any]] = []
        self.secrets: list[str | None] = []
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        """Record the update and its secret header."""
        self.updates.append(await request.json())
        self.secrets.append(request.headers.get(SECRET_HEADER))
        return web.Response(status=self.statuses.pop(0) if self.statuses else 200)


@pytest.fixture
async def receiver(request: pytest.FixtureRequest) -> AsyncIterator[Receiver]:
    """A webhook receiver on loopback in the test's loop (statuses via indirect parametrize)."""
    endpoint = Receiver(getattr(request, "param", []))
    app = web.Application()
    app.router.add_post("/hook", endpoint.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock).start()
    endpoint.url = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    yield endpoint
    await runner.cleanup()


def seconds(value: int | datetime.timedelta) -> float:
    """RetryAfter.retry_after in seconds (PTB 22 gives int or timedelta)."""
    return value.total_seconds() if isinstance(value, datetime.timedelta) else float(value)


def long_poll_waiting(server: BotApiServer, count: int = 1) -> bool:
    """Whether `count` getUpdates requests are waiting in the server."""
    return sum(1 for call in server.calls_to("getUpdates") if not call.finished) >= count


# --- basics and transports ----------------------------------------------------------------------


async def test_get_me_answers_the_bot_user(bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, "woonplek_test_bot")
    assert me.can_join_groups is True


async def test_wrong_token_and_unknown_method_answer_like_telegram(server: BotApiServer) -> None:
    with pytest.raises(InvalidToken):
        await telegram.Bot("123:WRONG", base_url=server.base_url).initialize()
    async with httpx.AsyncClient() as client:
        unknown = await client.post(f"{server.url}/bot{TOKEN}/sendTelepathy")
        wrong = await client.get(f"{server.url}/bot999:XYZ/getMe")
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")


async def test_every_transport_is_understood(server: BotApiServer) -> None:
    markup = {"inline_keyboard": [[{"text": "Ja", "callback_data": "yes"}]]}
    base = f"{server.url}/bot{TOKEN}"
    async with httpx.AsyncClient() as client:
        me = await client.get(f"{base}/GETME")
        by_query = await client.get(f"{base}/sendMessage", params={"chat_id": CHAT, "text": "q"})
        by_json = await client.post(
            f"{base}/sendmessage", json={"chat_id": CHAT, "text": "json", "reply_markup": markup}
        )
        form = {"chat_id": str(CHAT), "text": "form", "reply_markup": '{"remove_keyboard": true}'}
        by_form = await client.post(f"{base}/sendMessage", data=form)
        upload = await client.post(
            f"{base}/sendDocument",
            data={"chat_id": str(CHAT), "caption": "<b>brief</b>", "parse_mode": "HTML"},
            files={"document": ("intake.pdf", b"%PDF-1.4", "application/pdf")},
        )
    assert me.json()["result"]["id"] == 123
    assert all(answer.json()["ok"] for answer in (by_query, by_json, by_form, upload))
    sent = server.sent_messages(CHAT)
    assert [message.text for message in sent] == ["q", "json", "form", "brief"]
    assert sent[1].reply_markup == markup and sent[2].reply_markup == {"remove_keyboard": True}
    assert (sent[3].kind, sent[3].message["document"]["file_name"]) == ("document", "intake.pdf")
    methods = [call.method for call in server.calls]
    assert methods == ["getMe", "sendMessage", "sendMessage", "sendMessage", "sendDocument"]


# --- getUpdates -------------------------------------------------------------------------------


async def test_offsets_confirm_updates_and_negative_offsets_count_from_the_end(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    ids = [server.send_text(CHAT, text)["update_id"] for text in ("een", "twee", "drie")]

    assert [update.update_id for update in await bot.get_updates()] == ids
    assert [update.update_id for update in await bot.get_updates()] == ids  # unconfirmed: again
    assert [update.update_id for update in await bot.get_updates(limit=1)] == ids[:1]
    confirming = await bot.get_updates(offset=ids[1])
    assert [update.message.text for update in confirming] == ["twee", "drie"]
    assert server.confirmed_offset == ids[1]
    assert [update.update_id for update in await bot.get_updates(offset=-1)] == ids[2:]
    assert await bot.get_updates(offset=ids[2] + 1) == ()
    server.wait_for_confirmation(ids[2], timeout=1)
    assert server.pending_updates == []


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await server.wait_for_async(lambda: long_poll_waiting(server), timeout=10)
    await asyncio.to_thread(server.send_text, CHAT, "hallo")  # from another thread, as a test would

    updates = await asyncio.wait_for(poll, timeout=10)  # far less than the 30 s poll

    assert [update.message.text for update in updates] == ["hallo"]
    assert updates[0].message.from_user.language_code == "nl"


async def test_a_newer_get_updates_terminates_the_waiting_one(server: BotApiServer) -> None:
    async with telegram.Bot(TOKEN, base_url=server.base_url) as first, telegram.Bot(
        TOKEN, base_url=server.base_url
    ) as second:
        older = asyncio.create_task(first.get_updates(timeout=30))
        await server.wait_for_async(lambda: long_poll_waiting(server), timeout=10)
        newer = asyncio.create_task(second.get_updates(timeout=30))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await asyncio.wait_for(older, timeout=10)
        server.send_text(CHAT, "voor de nieuwe")
        updates = await asyncio.wait_for(newer, 10)
        assert [update.message.text for update in updates] == ["voor de nieuwe"]


async def test_a_ptb_application_polls_answers_and_confirms(server: BotApiServer) -> None:
    async def start(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(f"Welkom, code {context.args[0]}")

    application = ApplicationBuilder().token(TOKEN).base_url(server.base_url).build()
    application.add_handler(CommandHandler("start", start))
    async with application:
        await application.updater.start_polling(timeout=10)
        await application.start()
        update = server.send_command(CHAT, "/start", payload="ref42")
        (reply,) = await server.wait_for_messages_async(CHAT, 1, timeout=10)
        await server.wait_for_confirmation_async(update["update_id"], timeout=10)
        await application.updater.stop()
        await application.stop()

    assert reply.text == "Welkom, code ref42"
    assert {call.status for call in server.calls if call.status is not None} == {200}  # no 409s


async def test_deliver_again_repeats_an_update_already_confirmed(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    update = server.send_command(CHAT, "/start", payload="ref42")
    (first,) = await bot.get_updates()
    await bot.get_updates(offset=first.update_id + 1)
    server.deliver_again(update)

    (again,) = await bot.get_updates(offset=first.update_id + 1)
    assert (again.update_id, again.message.text) == (first.update_id, "/start ref42")
    assert again.message.entities[0].type == "bot_command" and again.message.entities[0].length == 6
    assert await bot.get_updates(offset=first.update_id + 1) == ()


async def test_person_updates_parse_in_ptb(server: BotApiServer, bot: telegram.Bot) -> None:
    text = server.send_text(CHAT, "Ik slaap buiten")
    server.send_location(CHAT, 52.37, 4.89)
    server.send_voice(CHAT)
    server.send_photo(CHAT, caption="mijn brief")
    server.edit_message(CHAT, text["message"]["message_id"], "Ik slaap in de auto")

    updates = await bot.get_updates()

    assert updates[1].message.location.latitude == pytest.approx(52.37)
    assert updates[2].message.voice.mime_type == "audio/ogg"
    assert (len(updates[3].message.photo), updates[3].message.caption) == (3, "mijn brief")
    edited = updates[4].edited_message
    assert edited.message_id == updates[0].message.message_id
    assert edited.text == "Ik slaap in de auto"


# --- sending ----------------------------------------------------------------------------------


async def test_send_message_records_visible_text_and_keyboard(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]])
    html = "<b>Welkom</b> bij Woonplek &amp; co"
    answered = await bot.send_message(CHAT, html, parse_mode="HTML", reply_markup=keyboard)
    cities = ReplyKeyboardMarkup([["Amsterdam", "Utrecht"]])
    await bot.send_message(CHAT, "Kies", reply_markup=cities)
    await bot.send_venue(CHAT, 52.37, 4.89, "De Regenboog", "Droogbak 9")

    first, second, venue = server.wait_for_messages(CHAT, 3, timeout=5)
    assert answered.text == "Welkom bij Woonplek & co"
    assert [(entity.type, entity.offset, entity.length) for entity in answered.entities] == [
        ("bold", 0, 6)
    ]
    assert answered.reply_markup == keyboard and answered.from_user.id == 123
    assert (first.text, first.message_id) == ("Welkom bij Woonplek & co", answered.message_id)
    assert first.params["parse_mode"] == "HTML"
    assert first.inline_buttons == [{"text": "Ja", "callback_data": "yes"}]
    assert second.keyboard_buttons == ["Amsterdam", "Utrecht"]
    assert "reply_markup" not in second.message  # Telegram echoes only inline keyboards
    assert (venue.kind, venue.message["venue"]["title"]) == ("venue", "De Regenboog")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": "x" * 4097}, "message is too long"),
        ({"text": "   "}, "message text is empty"),
        ({"text": "regel<br>regel", "parse_mode": "HTML"}, 'unsupported start tag "br"'),
        ({"text": "<b>vet", "parse_mode": "HTML"}, "can't parse entities: can't find end tag"),
        ({"text": "a < b", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "Tom & Jerry", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "Hallo.", "parse_mode": "MarkdownV2"}, "character '.' is reserved"),
        (
            {"text": "kies", "reply_markup": InlineKeyboardMarkup([[LONG_DATA_BUTTON]])},
            "button_data_invalid",
        ),
    ],
)
async def test_send_message_is_validated_like_telegram(
    server: BotApiServer, bot: telegram.Bot, kwargs: dict[str, Any], error: str
) -> None:
    with pytest.raises(BadRequest) as raised:
        await bot.send_message(CHAT, **kwargs)
    assert error in raised.value.message.lower()
    assert server.sent_messages(CHAT) == [] and server.calls_to("sendMessage")[0].status == 400


async def test_the_length_limit_counts_text_after_entity_parsing(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    message = await bot.send_message(CHAT, "<i>" + "&amp;" * 4096 + "</i>", parse_mode="HTML")
    assert message.text == "&" * 4096
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(CHAT, "&amp;" * 4097, parse_mode="HTML")


async def test_blocked_person_answers_forbidden(server: BotApiServer, bot: telegram.Bot) -> None:
    server.block_bot(CHAT)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(CHAT, "hallo?")
    assert (await bot.get_updates())[0].my_chat_member.new_chat_member.status == "kicked"


# --- faults -------------------------------------------------------------------------------------


async def test_fail_next_answers_429_with_retry_after_once(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    server.fail_next("sendmessage", retry_after=7)
    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(CHAT, "eerste")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert seconds(raised.value.retry_after) == 7
    await bot.send_message(CHAT, "tweede")
    assert [call.status for call in server.calls_to("sendMessage")] == [429, 200]
    assert [message.text for message in server.sent_messages(CHAT)] == ["tweede"]


async def test_drop_next_is_a_network_error(server: BotApiServer, bot: telegram.Bot) -> None:
    server.drop_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "weg")
    await bot.send_message(CHAT, "wel aangekomen")
    calls = server.calls_to("sendMessage")
    assert [(call.dropped, call.status) for call in calls] == [(True, None), (False, 200)]


async def test_hold_keeps_send_message_waiting_until_released(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    server.hold("sendMessage")
    sending = asyncio.create_task(bot.send_message(CHAT, "even wachten"))
    await server.wait_for_held_async("sendMessage", timeout=10)
    assert server.sent_messages(CHAT) == [] and not sending.done()

    server.release("sendMessage")
    message = await asyncio.wait_for(sending, timeout=10)
    assert [sent.message_id for sent in server.sent_messages(CHAT)] == [message.message_id]


async def test_a_held_request_whose_client_left_is_never_processed(server: BotApiServer) -> None:
    server.hold("sendMessage")
    async with telegram.Bot(TOKEN, base_url=server.base_url) as stopped:
        sending = asyncio.create_task(stopped.send_message(CHAT, "kwijt"))
        await server.wait_for_held_async("sendMessage", timeout=10)
        sending.cancel()  # the client is stopped while it waits
        with pytest.raises(asyncio.CancelledError):
            await sending

    (call,) = await server.wait_for_call_async("sendMessage", timeout=10)
    server.release("sendMessage")
    assert (call.abandoned, call.status) == (True, None)
    assert server.sent_messages(CHAT) == []


async def test_holding_after_processing_sends_but_keeps_the_answer(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    server.hold("sendMessage", after=True)
    sending = asyncio.create_task(bot.send_message(CHAT, "al verstuurd"))
    await server.wait_for_held_async("sendMessage", timeout=10)
    assert [message.text for message in server.sent_messages(CHAT)] == ["al verstuurd"]
    assert not sending.done()

    server.release("sendMessage")
    answered = await asyncio.wait_for(sending, 10)
    assert answered.message_id == server.sent_messages(CHAT)[0].message_id


async def test_flood_limit_refuses_a_sustained_burst_to_one_chat() -> None:
    with BotApiServer(token=TOKEN, flood_limit=True) as server:
        async with telegram.Bot(TOKEN, base_url=server.base_url) as client:
            with pytest.raises(RetryAfter):
                for number in range(20):
                    await client.send_message(CHAT, f"bericht {number}")
        assert len(server.sent_messages(CHAT)) >= 3
        refusal = server.flood_events[0]
        assert refusal["chat_id"] == CHAT and refusal["retry_after"] >= 1


# --- commands -----------------------------------------------------------------------------------


async def test_commands_are_kept_per_language(server: BotApiServer, bot: telegram.Bot) -> None:
    dutch_commands = [("start", "Opnieuw beginnen"), ("hulp", "Wat kan ik hier?")]
    await bot.set_my_commands(dutch_commands, language_code="nl")
    await bot.set_my_commands([("start", "Start over")], language_code="en")

    dutch = await bot.get_my_commands(language_code="nl")
    assert [(command.command, command.description) for command in dutch] == dutch_commands
    assert server.commands("en") == [{"command": "start", "description": "Start over"}]
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([("Start", "hoofdletter")])


# --- webhook ------------------------------------------------------------------------------------


async def test_webhook_delivers_with_the_secret_and_blocks_get_updates(
    server: BotApiServer, bot: telegram.Bot, receiver: Receiver
) -> None:
    assert await bot.set_webhook(receiver.url, secret_token="geheim_123")
    update = server.send_text(CHAT, "via webhook")
    await server.wait_for_confirmation_async(update["update_id"], timeout=10)

    assert receiver.updates == [update] and receiver.secrets == ["geheim_123"]
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == (receiver.url, 0)
    assert await bot.delete_webhook() and (await bot.get_webhook_info()).url == ""


@pytest.mark.parametrize("receiver", [[403]], indirect=True)
async def test_webhook_retries_a_refused_delivery(
    server: BotApiServer, bot: telegram.Bot, receiver: Receiver
) -> None:
    await bot.set_webhook(receiver.url)
    update = server.send_text(CHAT, "nog een keer")
    await server.wait_for_confirmation_async(update["update_id"], timeout=10)

    assert [delivery.status for delivery in server.webhook_deliveries] == [403, 200]
    assert [delivered["update_id"] for delivered in receiver.updates] == [update["update_id"]] * 2
    assert "403" in ((await bot.get_webhook_info()).last_error_message or "")


# --- buttons and groups -------------------------------------------------------------------------


async def test_button_press_answer_and_keyboard_edit(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Ja", callback_data="yes"), InlineKeyboardButton("Nee", callback_data="no")]]
    )
    sent = await bot.send_message(CHAT, "Slaap je buiten?", reply_markup=keyboard)
    server.press_button(CHAT, sent.message_id, "yes")

    (update,) = await bot.get_updates()
    query = update.callback_query
    assert (query.data, query.from_user.id) == ("yes", CHAT)
    assert (query.message.message_id, query.message.text) == (sent.message_id, "Slaap je buiten?")
    assert await bot.answer_callback_query(query.id, text="Dank je")
    edited = await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=None)

    assert edited.reply_markup is None and edited.edit_date is not None
    assert server.callback_answer(query.id)["text"] == "Dank je"
    assert server.sent_messages(CHAT)[0].reply_markup is None
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=None)
    with pytest.raises(ValueError, match="no button"):
        server.press_button(CHAT, sent.message_id, "no")


async def test_added_to_a_group_is_a_my_chat_member_update(
    server: BotApiServer, bot: telegram.Bot
) -> None:
    server.add_to_group(GROUP, by_user_id=7, title="Straatpastoraat")
    server.send_text(GROUP, "hallo bot", user_id=7, first_name="Ans")

    joined, said = await bot.get_updates()
    member = joined.my_chat_member
    assert (member.chat.id, member.chat.type) == (GROUP, "group")
    assert member.chat.title == "Straatpastoraat"
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("left", "member")
    assert (member.new_chat_member.user.id, member.from_user.id) == (123, 7)
    assert (said.message.chat.type, said.message.from_user.first_name) == ("group", "Ans")

    assert await bot.leave_chat(GROUP)
    assert server.left_chats == [GROUP]
    with pytest.raises(Forbidden):
        await bot.send_message(GROUP, "nog hier?")
