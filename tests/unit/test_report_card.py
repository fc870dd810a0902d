"""The tenants' report card: this year's figure for each Charter indicator against last
year's, the landlord's name, one page, and no national average without a source."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from engagement_desktop.errors import NotFound
from engagement_desktop.reports.surveys.report_card import CardLine, report_card, whole_percent
from engagement_desktop.reports.surveys.report_card_pdf import write_report_card
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.surveys.results import satisfaction_results
from engagement_desktop.store.engine import Store, open_store

THIS_YEAR = "Charter tenant satisfaction survey 2025/26"
LAST_YEAR = "Charter tenant satisfaction survey 2024/25"


@pytest.fixture(scope="module")
def scottish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("card") / "s.sqlite", actor="test.officer")
    generate_demo(store, people=400, seed=2, today=date(2026, 12, 5), regime="scotland")
    yield store
    store.close()


def test_each_indicator_against_last_year(scottish: Store) -> None:
    with scottish.session() as session:
        card = report_card(session, THIS_YEAR)
        now = satisfaction_results(session, THIS_YEAR)
        before = satisfaction_results(session, LAST_YEAR)
    assert card.landlord.startswith("Clydeforth Housing Association")
    assert card.last_survey == LAST_YEAR
    assert [line.code for line in card.lines] == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]
    for line in card.lines:
        assert line.percent == now.measures[line.code].percent
        assert line.last_year == before.measures[line.code].percent
    assert card.regulator == "Scottish Housing Regulator"
    assert not card.has_average  # the shipped set cites no Scottish average


def test_the_oldest_survey_has_nothing_to_compare(scottish: Store) -> None:
    with scottish.session() as session:
        card = report_card(session, LAST_YEAR)
        with pytest.raises(NotFound):
            report_card(session, "No such survey")
    assert card.last_survey is None
    assert all(line.last_year is None and line.change == "" for line in card.lines)


def test_change_reads_as_the_printed_figures_do() -> None:
    assert CardLine("I2", "x", 86.4, 87.8).change == "Down 2 points"  # 86% against 88%
    assert CardLine("I2", "x", 84.2, 83.6).change == "The same"
    assert CardLine("I2", "x", 91.0, 90.0).change == "Up 1 point"
    # halves round up, as a reader rounds them: 89.5% against 90.5% is 90% against 91%
    # (Python's round() took both to 90 and the fall read "The same")
    assert CardLine("I1", "x", 89.5, 90.5).change == "Down 1 point"
    assert whole_percent(90.5) == 91 and whole_percent(89.5) == 90 and whole_percent(0.5) == 1


def test_the_pdf_is_one_page_in_plain_words(scottish: Store, tmp_path: Path) -> None:
    with scottish.session() as session:
        card = report_card(session, THIS_YEAR)
    path = write_report_card(card, tmp_path / "card.pdf")
    pages = PdfReader(path).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    assert "Clydeforth Housing Association" in text
    assert "The overall service we provide" in text
    assert f"{whole_percent(card.lines[0].percent or 0)}%" in text
    assert "Scottish average" not in text
    assert "Scottish Housing Regulator" in text


def test_englands_twelve_measures_and_the_notes_fit_one_numbered_page(tmp_path: Path) -> None:
    """The card ran to a second page holding one measure and the notes, unnumbered."""
    store = open_store(tmp_path / "e.sqlite", actor="test.officer")
    try:
        generate_demo(store, people=400, seed=1, today=date(2026, 12, 5))
        with store.session() as session:
            card = report_card(session, "TSM perception survey 2025/26")
    finally:
        store.close()
    assert len(card.lines) == 12
    pages = PdfReader(write_report_card(card, tmp_path / "card.pdf")).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    assert "How we handle anti-social behaviour" in text and "Page 1 of 1" in text
    assert "Regulator of Social Housing as the Tenant Satisfaction Measures." in text
