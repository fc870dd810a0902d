"""Small bar charts drawn with QPainter: grouped bars, upright or lying down.

QtCharts is deprecated since Qt 6.10 and pyqtgraph is not shipped, and three
simple charts do not justify either: this widget draws bars, a value axis with
round steps, category labels (elided, never overlapping), a legend and tooltips.
Its accessible description reads the figures out, so nothing is only a picture.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

NAVY = QColor("#1F4E79")
GREY = QColor("#6B6B6B")  # 4.6:1 on the window, 5.3:1 on white
AMBER = QColor("#A84B0C")  # also the marked labels' text: 5.0:1 on the window


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    colour: QColor = field(default_factory=lambda: QColor(NAVY))


def nice_step(top: float, steps: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``steps`` gridlines."""
    if top <= 0:
        return 1.0
    rough = top / steps
    power = 10 ** math.floor(math.log10(rough))
    for multiple in (1, 2, 5, 10):
        if rough <= multiple * power:
            return float(multiple * power)
    return float(10 * power)


class BarChart(QWidget):
    """Grouped bars for a few categories; ``horizontal`` lays them down (long labels)."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.maximum: float | None = None
        self.format_value: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.empty_text = "Nothing to show yet."
        self.marked: set[int] = set()  # categories drawn with an amber label (flags)
        self._bars: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        *,
        maximum: float | None = None,
        format_value: Callable[[float], str] | None = None,
        marked: set[int] | None = None,
    ) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.maximum = maximum
        if format_value is not None:
            self.format_value = format_value
        self.marked = set(marked or ())
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The figures in words, for screen readers and the tooltip of the whole chart."""
        if not self.has_data():
            return self.empty_text
        parts = []
        for index, category in enumerate(self.categories):
            values = ", ".join(
                f"{s.name} {self._text(s.values[index])}" for s in self.series if s.values
            )
            parts.append(f"{category}: {values}")
        return "; ".join(parts) + "."

    def has_data(self) -> bool:
        return bool(self.categories) and any(
            v for s in self.series for v in s.values if v is not None
        )

    def _text(self, value: float | None) -> str:
        return "none" if value is None else self.format_value(value)

    # --- size -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        if self.horizontal:
            rows = max(len(self.categories), 3)
            return QSize(line * 24, int(rows * line * (0.6 + 0.9 * max(len(self.series), 1))))
        return QSize(line * 30, line * 14)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 14, line * 7)

    # --- drawing --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._bars = []
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.has_data():
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            return
        metrics = self.fontMetrics()
        legend = self._draw_legend(painter, metrics, text)
        area = QRectF(self.rect()).adjusted(4, legend + 6, -8, -4)
        if self.horizontal:
            self._draw_lying(painter, metrics, area, text)
        else:
            self._draw_upright(painter, metrics, area, text)
        painter.end()

    def _top(self) -> tuple[float, float]:
        largest = max((v for s in self.series for v in s.values if v is not None), default=0.0)
        top = self.maximum if self.maximum is not None else largest
        step = nice_step(max(top, 1e-9))
        return max(step, math.ceil(max(top, largest) / step) * step), step

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics, text: QColor) -> float:
        if len(self.series) < 2:
            return 0.0
        x, box = 6.0, metrics.height() * 0.7
        for series in self.series:
            painter.fillRect(QRectF(x, (metrics.height() - box) / 2 + 2, box, box), series.colour)
            x += box + 4
            painter.setPen(text)
            painter.drawText(QPointF(x, metrics.ascent() + 2), series.name)
            x += metrics.horizontalAdvance(series.name) + 16
        return float(metrics.height() + 2)

    def _draw_upright(
        self, painter: QPainter, metrics: QFontMetrics, area: QRectF, text: QColor
    ) -> None:
        top, step = self._top()
        axis_width = max(metrics.horizontalAdvance(self.format_value(top)), 12) + 8
        plot = area.adjusted(axis_width, 0, 0, -(metrics.height() + 4))
        grid = QColor(text)
        grid.setAlpha(40)
        value = 0.0
        while value <= top + step / 2:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), y - metrics.height() / 2, axis_width - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.format_value(value),
            )
            value += step
        slot = plot.width() / len(self.categories)
        bar = slot * 0.8 / max(len(self.series), 1)
        label_every = max(
            1,
            math.ceil(
                max(metrics.horizontalAdvance(c) for c in self.categories) / max(slot - 4, 1)
            ),
        )
        for index, category in enumerate(self.categories):
            left = plot.left() + slot * index + slot * 0.1
            for number, series in enumerate(self.series):
                raw = series.values[index] if index < len(series.values) else None
                height = plot.height() * (raw or 0) / top
                rect = QRectF(left + bar * number, plot.bottom() - height, bar - 1, height)
                painter.fillRect(rect, series.colour)
                tip = QRectF(rect.left(), plot.top(), rect.width(), plot.height())
                self._bars.append((tip, f"{category}, {series.name}: {self._text(raw)}"))
            if index % label_every == 0:
                painter.setPen(text)
                painter.drawText(
                    QRectF(
                        plot.left() + slot * index,
                        plot.bottom() + 2,
                        slot * label_every,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignLeft
                    if label_every > 1
                    else Qt.AlignmentFlag.AlignHCenter,
                    category,
                )

    def _draw_lying(
        self, painter: QPainter, metrics: QFontMetrics, area: QRectF, text: QColor
    ) -> None:
        top, step = self._top()
        widest = max(metrics.horizontalAdvance(c) for c in self.categories) + 10
        label_width = min(widest, area.width() * 0.42)
        value_room = metrics.horizontalAdvance(self.format_value(top)) + 8
        plot = area.adjusted(label_width, 0, -value_room, -(metrics.height() + 4))
        grid = QColor(text)
        grid.setAlpha(40)
        value = 0.0
        while value <= top + step / 2:
            x = plot.left() + plot.width() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            label = self.format_value(value)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 2), label)
            value += step
        slot = plot.height() / len(self.categories)
        bar = min(slot * 0.8 / max(len(self.series), 1), metrics.height() * 1.2)
        for index, category in enumerate(self.categories):
            y = plot.top() + slot * index + (slot - bar * len(self.series)) / 2
            painter.setPen(AMBER if index in self.marked else text)
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(
                QRectF(area.left(), plot.top() + slot * index, label_width - 8, slot),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            for number, series in enumerate(self.series):
                raw = series.values[index] if index < len(series.values) else None
                length = plot.width() * (raw or 0) / top
                rect = QRectF(plot.left(), y + bar * number, length, bar - 1)
                painter.fillRect(rect, series.colour)
                if raw is not None and len(self.series) == 1:
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(rect.right() + 4, rect.top(), value_room, rect.height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        self.format_value(raw),
                    )
                tip = QRectF(plot.left(), rect.top(), plot.width(), rect.height())
                self._bars.append((tip, f"{category}, {series.name}: {self._text(raw)}"))

    # --- tooltips -------------------------------------------------------------------------

    def event(self, event: object) -> bool:  # type: ignore[override]
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            position = QPointF(event.pos())
            found = next((tip for rect, tip in self._bars if rect.contains(position)), None)
            if found:
                QToolTip.showText(event.globalPos(), found, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)  # type: ignore[arg-type]
