"""Big sheets streamed as XML read back exactly as openpyxl would have written them:
dates as dates, formula-like text as text, frozen header, autofilter over every row,
and a cancelled export leaves no file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from engagement_desktop.interchange import xlsx_export
from engagement_desktop.interchange.xlsx_export import ExportCancelled, Sheet, write_workbook

ROWS: list[list[Any]] = [
    ['=HYPERLINK("http://x")', 1, 2.5, True, date(2025, 4, 1), datetime(2025, 4, 1, 18, 5)],
    ["+44 1234 567890", -3, None, False, None, None],
    [" leading space", 0, 0.1, None, date(1961, 2, 28), None],
    ["Łukasz & <Zoë>\x07", 10**12, 1e-05, None, None, datetime(2026, 11, 23, 9, 0)],
    ["@mention", None, None, None, None, None],
]
HEADINGS = ["Text", "Whole", "Decimal", "Yes/no", "Date", "Date and time"]


def write(path: Path, stream: bool, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> Path:
    monkeypatch.setattr(xlsx_export, "STREAM_ROWS", 2 if stream else 10**9)
    sheets = [
        Sheet("Small", ["A"], [["x"]], 1),
        Sheet("Big", HEADINGS, iter(ROWS), len(ROWS), widths={0: 30}),
    ]
    return write_workbook(path, sheets, **kw)


def cells(path: Path) -> list[list[tuple[Any, str, str]]]:
    sheet = openpyxl.load_workbook(path)["Big"]
    return [[(c.value, c.data_type, c.number_format) for c in row] for row in sheet.iter_rows()]


def test_streamed_sheet_reads_back_like_openpyxls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = write(tmp_path / "plain.xlsx", False, monkeypatch)
    streamed = write(tmp_path / "streamed.xlsx", True, monkeypatch)
    assert cells(streamed) == cells(plain)
    book = openpyxl.load_workbook(streamed)
    big = book["Big"]
    assert big.freeze_panes == "A2"
    assert big.auto_filter.ref == f"A1:F{len(ROWS) + 1}"
    assert big.column_dimensions["A"].width == 30
    assert big["A1"].font.bold
    assert big["A2"].value.startswith("=HYPERLINK") and big["A2"].data_type == "s"
    assert big["E2"].value == datetime(2025, 4, 1) and big["E2"].number_format == "dd/mm/yyyy"
    assert big["F2"].number_format == "dd/mm/yyyy hh:mm"
    assert big["A5"].value == "Łukasz & <Zoë>"  # the bell character cannot live in XML
    assert big["A4"].value == " leading space"
    assert book["Small"]["A2"].value == "x"
    rows = CalamineWorkbook.from_path(str(streamed)).get_sheet_by_name("Big").to_python()
    assert rows[1][5] == datetime(2025, 4, 1, 18, 5) and len(rows) == len(ROWS) + 1


def test_cancelling_a_streamed_sheet_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engagement_desktop.interchange import xlsx_stream

    monkeypatch.setattr(xlsx_stream, "STEP", 2)
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        write(target, True, monkeypatch, progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []
