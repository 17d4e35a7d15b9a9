"""Places in the staff web app: list and search, stale availability, today's count (never below the held
beds, never overbooked), editing with the CSV import's checks, and the audit log."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from bot.db.models import Hold, Place
from bot.db.staff import AuditLog
from bot.places.holds import BelowHeld, FreeBeds, hold_place, release_hold, set_free_beds
from bot.web.places_view import dutch_reason
from tests.unit.web.conftest import page_csrf

NOW = datetime.now(timezone.utc)
HTMX = {"HX-Request": "true"}


def add_place(engine, **values: Any) -> int:
    """Insert a place (an open night shelter in Amsterdam with 3 of 10 free, counted just now)."""
    row = {
        "external_id": "haven", "name": "Nachtopvang De Haven", "type": "nachtopvang", "municipality": "Amsterdam",
        "latitude": 52.37, "longitude": 4.89, "available": 3, "maximum": 10, "status": "open",
        "availability_updated_at": NOW,
    }
    row.update(values)
    with engine.begin() as connection:
        return connection.execute(insert(Place.__table__).values(**row)).inserted_primary_key[0]


@pytest.fixture
def places(engine) -> dict[str, int]:
    """Three places: fresh in Amsterdam, stale and full in Utrecht, closed for now in Rotterdam."""
    return {
        "haven": add_place(engine),
        "zon": add_place(engine, external_id="zon", name="Jongerenopvang Zon", type="jongerenopvang", municipality="Utrecht",
                         latitude=52.09, longitude=5.12, available=0, maximum=5, status="full",
                         availability_updated_at=NOW - timedelta(days=2)),
        "winter": add_place(engine, external_id="winter", name="Winteropvang 100%_ruimte", type="winteropvang",
                            municipality="Rotterdam", latitude=51.92, longitude=4.48, available=0, maximum=None,
                            status="temporarily_closed"),
    }


def stored(engine, place_id: int) -> Place:
    with engine.connect() as connection:
        return connection.execute(select(Place.__table__).where(Place.id == place_id)).one()


def actions(engine) -> list[tuple[str, Any, Any]]:
    return [(entry["action"], entry["place_id"], entry["detail"]) for entry in AuditLog(engine).recent()]


def test_staff_see_every_place_and_which_counts_are_stale(login, places) -> None:
    page = login("staff").get("/places")

    assert page.status_code == 200
    for name in ("Nachtopvang De Haven", "Jongerenopvang Zon", "Winteropvang 100%_ruimte"):
        assert name in page.text
    assert "1 plek heeft een stand van meer dan 24 uur oud" in page.text
    assert page.text.count("ouder dan 24 uur</span>") == 1  # only Zon's badge
    assert '<tr id="place-%d" class="stale">' % places["zon"] in page.text
    assert "3 van 10 bedden" in page.text and "tijdelijk dicht" in page.text


@pytest.mark.parametrize("query, expected", [
    ("q=haven", {"haven"}),
    ("q=OPVANG", {"haven", "zon", "winter"}),
    ("q=%25", {"winter"}),  # a LIKE wildcard is taken literally
    ("q=_r", {"winter"}),
    ("gemeente=Utrecht", {"zon"}),
    ("type=winteropvang", {"winter"}),
    ("status=full", {"zon"}),
    ("status=open&gemeente=Utrecht", set()),
    ("verouderd=1", {"zon"}),
    ("type=hotel", {"haven", "zon", "winter"}),  # an unknown choice is ignored
])
def test_the_list_is_searched_by_name_gemeente_type_status_and_staleness(login, places, query: str, expected: set[str]) -> None:
    page = login("staff").get(f"/places?{query}")

    assert page.status_code == 200
    assert {key for key, place_id in places.items() if f'<tr id="place-{place_id}"' in page.text} == expected
    if not expected:
        assert "Geen plekken gevonden." in page.text


def test_a_name_with_html_shows_as_text(login, engine) -> None:
    add_place(engine, external_id="x", name="<script>alert(1)</script>")

    page = login("staff").get("/places")

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert(1)" not in page.text


def test_todays_count_in_one_step_with_htmx(login, engine, places) -> None:
    client = login("staff")
    before = stored(engine, places["haven"]).availability_updated_at

    response = client.post(f"/places/{places['haven']}/availability", data={"free": "7", "status": "open", "csrf_token": page_csrf(client)}, headers=HTMX)

    assert response.status_code == 200
    assert response.text.lstrip().startswith(f'<tr id="place-{places["haven"]}"')  # the row, swapped in place
    assert "7 van 10 bedden" in response.text and "Opgeslagen" in response.text
    row = stored(engine, places["haven"])
    assert row.available == 7 and row.status == "open" and row.availability_updated_at >= before
    assert ("availability_updated", places["haven"], "vrij 7, vastgehouden 0, status open") in actions(engine)


def test_a_stale_count_is_fresh_after_the_update(login, engine, places) -> None:
    client = login("staff")

    client.post(f"/places/{places['zon']}/availability", data={"free": "2", "status": "open", "csrf_token": page_csrf(client)}, headers=HTMX)

    row = stored(engine, places["zon"])
    assert (row.available, row.status) == (2, "open")
    assert row.availability_updated_at > NOW - timedelta(minutes=1)
    assert "meer dan 24 uur oud" not in client.get("/places").text


def test_held_beds_count_as_free_and_the_count_never_goes_below_them(login, engine, places) -> None:
    place_id = places["haven"]
    for sender in ("tg-1", "tg-2"):
        assert hold_place(engine, place_id=place_id, sender_id=sender, minutes=120) is not None
    client = login("staff")
    assert "3 van 10 bedden" in client.get("/places").text and "waarvan 2 vastgehouden" in client.get("/places").text
    token = page_csrf(client)

    refused = client.post(f"/places/{place_id}/availability", data={"free": "1", "status": "open", "csrf_token": token}, headers=HTMX)
    assert refused.status_code == 200 and 'role="alert"' in refused.text
    assert "Er zijn nu 2 vastgehouden voor mensen die onderweg zijn: vul minstens 2 in." in refused.text
    assert stored(engine, place_id).available == 1  # unchanged

    accepted = client.post(f"/places/{place_id}/availability", data={"free": "5", "status": "open", "csrf_token": token}, headers=HTMX)
    assert "5 van 10 bedden" in accepted.text
    assert stored(engine, place_id).available == 3  # 5 empty, 2 of them held: 3 to offer

    assert release_hold(engine, sender_id="tg-1") == 1
    assert stored(engine, place_id).available == 4  # the released bed was among the 5 counted


def test_without_javascript_the_form_posts_and_returns_to_the_filtered_list(login, engine, places) -> None:
    client = login("staff")
    token = page_csrf(client)

    done = client.post(f"/places/{places['haven']}/availability", data={"free": "4", "status": "full", "terug": "gemeente=Amsterdam&evil=1", "csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == "/places?gemeente=Amsterdam"
    assert (stored(engine, places["haven"]).available, stored(engine, places["haven"]).status) == (4, "full")

    refused = client.post(f"/places/{places['haven']}/availability", data={"free": "11", "status": "open", "csrf_token": token})
    assert refused.status_code == 400 and "Deze plek heeft er maximaal 10." in refused.text
    assert "<h1>Plekken</h1>" in refused.text


@pytest.mark.parametrize("free, status, message", [
    ("", "open", "heel getal"), ("-1", "open", "heel getal"), ("drie", "open", "heel getal"), ("2.5", "open", "heel getal"),
    ("11", "open", "maximaal 10"), ("2", "weg", "Kies een status"),
])
def test_a_wrong_count_is_refused_kindly_and_changes_nothing(login, engine, places, free: str, status: str, message: str) -> None:
    client = login("staff")

    response = client.post(f"/places/{places['haven']}/availability", data={"free": free, "status": status, "csrf_token": page_csrf(client)}, headers=HTMX)

    assert message in response.text and 'aria-invalid="true"' in response.text
    assert f'value="{free}"' in response.text  # what was typed stays, to correct it
    assert stored(engine, places["haven"]).available == 3
    assert not [entry for entry in actions(engine) if entry[0] == "availability_updated"]


def test_an_unknown_place_is_404(login, places) -> None:
    client = login("staff")
    assert client.post("/places/999/availability", data={"free": "1", "status": "open", "csrf_token": page_csrf(client)}).status_code == 404


def test_expired_holds_give_their_bed_back_before_the_count(engine) -> None:
    place_id = add_place(engine)
    made = datetime(2026, 1, 15, 20, 0, tzinfo=timezone.utc)
    hold_place(engine, place_id=place_id, sender_id="tg-1", minutes=60, now=made)

    done = set_free_beds(engine, place_id=place_id, free=4, now=made + timedelta(hours=2))

    assert done == FreeBeds(free=4, held=0, available=4)
    later = made + timedelta(hours=2)
    assert hold_place(engine, place_id=place_id, sender_id="tg-2", minutes=60, now=later) is not None
    with pytest.raises(BelowHeld):
        set_free_beds(engine, place_id=place_id, free=0, now=later)
    assert set_free_beds(engine, place_id=place_id, free=1, now=later) == FreeBeds(free=1, held=1, available=0)


def test_counts_and_holds_at_the_same_time_never_overbook(engine) -> None:
    """Holds and staff counts racing: in the end free beds to offer plus active holds is the last count."""
    place_id = add_place(engine, available=20, maximum=20)
    errors: list[BaseException] = []
    start = threading.Barrier(16)

    def hold(number: int) -> None:
        try:
            start.wait()
            assert hold_place(engine, place_id=place_id, sender_id=f"tg-{number}", minutes=120) is not None
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    def count() -> None:
        try:
            start.wait()
            for _ in range(3):
                set_free_beds(engine, place_id=place_id, free=18)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=hold, args=(number,)) for number in range(15)] + [threading.Thread(target=count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert not errors
    with engine.connect() as connection:
        held = connection.execute(select(func.count()).select_from(Hold).where(Hold.place_id == place_id, Hold.state == "held")).scalar_one()
    assert held == 15
    assert stored(engine, place_id).available + held == 18


# Editing (admin)

def edit_form(engine, place_id: int, client, **changes: str) -> dict[str, str]:
    """The edit form as the page fills it, with `changes`."""
    import re

    page = client.get(f"/places/{place_id}").text
    form = dict(re.findall(r'<input id="field-\w+" name="(\w+)" value="([^"]*)"', page))
    form.update(re.findall(r'<textarea id="field-\w+" name="(\w+)"[^>]*>([^<]*)</textarea>', page))
    for name, options in re.findall(r'<select id="field-\w+" name="(\w+)"[^>]*>(.*?)</select>', page, re.S):
        form[name] = re.search(r'<option value="([^"]*)" selected', options).group(1)
    for name in re.findall(r'<input id="field-\w+" name="(\w+)" type="checkbox" value="true" checked', page):
        form[name] = "true"
    form.update(changes)
    form["csrf_token"] = page_csrf(client)
    return form


def test_the_edit_page_shows_every_field_of_the_csv_list(login, places) -> None:
    page = login("admin").get(f"/places/{places['haven']}")

    assert page.status_code == 200
    for label in ("Code in de lijst (external_id)", "Naam", "Soort plek", "Gemeente", "Breedtegraad", "Maximum", "Huisdieren welkom", "Geldig tot en met", "Notities"):
        assert label in page.text
    assert 'value="Nachtopvang De Haven"' in page.text and 'value="52.37"' in page.text
    assert "Vrij vandaag: 3 van 10 bedden" in page.text


def test_an_edit_is_stored_with_the_imports_rules_and_audited(login, engine, places) -> None:
    client = login("admin")
    form = edit_form(engine, places["haven"], client, name="De Haven", municipality="Den Bosch", latitude="51,69", longitude="5,30", pets="true", valid_until="2026-04-01")

    response = client.post(f"/places/{places['haven']}", data=form)

    assert response.status_code == 303 and response.headers["location"] == f"/places/{places['haven']}?opgeslagen=1"
    row = stored(engine, places["haven"])
    assert (row.name, row.municipality, row.latitude, row.longitude, row.pets) == ("De Haven", "'s-Hertogenbosch", 51.69, 5.30, True)
    assert row.valid_until.isoformat() == "2026-04-01" and row.available == 3
    assert ("place_updated", places["haven"], "gewijzigd: name, municipality, latitude, longitude, pets, valid_until") in actions(engine)
    assert "Opgeslagen." in client.get(response.headers["location"]).text


def test_edit_problems_are_shown_per_field_in_dutch_and_nothing_is_stored(login, engine, places) -> None:
    client = login("admin")
    form = edit_form(engine, places["haven"], client, name="", type="hotel", latitude="abc", longitude="200", min_age="30", max_age="20", phone="x" * 51, valid_from="1-1-2026")

    response = client.post(f"/places/{places['haven']}", data=form)

    assert response.status_code == 400
    for reason in ("verplicht, maar leeg", "moet een van deze zijn: nachtopvang", "geen getal (&#34;abc&#34;)",
                   "buiten Nederland (200; moet tussen 3.2 en 7.3 liggen)", "hoger dan de maximumleeftijd (30 &gt; 20)",
                   "langer dan 50 tekens (51)", "geen datum JJJJ-MM-DD"):
        assert reason in response.text, reason
    assert 'href="#field-name"' in response.text and 'aria-invalid="true"' in response.text
    assert 'value="abc"' in response.text  # what was typed stays
    assert stored(engine, places["haven"]).name == "Nachtopvang De Haven"
    assert not [entry for entry in actions(engine) if entry[0] == "place_updated"]


def test_the_maximum_cannot_drop_below_the_free_and_held_beds(login, engine, places) -> None:
    hold_place(engine, place_id=places["haven"], sender_id="tg-1", minutes=120)  # 2 to offer, 1 held
    client = login("admin")

    response = client.post(f"/places/{places['haven']}", data=edit_form(engine, places["haven"], client, maximum="2"))

    assert response.status_code == 400 and "lager dan de bedden die nu vrij of vastgehouden zijn (3)" in response.text
    assert stored(engine, places["haven"]).maximum == 10
    assert client.post(f"/places/{places['haven']}", data=edit_form(engine, places["haven"], client, maximum="3")).status_code == 303


def test_an_external_id_of_another_place_is_refused(login, engine, places) -> None:
    client = login("admin")

    response = client.post(f"/places/{places['haven']}", data=edit_form(engine, places["haven"], client, external_id="zon"))

    assert response.status_code == 400 and "een andere plek heeft deze code al" in response.text
    assert stored(engine, places["haven"]).external_id == "haven"


def test_staff_may_count_but_not_edit(login, places) -> None:
    client = login("staff")
    assert client.get(f"/places/{places['haven']}").status_code == 403
    assert f'href="/places/{places["haven"]}"' not in client.get("/places").text
    assert "Lijst importeren" not in client.get("/places").text


@pytest.mark.parametrize("english, dutch", [
    ("required, but empty", "verplicht, maar leeg"),
    ('not a whole number ("x")', 'geen heel getal ("x")'),
    ("more than maximum (5 > 3)", "meer dan het maximum (5 > 3)"),
    ("outside the Netherlands (4.9); latitude and longitude swapped?", "buiten Nederland (4.9); breedte- en lengtegraad omgewisseld?"),
    ("something new", "something new"),
])
def test_import_reasons_read_in_dutch(english: str, dutch: str) -> None:
    assert dutch_reason(english) == dutch
