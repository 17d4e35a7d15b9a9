"""Rasa's answers as Bot API calls: escaping, splitting, keyboards, map pins."""
from __future__ import annotations

import pytest

from bot.telegram.render import (
    MAX_CALLBACK_DATA_BYTES,
    MAX_TEXT_LENGTH,
    REMOVE_KEYBOARD,
    callback_data,
    escape,
    message_from_callback,
    render,
    shows_location_keyboard,
    split_text,
    utf16_length,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("*vet* _schuin_ `code`", "*vet* _schuin_ `code`"),  # HTML parse mode: Markdown is plain text
        ('"aanhalingstekens"', '"aanhalingstekens"'),
    ],
)
def test_escape_makes_html_and_markdown_literal(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_short_text_is_one_message() -> None:
    assert split_text("Hoi, waar ben je nu?") == ["Hoi, waar ben je nu?"]


def test_long_text_is_split_between_paragraphs_below_the_limit() -> None:
    paragraphs = [f"Alinea {i}: " + "woord " * 300 for i in range(6)]
    text = "\n\n".join(paragraphs)

    parts = split_text(text)

    assert len(parts) > 1
    assert all(utf16_length(part) <= MAX_TEXT_LENGTH for part in parts)
    assert all(part.startswith("Alinea") for part in parts)  # cut between paragraphs
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())  # nothing lost


def test_text_without_spaces_is_cut_hard() -> None:
    parts = split_text("x" * 10_000)
    assert [len(p) for p in parts] == [4096, 4096, 1808]


def test_emoji_count_double_as_telegram_counts_them() -> None:
    parts = split_text("🙂" * 3000)
    assert [utf16_length(p) for p in parts] == [4096, 1904]


def test_buttons_become_an_inline_keyboard_on_the_last_part() -> None:
    buttons = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]
    calls = render(7, [{"text": "Mag ik je antwoorden bewaren?", "buttons": buttons}])

    assert [c.method for c in calls] == ["sendMessage"]
    assert calls[0].params["parse_mode"] == "HTML"
    assert calls[0].params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Ja", "callback_data": "/affirm"}], [{"text": "Nee", "callback_data": "/deny"}]]
    }


def test_a_payload_too_long_for_callback_data_sends_the_title() -> None:
    button = {"title": "In de opvang", "payload": '/inform{"sleeping_situation": "' + "x" * 80 + '"}'}
    data = callback_data(button)
    assert len(data.encode()) <= MAX_CALLBACK_DATA_BYTES
    assert message_from_callback(data) == "In de opvang"
    assert message_from_callback('/inform{"pets": true}') == '/inform{"pets": true}'


def test_a_venue_becomes_a_map_pin_after_its_card() -> None:
    venue = {"place_id": 3, "name": "De Haven", "address": "Kade 1, Almere", "latitude": 52.37, "longitude": 5.21}
    calls = render(7, [{"text": "De Haven, 2 bedden vrij"}, {"custom": {"venue": venue}}])

    assert [c.method for c in calls] == ["sendMessage", "sendVenue"]
    assert calls[1].params == {
        "chat_id": 7, "latitude": 52.37, "longitude": 5.21, "title": "De Haven", "address": "Kade 1, Almere",
    }


def test_request_location_puts_the_share_button_on_the_question() -> None:
    calls = render(7, [{"text": "In welke plaats ben je nu?"}, {"custom": {"request_location": "📍 Deel mijn locatie"}}])

    assert len(calls) == 1
    keyboard = calls[0].params["reply_markup"]
    assert keyboard["keyboard"] == [[{"text": "📍 Deel mijn locatie", "request_location": True}]]
    assert keyboard["one_time_keyboard"] is True
    assert shows_location_keyboard(calls) is True


def test_request_location_after_inline_buttons_gets_a_message_of_its_own() -> None:
    calls = render(7, [{"text": "Waar ben je?", "buttons": [{"title": "Weet ik niet", "payload": "/skip"}]},
                       {"custom": {"request_location": "Deel locatie"}}])
    assert [c.params["text"] for c in calls] == ["Waar ben je?", "Deel locatie"]
    assert "keyboard" in calls[1].params["reply_markup"]


def test_a_showing_location_keyboard_is_removed_by_the_next_plain_message() -> None:
    calls = render(7, [{"text": "Dank je."}, {"text": "Hoe oud ben je?"}], remove_keyboard=True)
    assert calls[0].params["reply_markup"] == REMOVE_KEYBOARD
    assert "reply_markup" not in calls[1].params
    assert shows_location_keyboard(calls) is False


def test_unknown_custom_payloads_and_empty_messages_send_nothing() -> None:
    assert render(7, [{"custom": {"something": 1}}, {}]) == []
