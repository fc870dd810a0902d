"""What the person editor's tabs (and the duplicate check) share: small read-only
tables of one person's rows, and the note shown before a new person is saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

SAVE_FIRST = "Save this person first; then {what} can be recorded here."


def fill_table(table: QTableWidget, headings: Sequence[str], rows: list[list[str]]) -> None:
    """A small read-only table (a person's own rows: a handful to a few hundred)."""
    table.clear()
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(list(headings))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    compact_rows(table)


def compact_rows(table: QTableWidget) -> None:
    """Rows as tight as a list's (the default leaves room for an editor)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
