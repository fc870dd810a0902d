"""Dates as officers type them, as Excel stores them, and as mistakes."""

from __future__ import annotations

import contextlib
import gc
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagement_desktop.interchange.reading.readers import UnreadableFile, read_table
from engagement_desktop.interchange.reading.values import (
    cell_text,
    date_text,
    parse_date,
    parse_datetime,
    parse_typed_date,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31/01/1961", date(1961, 1, 31)),
        ("1/2/61", date(1961, 2, 1)),
        ("01.02.2024", date(2024, 2, 1)),
        ("2024-03-12", date(2024, 3, 12)),
        ("12 March 2024", date(2024, 3, 12)),
        ("12-Mar-24", date(2024, 3, 12)),
        ("3rd Sept 1999", date(1999, 9, 3)),
        ("29/02/2024", date(2024, 2, 29)),
        (22338, date(1961, 2, 26)),
        (45000.0, date(2023, 3, 15)),
        ("45000", date(2023, 3, 15)),
        (datetime(2024, 5, 1, 9, 30), date(2024, 5, 1)),
        (date(1950, 7, 4), date(1950, 7, 4)),
        ("14/05/2025 16:02", date(2025, 5, 14)),
    ],
)
def test_dates_understood(cell: object, expected: date) -> None:
    assert parse_date(cell) == expected


@pytest.mark.parametrize(
    "cell",
    ["31/02/1961", "29/02/2023", "13/13/2020", "soon", "", "0/1/20", "12 Smarch 2024", True, -5],
)
def test_bad_dates_name_the_value(cell: object) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(cell)


def test_completion_times() -> None:
    assert parse_datetime("14/05/2025 16:02") == datetime(2025, 5, 14, 16, 2)
    assert parse_datetime("14/05/2025 4:02 pm") == datetime(2025, 5, 14, 16, 2)
    assert parse_datetime(45000.5) == datetime(2023, 3, 15, 12, 0)
    assert parse_datetime("2025-05-14") == datetime(2025, 5, 14)
    with pytest.raises(ValueError):
        parse_datetime("14/05/2025 25:61")
    with pytest.raises(ValueError, match="'31/02/2025' is not a date"):
        parse_datetime("31/02/2025 10:15")  # the quick way refuses it too, with the reason


@given(st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2099, 12, 31)))
def test_uk_completion_times_round_trip(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    assert parse_datetime(moment.strftime("%d/%m/%Y %H:%M:%S")) == moment
    assert parse_datetime(moment.strftime("%-d/%-m/%Y %H:%M")) == moment.replace(second=0)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 12, 31)))
def test_uk_text_and_serial_round_trip(day: date) -> None:
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.strftime("%d %B %Y")) == day
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day
    assert parse_date(float(serial)) == day


@given(st.text(max_size=20))
def test_date_parser_never_crashes(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_date(text)


def test_cycle_collector_is_back_on_after_an_import_even_a_failed_one(tmp_path: Path) -> None:
    """Reading pauses Python's cycle collector for speed; it must never stay off."""
    assert gc.isenabled()
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UnreadableFile):
        read_table(tmp_path / "broken.xlsx")
    assert gc.isenabled()


def test_text_cells_are_trimmed_alike_before_and_after_the_shared_table_fills(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each distinct text is trimmed once and shared; past the table's limit the cells
    read exactly the same (spaces, non-breaking spaces and blanks)."""
    from openpyxl import Workbook

    from engagement_desktop.interchange.reading import readers

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Answer"])
    answers = ["Very satisfied ", "\u00a0Fairly satisfied", "   ", "Very satisfied "]
    for n, answer in enumerate(answers * 3):
        sheet.append([f" Zoë Łukasz O'Neill {n}", answer])
    book.save(tmp_path / "returns.xlsx")
    expected = ["Very satisfied", "Fairly satisfied", None, "Very satisfied"] * 3
    shared = read_table(tmp_path / "returns.xlsx")
    assert shared.rows[0][1] is shared.rows[3][1] is shared.rows[11][1]  # one string
    monkeypatch.setattr(readers, "SHARED_TEXTS", 3)
    for table in (shared, read_table(tmp_path / "returns.xlsx")):
        assert [row[1] for row in table.rows] == expected
        assert [row[0] for row in table.rows] == [f"Zoë Łukasz O'Neill {n}" for n in range(12)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("28/02/1961", date(1961, 2, 28)),
        ("3.11.2026", date(2026, 11, 3)),
        ("2026-11-03", date(2026, 11, 3)),
        ("28 Feb 1961", date(1961, 2, 28)),
        ("  ", None),
    ],
)
def test_dates_typed_in_a_box(typed: str, expected: date | None) -> None:
    assert parse_typed_date(typed) == expected
    assert expected is None or parse_typed_date(date_text(expected)) == expected


@pytest.mark.parametrize("typed", ["1961", "next week", "1/1/1", "00/01/2020"])
def test_typed_dates_that_are_not_dates_say_so(typed: str) -> None:
    with pytest.raises(ValueError, match=rf"'{typed}' is not a date \(dd/mm/yyyy\)"):
        parse_typed_date(typed)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("29/02/2027", "there is no 29 February in 2027"),
        ("2027-02-29", "there is no 29 February in 2027"),
        ("31/04/2000", "there is no 31 April (April has 30 days)"),
        ("31 Apr 2000", "there is no 31 April (April has 30 days)"),
        ("31/02/1961", "there is no 31 February (February has 28 days in 1961)"),
        ("30/02/2028", "there is no 30 February (February has 29 days in 2028)"),
        ("12/13/2020", "there is no month 13: give the day first, then the month (dd/mm/yyyy)"),
    ],
)
def test_a_date_in_the_right_form_that_names_no_day_says_why(typed: str, said: str) -> None:
    """Typed as dd/mm/yyyy, so "is not a date (dd/mm/yyyy)" would send the officer
    looking at the form of it: the sentence says what is wrong with the day."""
    with pytest.raises(ValueError) as refused:
        parse_typed_date(typed)
    assert str(refused.value) == said


@pytest.mark.parametrize("day", [date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)])
def test_any_stored_date_is_shown_with_four_figures_and_reads_back(day: date) -> None:
    """strftime's %Y writes the year 1 as "1" on Linux: shown so, it would not read back,
    and the record could never be saved again."""
    shown = date_text(day)
    assert shown[-4:] == f"{day.year:04d}"
    assert parse_typed_date(shown) == day
    assert cell_text(day) == shown
