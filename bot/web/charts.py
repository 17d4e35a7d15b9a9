"""Bar charts as inline SVG, drawn on the server: no JavaScript, no library, allowed by the page's CSP.

Colours come from classes in static/style.css (no inline styles: the CSP forbids them). Every chart is
an image with a title and a description for screen readers; the page puts the same numbers in a table.
"""
from __future__ import annotations

from typing import Optional, Sequence

from markupsafe import Markup, escape

from bot.web.reports import Bar

WIDTH = 720
LABEL_WIDTH = 230  # room for "Súdwest-Fryslân" or "jongerenopvang · Amsterdam"
VALUE_WIDTH = 170  # room for "3 u 5 min (p90 12 u 0 min)"
ROW_HEIGHT = 26
BAR_HEIGHT = 16
TOP = 6
AXIS_HEIGHT = 22
MAX_LABEL_CHARACTERS = 30


def short_label(label: str) -> str:
    """A label that fits the label column (the table has it whole)."""
    return label if len(label) <= MAX_LABEL_CHARACTERS else label[: MAX_LABEL_CHARACTERS - 1] + "…"


def nice_maximum(value: float) -> float:
    """The end of the axis: 1, 2 or 5 times a power of ten, at least `value`."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for factor in (1, 2, 5, 10):
        if factor * step >= value:
            return float(factor * step)
    return value


def axis_text(value: float) -> str:
    """An axis number without needless decimals."""
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def _row(bar: Bar, index: int, scale: float, plot_width: float) -> str:
    """The SVG of one bar: label, track, bar, optional tick mark, value text."""
    y = TOP + index * ROW_HEIGHT
    bar_y = y + (ROW_HEIGHT - BAR_HEIGHT) / 2
    text_y = y + ROW_HEIGHT / 2 + 5
    parts = [
        f'<g class="chart-row"><title>{escape(bar.label)}: {escape(bar.text)}</title>',
        f'<text class="chart-label" x="{LABEL_WIDTH - 8}" y="{text_y:.1f}" text-anchor="end">{escape(short_label(bar.label))}</text>',
        f'<rect class="chart-track" x="{LABEL_WIDTH}" y="{bar_y:.1f}" width="{plot_width:.1f}" height="{BAR_HEIGHT}"/>',
    ]
    if bar.value is not None:
        width = max(1.0, plot_width * min(bar.value, scale) / scale) if bar.value > 0 else 0.0
        css = "chart-bar chart-bar-small" if bar.small else "chart-bar"
        parts.append(f'<rect class="{css}" x="{LABEL_WIDTH}" y="{bar_y:.1f}" width="{width:.1f}" height="{BAR_HEIGHT}"/>')
    if bar.marker is not None:
        x = LABEL_WIDTH + plot_width * min(bar.marker, scale) / scale
        parts.append(f'<line class="chart-marker" x1="{x:.1f}" x2="{x:.1f}" y1="{bar_y - 3:.1f}" y2="{bar_y + BAR_HEIGHT + 3:.1f}"/>')
    parts.append(f'<text class="chart-value" x="{LABEL_WIDTH + plot_width + 8}" y="{text_y:.1f}">{escape(bar.text)}</text></g>')
    return "".join(parts)


def _axis(rows: int, scale: float, plot_width: float, unit: str) -> str:
    """Zero, half and the end of the axis under the bars, and the unit under the labels."""
    y = TOP + rows * ROW_HEIGHT
    parts = []
    for fraction in (0, 0.5, 1):
        x = LABEL_WIDTH + plot_width * fraction
        parts.append(f'<line class="chart-grid" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{y + 4}"/>')
        parts.append(f'<text class="chart-axis" x="{x:.1f}" y="{y + 17}" text-anchor="middle">{escape(axis_text(scale * fraction))}</text>')
    parts.append(f'<text class="chart-axis" x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end">{escape(unit)}</text>')
    return "".join(parts)


def bar_chart(bars: Sequence[Bar], *, chart_id: str, title: str, unit: str, scale_max: Optional[float] = None) -> Markup:
    """A horizontal bar chart of `bars` as an `<svg role="img">`; empty markup when there are no bars."""
    if not bars:
        return Markup("")
    values = [value for bar in bars for value in (bar.value, bar.marker) if value is not None]
    scale = scale_max or nice_maximum(max(values, default=0))
    plot_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = TOP + len(bars) * ROW_HEIGHT + AXIS_HEIGHT
    chart_id = escape(chart_id)
    description = f"Staafdiagram met {len(bars)} staven, in {unit}. De cijfers staan ook in de tabel bij deze grafiek."
    head = (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>'
    )
    body = "".join(_row(bar, index, scale, plot_width) for index, bar in enumerate(bars))
    return Markup(head + body + _axis(len(bars), scale, plot_width, unit) + "</svg>")
