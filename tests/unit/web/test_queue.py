"""The handoff queue: order (priority, then waiting time), filters, who sees what, polling, escaping."""
from __future__ import annotations

import re

import pytest

from bot.db.repository import HandoffRepository
from tests.unit.web.queue_factories import add_handoff


def sender_order(html: str) -> list[str]:
    """The conversations linked in a queue page, in order."""
    return re.findall(r'href="/conversations/([^"]+)"', html)


def test_the_repository_orders_by_priority_then_waiting_time(engine) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "tg-1", priority="normal", waited_minutes=90)
    add_handoff(engine, "tg-2", priority="urgent", waited_minutes=5)
    add_handoff(engine, "tg-3", priority="high", waited_minutes=30)
    add_handoff(engine, "tg-4", priority="urgent", waited_minutes=50)
    add_handoff(engine, "tg-5", priority="high", waited_minutes=31)

    rows = HandoffRepository(engine).queue()

    assert [row["sender_id"] for row in rows] == ["tg-4", "tg-2", "tg-5", "tg-3", "tg-1"]


def test_the_page_shows_the_same_order(login, engine) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "tg-10", priority="normal", waited_minutes=200)
    add_handoff(engine, "tg-11", priority="urgent", waited_minutes=1)
    add_handoff(engine, "tg-12", priority="high", waited_minutes=10)

    page = login("staff").get("/queue")

    assert page.status_code == 200
    assert sender_order(page.text) == ["tg-11", "tg-12", "tg-10"]
    assert "spoed" in page.text and "Wachtrij" in page.text


def test_the_queue_refreshes_itself_by_polling_a_partial(login, engine) -> None:  # type: ignore[no-untyped-def]
    client = login("staff")
    page = client.get("/queue").text
    assert 'hx-get="/queue/rows"' in page and 'hx-trigger="every 5s"' in page and 'hx-include="#filters"' in page

    add_handoff(engine, "tg-20", priority="urgent")
    rows = client.get("/queue/rows", headers={"HX-Request": "true"})

    assert rows.status_code == 200 and "<html" not in rows.text
    assert sender_order(rows.text) == ["tg-20"]


@pytest.mark.parametrize("query, expected", [
    ("", ["tg-31", "tg-32", "tg-30"]),  # default: waiting or in progress
    ("?gemeente=Utrecht", ["tg-31", "tg-30"]),
    ("?gemeente=Almere", ["tg-32"]),
    ("?label=hond", ["tg-32", "tg-30"]),
    ("?label=hond&gemeente=Utrecht", ["tg-30"]),
    ("?state=open", ["tg-31", "tg-32", "tg-30"]),
    ("?state=assigned", []),
    ("?state=resolved", ["tg-33"]),
    ("?state=bot", ["tg-34"]),
    ("?state=alle", ["tg-31", "tg-33", "tg-32", "tg-30", "tg-34"]),
    ("?state=nonsense", ["tg-31", "tg-32", "tg-30"]),
])
def test_filters_by_gemeente_state_and_label(login, engine, query: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "tg-30", priority="normal", municipality="Utrecht", labels=["hond"], waited_minutes=60)
    add_handoff(engine, "tg-31", priority="urgent", municipality="Utrecht")
    add_handoff(engine, "tg-32", priority="high", municipality="Almere", labels=["hond", "terugbellen"])
    add_handoff(engine, "tg-33", priority="urgent", municipality="Utrecht", state="resolved")
    add_handoff(engine, "tg-34", priority="normal", municipality="Almere", state="bot", labels=["hond"])

    client = login("coordinator")

    assert sender_order(client.get(f"/queue/rows{query}").text) == expected
    assert sender_order(client.get(f"/queue{query}").text) == expected


def test_the_filters_offer_the_gemeenten_and_labels_in_the_queue(login, engine) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "tg-40", municipality="Zwolle", labels=["terugbellen"])
    add_handoff(engine, "tg-41", municipality="Almere", labels=["hond"])

    page = login("staff").get("/queue").text

    assert re.findall(r'<option value="([^"]*)"', page.split('id="filter-gemeente"')[1].split("</select>")[0]) == ["", "Almere", "Zwolle"]
    assert '<option value="hond">hond</option>' in page
    assert '<label for="filter-gemeente">Gemeente</label>' in page  # every filter has a label


def test_staff_see_open_conversations_and_their_own(login, engine, accounts) -> None:  # type: ignore[no-untyped-def]
    coordinator = accounts["coordinator"]
    staff = accounts["staff"]
    add_handoff(engine, "tg-50", priority="urgent")
    add_handoff(engine, "tg-51", state="assigned", assigned_to=staff.id)
    add_handoff(engine, "tg-52", state="assigned", assigned_to=coordinator.id, priority="urgent")
    add_handoff(engine, "tg-53", state="resolved", assigned_to=coordinator.id)
    add_handoff(engine, "tg-54", state="resolved", assigned_to=staff.id)

    client = login("staff")
    assert sender_order(client.get("/queue").text) == ["tg-50", "tg-51"]
    assert sender_order(client.get("/queue/rows?state=alle").text) == ["tg-50", "tg-51", "tg-54"]
    assert "jij" in client.get("/queue").text


def test_coordinators_see_every_conversation(login, engine, accounts) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "tg-60")
    add_handoff(engine, "tg-61", state="assigned", assigned_to=accounts["staff"].id, priority="high")

    page = login("coordinator").get("/queue").text

    assert sender_order(page) == ["tg-61", "tg-60"]
    assert "in behandeling: Staff" in page


@pytest.mark.parametrize("role", ["admin", "social_worker"])
def test_roles_without_the_queue_are_refused(login, role: str) -> None:  # type: ignore[no-untyped-def]
    assert login(role).get("/queue").status_code == 403


def test_what_a_person_wrote_shows_as_text_in_the_queue(login, engine) -> None:  # type: ignore[no-untyped-def]
    add_handoff(engine, "tg-70", municipality='<script>alert("x")</script>', labels=["<b>vet</b>"])

    client = login("coordinator")
    for path in ("/queue", "/queue/rows"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<b>vet</b>" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html and "&lt;b&gt;vet&lt;/b&gt;" in html
