"""Filling the tabs' read-only tables: text cells, numbers on the right, the record's id
kept on the first cell, the chosen row kept across a refresh."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        return f"{value:.0f}%"
    return str(value)


def set_up(table: QTableWidget, headers: Sequence[str], stretch: int) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(False)


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


def chosen_id(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
