"""The fund's editors: a round, an application, a member's scores, a decision, a payment
and an evaluation. Each Save is one service call; a refusal is shown in the dialog in
the service's words and nothing is written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.editor_dialog import EditorDialog, from_qdate, to_qdate
from engagement_desktop.gui.forms.ui_fund_application_dialog import Ui_FundApplicationDialog
from engagement_desktop.gui.forms.ui_fund_decision_dialog import Ui_FundDecisionDialog
from engagement_desktop.gui.forms.ui_fund_evaluation_dialog import Ui_FundEvaluationDialog
from engagement_desktop.gui.forms.ui_fund_payment_dialog import Ui_FundPaymentDialog
from engagement_desktop.gui.forms.ui_fund_round_dialog import Ui_FundRoundDialog
from engagement_desktop.gui.forms.ui_fund_scores_dialog import Ui_FundScoresDialog
from engagement_desktop.services.fund.decisions import (
    DECISIONS,
    decide,
    record_evaluation,
    record_payment,
)
from engagement_desktop.services.fund.listing import left_to_pay, round_values
from engagement_desktop.services.fund.panel import declare_conflict, panel_view, record_scores
from engagement_desktop.services.fund.rounds import add_application, save_round
from engagement_desktop.store.engine import Store

#: How long a new round is open for unless the officer says otherwise (the demo's rounds
#: take applications for six to nine weeks).
WEEKS_OPEN = 8


def _pence(pounds: float) -> int:
    return round(pounds * 100)


class FundRoundDialog(EditorDialog):
    """A round's pot, limit, dates, criteria and score scale."""

    def __init__(self, store: Store, round_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.round_id = store, round_id
        self.ui = ui = Ui_FundRoundDialog()
        ui.setupUi(self)
        today = date.today()
        ui.opensDate.setDate(to_qdate(today))
        ui.closesDate.setDate(to_qdate(today + timedelta(weeks=WEEKS_OPEN)))
        for box in (ui.opensDate, ui.closesDate):
            bound_dates(box, done=False)  # a round is planned: 1990 to 2200
        self.track(store, "fund_rounds", round_id, self.load_record)  # before reading it
        if round_id is not None:
            self.load_record()
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "name": (ui.nameError, ui.nameEdit, "The name"),
                "opens_on": (ui.opensError, ui.opensDate, "The opening date"),
                "closes_on": (ui.closesError, ui.closesDate, "The closing date"),
                "budget_pence": (ui.budgetError, ui.budgetSpin, "The budget"),
                "max_award_pence": (ui.maxError, ui.maxSpin, "The most for one application"),
                "criteria": (ui.criteriaError, ui.criteriaEdit, "The criteria"),
                "scale_max": (ui.scaleError, ui.scaleSpin, "The top score"),
                "evaluation_months": (ui.monthsError, ui.monthsSpin, "The evaluation"),
            },
            required=("name", "criteria"),
        )
        self.fit_height()
        ui.nameEdit.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """The round as the database has it (on opening, and after another officer's change)."""
        ui = self.ui
        if self.round_id is None:
            return
        with self.store.session() as session:
            values = round_values(session, self.round_id)
        self.setWindowTitle(f"Edit round: {values['name']}")
        ui.nameEdit.setText(str(values["name"]))
        show_day(ui.opensDate, values["opens_on"])  # type: ignore[arg-type]
        show_day(ui.closesDate, values["closes_on"])  # type: ignore[arg-type]
        ui.budgetSpin.setValue(int(values["budget_pence"]) / 100)  # type: ignore[call-overload]
        ui.maxSpin.setValue(int(values["max_award_pence"]) / 100)  # type: ignore[call-overload]
        ui.criteriaEdit.setPlainText(str(values["criteria"]))
        ui.scaleSpin.setValue(int(values["scale_max"]))  # type: ignore[call-overload]
        ui.monthsSpin.setValue(int(values["evaluation_months"]))  # type: ignore[call-overload]

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "opens_on": from_qdate(ui.opensDate.date()),
            "closes_on": from_qdate(ui.closesDate.date()),
            "budget_pence": _pence(ui.budgetSpin.value()),
            "max_award_pence": _pence(ui.maxSpin.value()),
            "criteria": ui.criteriaEdit.toPlainText(),
            "scale_max": ui.scaleSpin.value(),
            "evaluation_months": ui.monthsSpin.value(),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        return save_round(self.store, self.round_id, values)


class FundApplicationDialog(EditorDialog):
    """A group's application as received: who, what, how much, match funding."""

    def __init__(self, store: Store, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.round_id = store, round_id
        self.ui = ui = Ui_FundApplicationDialog()
        ui.setupUi(self)
        ui.contactEdit.set_store(store)
        ui.receivedDate.setDate(to_qdate(date.today()))
        bound_dates(ui.receivedDate, done=True)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "applicant": (ui.applicantError, ui.applicantEdit, "The group"),
                "person_id": (ui.contactError, ui.contactEdit, "The contact"),
                "project": (ui.projectError, ui.projectEdit, "The project"),
                "requested_pence": (ui.requestedError, ui.requestedSpin, "The amount asked for"),
                "match_funding_pence": (ui.matchError, ui.matchSpin, "The match funding"),
                "received_on": (ui.receivedError, ui.receivedDate, "The date received"),
            },
            required=("applicant", "project", "requested_pence"),
        )
        self.fit_height()
        ui.applicantEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "round_id": self.round_id,
            "applicant": ui.applicantEdit.text(),
            "person_id": ui.contactEdit.person_id,
            "project": ui.projectEdit.text(),
            "summary": ui.summaryEdit.toPlainText(),
            "requested_pence": _pence(ui.requestedSpin.value()),
            "match_funding_pence": _pence(ui.matchSpin.value()),
            "received_on": from_qdate(ui.receivedDate.date()),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        return add_application(self.store, values)


class FundScoresDialog(EditorDialog):
    """One panel member's scores for one application, or their conflict of interest."""

    def __init__(
        self, store: Store, application_id: int, title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.application_id = store, application_id
        self.ui = ui = Ui_FundScoresDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Panel scores: {title}")
        ui.memberEdit.set_store(store)
        with store.session() as session:
            view = panel_view(session, application_id)
        ui.aboutLabel.setText(
            f"Score each criterion from 0 to {view.scale_max}. A member with a conflict of "
            "interest scores nothing: tick the box and say why."
        )
        self.spins: dict[str, QSpinBox] = {}
        previous: QWidget = ui.reasonEdit
        for criterion in view.criteria:
            spin = QSpinBox(self)
            spin.setRange(0, view.scale_max)
            spin.setAccessibleName(f"Score for {criterion}")
            label = QLabel(f"{criterion}:", self)
            label.setBuddy(spin)
            ui.scoresForm.addRow(label, spin)
            self.spins[criterion] = spin
            QWidget.setTabOrder(previous, spin)
            previous = spin
        ui.reasonEdit.setEnabled(False)
        ui.conflictCheck.toggled.connect(ui.reasonEdit.setEnabled)
        ui.conflictCheck.toggled.connect(lambda on: ui.scoresBox.setEnabled(not on))
        self.bind(ui.buttonBox, ui.formError, {})
        self.fit_height()
        ui.memberEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "person_id": ui.memberEdit.person_id,
            "conflict": ui.conflictCheck.isChecked(),
            "reason": ui.reasonEdit.text(),
            "scores": {c: spin.value() for c, spin in self.spins.items()},
        }

    def commit(self, values: dict[str, Any]) -> Any:
        if values["person_id"] is None:
            raise EngagementError("Choose the panel member (type their name).")
        if values["conflict"]:
            return declare_conflict(
                self.store, self.application_id, values["person_id"], values["reason"]
            )
        return record_scores(self.store, self.application_id, values["person_id"], values["scores"])


class FundDecisionDialog(EditorDialog):
    """Award (how much, on what conditions), decline or withdrawn, with the reasons."""

    def __init__(
        self, store: Store, application_id: int, title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.application_id = store, application_id
        self.ui = ui = Ui_FundDecisionDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Decision: {title}")
        for code, text in DECISIONS.items():
            ui.decisionCombo.addItem(text, code)
        ui.decisionCombo.currentIndexChanged.connect(self._award_shown)
        ui.decidedDate.setDate(to_qdate(date.today()))
        bound_dates(ui.decidedDate, done=True)
        self.bind(ui.buttonBox, ui.formError, {})
        self.fit_height()
        ui.decisionCombo.setFocus()
        self.mark_clean()

    def _award_shown(self) -> None:
        awarded = self.ui.decisionCombo.currentData() == "awarded"
        self.ui.awardSpin.setEnabled(awarded)
        self.ui.conditionsEdit.setEnabled(awarded)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        awarded = ui.decisionCombo.currentData() == "awarded"
        return {
            "decision": ui.decisionCombo.currentData(),
            "award_pence": _pence(ui.awardSpin.value()) if awarded else None,
            "reasons": ui.reasonsEdit.toPlainText(),
            "conditions": ui.conditionsEdit.toPlainText() if awarded else None,
            "decided_on": from_qdate(ui.decidedDate.date()),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        return decide(
            self.store,
            self.application_id,
            values["decision"],
            values["reasons"],
            award_pence=values["award_pence"],
            conditions=values["conditions"],
            decided_on=values["decided_on"],
        )


class FundPaymentDialog(EditorDialog):
    """One stage of an award paid (never more, with the others, than the award)."""

    def __init__(
        self, store: Store, application_id: int, title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.application_id = store, application_id
        self.ui = ui = Ui_FundPaymentDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Payment: {title}")
        with store.session() as session:
            ui.amountSpin.setValue(left_to_pay(session, application_id) / 100)
        ui.paidDate.setDate(to_qdate(date.today()))
        bound_dates(ui.paidDate, done=True)
        self.bind(ui.buttonBox, ui.formError, {})
        self.fit_height()
        ui.stageEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "stage": ui.stageEdit.text(),
            "amount_pence": _pence(ui.amountSpin.value()),
            "paid_on": from_qdate(ui.paidDate.date()),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        return record_payment(
            self.store,
            self.application_id,
            values["stage"],
            values["amount_pence"],
            values["paid_on"],
        )


class FundEvaluationDialog(EditorDialog):
    """The evaluation a funded project sent back: what it achieved, for how many."""

    def __init__(
        self, store: Store, application_id: int, title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.application_id = store, application_id
        self.ui = ui = Ui_FundEvaluationDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Evaluation: {title}")
        ui.receivedDate.setDate(to_qdate(date.today()))
        bound_dates(ui.receivedDate, done=True)
        self.bind(ui.buttonBox, ui.formError, {})
        self.fit_height()
        ui.notesEdit.setFocus()
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "notes": ui.notesEdit.toPlainText(),
            "people": ui.peopleSpin.value() or None,
            "received_on": from_qdate(ui.receivedDate.date()),
        }

    def commit(self, values: dict[str, Any]) -> Any:
        return record_evaluation(
            self.store,
            self.application_id,
            values["notes"],
            received_on=values["received_on"],
            people_benefiting=values["people"],
        )
