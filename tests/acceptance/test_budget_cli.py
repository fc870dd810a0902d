"""The budget and Board report commands as an officer runs them: bad input is one line
and changes nothing; the Board report's figures agree with sums made here straight from
the database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

TODAY = "2026-12-05"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("budget") / "demo.sqlite"
    done = run("--db", str(path), "demo", "--people", "400", "--seed", "5", "--today", TODAY)
    assert done.returncode == 0, done.stderr
    return path


def _lines(db: Path) -> list[tuple]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT year, category, amount_pence FROM budget_lines").fetchall()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--year", "2026", "--category", "venues", "--amount", "1.2k"), "shorthand"),
        (("--year", "2026", "--category", "venues", "--amount=-50"), "negative"),
        (("--category", "venues", "--amount", "50"), "report year"),
        (("--year", "2026", "--category", "cakes", "--amount", "50"), "not a budget category"),
    ],
)
def test_bad_budget_input_is_one_line_and_changes_nothing(
    demo: Path, args: tuple[str, ...], said: str
) -> None:
    before = _lines(demo)
    done = run("--db", str(demo), "budget", "set", *args)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and said in done.stderr
    assert _lines(demo) == before


def test_a_budget_line_in_pounds_and_pence_is_shown_back(demo: Path) -> None:
    done = run(
        "--db",
        str(demo),
        "budget",
        "set",
        "--year",
        "2027",
        "--category",
        "Catering",
        "--amount",
        "£1,200.50",
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(run("--db", str(demo), "budget", "show", "--year", "2027", "--json").stdout)
    catering = next(c for c in shown["categories"] if c["key"] == "catering")
    assert catering["budget"] == 1200.50


def test_a_target_without_a_year_is_refused(demo: Path) -> None:
    done = run("--db", str(demo), "budget", "target", "--measure", "events_held", "--value", "9")
    assert done.returncode == 1 and "report year" in done.stderr


def test_a_count_target_with_a_fraction_is_refused(demo: Path) -> None:
    """`--measure people_involved --value 2.5` was kept and shown as "2" without a word."""
    with closing(sqlite3.connect(demo)) as con:
        before = con.execute("SELECT * FROM targets").fetchall()
    done = run(
        "--db", str(demo), "budget", "target", "--year", "2026",
        "--measure", "people_involved", "--value", "2.5",
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "engagement-desktop: People involved is a count: its target is a whole number, not 2.5."
    ]
    with closing(sqlite3.connect(demo)) as con:
        assert con.execute("SELECT * FROM targets").fetchall() == before


def test_a_year_with_nothing_in_it_has_no_cost(demo: Path) -> None:
    """A year not begun showed "True cost £16.44 ... overheads £16.44" (a day's share of
    the overheads, for a day that had not come), and a year before any records a whole
    year's overheads as the cost of involvement no one recorded."""
    for year, why in (
        ("2030", "2030/31 starts on 1 April 2030"),
        ("2015", "nothing is budgeted, committed or spent in 2015/16"),
    ):
        shown = run("--db", str(demo), "budget", "show", "--year", year)
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.strip().splitlines()[-1] == (
            "True cost £0.00: spent £0.00 + staff on-costs £0.00 (28%) + overheads £0.00 "
            f"(none shared: {why})"
        )
        figures = json.loads(
            run("--db", str(demo), "budget", "show", "--year", year, "--json").stdout
        )["true_cost"]
        assert (figures["overheads"], figures["true_cost"]) == (0, 0)
        assert figures["no_overheads_because"] == why
    future = run("--db", str(demo), "budget", "show", "--year", "2030").stdout
    assert future.startswith("Involvement budget 2030/31: not started yet (it begins on 1 April")


def test_the_board_report_agrees_with_the_database(demo: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "board.pdf", tmp_path / "board.xlsx"
    done = run(
        "--db",
        str(demo),
        "report",
        "board",
        "--quarter",
        "2026Q2",
        "-o",
        str(pdf),
        "--xlsx",
        str(xlsx),
        "--json",
        "--today",
        TODAY,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    start, end = date(2026, 4, 1), date(2026, 9, 30)
    first, last = datetime.combine(start, time.min), datetime.combine(end, time.max)
    with closing(sqlite3.connect(demo)) as con:
        came = {
            r[0]
            for r in con.execute(
                "SELECT a.person_id FROM attendance a JOIN events e ON e.id = a.event_id "
                "WHERE e.status = 'held' AND a.status IN ('attended', 'walk_in') "
                "AND e.starts_at BETWEEN ? AND ?",
                (first.isoformat(" "), last.isoformat(" ")),
            )
        }
        sat = {
            r[0]
            for r in con.execute(
                "SELECT person_id FROM memberships WHERE term_start <= ? "
                "AND (term_end IS NULL OR term_end >= ?) AND (left_on IS NULL OR left_on >= ?)",
                (end.isoformat(), start.isoformat(), start.isoformat()),
            )
        }
        event_costs = con.execute(
            "SELECT COALESCE(SUM(c.amount_pence), 0) FROM event_costs c "
            "JOIN events e ON e.id = c.event_id WHERE e.status = 'held' "
            "AND e.starts_at BETWEEN ? AND ?",
            (first.isoformat(" "), last.isoformat(" ")),
        ).fetchone()[0]
    kpis = {k["measure"]: k for k in report["kpis"]}
    assert kpis["people_involved"]["value"] == len(came | sat)
    by_category = report["spend"]["by_category_pence"]
    event_lines = ("venue", "catering", "travel", "interpreter", "materials", "other")
    assert sum(by_category[k] for k in event_lines) == event_costs
    per_person = report["spend"]["true_cost_per_person"]
    assert per_person["denominator"] == len(came | sat)
    assert per_person["value"] == pytest.approx(per_person["numerator"] / len(came | sat), abs=0.01)
    for k in report["kpis"]:
        assert k["status"] in ("on track", "at risk", "off track", "no target") and k["why"]
        assert len(k["quarters"]) == 4 and len(k["years"]) == 3
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert 2 <= int(next(x for x in pages.splitlines() if x.startswith("Pages:")).split()[1]) <= 4
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Board report: Q2 2026/27" in text and "Spend against budget" in text
    # overheads shared as usual: the figure stands without a reason beside it
    assert report["spend"]["no_overheads_because"] is None and "none shared" not in text
    # responses and sources in words, never the stored codes ("pending", "individual")
    cells = {line.strip() for line in text.splitlines()}
    assert not cells & {"pending", "partly", "individual", "event", "accepted", "declined"}
    # every KPI figure is a number a spreadsheet can chart; a share's row says "(%)"
    import openpyxl

    sheet = openpyxl.load_workbook(xlsx)["KPIs"]
    rows = {str(r[0]): r[1:3] for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]}
    shares = {label: v for label, v in rows.items() if label.endswith("(%)")}
    assert shares and all(isinstance(x, float) for v in shares.values() for x in v if x)
    assert isinstance(rows["People involved"][1], int)
    assert all(f"{x:.1f}%" in text for v in shares.values() for x in v if x is not None)


@pytest.mark.parametrize("quarter", ["2031Q1", "2001Q1", "Q3"])
def test_a_quarter_outside_the_data_is_one_line(demo: Path, tmp_path: Path, quarter: str) -> None:
    out = tmp_path / "b.pdf"
    done = run("--db", str(demo), "report", "board", "--quarter", quarter, "-o", str(out))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_without_a_quarter_the_board_hears_about_the_last_one_ended(
    demo: Path, tmp_path: Path
) -> None:
    """The command refused to run without --quarter; the window offers the last quarter
    ended, and now the command does the same (on 5 December: July to September)."""
    out = tmp_path / "b.pdf"
    done = run("--db", str(demo), "report", "board", "-o", str(out), "--json", "--today", TODAY)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["quarter"] == "2026Q2"
    assert "Board report: Q2 2026/27" in PdfReader(out).pages[0].extract_text()


def test_an_annual_report_for_a_year_not_started_is_refused(demo: Path, tmp_path: Path) -> None:
    """2027/28 on 5 December 2026 printed figures; refused as a quarter not started is."""
    out = tmp_path / "annual.pdf"
    before = demo.read_bytes()
    args = ("report", "annual", "--year", "2027", "-o", str(out), "--today", TODAY)
    done = run("--db", str(demo), *args)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "engagement-desktop: 2027/28 (1 April 2027 to 31 March 2028) has not started yet: "
        "choose a year up to today's."
    ]
    assert not out.exists() and demo.read_bytes() == before


def test_the_annual_report_to_customers_is_four_large_pages(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "annual.pdf"
    done = run(
        "--db",
        str(demo),
        "report",
        "annual",
        "--year",
        "2025",
        "-o",
        str(out),
        "--json",
        "--today",
        TODAY,
    )
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           4" in info
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(abs(tm[0] * cm[0]) * size)

    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 15.99  # footers included


def test_both_reports_say_why_no_overheads_are_shared_as_budget_show_does(
    tmp_path: Path,
) -> None:
    """A year with one meeting and nothing spent: ``budget show`` said "overheads £0.00
    (none shared: nothing is budgeted, committed or spent in 2019/20)", while the Board
    report and the impact assessment printed "Share of the year's overheads £0" and a
    true cost of £0 with no reason, PDF and workbook alike."""
    import openpyxl
    from sqlalchemy import select

    from engagement_desktop.services.common.settings import save_settings
    from engagement_desktop.services.events import events
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import EventType

    db = tmp_path / "new.sqlite"
    store = open_store(str(db))
    try:
        save_settings(store, {"staff_on_cost_percent": 28, "overheads_pence_per_year": 40_000_00})
        with store.session() as session:
            kind = int(session.scalar(select(EventType.id).limit(1)))
        meeting = {
            "title": "First residents' meeting",
            "event_type_id": kind,
            "starts_at": datetime(2019, 5, 14, 18),
            "status": "held",
        }
        events.save_event(store, None, meeting, costs=[])
    finally:
        store.close()
    shown = run("--db", str(db), "budget", "show", "--year", "2019")
    assert shown.returncode == 0, shown.stderr
    said = shown.stdout.strip().splitlines()[-1].split("overheads £0.00", 1)[1]
    assert said == " (none shared: nothing is budgeted, committed or spent in 2019/20)"

    files = {name: (tmp_path / f"{name}.pdf", tmp_path / f"{name}.xlsx") for name in ("b", "i")}
    board = ("report", "board", "--quarter", "2019Q1", "--today", TODAY)
    impact = ("report", "impact", "--year", "2019")
    for (pdf, xlsx), args in zip(files.values(), (board, impact), strict=True):
        done = run("--db", str(db), *args, "-o", str(pdf), "--xlsx", str(xlsx))
        assert done.returncode == 0, done.stderr
    texts = {
        name: " ".join(
            subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True
            ).stdout.split()
        )
        for name, (pdf, _xlsx) in files.items()
    }
    for text in texts.values():
        assert f"Share of the year's overheads{said} £0" in text
    assert f"true cost £0, – per person involved; overheads £0{said}." in texts["b"]
    for name, sheet in (("b", "True cost"), ("i", "Budget")):
        labels = [
            row[0]
            for row in openpyxl.load_workbook(files[name][1])[sheet].iter_rows(values_only=True)
        ]
        assert any(
            str(label).startswith(f"Share of the year's overheads{said}") for label in labels
        )
