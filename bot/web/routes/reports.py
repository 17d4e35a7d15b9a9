"""Reports (coordinators, admins): aggregate charts and tables on one page, each table also as CSV."""
from __future__ import annotations

from datetime import datetime

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.web.auth import audit, requires
from bot.web.charts import bar_chart
from bot.web.reports import MIN_SHOWN, Period, builders, parse_period, still_waiting_now, to_csv
from bot.web.roles import REPORTS
from bot.web.templates import DUTCH_TIME, render


def _period(request: Request) -> tuple[Period, str]:
    """The period asked for in `?van=&tot=`, and an error text when it could not be read (then: all)."""
    try:
        return parse_period(request.query_params.get("van", ""), request.query_params.get("tot", "")), ""
    except ValueError as error:
        return Period(), f"{error} Hieronder staat alles."


@requires(REPORTS)
async def reports_page(request: Request) -> Response:
    """Every report as a chart with its table and a CSV link, for the period in the filter."""
    period, error = _period(request)
    engine = request.app.state.engine
    reports = [build(engine, period) for build in builders().values()]
    charts = {
        report.name: bar_chart(report.bars, chart_id=f"chart-{report.name}", title=report.title, unit=report.unit, scale_max=report.scale_max)
        for report in reports
    }
    audit(request, "viewed_reports", detail=f"periode {period.slug()}")
    return render(request, "reports.html", {
        "reports": reports, "charts": charts, "period": period, "error": error,
        "still_waiting": still_waiting_now(engine), "min_shown": MIN_SHOWN,
    }, status_code=400 if error else 200)


@requires(REPORTS)
async def report_csv(request: Request) -> Response:
    """One report's table as a CSV file."""
    build = builders().get(request.path_params["name"])
    if build is None:
        return PlainTextResponse("Dit rapport bestaat niet.", status_code=404)
    try:
        period = parse_period(request.query_params.get("van", ""), request.query_params.get("tot", ""))
    except ValueError as error:
        return PlainTextResponse(str(error), status_code=400)
    report = build(request.app.state.engine, period)
    audit(request, "downloaded_report", detail=f"{report.name} periode {period.slug()}")
    when = datetime.now(DUTCH_TIME).date().isoformat() if report.snapshot else period.slug()
    filename = f"woonplek-{report.name}-{when}.csv"
    return Response(
        to_csv(report), media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


routes = [
    Route("/reports", reports_page, methods=["GET"]),
    Route("/reports/{name}.csv", report_csv, methods=["GET"]),
]
