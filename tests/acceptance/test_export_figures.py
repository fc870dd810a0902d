"""The exported figures, recomputed from the database with SQL of the test's own:
events' counts and costs, claims in pounds, and the impact summary's money in the
command's text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from engagement_desktop.cli import main
from engagement_desktop.interchange.events.export import HEADINGS as EVENT_HEADINGS
from tests.backends import connect
from tests.conftest import MakeTarget


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, make_db_target: MakeTarget) -> Iterator[str]:
    db = make_db_target(tmp_path_factory.mktemp("figures"), "demo.db")
    assert main(["--db", str(db), "demo", "--people", "300", "--seed", "7"]) == 0
    yield db


def rows(path: Path, sheet: str | None = None) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(path)
    values = list((book[sheet] if sheet else book.active).iter_rows(min_row=3, values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_events_export_counts_and_costs_match_the_register(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "events.xlsx"
    assert main(["--db", str(demo), "export", "events", "-o", str(out)]) == 0
    exported = rows(out)
    *events, total = exported
    db = connect(demo)
    count = dict.fromkeys(EVENT_HEADINGS[10:15], 0)
    for event in events:
        event_id = event["Event ID"]
        title, hours, rate = db.execute(
            "SELECT title, staff_hours, staff_hourly_rate_pence FROM events WHERE id = ?",
            (event_id,),
        ).fetchone()
        assert event["Title"] == title  # the ID is the one `events sheet` takes
        statuses = dict(
            db.execute(
                "SELECT status, COUNT(*) FROM attendance WHERE event_id = ? GROUP BY status",
                (event_id,),
            ).fetchall()
        )
        expected = {
            "Invited": sum(n for s, n in statuses.items() if s != "walk_in"),
            "Apologies": statuses.get("apologies", 0),
            "No-show": statuses.get("no_show", 0),
            "Attended": statuses.get("attended", 0) + statuses.get("walk_in", 0),
            "Of whom walk-ins": statuses.get("walk_in", 0),
        }
        assert {k: event[k] for k in expected} == expected, event_id
        for key, value in expected.items():
            count[key] += value
        own = db.execute(
            "SELECT COALESCE(SUM(amount_pence), 0) FROM event_costs WHERE event_id = ?",
            (event_id,),
        ).fetchone()[0]
        claimed = db.execute(
            "SELECT COALESCE(SUM(amount_pence), 0) FROM expenses"
            " WHERE event_id = ? AND status IN ('approved', 'paid')",
            (event_id,),
        ).fetchone()[0]
        staff = round(hours * rate)
        assert event["Event costs"] == own / 100
        assert event["Staff cost"] == staff / 100
        assert event["Expenses"] == claimed / 100
        assert event["Total cost"] == pytest.approx((own + staff + claimed) / 100)
    assert len(events) == db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert total["Event ID"] == "Total"
    assert {k: total[k] for k in count} == count
    sheet = openpyxl.load_workbook(out).active
    money = EVENT_HEADINGS.index("Total cost") + 1
    assert sheet.cell(4, money).number_format == "£#,##0.00"
    assert sheet.cell(len(exported) + 3, money).font.bold


def test_expenses_export_is_in_pounds(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "expenses.xlsx"
    assert main(["--db", str(demo), "export", "expenses", "-o", str(out)]) == 0
    *claims, total = rows(out, "Claims")
    db = connect(demo)
    pence = sorted(p for (p,) in db.execute("SELECT amount_pence FROM expenses"))
    assert sorted(round(c["Amount"] * 100) for c in claims) == pence
    assert total["Amount"] == pytest.approx(sum(pence) / 100)
    assert openpyxl.load_workbook(out)["Claims"]["F4"].number_format == "£#,##0.00"


def test_impact_summary_text_prints_pounds(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = date.today().year - (1 if date.today().month >= 4 else 2)
    pdf = tmp_path / "impact.pdf"
    assert main(["--db", str(demo), "report", "impact", "--year", str(year), "-o", str(pdf)]) == 0
    text = capsys.readouterr().out
    assert re.search(r"^  Total cost: £\d{1,3}(,\d{3})*(\.\d\d)?$", text, re.M), text
    assert re.search(r"^  Cost per person involved: £[\d,]+(\.\d\d)?$", text, re.M), text
