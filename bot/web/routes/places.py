"""Places: the list with today's availability (staff), editing, CSV import and export (admin)."""
from __future__ import annotations

import io
from datetime import date
from typing import Any, Optional
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.db.engine import session_scope
from bot.db.models import PLACE_STATUSES, PLACE_TYPES, Place
from bot.language.municipalities import all_municipalities
from bot.places.csv_io import MAX_LENGTHS, export_places, import_places
from bot.places.holds import (
    AboveMaximum, BelowHeld, ExternalIdTaken, FreeBeds, MaximumTooLow, edit_place, set_free_beds,
)
from bot.web import places_view as view
from bot.web.auth import audit, requires
from bot.web.roles import PLACES, PLACES_ADMIN
from bot.web.templates import render

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # a gemeente's list is far smaller; more is a wrong file
LABELS = {
    "TYPE_LABELS": view.TYPE_LABELS, "STATUS_LABELS": view.STATUS_LABELS,
    "UNIT_LABELS": view.UNIT_LABELS, "CHOICE_LABELS": view.CHOICE_LABELS,
}


def _is_htmx(request: Request) -> bool:
    """True for a request htmx made (it wants a fragment, not a page)."""
    return request.headers.get("HX-Request") == "true"


def _back_query(value: str) -> str:
    """The list's query string to return to (only the list's own filters)."""
    allowed = {"q", "gemeente", "type", "status", "verouderd"}
    return urlencode([(key, item) for key, item in parse_qsl(value.lstrip("?")) if key in allowed])


def _list_page(request: Request, *, query: str, row_errors: Optional[dict[int, str]] = None, status_code: int = 200) -> Response:
    """The list for the filters in `query`, with a problem under a place's form when there is one."""
    engine = request.app.state.engine
    filters = view.Filters.from_query(dict(parse_qsl(query)))
    places, more = view.list_places(engine, filters)
    return render(request, "places.html", {
        **LABELS, "places": places, "more": more, "filters": filters, "back": query,
        "municipalities": view.municipalities_with_places(engine), "types": PLACE_TYPES, "statuses": PLACE_STATUSES,
        "stale_total": view.stale_count(engine), "row_errors": row_errors or {}, "max_listed": view.MAX_LISTED,
    }, status_code=status_code)


@requires(PLACES)
async def list_places(request: Request) -> Response:
    """Every place (or those searched for) with today's availability and a form to update it."""
    return _list_page(request, query=_back_query(request.url.query))


def _parse_count(text: str) -> Optional[int]:
    """A count typed by staff (a whole number >= 0), or None."""
    text = text.strip()
    return int(text) if text.isdigit() and text.isascii() else None


def _set_availability(request: Request, place_id: int, free_text: str, status: str) -> tuple[Optional[str], Optional[FreeBeds]]:
    """Store today's count; (an error in Dutch, None) or (None, the new count)."""
    free = _parse_count(free_text)
    if free is None:
        return "Vul het aantal vrije plekken in als heel getal (0 of meer).", None
    if status not in PLACE_STATUSES:
        return "Kies een status uit de lijst.", None
    try:
        done = set_free_beds(request.app.state.engine, place_id=place_id, free=free, status=status)
    except BelowHeld as refused:
        return (f"Er {'is' if refused.held == 1 else 'zijn'} nu {refused.held} vastgehouden voor mensen die onderweg zijn: "
                f"vul minstens {refused.held} in."), None
    except AboveMaximum as refused:
        return f"Deze plek heeft er maximaal {refused.maximum}.", None
    return None, done


@requires(PLACES)
async def update_availability(request: Request) -> Response:
    """Today's count for one place in one step: free beds (held ones included) and status."""
    place_id = int(request.path_params["place_id"])
    engine = request.app.state.engine
    if view.place_line(engine, place_id) is None:
        return render(request, "error.html", {"message": "Deze plek bestaat niet (meer)."}, status_code=404)
    form = await request.form()
    status = str(form.get("status", ""))
    error, done = _set_availability(request, place_id, str(form.get("free", "")), status)
    if done is not None:
        audit(request, "availability_updated", place_id=place_id,
              detail=f"vrij {done.free}, vastgehouden {done.held}, status {status}")
    back = _back_query(str(form.get("terug", "")))
    if _is_htmx(request):
        # htmx swaps only 2xx answers: the row comes back with its message either way.
        return render(request, "places_row.html", {
            **LABELS, "place": view.place_line(engine, place_id), "back": back, "statuses": PLACE_STATUSES,
            "row_errors": {place_id: error} if error else {}, "saved_id": place_id if done else None,
            "typed": str(form.get("free", ""))[:10],
        })
    if error:
        return _list_page(request, query=back, row_errors={place_id: error}, status_code=400)
    return RedirectResponse("/places" + (f"?{back}" if back else ""), status_code=303)


def _load_place(request: Request, place_id: int) -> Optional[Place]:
    """The stored place, or None."""
    with session_scope(request.app.state.engine) as session:
        return session.get(Place, place_id)


def _edit_page(request: Request, place: Place, form: dict[str, str], *, problems: Optional[dict[str, list[str]]] = None,
               saved: bool = False, status_code: int = 200) -> Response:
    """The edit page with `form` filled in and the problems per field."""
    line = view.place_line(request.app.state.engine, place.id)
    return render(request, "places_edit.html", {
        **LABELS, "place": place, "line": line, "form": form, "fields": view.FIELDS, "choices": view.CHOICES,
        "problems": problems or {}, "saved": saved, "limits": MAX_LENGTHS,
        "all_municipalities": sorted(all_municipalities()),
    }, status_code=status_code)


@requires(PLACES_ADMIN)
async def edit_page(request: Request) -> Response:
    """One place's fields, as in the CSV list."""
    place = _load_place(request, int(request.path_params["place_id"]))
    if place is None:
        return render(request, "error.html", {"message": "Deze plek bestaat niet (meer)."}, status_code=404)
    return _edit_page(request, place, view.form_of(place), saved=request.query_params.get("opgeslagen") == "1")


@requires(PLACES_ADMIN)
async def save_place(request: Request) -> Response:
    """Store the edited fields when they pass the CSV import's checks; else show every problem."""
    place_id = int(request.path_params["place_id"])
    place = _load_place(request, place_id)
    line = view.place_line(request.app.state.engine, place_id)
    if place is None or line is None:
        return render(request, "error.html", {"message": "Deze plek bestaat niet (meer)."}, status_code=404)
    row = view.row_from_form(await request.form())
    values, problems = view.check_form(row, free_now=line.free)
    if not problems:
        try:
            edit_place(request.app.state.engine, place_id=place_id, values=values)
        except ExternalIdTaken:
            problems = {"external_id": ["een andere plek heeft deze code al"]}
        except MaximumTooLow as refused:
            problems = {"maximum": [f"lager dan de bedden die nu vrij of vastgehouden zijn ({refused.needed})"]}
    if problems:
        return _edit_page(request, place, row, problems=problems, status_code=400)
    changed = [name for name in view.EDITABLE if getattr(place, name) != values[name]]
    audit(request, "place_updated", place_id=place_id, detail="gewijzigd: " + (", ".join(changed) or "niets"))
    return RedirectResponse(f"/places/{place_id}?opgeslagen=1", status_code=303)


@requires(PLACES_ADMIN)
async def import_page(request: Request) -> Response:
    """The form to upload a CSV list."""
    return render(request, "places_import.html", {})


async def _read_upload(upload: Any) -> tuple[Optional[bytes], Optional[str]]:
    """The uploaded file's bytes, or a reason it cannot be used."""
    if not isinstance(upload, UploadFile) or not upload.filename:
        return None, "Kies eerst een CSV-bestand."
    data = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        return None, f"Dit bestand is groter dan {MAX_UPLOAD_BYTES // (1024 * 1024)} MB: is het wel de lijst met plekken?"
    return data, None


@requires(PLACES_ADMIN)
async def import_csv(request: Request) -> Response:
    """Check an uploaded list like `woonplek places import`; write it only when every row is good."""
    form = await request.form()
    replace = str(form.get("vervang", "")) == "1"
    data, problem = await _read_upload(form.get("bestand"))
    if data is None:
        return render(request, "places_import.html", {"problem": problem, "replace": replace}, status_code=400)
    report = import_places(request.app.state.engine, io.BytesIO(data), replace=replace)
    if not report.ok:
        errors = [view.dutch_error(error) for error in report.errors]
        return render(request, "places_import.html", {"errors": errors, "replace": replace}, status_code=400)
    audit(request, "places_imported", detail=report.summary() + (" (replace)" if replace else ""))
    return render(request, "places_import.html", {"report": report, "replace": replace})


@requires(PLACES_ADMIN)
async def export_csv(request: Request) -> Response:
    """Every place as CSV, in the import format (with a BOM, so Excel shows Súdwest-Fryslân right)."""
    buffer = io.StringIO()
    count = export_places(request.app.state.engine, buffer, bom=True)
    audit(request, "places_exported", detail=f"{count} places")
    name = f"woonplek-plekken-{date.today().isoformat()}.csv"
    return Response(buffer.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}"'})


routes = [
    Route("/places", list_places, methods=["GET"]),
    Route("/places/import", import_page, methods=["GET"]),
    Route("/places/import", import_csv, methods=["POST"]),
    Route("/places/export.csv", export_csv, methods=["GET"]),
    Route("/places/{place_id:int}", edit_page, methods=["GET"]),
    Route("/places/{place_id:int}", save_place, methods=["POST"]),
    Route("/places/{place_id:int}/availability", update_availability, methods=["POST"]),
]
