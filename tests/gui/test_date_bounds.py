"""The date boxes offer the years the services accept: from 1 January 1990 to today for
a day something was done (points awarded, money paid), to 31 December 2200 for a day
planned (an event, a fund round, a term). Qt's own range, 1752 to 9999, let a turn of
the wheel pick a year no report would ever include. A day already stored outside the
range is shown as it is, to be refused beside its field, not moved silently."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.events.expense_dialog import ExpenseDialog
from engagement_desktop.gui.fund.dialogs import (
    FundDecisionDialog,
    FundPaymentDialog,
    FundRoundDialog,
)
from engagement_desktop.gui.groups.add_selected import AddToGroupDialog
from engagement_desktop.gui.groups.membership_dialog import MembershipDialog, StandDownDialog
from engagement_desktop.gui.import_wizard.columns import sample_text
from engagement_desktop.gui.reviews.tables import cell_text
from engagement_desktop.gui.rewards.award import AwardDialog
from engagement_desktop.services.fund.rounds import add_application, save_round
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import FundRound
from tests.consent import GIVEN

FIRST = QDate(1990, 1, 1)
LAST_PLANNED = QDate(2200, 12, 31)


def _today() -> QDate:
    today = date.today()
    return QDate(today.year, today.month, today.day)


def _range(edit: QDateTimeEdit) -> tuple[QDate, QDate]:
    return edit.minimumDate(), edit.maximumDate()


def _round(store: Store) -> int:
    return save_round(
        store,
        None,
        {
            "name": "Spring 2026",
            "opens_on": date(2026, 4, 1),
            "closes_on": date(2026, 5, 31),
            "budget_pence": 500_000,
            "max_award_pence": 200_000,
            "criteria": "Benefits residents",
        },
    ).id


def test_points_are_awarded_from_1990_to_today(qtbot: QtBot, store: Store) -> None:
    dialog = AwardDialog(store, None)
    qtbot.addWidget(dialog)
    assert _range(dialog.ui.dateEdit) == (FIRST, _today())


def test_a_fund_round_is_planned_from_1990_to_2200_and_its_money_paid_by_today(
    qtbot: QtBot, store: Store
) -> None:
    dialog = FundRoundDialog(store)
    qtbot.addWidget(dialog)
    assert _range(dialog.ui.opensDate) == _range(dialog.ui.closesDate) == (FIRST, LAST_PLANNED)
    dialog.ui.closesDate.setDate(QDate(9999, 12, 31))  # a spin of the wheel
    assert dialog.ui.closesDate.date() == LAST_PLANNED
    round_id = _round(store)
    asked = {"round_id": round_id, "applicant": "TARA", "project": "Beds"}
    application = add_application(
        store, {**asked, "requested_pence": 100, "received_on": date(2026, 5, 2)}
    ).id
    for made in (FundDecisionDialog, FundPaymentDialog):
        money = made(store, application, "TARA")
        qtbot.addWidget(money)
        box = money.ui.decidedDate if made is FundDecisionDialog else money.ui.paidDate
        assert _range(box) == (FIRST, _today())


def test_a_round_stored_in_the_year_1752_is_shown_as_it_is(qtbot: QtBot, store: Store) -> None:
    round_id = _round(store)
    with store.transaction() as session:  # as an earlier version let it be saved
        session.get(FundRound, round_id).opens_on = date(1752, 9, 14)  # type: ignore[union-attr]
    dialog = FundRoundDialog(store, round_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.opensDate.date() == QDate(1752, 9, 14)  # not moved to 1990 unsaid
    dialog.save()
    assert "14/09/1752 is not a plausible date" in dialog.error_text("opens_on")


def test_an_event_is_dated_from_1990_to_2200(qtbot: QtBot, store: Store) -> None:
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    assert _range(editor.ui.dateEdit) == (FIRST, LAST_PLANNED)


def test_an_expense_is_claimed_and_paid_from_1990_to_today(qtbot: QtBot, store: Store) -> None:
    dialog = ExpenseDialog(store)
    qtbot.addWidget(dialog)
    assert _range(dialog.ui.claimedDate) == _range(dialog.ui.paidDate) == (FIRST, _today())


def test_a_group_term_runs_from_1990_to_2200(qtbot: QtBot, store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "term_years": 3}).id
    person = people.add_person(store, {"first_name": "Zoë", "last_name": "O'Neill"}, GIVEN).id
    adding = MembershipDialog(store, panel)
    qtbot.addWidget(adding)
    for box in (adding.ui.termStartEdit, adding.ui.termEndEdit, adding.ui.leftOnEdit):
        assert _range(box) == (FIRST, LAST_PLANNED)
    chosen = AddToGroupDialog(store, [person])
    qtbot.addWidget(chosen)
    assert _range(chosen.ui.termStartEdit) == _range(chosen.ui.termEndEdit)
    assert _range(chosen.ui.termEndEdit) == (FIRST, LAST_PLANNED)
    term = groups.add_membership(store, panel, person, term_start=date(2026, 4, 1)).id
    stand_down = StandDownDialog(store, term)
    qtbot.addWidget(stand_down)
    assert _range(stand_down.ui.leftOnEdit) == (QDate(2026, 4, 1), LAST_PLANNED)


def test_a_day_of_the_year_one_reads_01_01_0001_in_review_tables_and_import_samples() -> None:
    assert cell_text(date(1, 1, 1)) == "01/01/0001"
    assert sample_text([date(1, 1, 1), datetime(1, 2, 3, 9, 30)]) == (
        "01/01/0001  ·  03/02/0001 09:30"
    )


def test_a_ballot_s_days_start_in_1990(qtbot: QtBot, store: Store) -> None:
    from engagement_desktop.gui.ballots.dialogs import BallotDialog

    dialog = BallotDialog(store, None)
    qtbot.addWidget(dialog)
    for box in (dialog.ui.opensDate, dialog.ui.closesDate):
        assert box.minimumDate() == QDate(1990, 1, 1)
        assert box.maximumDate() == QDate(2200, 12, 31)


def test_points_rules_and_training_sessions_are_planned_from_1990_to_2200(
    qtbot: QtBot, store: Store
) -> None:
    from engagement_desktop.gui.rewards.rules import RuleDialog
    from engagement_desktop.gui.training.session_dialog import SessionDialog

    rule = RuleDialog(store, None)
    qtbot.addWidget(rule)
    assert _range(rule.ui.fromDate) == _range(rule.ui.toDate) == (FIRST, LAST_PLANNED)
    assert rule.ui.fromDate.date() == _today()
    session = SessionDialog(store, None, [])
    qtbot.addWidget(session)
    assert _range(session.ui.startsEdit) == (FIRST, LAST_PLANNED)
    session.ui.startsEdit.setDate(QDate(9999, 12, 31))  # a spin of the wheel
    assert session.ui.startsEdit.date() == LAST_PLANNED


def test_the_audit_trail_and_expense_filters_run_from_1990_to_2200(
    qtbot: QtBot, store: Store
) -> None:
    from engagement_desktop.gui.audit.trail_view import AuditTrailView
    from engagement_desktop.gui.events.expense_pane import ExpensesPane
    from engagement_desktop.gui.surveys.settings_dialog import NO_DATE, SurveySettingsDialog

    trail = AuditTrailView(store)
    qtbot.addWidget(trail)
    assert _range(trail.ui.fromDate) == _range(trail.ui.toDate) == (FIRST, LAST_PLANNED)
    assert trail.ui.toDate.date() == _today()
    expenses = ExpensesPane(store)
    qtbot.addWidget(expenses)
    assert _range(expenses.ui.fromDate) == _range(expenses.ui.toDate) == (FIRST, LAST_PLANNED)
    survey = SurveySettingsDialog(store)
    qtbot.addWidget(survey)
    # its first day stands for "Not recorded"; a period ends by 2200, as the service takes
    assert _range(survey.ui.startEdit) == _range(survey.ui.endEdit) == (NO_DATE, LAST_PLANNED)
