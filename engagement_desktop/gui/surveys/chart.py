"""A small horizontal bar chart of TSM results, drawn with QPainter.

pyqtgraph is not installed and QtCharts is deprecated since Qt 6.10, so a
dozen bars with their 95% intervals are painted directly: no dependency, and
it scales with the user's font. The figures are also given to screen readers
as the widget's accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from engagement_desktop.services.surveys.results import MeasureResult, TsmResults

BAR = QColor("#1F4E79")
INTERVAL = QColor("#6b6b6b")
GRID = QColor("#d0d0d0")
TICKS = (0, 25, 50, 75, 100)


class TsmChart(QWidget):
    """Per cent satisfied for each measure with an answer, and its 95% interval."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures: list[MeasureResult] = []
        self.setObjectName("tsmChart")
        self.setAccessibleName("Satisfaction results chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_results(self, results: TsmResults | None) -> None:
        self.measures = [
            m for m in (results.measures.values() if results else []) if m.percent is not None
        ]
        names = results.measure_set.names if results else {}
        self.setAccessibleDescription(
            "; ".join(
                f"{m.code} {names[m.code]}: {m.percent:.1f}% of {m.base:,}" for m in self.measures
            )
            or "No measures with answers"
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        rows = max(len(self.measures), 1)
        return QSize(480, rows * self._row_height() + 3 * self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().windowText().color()
        if not self.measures:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No answers to show")
            return
        left = metrics.horizontalAdvance("TP00") + 12
        right = metrics.horizontalAdvance(" 100.0% ") + 8
        top = metrics.height() // 2
        width = max(self.width() - left - right, 40)
        row = self._row_height()
        bottom = top + row * len(self.measures)

        def x(percent: float) -> float:
            return left + width * percent / 100

        painter.setPen(QPen(GRID, 1))
        for tick in TICKS:
            painter.drawLine(QPointF(x(tick), top), QPointF(x(tick), bottom))
        painter.setPen(text)
        for tick in TICKS:
            label = f"{tick}%"
            half = metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(x(tick) - half, bottom + metrics.ascent() + 4), label)
        for number, measure in enumerate(self.measures):
            y = top + number * row
            percent = measure.percent or 0.0
            middle = y + row / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, left - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                measure.code,
            )
            bar = QRectF(left, y + 4, width * percent / 100, row - 8)
            painter.fillRect(bar, BAR)
            if measure.ci95:
                low, high = (x(v) for v in measure.ci95)
                painter.setPen(QPen(INTERVAL, 2))
                painter.drawLine(QPointF(low, middle), QPointF(high, middle))
                for end in (low, high):
                    painter.drawLine(QPointF(end, middle - 4), QPointF(end, middle + 4))
            painter.setPen(text)
            painter.drawText(
                QRectF(left + width + 4, y, right - 4, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{percent:.1f}%",
            )
        painter.end()
