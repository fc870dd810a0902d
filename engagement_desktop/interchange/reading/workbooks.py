"""Opening a workbook with python-calamine so that no file can end the process.

calamine is fast and runs no macros or formulas, but a hostile or damaged file can
make it abort the whole process (an allocation of hundreds of gigabytes) or panic.
Each format is guarded where its danger is:

- xlsx/xlsm: the string table and the chosen sheet are measured first
  (:mod:`sheet_size`), without trusting the ``<dimension>`` record;
- ods: every table is measured first (calamine expands them all on opening);
- xls: read in a child process (:mod:`xls_child`) that may die without taking the
  program with it.

A calamine panic surfaces as ``pyo3_runtime.PanicException``, which is not an
``Exception``; it is caught here by name and becomes the usual "cannot be read".
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.reading import sheet_size
from engagement_desktop.interchange.reading.sheet_size import UnreadableFile

__all__ = ["UnreadableFile", "read_sheet", "sheet_names"]


def _is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"


def _damaged(path: Path, exc: BaseException) -> UnreadableFile:
    return UnreadableFile(
        f"{path.name} cannot be read as a spreadsheet: it is damaged, password-protected "
        f"or not really a {path.suffix} file ({type(exc).__name__})."
    )


def _check_before_opening(path: Path, max_cells: int) -> None:
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
        raise _damaged(path, exc) from exc


def _open(path: Path, max_cells: int) -> Any:
    from python_calamine import CalamineWorkbook

    _check_before_opening(path, max_cells)
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:
        if isinstance(exc, Exception) or _is_panic(exc):
            raise _damaged(path, exc) from exc
        raise


def sheet_names(path: Path, max_cells: int) -> list[str]:
    if path.suffix.lower() == ".xls":
        from engagement_desktop.interchange.reading.xls_child import read_xls

        return read_xls(path, None, max_cells, names_only=True)[0]
    workbook = _open(path, max_cells)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def read_sheet(path: Path, sheet: str | None, max_cells: int) -> tuple[list[str], str, list[Any]]:
    """The workbook's sheet names, the sheet read (the first by default) and its rows
    as calamine gives them, from A1."""
    if path.suffix.lower() == ".xls":
        from engagement_desktop.interchange.reading.xls_child import read_xls

        names, chosen, rows = read_xls(path, sheet, max_cells)
        return names, chosen or "", rows
    workbook = _open(path, max_cells)
    try:
        names = list(workbook.sheet_names)
        chosen = choose_sheet(path, names, sheet)
        if path.suffix.lower() in {".xlsx", ".xlsm"}:
            try:
                sheet_size.check_xlsx_sheet(path, chosen, max_cells)
            except (KeyError, OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
                if isinstance(exc, EngagementError):
                    raise
                raise _damaged(path, exc) from exc
        return names, chosen, rows_of(path, workbook, chosen)
    finally:
        workbook.close()


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
        if isinstance(exc, Exception) or _is_panic(exc):
            raise UnreadableFile(
                f"{path.name}: the sheet '{sheet}' cannot be read ({type(exc).__name__})."
            ) from exc
        raise
