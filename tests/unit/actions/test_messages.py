"""The message catalogue: every text exists in both languages with the same placeholders and buttons."""
from __future__ import annotations

import string

import pytest
import yaml

from actions.messages import LANGUAGES, catalogue, describe_value, render

CONFIG_DIR = __import__("bot.config", fromlist=["PROJECT_ROOT"]).PROJECT_ROOT / "config"


def placeholders(text: str) -> set:
    """The {names} a text expects."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def entry_text(entry) -> str:
    return entry if isinstance(entry, str) else entry["text"]


def test_both_languages_have_the_same_keys():
    assert set(catalogue("nl")) == set(catalogue("en"))


@pytest.mark.parametrize("key", sorted(catalogue("nl")))
def test_placeholders_and_buttons_match_across_languages(key):
    nl, en = catalogue("nl")[key], catalogue("en")[key]
    assert placeholders(entry_text(nl)) == placeholders(entry_text(en))
    nl_payloads = [b["payload"] for b in (nl.get("buttons", []) if isinstance(nl, dict) else [])]
    en_payloads = [b["payload"] for b in (en.get("buttons", []) if isinstance(en, dict) else [])]
    assert nl_payloads == en_payloads


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_slot_has_a_reason(language):
    forms = yaml.safe_load((CONFIG_DIR / "domain" / "forms.yml").read_text())
    messages = catalogue(language)
    for slot in forms["forms"]["intake_form"]["required_slots"]:
        assert f"why_{slot}" in messages  # the questions themselves: tests/unit/actions/test_questions.py


@pytest.mark.parametrize("language", LANGUAGES)
def test_button_titles_and_payloads_fit_telegram(language):
    for key, entry in catalogue(language).items():
        for button in entry.get("buttons", []) if isinstance(entry, dict) else []:
            assert len(button["payload"].encode()) <= 64, key  # Telegram callback_data limit
            assert button["title"].strip(), key


def test_render_fills_placeholders():
    assert "Almere" in render("tonight", "nl", municipality="Almere")["text"]


@pytest.mark.parametrize(
    "value, language, expected",
    [(True, "nl", "ja"), (False, "en", "no"), ("street", "nl", "op straat"), (19, "nl", "19"), ("Almere", "en", "Almere")],
)
def test_describe_value(value, language, expected):
    assert describe_value(value, language) == expected
