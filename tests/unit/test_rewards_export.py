"""The ledger and year-end workbooks reopen with totals equal to the ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from engagement_desktop.interchange.rewards.export import export_ledger, export_year_end
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import ledger, year_end
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def test_ledger_and_year_end_workbooks(store: Store, tmp_path: Path) -> None:
    zoe = people.add_person(
        store, {"first_name": "Zoë", "last_name": "O'Neill"}, hold_data=GIVEN
    ).id
    ledger.manual_award(store, zoe, 120, "=SUM(A1) looks like a formula", on=date(2025, 6, 1))
    year_end.commit(
        store,
        2025,
        default=year_end.Choice("voucher", provider="Love2shop", serial_number="0001-0002"),
    )
    with store.session() as session:
        book = openpyxl.load_workbook(export_ledger(session, tmp_path / "ledger.xlsx"))
        plan = year_end.preview(session, 2025)
        summary = openpyxl.load_workbook(export_year_end(session, tmp_path / "ye.xlsx", plan))
    rows = list(book["Ledger"].iter_rows(min_row=4, values_only=True))
    assert [r[3] for r in rows] == [120, -100]
    assert rows[0][5] == "=SUM(A1) looks like a formula"
    assert book["Ledger"]["F4"].data_type == "s"
    sheet = summary["Year end 2025 26"]
    assert sheet["A2"].value.startswith("Scheme year 2025/26: 1 April 2025 to 31 March 2026")
    total = next(r for r in sheet.iter_rows() if r[0].value == "Total")
    assert total[4].value == 100 and total[5].value == 100.0
    assert total[5].number_format == "£#,##0.00" and total[5].font.bold
    issued = list(summary["Vouchers and donations"].iter_rows(min_row=4, values_only=True))
    assert issued == [
        (None, "Zoë O'Neill", "Voucher", 100.0, "Love2shop", "0001-0002", None, None),
        ("Total", None, None, 100.0, None, None, None, None),
    ]
    assert summary["Vouchers and donations"]["D4"].number_format == "£#,##0.00"
