"""Customers in control, part one: the Customers in control page from created to the
Scrutiny reviews tab painted (with the finished review's recommendations), the
Inspections tab with its trend, the end-of-review report PDF, and the impact
assessment's Customers in control figures for the year.

Run by run.py (``--only reviews``) on the demo database. Targets on the 50,000-person
demo: page and each tab under 0.5 s, the report under 1 s, the figures under 0.5 s.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

TODAY = date(2026, 11, 23)  # run.py's DEMO_TODAY

LABELS: dict[str, str] = {
    "control_page_s": "Customers in control page, reviews tab painted",
    "inspections_tab_s": "Inspections tab with its trend",
    "review_report_s": "End-of-review report (PDF)",
    "control_figures_s": "Customers in control figures for a year, {people:,} people",
}


def measure_reviews(bench: Any) -> dict[str, Any]:
    """Reviews: the page, the inspections tab, the report and the year's figures."""
    app = qt_app(bench.folder)
    from engagement_desktop.gui.control.page import ControlPage
    from engagement_desktop.reports.reviews.review_pdf import write_review_pdf
    from engagement_desktop.services.budget.control import control_figures
    from engagement_desktop.services.budget.period import report_period
    from engagement_desktop.store.engine import open_store

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        started = time.perf_counter()
        page = ControlPage(store)
        page.resize(1200, 700)
        page.show()
        page.activate()
        tab = page.tab("Scrutiny reviews")
        tab.ui.reviewsTable.selectRow(tab.ui.reviewsTable.rowCount() - 1)
        app.processEvents()
        figures["control_page_s"] = round(time.perf_counter() - started, 2)

        started = time.perf_counter()
        page.show_tab("Inspections")
        app.processEvents()
        figures["inspections_tab_s"] = round(time.perf_counter() - started, 2)
        page.close()

        started = time.perf_counter()
        write_review_pdf(store, 1, Path(bench.folder) / "review.pdf")
        figures["review_report_s"] = round(time.perf_counter() - started, 2)

        started = time.perf_counter()
        with store.session() as session:
            period = report_period(session, TODAY.year if TODAY.month >= 4 else TODAY.year - 1)
            found = control_figures(session, period)
        figures["control_figures_s"] = round(time.perf_counter() - started, 2)
        print(
            f"  {found.reviews_completed} reviews completed, {found.recommendations_made} "
            f"recommendations, {found.consulted:,} people consulted, {found.inspections} visits"
        )
    finally:
        store.close()
    return figures
