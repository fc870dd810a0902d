"""The training matrix as a workbook: a cell per person and course, showing its state.

Each cell holds a real date (it sorts and filters as a date) with the state in words
and a mark around it, "✓ Valid to 10/01/2027", "! Renew by …", "✗ Expired …": the
words live in the cell's number format, so the value stays a date. The fills differ
in lightness as well as hue (dark red, green, amber, pale blue, white), so a
greyscale print or a reader who cannot tell red from green still sees which is
which; the text on each meets WCAG AA contrast. A Details sheet lists every record
with its date and expiry in columns of their own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from engagement_desktop.interchange.writing.xlsx_export import (
    About,
    CellStyle,
    Progress,
    Sheet,
    Styled,
    long_date,
    write_workbook,
)
from engagement_desktop.services.training.matrix import Cell, Matrix
from engagement_desktop.store import vocab


class Look:
    """How one state shows: its words (before the date), fill and text colour."""

    def __init__(self, words: str, fill: str | None, meaning: str, font: str = "000000") -> None:
        self.words, self.fill, self.meaning, self.font = words, fill, meaning, font

    def style(self) -> CellStyle:
        return CellStyle(f'"{self.words} "dd/mm/yyyy', self.fill, self.font)


#: Lightness (relative luminance) 0.11, 0.34, 0.34, 0.59, 0.82, 1.0: apart in greyscale too.
LOOKS: dict[str, Look] = {
    "expired": Look("✗ Expired", "C00000", "Run out (the date it ran out)", font="FFFFFF"),
    "ok": Look("✓ Done", "70AD47", "Done; does not run out (the date done)"),
    "ok_until": Look("✓ Valid to", "70AD47", "Done and in date (the date it runs out)"),
    "expiring": Look("! Renew by", "FFC000", "Runs out within 90 days (the date it runs out)"),
    "booked": Look("Booked", "DDEBF7", "Booked (the date of the session)"),
    "missed": Look("Missed", None, "Did not attend (the date of the session)"),
}


def look(cell: Cell, today: date) -> tuple[str, date | None]:
    """The look for a record and the date its cell shows."""
    state = cell.state(today)
    if state == "ok":
        return ("ok_until", cell.expires_on) if cell.expires_on else ("ok", cell.on_date)
    if state in ("expiring", "expired"):
        return state, cell.expires_on
    return state, cell.on_date


def _shown(cell: Cell, today: date) -> Styled:
    key, day = look(cell, today)
    return Styled(day if day is not None else LOOKS[key].words, key)


def export_matrix(
    matrix: Matrix,
    path: str | os.PathLike[str],
    today: date | None = None,
    progress: Progress | None = None,
    about: About | None = None,
) -> Path:
    """``progress(rows_done, rows_total)`` now and then; returning False cancels (no file)."""
    today = today or date.today()
    styles = {key: item.style() for key, item in LOOKS.items()}
    courses = [title for _, title in matrix.courses]

    def rows() -> Iterator[list[Any]]:
        for index, (_, name, reference) in enumerate(matrix.people):
            found = matrix.row(index)
            yield [name, reference, *(None if c is None else _shown(c, today) for c in found)]

    def details() -> Iterator[list[Any]]:
        for index, (_, name, reference) in enumerate(matrix.people):
            for title, cell in zip(courses, matrix.row(index), strict=True):
                if cell is not None:
                    key, _ = look(cell, today)
                    yield [
                        name,
                        reference,
                        title,
                        vocab.TRAINING_STATUSES.get(cell.status, cell.status),
                        cell.on_date,
                        cell.expires_on,
                        Styled(LOOKS[key].words, key),
                    ]

    grid = Sheet(
        "Training matrix",
        ["Person", "Reference", *courses],
        rows(),
        total=len(matrix.people),
        widths={2 + n: 20 for n in range(len(courses))},
        freeze_columns=2,
        styles=styles,
        caption=f"Training matrix at {long_date(today)}",
    )
    key = Sheet(
        "Key",
        ["Shows as", "Meaning"],
        [[Styled(today, k), item.meaning] for k, item in LOOKS.items()],
        total=len(LOOKS),
        widths={0: 24, 1: 50},
        styles=styles,
        caption="What the matrix shows",
    )
    listed = Sheet(
        "Details",
        ["Person", "Reference", "Course", "Status", "Date", "Valid until", "State"],
        details(),
        total=sum(1 for i in range(len(matrix.people)) for c in matrix.row(i) if c is not None),
        widths={2: 30, 6: 14},
        styles=styles,
        caption="Every record in the matrix",
    )
    about = about or About("Training matrix")
    return write_workbook(path, [grid, key, listed], progress, about=about)
