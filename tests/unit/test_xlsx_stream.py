"""Rows streamed as XML read back as the officer wrote them, in openpyxl and in
calamine: dates as dates, formula-like text as text, frozen header, autofilter over
every row; a cancelled export leaves no file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from engagement_desktop.interchange.writing.xlsx_export import (
    ExportCancelled,
    Sheet,
    write_workbook,
)

ROWS: list[list[Any]] = [
    ['=HYPERLINK("http://x")', 1, 2.5, True, date(2025, 4, 1), datetime(2025, 4, 1, 18, 5)],
    ["+44 1234 567890", -3, None, False, None, None],
    [" leading space", 0, 0.1, None, date(1961, 2, 28), None],
    ["Łukasz & <Zoë>\x07", 10**12, 1e-05, None, None, datetime(2026, 11, 23, 9, 0)],
    ["@mention", None, None, None, None, None],
]
HEADINGS = ["Text", "Whole", "Decimal", "Yes/no", "Date", "Date and time"]


def write(path: Path, **kw: Any) -> Path:
    sheets = [
        Sheet("Small", ["A"], [["x"]], 1),
        Sheet("Big", HEADINGS, iter(ROWS), len(ROWS), widths={0: 30}),
    ]
    return write_workbook(path, sheets, **kw)


def test_streamed_rows_read_back_as_written(tmp_path: Path) -> None:
    streamed = write(tmp_path / "streamed.xlsx")
    book = openpyxl.load_workbook(streamed)
    big = book["Big"]
    values = [list(row) for row in big.iter_rows(min_row=4, values_only=True)]
    expected = [
        [
            v
            if not isinstance(v, date) or isinstance(v, datetime)
            else datetime(v.year, v.month, v.day)
            for v in row
        ]
        for row in ROWS
    ]
    expected[3][0] = "Łukasz & <Zoë>"  # the bell character cannot live in XML
    assert values == expected
    assert big.freeze_panes == "A4"
    assert big.auto_filter.ref == f"A3:F{len(ROWS) + 3}"
    assert big.column_dimensions["A"].width == 30
    assert big["A3"].font.bold
    assert big["A4"].value.startswith("=HYPERLINK") and big["A4"].data_type == "s"
    assert big["E4"].number_format == "dd/mm/yyyy"
    assert big["F4"].number_format == "dd/mm/yyyy hh:mm"
    assert book["Small"]["A4"].value == "x"
    rows = CalamineWorkbook.from_path(str(streamed)).get_sheet_by_name("Big").to_python()
    assert rows[3][5] == datetime(2025, 4, 1, 18, 5) and len(rows) == len(ROWS) + 3


def test_cancelling_a_streamed_sheet_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engagement_desktop.interchange.writing import xlsx_stream

    monkeypatch.setattr(xlsx_stream, "STEP", 2)
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        write(target, progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []
