"""The Surveys page says, above the results, which measures were counted over everyone
who answered them because the survey has not got their filter question (the same words
as the PDF and workbook), so the officer sees it before printing; nothing when it has."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.surveys.page import SurveysPage
from engagement_desktop.reports.surveys.tsm_counts import method_notes
from engagement_desktop.store.engine import Store
from tests.gui import test_surveys_page as surveys_tests
from tests.unit.import_corpus.tsm import import_routed

imported, page = surveys_tests.imported, surveys_tests.page  # a survey with REPAIR
NOTE = (
    "TP02 was counted over everyone who answered it, not only tenants who had a repair in "
    "the last 12 months, because the survey has no question asking that. That is right if "
    "the survey tool only asked it of those tenants."
)


@pytest.fixture
def routed(qtbot: QtBot, store: Store) -> SurveysPage:
    """TP02 asked in the survey tool only of those who had a repair: no REPAIR column."""
    import_routed(store)
    window = MainWindow(store, start_page="surveys")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    found = surveys_tests.surveys_page(window)
    surveys_tests.wait_for_results(qtbot, found, "Routed 2025/26")
    return found


def test_a_survey_without_the_filter_question_says_so_above_its_results(
    routed: SurveysPage,
) -> None:
    note = routed.dui.unfilteredNote
    assert note.isVisible() and note.text() == NOTE
    assert routed.results is not None
    assert NOTE in method_notes(routed.results.measure_set, routed.results.unfiltered)
    assert note.wordWrap()
    window = routed.window()
    assert window.width() <= 1366  # wraps rather than widening the window
    assert note.width() <= routed.dui.resultsTab.width()


def test_a_survey_with_its_filter_questions_says_nothing(page: SurveysPage) -> None:
    assert page.results is not None and page.results.unfiltered == []
    assert not page.dui.unfilteredNote.isVisible()
    assert page.dui.unfilteredNote.text() == ""
