"""What an officer types that cannot be kept is refused in one sentence by the field it
is about, and nothing is saved: a date that does not exist, a name with a hidden
character, an amount far too large, an expense typed in pounds. None of it reaches the
crash box."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import time_machine
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.ballots.dialogs import BallotDialog
from engagement_desktop.gui.events.editor import EventEditor
from engagement_desktop.gui.events.expense_dialog import ExpenseDialog
from engagement_desktop.gui.fund.dialogs import FundRoundDialog
from engagement_desktop.gui.reviews.review_dialogs import EvidenceDialog
from engagement_desktop.gui.training.course_dialog import CourseDialog
from engagement_desktop.services.ballots import ballots
from engagement_desktop.services.events import events
from engagement_desktop.services.people import people
from engagement_desktop.services.reviews import scrutiny
from engagement_desktop.services.training import records
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    Ballot,
    Course,
    Event,
    EventType,
    Expense,
    FundRound,
    ReviewEvidence,
)
from tests.consent import GIVEN

HUGE = "99999999999999999999999"


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_evidence_gathered_on_a_day_that_does_not_exist(qtbot: QtBot, store: Store) -> None:
    review = scrutiny.add_review(store, {"topic": "Complaints handling"})
    dialog = EvidenceDialog(store, review)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Complaints log")
    dialog.ui.gatheredEdit.setText("31/04/2026")
    dialog.save()
    said = dialog.error_text("gathered_on")  # the date reader's own words, whichever they are
    assert "31/04/2026" in said or "31 April" in said
    assert dialog.result() == 0 and count(store, ReviewEvidence) == 0
    dialog.ui.gatheredEdit.setText("30/04/2026")
    dialog.save()
    assert dialog.result() == 1 and count(store, ReviewEvidence) == 1


def test_a_course_provider_too_long_cannot_be_typed_and_is_refused_by_its_field(
    qtbot: QtBot, store: Store
) -> None:
    dialog = CourseDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Safeguarding adults")
    dialog.ui.providerEdit.setText("P" * 151)
    assert len(dialog.ui.providerEdit.text()) == records.PROVIDER_LIMIT == 150
    assert dialog.ui.titleEdit.maxLength() == records.TITLE_LIMIT
    dialog.ui.providerEdit.setText("TP\x1bAS")  # pasted from a terminal
    dialog.save()
    assert (
        dialog.error_text("provider") == "The provider holds a hidden control character (U+001B)."
    )
    assert count(store, Course) == 0
    with pytest.raises(ValidationError) as refused:  # another caller, no box to stop it
        records.save_course(store, None, {"title": "Safeguarding", "provider": "P" * 151})
    assert refused.value.errors == {"provider": "is longer than 150 characters"}


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("9999999999", "Venue: £9,999,999,999.00 is more than £100,000,000: check the amount"),
        (HUGE, f"Venue: £{int(HUGE):,}.00 is more than £100,000,000: check the amount"),
    ],
)
def test_an_event_cost_beyond_any_budget_is_refused_in_the_costs_table(
    qtbot: QtBot, store: Store, typed: str, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # closing at the end: discard the unsaved event without asking
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.titleEdit.setText("Fun day")
    editor.ui.tabs.setCurrentIndex(2)
    editor.ui.costsTable.item(0, 1).setText(typed)
    assert not editor.save()
    assert editor.problems.text("costs") == said
    assert editor.ui.tabs.currentIndex() == 2 and editor.isVisible()
    assert count(store, Event) == 0


def test_the_events_service_refuses_a_cost_over_the_limit(store: Store) -> None:
    with store.session() as session:
        kind = session.scalar(select(EventType.id).limit(1))
    fields = {"title": "Fun day", "event_type_id": kind, "starts_at": datetime(2026, 7, 4, 12)}
    with pytest.raises(ValidationError) as refused:
        events.save_event(store, None, fields, costs=[("venue", 10**24, None)])
    assert refused.value.errors["costs"].endswith("is more than £100,000,000: check the amount")
    assert count(store, Event) == 0


def test_a_ballot_pot_beyond_any_budget_is_refused_under_the_pot(
    qtbot: QtBot, store: Store
) -> None:
    dialog = BallotDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("You Choose 2027")
    dialog.ui.potEdit.setText(HUGE)
    dialog.save()  # was OverflowError, "too large for a record number or a count"
    assert dialog.error_text("pot") == (
        f"£{int(HUGE):,}.00 is more than £100,000,000: check the amount."
    )
    assert count(store, Ballot) == 0
    with pytest.raises(ValidationError) as refused:
        ballots.save_ballot(store, None, {"title": "Pot", "pot_pence": 100_000_000_01})
    assert refused.value.errors == {
        "pot": "£100,000,000.01 is more than £100,000,000: check the amount"
    }


def test_an_expense_over_the_limit_is_said_in_the_pounds_typed(qtbot: QtBot, store: Store) -> None:
    person = people.add_person(
        store, {"first_name": "Grace", "last_name": "Okafor"}, hold_data=GIVEN
    ).id
    dialog = ExpenseDialog(store, None, person_id=person)
    qtbot.addWidget(dialog)
    dialog.ui.amountEdit.setText("£1,500.00")
    dialog.save()
    assert dialog.problems.text("amount_pence") == "£1,500.00 is over £1,000: check the amount"
    assert count(store, Expense) == 0


def test_a_new_round_opened_on_the_thirtieth_closes_after_it_opens(
    qtbot: QtBot, store: Store
) -> None:
    with time_machine.travel(datetime(2026, 12, 30, 10, 0), tick=False):
        dialog = FundRoundDialog(store)
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert ui.opensDate.date().toPython() == date(2026, 12, 30)
        assert ui.closesDate.date().toPython() == date(2027, 2, 24)  # eight weeks
        ui.nameEdit.setText("Winter round")
        ui.criteriaEdit.setPlainText("Benefit to residents")
        ui.budgetSpin.setValue(5000)
        ui.maxSpin.setValue(1000)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.error_text("closes_on") == ""
        assert dialog.result() == 1
    with store.session() as session:
        saved = session.scalars(select(FundRound)).one()
    assert (saved.opens_on, saved.closes_on) == (date(2026, 12, 30), date(2027, 2, 24))


def test_evidence_left_undated_is_dated_today_and_not_marked_as_asked_for(
    qtbot: QtBot, store: Store
) -> None:
    from datetime import date

    from engagement_desktop.gui.common.required import label_of

    review = scrutiny.add_review(store, {"topic": "Complaints handling"})
    dialog = EvidenceDialog(store, review)
    qtbot.addWidget(dialog)
    assert "*" not in label_of(dialog.ui.gatheredEdit).text()  # not required: blank is today
    assert dialog.ui.gatheredEdit.placeholderText() == "Today, if left blank"
    dialog.ui.titleEdit.setText("Complaints log")
    dialog.ui.gatheredEdit.clear()
    dialog.save()
    assert dialog.result() == 1
    with store.session() as session:
        assert session.scalar(select(ReviewEvidence.gathered_on)) == date.today()
