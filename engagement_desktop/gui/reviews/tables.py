"""Filling the tabs' read-only tables: text cells, numbers on the right, the record's id
kept on the first cell, the chosen row kept across a refresh, and the main column kept
readable however many columns sit beside it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from engagement_desktop.gui.common.column_refit import RefitOnResize
from engagement_desktop.gui.common.cut_text import fit_widths, show_cut_text
from engagement_desktop.interchange.reading.values import date_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return date_text(value)  # the year in four figures, as typed back
    if isinstance(value, float):
        return f"{value:.0f}%"
    return str(value)


#: The main column (a review's topic, a recommendation) keeps at least this many average
#: characters when the window is short of room; the other columns give way first.
MAIN_CHARACTERS = 20


def set_up(table: QTableWidget, headers: Sequence[str], stretch: int) -> None:
    """Headings, and the column ``stretch`` as the one that takes the spare width."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(False)
    table.setSortingEnabled(False)
    show_cut_text(table)
    table.setProperty("refit", RefitOnResize(table, lambda: _fit(table, stretch)))


def _fit(table: QTableWidget, main: int) -> None:
    """Each column its contents' width when there is room, the main one taking what is
    over; with too little, the widest give way first (``fit_widths``), none below its
    heading and the main one not below ``MAIN_CHARACTERS``. (Qt's own stretch gave the
    main column only what the others left: "Comp… handli…" at 125% on a laptop.)"""
    header = table.horizontalHeader()
    natural = [
        max(table.sizeHintForColumn(n), header.sectionSizeHint(n)) for n in range(header.count())
    ]
    floors = [header.sectionSizeHint(n) for n in range(header.count())]
    if 0 <= main < len(floors):
        floors[main] = max(floors[main], table.fontMetrics().averageCharWidth() * MAIN_CHARACTERS)
    room = table.viewport().width()
    widths = fit_widths(natural, floors, room)
    if 0 <= main < len(widths):
        widths[main] += max(0, room - sum(widths))
    for number, width in enumerate(widths):
        header.resizeSection(number, width)


def fill(table: QTableWidget, rows: Sequence[tuple[Any, Sequence[Any]]]) -> None:
    """``rows``: (record id, cell values); the chosen record stays chosen."""
    before = chosen_id(table)
    table.setRowCount(len(rows))
    again = 0 if rows else -1
    for r, (record_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(cell_text(value))
            if isinstance(value, int | float) and not isinstance(value, bool):
                item.setTextAlignment(RIGHT)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
        if record_id == before:
            again = r
    if again >= 0:
        table.selectRow(again)
    refit = table.property("refit")
    if isinstance(refit, RefitOnResize):
        refit.refit()


def chosen_id(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
