"""Survey results figures: the breakdown by involvement and the Surveys page's results PDF
and workbook that now carry it, on the demo's largest survey.

Run by run.py (``--only surveys``). Each figure is the best of three runs, beside its
floor measured in the same run: for the breakdown, one bare SQL query reading the same
survey's answers with whether each respondent is on a group's roll (the counting itself
left out); for the files, the same results PDF and workbook without the breakdown (what
the page wrote before), so the difference is what the breakdown costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LABELS: dict[str, str] = {
    "survey_responses": "Responses in the demo's largest survey",
    "breakdown_involvement_ms": "Breakdown by involvement (every measure, suppression)",
    "breakdown_involvement_floor_ms": "… floor: one query reading its answers and roll flags",
    "results_pdf_breakdown_ms": "Results PDF with the breakdown by involvement",
    "results_pdf_plain_ms": "… the same PDF without the breakdown (before)",
    "results_xlsx_breakdown_ms": "Results workbook with the breakdown by involvement",
    "results_xlsx_plain_ms": "… the same workbook without the breakdown (before)",
}


def _best(work: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


def measure_surveys(bench: Any) -> dict[str, float | int | None]:
    """Survey results: the breakdown by involvement and the results files carrying it."""
    from dataclasses import replace

    from sqlalchemy import exists, func, select

    from engagement_desktop.reports.surveys.breakdown_table import breakdown_count_table
    from engagement_desktop.reports.surveys.breakdowns import survey_breakdown
    from engagement_desktop.reports.surveys.tsm_publication import tsm_report
    from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf, write_tsm_workbook
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import Membership, Survey, SurveyResponse

    store = open_store(bench.db, actor="benchmark", verify=False)
    folder = Path(bench.folder)
    try:
        with store.session() as session:
            name, responses = session.execute(
                select(Survey.name, func.count(SurveyResponse.id))
                .join(SurveyResponse, SurveyResponse.survey_id == Survey.id)
                .group_by(Survey.id, Survey.name)
                .order_by(func.count(SurveyResponse.id).desc())
                .limit(1)
            ).one()
            survey_id = session.scalar(select(Survey.id).where(Survey.name == name))
            report = tsm_report(session, name)

            def breakdown() -> object:
                return survey_breakdown(session, name, "involvement")

            on_roll = exists().where(Membership.person_id == SurveyResponse.person_id)

            def floor() -> object:
                return session.execute(
                    select(SurveyResponse.answers, on_roll).where(
                        SurveyResponse.survey_id == survey_id
                    )
                ).all()

            figures: dict[str, float | int | None] = {
                "survey_responses": int(responses),
                "breakdown_involvement_ms": _best(breakdown),
                "breakdown_involvement_floor_ms": _best(floor),
            }
            found = survey_breakdown(session, name, "involvement")
        full = replace(report, breakdowns=[breakdown_count_table(found)])
        figures["results_pdf_breakdown_ms"] = _best(
            lambda: write_tsm_pdf(full, folder / "results-breakdown.pdf")
        )
        figures["results_pdf_plain_ms"] = _best(
            lambda: write_tsm_pdf(report, folder / "results-plain.pdf")
        )
        figures["results_xlsx_breakdown_ms"] = _best(
            lambda: write_tsm_workbook(full, folder / "results-breakdown.xlsx")
        )
        figures["results_xlsx_plain_ms"] = _best(
            lambda: write_tsm_workbook(report, folder / "results-plain.xlsx")
        )
        print(f"  '{name}': {responses:,} responses, groups {', '.join(found.groups)}")
        return figures
    finally:
        store.close()
