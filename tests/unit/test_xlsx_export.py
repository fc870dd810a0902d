"""Excel exports reopen with dates as dates and formula-like text as text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from engagement_desktop.interchange.xlsx_export import ExportCancelled, Sheet, write_workbook


def test_workbook_reopens_as_the_officer_expects(tmp_path: Path) -> None:
    rows = [
        [
            "T001",
            "Zoë O'Neill",
            date(1961, 2, 28),
            datetime(2026, 5, 1, 18, 30),
            12,
            '=HYPERLINK("x")',
        ],
        ["T002", "Łukasz Nowak", None, None, 0, "+44 7700 900123"],
        ["T003", "Siobhán Ní Bhriain", date(2000, 1, 1), None, 3, "-5 points\x01"],
        ["T004", "@admin", date(1990, 12, 31), None, None, "\tTabbed"],
    ]
    path = write_workbook(
        tmp_path / "people",
        [Sheet("People / all", ["Reference", "Name", "Born", "Seen", "Points", "Note"], rows)],
    )
    assert path.suffix == ".xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book["People   all"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F5"
    assert [c.value for c in sheet[1]] == ["Reference", "Name", "Born", "Seen", "Points", "Note"]
    assert sheet["B2"].value == "Zoë O'Neill"
    assert sheet["C2"].is_date and sheet["C2"].value == datetime(1961, 2, 28)
    assert sheet["D2"].is_date
    for ref in ("F2", "F3", "F4", "F5", "B5"):
        assert sheet[ref].data_type == "s", ref
    assert sheet["F2"].value == '=HYPERLINK("x")'
    assert sheet["F4"].value == "-5 points"  # control character dropped, text kept


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    rows = ([i, f"Person {i}"] for i in range(10_000))
    with pytest.raises(ExportCancelled):
        write_workbook(
            tmp_path / "big.xlsx",
            [Sheet("Big", ["N", "Name"], rows)],
            progress=lambda done, total: False,
        )
    assert list(tmp_path.iterdir()) == []
