"""What the parts of the person editor (and the duplicate check) share: small
read-only tables of one person's rows, drop-downs filled from a dict, and the note
shown before a new person is saved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

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


def fill_choices(box: QComboBox, choices: dict[Any, str], blank: str | None = "") -> None:
    """The box offers ``choices`` (value -> text), after a blank entry unless None."""
    box.clear()
    if blank is not None:
        box.addItem(blank, None)
    for value, text in choices.items():
        box.addItem(text, value)


def select_choice(box: QComboBox, value: Any) -> None:
    """Show the entry holding ``value`` (the first, blank one when it is not offered)."""
    box.setCurrentIndex(max(box.findData(value), 0) if value is not None else 0)
