"""Reading a workbook's sheets so that no file can end the process.

calamine is fast and runs no macros or formulas, but a hostile or damaged file can
make it abort the whole process (an allocation of hundreds of gigabytes) or panic.
Each format is guarded where its danger is:

- xlsx/xlsm: the string table and the chosen sheet are measured first
  (:mod:`sheet_size`), without trusting the ``<dimension>`` record;
- ods: every table is measured first (calamine expands them all on opening);
- xls: read in a child process (:mod:`xls_child`) that may die without taking the
  program with it.

Opening itself, and turning a calamine panic into the usual "cannot be read", is
:mod:`opening`, shared with the xls child.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.reading import sheet_size
from engagement_desktop.interchange.reading.opening import (
    choose_sheet,
    damaged,
    open_workbook,
    rows_of,
)
from engagement_desktop.interchange.reading.sheet_size import UnreadableFile

__all__ = ["UnreadableFile", "read_sheet", "sheet_names"]


def sheet_names(path: Path, max_cells: int) -> list[str]:
    if path.suffix.lower() == ".xls":
        from engagement_desktop.interchange.reading.xls_child import read_in_child

        return read_in_child(path, None, max_cells, names_only=True)[0]
    workbook = open_workbook(path, max_cells)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def read_sheet(path: Path, sheet: str | None, max_cells: int) -> tuple[list[str], str, list[Any]]:
    """The workbook's sheet names, the sheet read (the first by default) and its rows
    as calamine gives them, from A1."""
    if path.suffix.lower() == ".xls":
        from engagement_desktop.interchange.reading.xls_child import read_in_child

        names, chosen, rows = read_in_child(path, sheet, max_cells)
        return names, chosen or "", rows
    workbook = open_workbook(path, max_cells)
    try:
        names = list(workbook.sheet_names)
        chosen = choose_sheet(path, names, sheet)
        if path.suffix.lower() in {".xlsx", ".xlsm"}:
            try:
                plain = sheet_size.check_xlsx_sheet(path, chosen, max_cells)
            except (KeyError, OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
                if isinstance(exc, EngagementError):
                    raise
                raise damaged(path, exc) from exc
            if not plain:  # calamine may read it otherwise than measured: not here
                from engagement_desktop.interchange.reading.xls_child import read_in_child

                names, read, rows = read_in_child(path, chosen, max_cells)
                return names, read or chosen, rows
        return names, chosen, rows_of(path, workbook, chosen)
    finally:
        workbook.close()
