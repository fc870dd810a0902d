"""Charts for the impact assessment: vector drawings with the Unicode font."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.impact.profile import ProfileComparison

INVOLVED = colors.HexColor("#1F4E79")
BASE = colors.HexColor("#A6A6A6")


def _label(text: str, font: str, size: float, room: float, mark: str = "") -> str:
    """A category's label in at most two lines of ``room`` points, cut at a word with
    "…" only where even two will not hold it ("Black, Black British, Caribbean or
    African" on two lines, not "Black, Black British, Caribbean or Af…")."""
    lines = simpleSplit(text + mark, font, size, room)
    if len(lines) > 2:
        last = lines[1]
        while last and stringWidth(last + "…" + mark, font, size) > room:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = [lines[0], last.rstrip(" ,;:") + "…" + mark]
    return "\n".join(lines)


def profile_charts(
    comparison: ProfileComparison, width: float, size: float, room: float
) -> list[Drawing]:
    """:func:`profile_chart` in as many drawings as it takes for each to be at most
    ``room`` points tall (a landlord with forty estates, or large print's big bars),
    all on one scale; platypus cannot lay out a drawing taller than its page."""
    lines = [line for line in comparison.lines if line.known]
    scale = size / 7.0
    fixed = 45 * scale + 22 * scale  # axis, legend and the notes under the bars
    most = max(1, int((room - fixed) // (9 * scale * 2.6)))
    top = max(
        [*(line.involved_pct or 0 for line in lines), *(line.base_pct or 0 for line in lines), 10]
    )
    return [
        profile_chart(comparison, width, size, lines[start : start + most], top)
        for start in range(0, len(lines), most)
    ] or [profile_chart(comparison, width, size, [], top)]


def profile_chart(
    comparison: ProfileComparison,
    width: float,
    size: float = 7.0,
    lines: list[Any] | None = None,
    top: float | None = None,
) -> Drawing:
    """Involved against base, per cent, for the categories with known answers (or
    ``lines`` of them, on a scale up to ``top``), labels at ``size`` points (16 or more
    in large print)."""
    regular, _ = register_fonts()
    scale = size / 7.0
    lines = [line for line in comparison.lines if line.known] if lines is None else lines
    # A hidden group has no bar: its label is starred and explained, so the missing bar
    # is never read as nobody.
    hidden = any(line.involved_suppressed or line.base_suppressed for line in lines)
    note = 11 * scale if hidden else 0
    stacked = size > 10  # large print: the legend's two entries one above the other
    note += 11 * scale if stacked else 0
    bar = 9 * scale
    height = max(60.0, len(lines) * bar * 2.6 + 45 * scale) + note
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_space = min(150 * scale, width * 0.45)
    chart.x, chart.y = label_space, 30 * scale + note
    chart.width, chart.height = width - label_space - 20, height - 40 * scale - note
    chart.data = [
        [line.involved_pct or 0 for line in lines],
        [line.base_pct or 0 for line in lines],
    ]
    room = label_space - 6 * scale  # the labels stand off the axis
    chart.categoryAxis.categoryNames = [
        _label(
            line.category,
            regular,
            size,
            room,
            " *" if line.involved_suppressed or line.base_suppressed else "",
        )
        for line in lines
    ]
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = size
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.valueMin = 0
    top = max([*(chart.data[0]), *(chart.data[1]), 10]) if top is None else top
    chart.valueAxis.valueMax = min(100, (int(top) // 10 + 1) * 10)
    chart.valueAxis.valueStep = 10 if chart.valueAxis.valueMax <= 60 else 20
    chart.bars[0].fillColor, chart.bars[1].fillColor = INVOLVED, BASE
    chart.barSpacing = 1
    chart.groupSpacing = 4 * scale
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = label_space, 12 * scale + note
    legend.fontName, legend.fontSize = regular, size
    legend.alignment = "right"
    legend.columnMaximum = 2 if stacked else 1
    legend.colorNamePairs = [(INVOLVED, "People involved (%)"), (BASE, "All customers (%)")]
    legend.dx = legend.dy = 6 * scale
    legend.deltax = min(120 * scale, (width - label_space) / 2)  # both inside the width
    drawing.add(legend)
    if hidden:
        drawing.add(
            String(
                0,
                2 * scale,
                "* not shown (see the note on small numbers): no bar drawn",
                fontName=regular,
                fontSize=size,
            )
        )
    return drawing
