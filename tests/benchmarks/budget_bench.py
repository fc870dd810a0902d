"""Money and governance figures: the quarterly Board report (figures, trends and PDF)
and the Budget page from created to its figures painted.

Run by run.py (``--only budget``) on the demo database, as of the demo's "today"; the
quarter is the last one completed by then. Targets: Board report under 2 s and the
Budget page under 0.5 s on the 50,000-person demo.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

TODAY = date(2026, 11, 23)  # run.py's DEMO_TODAY
QUARTER = "2026Q2"  # July to September 2026, the last completed quarter by then

LABELS: dict[str, str] = {
    "board_report_s": "Board report (figures, trends, PDF), {people:,} people",
    "budget_page_s": "Budget page, created to figures painted",
}


def measure_budget(bench: Any) -> dict[str, Any]:
    """Budget: the quarterly Board report and the Budget page."""
    app = qt_app(bench.folder)
    from engagement_desktop.gui.budget.page import BudgetPage
    from engagement_desktop.reports.board.gather import gather
    from engagement_desktop.reports.board.pdf import write_board_pdf
    from engagement_desktop.reports.board.report import BoardReport
    from engagement_desktop.store.engine import open_store

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        started = time.perf_counter()
        with store.session() as session:
            report = BoardReport(gather(session, QUARTER, today=TODAY, prepared_by="Benchmark"))
        write_board_pdf(report, Path(bench.folder) / "board.pdf")
        figures["board_report_s"] = round(time.perf_counter() - started, 2)
        b = report.figures
        print(
            f"  {QUARTER}: {b.summary.people_involved:,} people involved in the year to date, "
            f"{len(b.kpis)} measures with targets"
        )

        started = time.perf_counter()
        page = BudgetPage(store)
        page.today = TODAY
        page.resize(1200, 700)
        page.show()
        page.activate()
        app.processEvents()  # the figures painted
        figures["budget_page_s"] = round(time.perf_counter() - started, 2)
        page.close()
    finally:
        store.close()
    return figures
