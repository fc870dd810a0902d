"""The Surveys page's "Break down by…" tab: a choice of split, the groups' figures, and
small groups shown as "*" as the reports show them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from engagement_desktop.gui.surveys.breakdown_tab import breakdown_table
from engagement_desktop.gui.surveys.page import SurveysPage
from engagement_desktop.reports.surveys.breakdowns import survey_breakdown
from tests.gui import test_surveys_page as surveys_tests

column = surveys_tests.column
imported, page = surveys_tests.imported, surveys_tests.page  # the Surveys page's fixtures


def _choose(page: SurveysPage, label: str) -> None:
    combo = page.dui.breakdownCombo
    combo.setCurrentIndex(combo.findText(label))


def test_the_choice_offers_every_split(page: SurveysPage) -> None:
    combo = page.dui.breakdownCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Involvement",
        "Household with children",
        "Age band",
        "Tenure",
        "Estate / area",
        "Survey method",
    ]


def test_small_groups_are_hidden_as_in_the_reports(qtbot: QtBot, page: SurveysPage) -> None:
    """Two linked tenants, neither on a group, and two anonymous returns: every group is
    under the minimum of 5, so every figure is a "*"."""
    page.dui.surveyTabs.setCurrentWidget(page.dui.breakdownTab)
    _choose(page, "Involvement")
    model = page.breakdowns.model
    assert model.headings[:2] == ["Group", "Respondents"]
    assert column(model, 0) == ["Everyone else", "Not linked to a person"]
    assert {model.text(row, 2) for row in range(model.rowCount())} == {"*"}
    assert "fewer than 5 people" in page.dui.breakdownNote.text()
    assert "Every figure is hidden in this breakdown" in page.dui.breakdownNote.text()
    _choose(page, "Estate / area")
    assert column(model, 0) == ["Castle Hill", "Riverside", "Not linked to a person"]


def test_figures_shown_when_the_minimum_allows(page: SurveysPage) -> None:
    with page.model.store.session() as session:
        found = survey_breakdown(session, "TSM", "involvement", minimum=1)
    headings, rows = breakdown_table(found)
    assert headings[:3] == ["Group", "Respondents", "TP01"]
    everyone = next(r for r in rows if r[0].text == "Everyone else")
    cell = found.measures["TP01"][found.groups.index("Everyone else")]
    assert everyone[2].text == f"{cell.percent:.1f}% ({cell.base:,})"


def test_a_breakdown_with_figures_does_not_say_they_are_all_hidden(page: SurveysPage) -> None:
    with page.model.store.session() as session:
        found = survey_breakdown(session, "TSM", "involvement", minimum=1)
    page.breakdowns.set_breakdowns({"involvement": found})
    _choose(page, "Involvement")
    note = page.dui.breakdownNote.text()
    assert note.startswith("Per cent positive") and "Every figure is hidden" not in note
