"""Customers in control as the officer uses it: the section in the window with a tab per
kind; a review's recommendation made and answered from its tab lands in the "you said,
we did" register; a visit scored on its tab shows in the trend; bad input is one
sentence beside the field and nothing is saved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.control.page import TABS, ControlPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.reviews.inspection_dialogs import VisitDialog
from engagement_desktop.gui.reviews.review_dialogs import RecommendationDialog, ResponseDialog
from engagement_desktop.gui.reviews.reviews_tab import ReviewsTab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import InspectionVisit, Outcome


def test_the_section_has_a_tab_per_kind(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("control")
    page = window.page("control")
    assert isinstance(page, ControlPage)
    titles = [page.ui.tabs.tabText(i).replace("&", "") for i in range(page.ui.tabs.count())]
    assert titles[:3] == ["Scrutiny reviews", "Consultations", "Inspections"]
    assert len(titles) == len(TABS)
    reviews = page.tab("Scrutiny reviews")
    assert isinstance(reviews, ReviewsTab)
    assert reviews.ui.reviewsTable.item(0, 0).text() == "Repairs: right first time"


def test_a_recommendation_answered_from_the_tab_is_in_the_register(
    qtbot: QtBot, sample_store: Store
) -> None:
    page = ControlPage(sample_store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    tab = page.show_tab("Scrutiny reviews")
    assert isinstance(tab, ReviewsTab)
    tab.ui.reviewsTable.selectRow(0)
    tab.ui.recommendButton.click()
    dialog = tab.dialog
    assert isinstance(dialog, RecommendationDialog)
    dialog.ui.textEdit.setPlainText("Publish first-time-fix figures each quarter.")
    dialog.save()
    assert tab.ui.recommendationsTable.rowCount() == 2
    tab.ui.recommendationsTable.selectRow(1)
    tab.ui.respondButton.click()
    answer = tab.dialog
    assert isinstance(answer, ResponseDialog)
    answer.ui.responseEdit.setCurrentIndex(answer.ui.responseEdit.findData("declined"))
    answer.ui.byEdit.setCurrentIndex(answer.ui.byEdit.findData("board"))
    answer.save()  # declined with no reason: said beside the field, nothing saved
    assert "reason it was declined" in answer.error_text("response_reason")
    answer.ui.reasonEdit.setPlainText("The figures are not reliable yet.")
    answer.save()
    with sample_store.session() as session:
        item = session.scalar(select(Outcome).where(Outcome.asked.like("Publish first-time%")))
        assert item is not None and (item.source, item.response) == ("scrutiny", "declined")
    assert tab.ui.recommendationsTable.item(1, 2).text() == "Declined"


def test_a_visit_scored_on_the_tab_shows_in_the_trend(qtbot: QtBot, sample_store: Store) -> None:
    page = ControlPage(sample_store)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    tab = page.show_tab("Inspections")
    dialog = VisitDialog(sample_store, tab)
    tab.open(dialog)
    dialog.save()  # no place: nothing saved
    assert dialog.error_text("place")
    with sample_store.session() as session:
        before = session.scalar(select(func.count()).select_from(InspectionVisit))
    dialog.ui.placeEdit.setText("Alder House")
    dialog.ui.visitedEdit.setText("01/09/2025")
    dialog.ui.scoresTable.cellWidget(0, 1).setValue(5)
    dialog.save()
    with sample_store.session() as session:
        assert session.scalar(select(func.count()).select_from(InspectionVisit)) == before + 1
    trend = tab.ui.trendTable
    assert trend.item(0, 0).text() == "Alder House"
    assert [trend.horizontalHeaderItem(c).text() for c in range(1, trend.columnCount())] == [
        "Jun 2025",
        "Sep 2025",
    ]


def test_the_team_is_chosen_in_one_save(qtbot: QtBot, sample_store: Store) -> None:
    from engagement_desktop.gui.reviews.team_dialog import TeamDialog
    from engagement_desktop.services.reviews.overview import review_detail
    from engagement_desktop.store.models import Person, ScrutinyReview

    with sample_store.session() as session:
        review = session.scalar(select(ScrutinyReview.id))
        first, second = session.scalars(select(Person.id).order_by(Person.id).limit(2)).all()
    dialog = TeamDialog(sample_store, review)
    qtbot.addWidget(dialog)
    dialog.ui.leadEdit.set_person(first)
    dialog.ui.memberEdit.set_person(second)
    dialog.ui.addButton.click()
    dialog.ui.memberEdit.set_person(second)
    dialog.ui.addButton.click()  # twice: once on the team
    assert dialog.member_ids() == [second]
    dialog.save()
    with sample_store.session() as session:
        detail = review_detail(session, review)
    assert detail.lead.startswith("Joan") and len(detail.team) == 1
