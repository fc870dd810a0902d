"""The Community fund tab as the officer uses it: an application over the round's limit
refused in the dialog with nothing saved, a member's scores and a conflict, an award,
a payment over the award refused, and a late evaluation on Home opening the application."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from engagement_desktop.gui.fund.dialogs import (
    FundApplicationDialog,
    FundDecisionDialog,
    FundPaymentDialog,
    FundScoresDialog,
)
from engagement_desktop.gui.fund.page import FundTab
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.services.fund.decisions import decide
from engagement_desktop.services.fund.rounds import add_application, save_round
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import FundApplication, FundPayment, Person


def _round(store: Store) -> int:
    return save_round(
        store,
        None,
        {
            "name": "Spring fund",
            "opens_on": date(2026, 4, 1),
            "closes_on": date(2026, 5, 31),
            "budget_pence": 500_000,
            "max_award_pence": 200_000,
            "criteria": "Benefit\nValue for money",
        },
    ).id


def _count(store: Store, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_from_application_to_payment(qtbot: QtBot, sample_store: Store) -> None:
    store = sample_store
    round_id = _round(store)
    tab = FundTab(store)
    qtbot.addWidget(tab)
    tab.show()
    assert "Budget £5,000.00" in tab.ui.summaryLabel.text()
    dialog = FundApplicationDialog(store, round_id)
    qtbot.addWidget(dialog)
    dialog.ui.applicantEdit.setText("Riverside Allotment Club")
    dialog.ui.projectEdit.setText("Raised beds")
    dialog.ui.requestedSpin.setValue(2500)
    dialog.save()
    assert "over the round's limit of £2,000.00" in dialog.error_text("requested_pence")
    assert _count(store, FundApplication) == 0
    dialog.ui.requestedSpin.setValue(1500)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    assert tab.model.rowCount() == 1 and tab.current() is not None
    application = tab.current().id
    with store.session() as session:
        member = session.scalar(select(Person.id).limit(1))
    scores = FundScoresDialog(store, application, "Riverside")
    qtbot.addWidget(scores)
    scores.ui.memberEdit.set_person(member)
    scores.spins["Benefit"].setValue(4)
    scores.spins["Value for money"].setValue(3)
    scores.save()
    tab.refresh()
    assert tab.model.data(tab.model.index(0, 5)) == "7 / 10"
    assert "average 7" in tab.ui.panelLabel.text()
    decision = FundDecisionDialog(store, application, "Riverside")
    qtbot.addWidget(decision)
    decision.ui.decisionCombo.setCurrentIndex(decision.ui.decisionCombo.findData("awarded"))
    decision.ui.awardSpin.setValue(1000)
    decision.ui.reasonsEdit.setPlainText("Good value")
    decision.save()
    tab.refresh()
    assert tab.ui.payButton.isEnabled() and not tab.ui.decideButton.isEnabled()
    payment = FundPaymentDialog(store, application, "Riverside")
    qtbot.addWidget(payment)
    assert payment.ui.amountSpin.value() == 1000  # what is left to pay
    payment.ui.stageEdit.setText("First half")
    payment.ui.amountSpin.setValue(1200)
    payment.save()
    assert "over the award" in payment.error_text("banner")
    assert _count(store, FundPayment) == 0


def test_a_late_evaluation_on_home_opens_the_application(qtbot: QtBot, sample_store: Store) -> None:
    store = sample_store
    round_id = _round(store)
    application = add_application(
        store,
        {
            "round_id": round_id,
            "applicant": "Canal Walkers",
            "project": "Heritage walks",
            "requested_pence": 90_000,
            "received_on": date(2026, 5, 1),
        },
    ).id
    decide(store, application, "awarded", "Good", award_pence=90_000, decided_on=date(2026, 5, 2))
    window = MainWindow(store, start_page="home")
    qtbot.addWidget(window)
    home = window.page("home")
    home.refresh()
    from engagement_desktop.gui.home.ways_in import open_record

    open_record(window, "control:fund", application)
    assert window.current_key() == "control"
    tab = window.page("control").ui.tabs.currentWidget()
    assert tab.current().id == application
    assert tab.current().evaluation(date.today()).startswith("Late")
