"""The community fund at a busy landlord's scale: a round of 1,000 applications, each
scored by five panel members on three criteria (15,000 scores) and paid in two stages.

Run by run.py (``--only fund``) on a copy of the demo database with that round added.
Targets: the applications listed (with averages and payments) under 0.2 s, the first
time included; the fund
tab created to its table painted under 0.5 s; the year's spend (with the fund's
payments as a source) under 0.5 s; the panel pack, 1,001 pages, under 15 s.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

APPLICATIONS = 1000
MEMBERS = 5
CRITERIA = ("Benefit to residents", "Involves customers", "Value for money")

LABELS: dict[str, str] = {
    "fund_list_cold_s": f"Fund: {APPLICATIONS:,} applications listed, first time",
    "fund_list_s": f"Fund: {APPLICATIONS:,} applications listed again (best of 3)",
    "fund_tab_s": f"Fund tab, created to {APPLICATIONS:,} applications painted",
    "fund_spend_s": "Involvement costs for the year, fund payments included",
    "panel_pack_s": f"Panel pack PDF, {APPLICATIONS:,} applications (one page each)",
}


def _seed(db: Path) -> int:
    """Add the benchmark round straight into the copy (bulk, as the demo does)."""
    with sqlite3.connect(db) as con:
        people = [row[0] for row in con.execute("SELECT id FROM people LIMIT 200")]
        opened = date(2026, 6, 1)
        con.execute(
            "INSERT INTO fund_rounds (name, opens_on, closes_on, budget_pence, max_award_pence,"
            " criteria, scale_max, evaluation_months, uuid) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                "Benchmark round",
                opened.isoformat(),
                (opened + timedelta(days=60)).isoformat(),
                500_000_000,
                200_000,
                "\n".join(CRITERIA),
                5,
                6,
                "bench-round",
            ),
        )
        round_id = con.execute(
            "SELECT id FROM fund_rounds WHERE name = 'Benchmark round'"
        ).fetchone()[0]
        for n in range(APPLICATIONS):
            awarded = n % 2 == 0
            cur = con.execute(
                "INSERT INTO fund_applications (round_id, applicant, person_id, project, summary,"
                " requested_pence, match_funding_pence, received_on, status, award_pence,"
                " decided_on, evaluation_due, uuid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    round_id,
                    f"Community group {n}",
                    people[n % len(people)],
                    f"Project number {n}",
                    "A short summary of what the money is for.",
                    150_000,
                    10_000,
                    (opened + timedelta(days=n % 50)).isoformat(),
                    "awarded" if awarded else "received",
                    100_000 if awarded else None,
                    (opened + timedelta(days=70)).isoformat() if awarded else None,
                    (opened + timedelta(days=250)).isoformat() if awarded else None,
                    f"bench-app-{n}",
                ),
            )
            aid = cur.lastrowid
            con.executemany(
                "INSERT INTO fund_scores (application_id, person_id, criterion, score)"
                " VALUES (?,?,?,?)",
                [(aid, people[m], c, (n + m) % 6) for m in range(MEMBERS) for c in CRITERIA],
            )
            if awarded:
                con.executemany(
                    "INSERT INTO fund_payments (application_id, stage, paid_on, amount_pence, uuid)"
                    " VALUES (?,?,?,?,?)",
                    [
                        (
                            aid,
                            "First half",
                            (opened + timedelta(days=80)).isoformat(),
                            50_000,
                            f"b{n}a",
                        ),
                        (
                            aid,
                            "Final",
                            (opened + timedelta(days=150)).isoformat(),
                            50_000,
                            f"b{n}b",
                        ),
                    ],
                )
        return int(round_id)


def measure_fund(bench: Any) -> dict[str, Any]:
    """Community fund: listing, the tab, the year's spend and the panel pack."""
    app = qt_app(bench.folder)
    from engagement_desktop.gui.fund.page import FundTab
    from engagement_desktop.reports.fund.panel_pack import panel_pack, write_panel_pack
    from engagement_desktop.services.budget import figures
    from engagement_desktop.services.budget.period import report_period
    from engagement_desktop.services.fund.listing import applications
    from engagement_desktop.store.engine import open_store

    copy = Path(bench.folder) / "fund-bench.sqlite"
    with sqlite3.connect(bench.db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    round_id = _seed(copy)
    store = open_store(copy, actor="benchmark", verify=False)
    result: dict[str, Any] = {}
    try:
        times = []
        for _ in range(4):
            started = time.perf_counter()
            with store.session() as session:
                rows = applications(session, round_id)
            times.append(time.perf_counter() - started)
        assert len(rows) == APPLICATIONS
        result["fund_list_cold_s"] = round(times[0], 3)
        result["fund_list_s"] = round(min(times[1:]), 3)

        started = time.perf_counter()
        tab = FundTab(store)
        tab.ui.roundCombo.setCurrentIndex(tab.ui.roundCombo.findData(round_id))
        tab.resize(1200, 700)
        tab.show()
        app.processEvents()
        result["fund_tab_s"] = round(time.perf_counter() - started, 3)
        tab.close()

        started = time.perf_counter()
        with store.session() as session:
            spent = figures.costs(session, report_period(session, 2026))
        result["fund_spend_s"] = round(time.perf_counter() - started, 3)
        print(f"  community fund spend 2026/27: £{spent.by_category['community_fund'] / 100:,.2f}")

        started = time.perf_counter()
        with store.session() as session:
            pack = panel_pack(session, round_id)
        write_panel_pack(pack, Path(bench.folder) / "pack.pdf")
        result["panel_pack_s"] = round(time.perf_counter() - started, 2)
    finally:
        store.close()
    return result
