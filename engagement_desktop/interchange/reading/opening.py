"""Opening a workbook with python-calamine in this process, guarded where it can be.

What :mod:`workbooks` does for xlsx, xlsm and ods, and what :mod:`xls_child` does
inside its child process for xls: measure what calamine would expand on opening,
open, pick the sheet, take its rows. Anything calamine cannot read (a Python
exception or a ``pyo3_runtime.PanicException``, which is not an ``Exception`` and is
caught by name) becomes the usual "cannot be read".
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.reading import sheet_size
from engagement_desktop.interchange.reading.sheet_size import UnreadableFile


def is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"


def damaged(path: Path, exc: BaseException) -> UnreadableFile:
    return UnreadableFile(
        f"{path.name} cannot be read as a spreadsheet: it is damaged, password-protected "
        f"or not really a {path.suffix} file ({type(exc).__name__})."
    )


def check_before_opening(path: Path, max_cells: int) -> None:
    """What calamine does on opening, measured first: the xlsx string table, every
    ods table. Anything unreadable here is left for calamine to name."""
    suffix = path.suffix.lower()
    try:
        if suffix in {".xlsx", ".xlsm"} and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                sheet_size.check_shared_strings(archive, path.name)
        elif suffix == ".ods" and zipfile.is_zipfile(path):
            sheet_size.check_ods(path, max_cells)
    except (KeyError, OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        if isinstance(exc, EngagementError):
            raise
        raise damaged(path, exc) from exc


def open_workbook(path: Path, max_cells: int) -> Any:
    from python_calamine import CalamineWorkbook

    check_before_opening(path, max_cells)
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:
        if isinstance(exc, Exception) or is_panic(exc):
            raise damaged(path, exc) from exc
        raise


def choose_sheet(path: Path, names: list[str], sheet: str | None) -> str:
    if not names:
        raise UnreadableFile(f"{path.name} has no sheets.")
    chosen = sheet or names[0]
    if chosen not in names:
        raise UnreadableFile(
            f"{path.name} has no sheet called '{chosen}'; it has: {', '.join(names)}."
        )
    return chosen


def rows_of(path: Path, workbook: Any, sheet: str) -> list[Any]:
    """One sheet's rows from A1 (blank leading rows kept, so row numbers are the user's)."""
    try:
        return list(workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False))
    except BaseException as exc:  # calamine raises its own types for broken parts
        if isinstance(exc, Exception) or is_panic(exc):
            raise UnreadableFile(
                f"{path.name}: the sheet '{sheet}' cannot be read ({type(exc).__name__})."
            ) from exc
        raise
