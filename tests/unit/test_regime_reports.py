"""A Scottish landlord's impact assessment, dashboard and annual report to customers speak
of Charter indicators from its Charter survey, not of Tenant Satisfaction Measures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from engagement_desktop.reports.annual.gather import gather_annual
from engagement_desktop.reports.dashboard import dashboard
from engagement_desktop.reports.impact.report import build_report
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.surveys.results import satisfaction_results
from engagement_desktop.store.engine import Store, open_store

TODAY = date(2026, 12, 5)
CHARTER = "Scottish Social Housing Charter indicators"
SURVEY = "Charter tenant satisfaction survey 2025/26"


@pytest.fixture(scope="module")
def scottish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("regime") / "s.sqlite", actor="test.officer")
    generate_demo(store, people=400, seed=4, today=TODAY, regime="scotland")
    yield store
    store.close()


def test_the_dashboard_shows_the_latest_charter_survey(scottish: Store) -> None:
    with scottish.session() as session:
        shown = dashboard(session, TODAY).tsm
    assert shown is not None and shown.survey == SURVEY
    assert shown.measure_set.name == CHARTER
    assert "I1" in shown.measures and "TP01" not in shown.measures


def test_the_impact_assessment_names_the_charter_indicators(
    scottish: Store, tmp_path: Path
) -> None:
    from engagement_desktop.reports.impact.pdf import write_impact_pdf

    with scottish.session() as session:
        report = build_report(session, 2025, today=TODAY)
    assert report.regime_name == CHARTER
    table = report.table("tsm")
    assert table.title == CHARTER
    assert [row[0] for row in table.rows] == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]
    assert table.rows[0][1] == report.tsm.measure_set.names["I1"]  # type: ignore[union-attr]
    pdf = write_impact_pdf(report, tmp_path / "impact.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert f"6. {CHARTER}" in text
    assert "Tenant Satisfaction Measures" not in text
    assert "I12 counts only those whose filter answer was yes" in text
    import openpyxl

    from engagement_desktop.reports.impact.workbook import write_impact_workbook

    book = openpyxl.load_workbook(write_impact_workbook(report, tmp_path / "impact.xlsx"))
    assert "Charter" in book.sheetnames and "TSM" not in book.sheetnames


def test_the_annual_report_quotes_overall_satisfaction_from_indicator_1(scottish: Store) -> None:
    with scottish.session() as session:
        annual = gather_annual(session, 2025, today=TODAY)
        overall = satisfaction_results(session, SURVEY).measures["I1"].percent
    assert annual.satisfaction == (
        f"{overall:.0f}% of tenants who answered our survey are satisfied overall"
    )


def test_the_board_report_sets_targets_for_charter_indicators_by_their_names(
    scottish: Store, tmp_path: Path
) -> None:
    from engagement_desktop.reports.board.gather import gather
    from engagement_desktop.reports.board.pdf import write_board_pdf
    from engagement_desktop.reports.board.report import BoardReport
    from engagement_desktop.services.budget.kpis import measures
    from engagement_desktop.services.budget.targets import set_target

    with scottish.session() as session:
        known = measures(session)
        charter = satisfaction_results(session, SURVEY)
    assert not any(key.startswith("tsm:") for key in known)  # no TSMs for a Scottish landlord
    assert known["scotland_charter:I5"].label == (
        "I5 Tenants satisfied with the opportunities given to them to participate in their "
        "landlord's decision making processes"
    )
    set_target(scottish, 2025, "scotland_charter:I5", 90)
    with scottish.session() as session:
        figures = gather(session, "2025Q4", today=TODAY)
    line = next(k for k in figures.kpis if k.measure.key == "scotland_charter:I5")
    i5 = charter.measures["I5"]
    assert (line.figure.numerator, line.figure.denominator) == (i5.satisfied, i5.base)
    assert line.figure.value == round(100 * i5.satisfied / i5.base, 1)
    assert line.target == 90
    demo_target = next(k for k in figures.kpis if k.measure.key == "scotland_charter:I1")
    assert demo_target.measure.label.startswith("I1 Tenants satisfied with the overall service")
    pdf = write_board_pdf(BoardReport(figures), tmp_path / "b.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "I5 Tenants satisfied with the opportunities" in text
    assert "TSM" not in text and "TP01" not in text
