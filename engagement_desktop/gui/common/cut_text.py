"""Cells cut short: widths that share the window fairly, and the whole text on hover.

``fit_widths`` gives each column its content's width when the window has room and,
when it has not, trims only the widest columns down to a common cap (never below
their typical width): "Meadowbank E…" is not cut while Phone has room to spare.
``show_cut_text`` makes hovering any cell whose text is elided show it in full.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyle, QToolTip

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)


def fit_widths(natural: list[int], least: list[int], room: int) -> list[int]:
    """Each column its ``natural`` width if they all fit in ``room``; else the widest are
    capped at one width (found by halving), none going below its ``least``."""
    floors = [min(n, m) for n, m in zip(natural, least, strict=True)]
    if sum(natural) <= room or sum(floors) >= room:
        return list(natural) if sum(natural) <= room else floors
    low, high = 0, max(natural)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(f, min(n, cap)) for n, f in zip(natural, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(n, low)) for n, f in zip(natural, floors, strict=True)]


def is_cut(view: QAbstractItemView, index: object, text: str) -> bool:
    """True when the cell's one line of text is wider than its cell (less the margins)."""
    rect = view.visualRect(index)  # type: ignore[arg-type]
    font = index.data(_FONT) or view.font()  # type: ignore[attr-defined]
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return QFontMetrics(font).horizontalAdvance(text) > rect.width() - 2 * margin


class _CutTextTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        view = self._view
        index = view.indexAt(event.pos())
        text = index.data(_DISPLAY) if index.isValid() else None
        if not isinstance(text, str) or not text or "\n" in text:
            return False
        if is_cut(view, index, text):
            QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
            return True
        if index.data(_TIP) == text:  # the text is all there: no tip repeating it
            QToolTip.hideText()
            return True
        return False


def show_cut_text(view: QAbstractItemView) -> None:
    """Hovering a cell whose text is elided shows the whole text; other tips stay."""
    _CutTextTips(view)


def set_heading(label: QLabel, text: str, most: int = 640) -> None:
    """A heading that wraps at its spaces, and a word too long to wrap ("A" * 100: names
    may be 200 characters) cut to ``most`` pixels with "…", whole on hover: never wider
    than a laptop's dialog."""
    metrics = QFontMetrics(label.font())
    words = text.split(" ")
    if all(metrics.horizontalAdvance(word) <= most for word in words):
        label.setText(text)
        label.setToolTip("")
        return
    cut = [metrics.elidedText(word, Qt.TextElideMode.ElideRight, most) for word in words]
    label.setText(" ".join(cut))
    label.setToolTip(text)
