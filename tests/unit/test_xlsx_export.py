"""Workbooks reopen as a careful officer would have made them: a title row naming the
landlord, headings frozen under it, £ and date formats, columns wide enough, bold
totals, wrapped long text, a print set-up, the officer as author, and formula-like
text kept as text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from engagement_desktop.interchange.writing.xlsx_export import (
    HEADER_ROW,
    About,
    ExportCancelled,
    Sheet,
    write_workbook,
)

ABOUT = About("People", "All records", "Riverside Homes", "Ann Officer", date(2026, 12, 5))


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
        about=ABOUT,
    )
    assert path.suffix == ".xlsx"
    book = openpyxl.load_workbook(path)
    assert book.properties.creator == "Ann Officer" and book.properties.title == "People"
    sheet = book["People   all"]
    assert sheet["A1"].value == "People / all — Riverside Homes" and sheet["A1"].font.bold
    assert sheet["A2"].value == "All records; produced 5 December 2026"
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:F7"
    assert [c.value for c in sheet[HEADER_ROW]] == [
        "Reference",
        "Name",
        "Born",
        "Seen",
        "Points",
        "Note",
    ]
    assert sheet["B4"].value == "Zoë O'Neill"
    assert sheet["C4"].is_date and sheet["C4"].value == datetime(1961, 2, 28)
    assert sheet["C4"].number_format == "dd/mm/yyyy"
    assert sheet["D4"].is_date and sheet["D4"].number_format == "dd/mm/yyyy hh:mm"
    # wide enough for a date and time: no #####
    assert sheet.column_dimensions["D"].width >= 17
    for ref in ("F4", "F5", "F6", "F7", "B7"):
        assert sheet[ref].data_type == "s", ref
    assert sheet["F4"].value == '=HYPERLINK("x")'
    assert sheet["F6"].value == "-5 points"  # control character dropped, text kept
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert "Page &P of &N" in sheet.oddFooter.right.text


def test_money_shows_in_pounds_totals_are_bold_long_text_wraps(tmp_path: Path) -> None:
    notes = "Travelled by two buses from the estate and back, with a carer " * 3
    path = write_workbook(
        tmp_path / "claims.xlsx",
        [
            Sheet(
                "Claims",
                ["Claimed", "Amount", "Notes"],
                [[date(2025, 5, 1), 19.0, notes], ["", 1234.5, "x"]],
                kinds={1: "money"},
                totals=[["Total", 1253.5, None]],
            ),
            Sheet(
                "Rewards",
                ["Figure", "This year", "Last year"],
                [["Vouchers", 2, 3], ["Voucher value (£)", 40, 50.5]],
            ),
        ],
        about=ABOUT,
    )
    sheet = openpyxl.load_workbook(path)["Claims"]
    assert sheet["B4"].value == 19 and sheet["B4"].number_format == "£#,##0.00"
    assert sheet["A6"].value == "Total" and sheet["A6"].font.bold and sheet["B6"].font.bold
    assert sheet["B6"].number_format == "£#,##0.00"
    assert sheet.auto_filter.ref == "A3:C5"  # the totals row is not filtered away
    assert sheet["C4"].alignment.wrap_text and sheet.column_dimensions["C"].width <= 52
    # a row labelled "(£)" in a figures table is money in every column
    figures = openpyxl.load_workbook(path)["Rewards"]
    assert figures["C5"].number_format == "£#,##0.00" and figures["C4"].number_format == "General"
    assert figures["A1"].value == "People: Rewards — Riverside Homes"


def test_wide_sheets_print_landscape(tmp_path: Path) -> None:
    headings = [f"Question {n} about the service you had" for n in range(12)]
    path = write_workbook(tmp_path / "wide.xlsx", [Sheet("Wide", headings, [["x"] * 12])])
    sheet = openpyxl.load_workbook(path)["Wide"]
    assert sheet.page_setup.orientation == "landscape"
    assert openpyxl.load_workbook(path).properties.creator == "Engagement Desktop"


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    rows = ([i, f"Person {i}"] for i in range(10_000))
    with pytest.raises(ExportCancelled):
        write_workbook(
            tmp_path / "big.xlsx",
            [Sheet("Big", ["N", "Name"], rows)],
            progress=lambda done, total: False,
        )
    assert list(tmp_path.iterdir()) == []
