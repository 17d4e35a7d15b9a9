"""The SVG bar charts of the reports: sizes in proportion, small counts not drawn to size, text escaped,
nothing the page's CSP would block, a title and description for screen readers."""
from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from bot.web.charts import LABEL_WIDTH, MAX_LABEL_CHARACTERS, WIDTH, VALUE_WIDTH, bar_chart, nice_maximum, short_label
from bot.web.reports import Bar, count_bar

SVG = "{http://www.w3.org/2000/svg}"
PLOT = WIDTH - LABEL_WIDTH - VALUE_WIDTH


def parsed(bars: list[Bar], **options: object) -> ElementTree.Element:
    """The chart as XML (it must be well-formed to be inline SVG)."""
    return ElementTree.fromstring(str(bar_chart(bars, chart_id="c", title="Intakes per gemeente", unit="intakes", **options)))


def bar_widths(svg: ElementTree.Element) -> list[float]:
    """The drawn widths of the bars, in order."""
    return [float(rect.get("width")) for rect in svg.iter(f"{SVG}rect") if "chart-bar" in rect.get("class", "")]


@pytest.mark.parametrize("value, end", [(0, 1), (0.4, 1), (3, 5), (7, 10), (10, 10), (12, 20), (35, 50), (60, 100), (101, 200)])
def test_the_axis_ends_on_a_round_number(value: float, end: float) -> None:
    assert nice_maximum(value) == end


def test_bars_are_in_proportion_to_the_axis() -> None:
    svg = parsed([count_bar("Amsterdam", 10), count_bar("Utrecht", 5), count_bar("Leeg", 0)])
    assert bar_widths(svg) == [PLOT, PLOT / 2, 0]


def test_a_small_count_is_drawn_as_an_outline_up_to_four_not_to_its_size() -> None:
    svg = parsed([count_bar("Amsterdam", 8), count_bar("Vlieland", 1), count_bar("Texel", 3)])
    widths = bar_widths(svg)
    assert widths[1] == widths[2] == PLOT * 4 / 10
    small = [rect for rect in svg.iter(f"{SVG}rect") if "chart-bar-small" in rect.get("class", "")]
    assert len(small) == 2
    assert [text.text for text in svg.iter(f"{SVG}text") if text.get("class") == "chart-value"] == ["8", "< 5", "< 5"]


def test_a_fixed_scale_and_a_marker() -> None:
    svg = parsed([Bar("nachtopvang · Utrecht", 50, "50%", marker=75)], scale_max=100)
    assert bar_widths(svg) == [PLOT / 2]
    marker = next(svg.iter(f"{SVG}line"))
    assert marker.get("class") == "chart-marker" and float(marker.get("x1")) == LABEL_WIDTH + PLOT * 0.75


def test_the_chart_is_an_image_with_a_title_and_a_description() -> None:
    svg = parsed([count_bar("Amsterdam", 8)])
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == "c-title c-desc"
    assert svg.find(f"{SVG}title").text == "Intakes per gemeente"
    assert "tabel" in svg.find(f"{SVG}desc").text


def test_labels_are_escaped_and_shortened() -> None:
    long_name = "<b>Een heel erg lange naam van een gemeente</b>"
    markup = str(bar_chart([count_bar(long_name, 6)], chart_id="c", title="t", unit="u"))
    assert "<b>" not in markup and "&lt;b&gt;" in markup
    assert len(short_label(long_name)) == MAX_LABEL_CHARACTERS and short_label(long_name).endswith("…")
    assert short_label("Súdwest-Fryslân") == "Súdwest-Fryslân"


def test_no_inline_style_or_script_that_the_csp_would_block() -> None:
    markup = str(bar_chart([count_bar("Amsterdam", 8), Bar("x", 3, "3", marker=4)], chart_id="c", title="t", unit="u"))
    assert not re.search(r"\sstyle=|<script|<style|\son\w+=", markup)


def test_no_bars_no_chart() -> None:
    assert str(bar_chart([], chart_id="c", title="t", unit="u")) == ""
