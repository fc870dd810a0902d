"""Builders for the import test corpus: each writes one awkward file and returns its path."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl

HEADINGS = [
    "Tenancy Ref",
    "Forename",
    "Surname",
    "Address Line 1",
    "Town",
    "Post Code",
    "Tenure",
    "DOB",
    "Mobile",
    "Email",
]


def tenancy_export(
    folder: Path,
    rows: list[list[object]],
    name: str = "export.xlsx",
    title_rows: bool = True,
    merged_address: bool = False,
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tenancies"
    if title_rows:
        sheet.append(["Fenland Vale Homes – tenancy export"])
        sheet.append([f"Run {date(2026, 11, 1):%d/%m/%Y}"])
        sheet.append([])
    headings = list(HEADINGS)
    if merged_address:
        headings = [*HEADINGS[:3], "Address", None, *HEADINGS[5:]]
        headings[4] = None
    sheet.append(headings)
    if merged_address:
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    for values in rows:
        sheet.append(values)
    path = folder / name
    book.save(path)
    return path


def good_rows() -> list[list[object]]:
    return [
        [
            "t0001 ",
            "Zoë",
            "O'Neill",
            "1 Linden Way",
            "Spalding",
            "pe11 1aa",
            "Assured",
            "28/02/1961",
            "7700900123",
            "zoe@example.org",
        ],
        [
            "T0001",
            "Ann",
            "O'Neill",
            "1 Linden Way",
            "Spalding",
            "PE11 1AA",
            "Assured",
            date(1990, 5, 1),
            None,
            None,
        ],
        [
            "T0002",
            "Łukasz",
            "Nowak",
            "2 Linden Way",
            "Spalding",
            "PE11 1AB",
            "Leasehold",
            22338,
            None,
            "lukasz@example.org",
        ],
        [
            "T0003",
            "Siobhán",
            "Ní Bhriain",
            "3 Linden Way",
            "Spalding",
            "PE11 1AD",
            "Shared ownership",
            datetime(1975, 7, 4),
            "+44 7700 900456",
            None,
        ],
    ]


def cp1252_csv(folder: Path) -> Path:
    text = (
        "Account No,First name,Last name,Postcode,Notes\r\n"
        "A1,Seán,Murphy,PE12 3AB,Owes £5 for the trip\r\n"
        'A2,José,García,PE12 3AD,"Moved, see file"\r\n'
    )
    path = folder / "legacy.csv"
    path.write_bytes(text.encode("cp1252"))
    return path


def zip_bomb(folder: Path) -> Path:
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (200 * 1024 * 1024))
    return path


def truncated(folder: Path) -> Path:
    good = tenancy_export(folder, good_rows(), name="whole.xlsx")
    data = good.read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def stray_far_cell(folder: Path) -> Path:
    """A small export with a space typed in the sheet's very last cell (XFD1048576):
    its used area is 17 billion cells."""
    path = tenancy_export(folder, good_rows(), name="stray.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["XFD1048576"] = " "
    book.save(path)
    return path
