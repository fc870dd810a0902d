"""New/Edit ballot, Add proposal, and Type in paper slips: each Save one service call."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from engagement_desktop.gui.common.date_bounds import bound_dates, show_day
from engagement_desktop.gui.common.editor_dialog import (
    EditorDialog,
    from_qdate,
    set_combo_data,
    to_qdate,
)
from engagement_desktop.gui.forms.ui_ballot_dialog import Ui_BallotDialog
from engagement_desktop.gui.forms.ui_ballot_paper_dialog import Ui_PaperSlipsDialog
from engagement_desktop.gui.forms.ui_ballot_proposal_dialog import Ui_ProposalDialog
from engagement_desktop.services.ballots import ballots, voting
from engagement_desktop.services.common.money import money, parse_pounds
from engagement_desktop.store.engine import Store


def _pence(text: str, key: str, problems: dict[str, str]) -> int | None:
    try:
        return parse_pounds(text)
    except ValueError as exc:
        problems[key] = str(exc)
        return None


class BallotDialog(EditorDialog):
    """The pot, who gets a vote, the tie rule and the voting days of one ballot."""

    def __init__(self, store: Store, ballot_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ballot_id = ballot_id
        self.ui = ui = Ui_BallotDialog()
        ui.setupUi(self)
        for code, text in ballots.ONE_VOTE_PER.items():
            ui.perCombo.addItem(text, code)
        for code, text in ballots.TIE_RULES.items():
            ui.tieCombo.addItem(text, code)
        ui.eventCombo.addItem("No event: voting by post or at the office", None)
        today = date.today()
        self.track(store, "ballots", ballot_id, self.load_record)  # before reading it
        with store.session() as session:
            for event_id, text in ballots.events_to_vote_at(session, today):
                ui.eventCombo.addItem(text, event_id)
            values = ballots.ballot_values(session, ballot_id) if ballot_id else None
        ui.opensDate.setDate(to_qdate(today))
        ui.closesDate.setDate(to_qdate(today))
        for box in (ui.opensDate, ui.closesDate):
            bound_dates(box, done=False)
        if values is not None:
            self._show(values)
        else:
            self.setWindowTitle("New ballot")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "title": (ui.titleError, ui.titleEdit, "The title"),
                "pot": (ui.potError, ui.potEdit, "The pot"),
                "one_vote_per": (ui.perError, ui.perCombo, "One vote per"),
                "tie_rule": (ui.tieError, ui.tieCombo, "The tie rule"),
                "closes_on": (ui.closesError, ui.closesDate, "The closing day"),
            },
            required=("title", "pot"),
        )
        self.fit_height()
        ui.titleEdit.setFocus()
        self.mark_clean()

    def load_record(self) -> None:
        """Reload after another officer's change: the form as the database has it now."""
        if self.ballot_id is not None:
            with self.store.session() as session:
                self._show(ballots.ballot_values(session, self.ballot_id))

    def _show(self, values: dict[str, Any]) -> None:
        """The ballot as stored."""
        ui = self.ui
        self.setWindowTitle(f"Edit ballot: {values['title']}")
        ui.titleEdit.setText(values["title"])
        ui.potEdit.setText(money(values["pot_pence"])[1:])
        set_combo_data(ui.perCombo, values["one_vote_per"])
        set_combo_data(ui.tieCombo, values["tie_rule"])
        set_combo_data(ui.eventCombo, values["event_id"])
        if values["opens_on"]:
            show_day(ui.opensDate, values["opens_on"])
        if values["closes_on"]:
            show_day(ui.closesDate, values["closes_on"])
        ui.descriptionEdit.setPlainText(values["description"] or "")

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        problems: dict[str, str] = {}
        pot = _pence(ui.potEdit.text(), "pot", problems)
        return {
            "title": ui.titleEdit.text(),
            "pot_pence": pot,
            "one_vote_per": ui.perCombo.currentData(),
            "tie_rule": ui.tieCombo.currentData(),
            "opens_on": from_qdate(ui.opensDate.date()),
            "closes_on": from_qdate(ui.closesDate.date()),
            "event_id": ui.eventCombo.currentData(),
            "description": ui.descriptionEdit.toPlainText(),
        }, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return ballots.save_ballot(self.store, self.ballot_id, values)


class ProposalDialog(EditorDialog):
    """One thing the pot could pay for."""

    def __init__(self, store: Store, ballot_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ballot_id = ballot_id
        self.ui = ui = Ui_ProposalDialog()
        ui.setupUi(self)
        self.setWindowTitle("Add a proposal")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "title": (ui.titleError, ui.titleEdit, "The proposal"),
                "cost": (ui.costError, ui.costEdit, "The cost"),
            },
            required=("title", "cost"),
        )
        self.fit_height()
        ui.titleEdit.setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        problems: dict[str, str] = {}
        cost = _pence(ui.costEdit.text(), "cost", problems)
        return {
            "title": ui.titleEdit.text(),
            "cost_pence": cost,
            "put_forward_by": ui.byEdit.text(),
            "description": ui.descriptionEdit.toPlainText(),
        }, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return ballots.add_proposal(
            self.store,
            self.ballot_id,
            values["title"],
            values["cost_pence"],
            put_forward_by=values["put_forward_by"],
            description=values["description"],
        )


class PaperSlipsDialog(EditorDialog):
    """A number per proposal (and spoilt), counted from the pile of slips."""

    def __init__(self, store: Store, ballot_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ballot_id = ballot_id
        self.ui = ui = Ui_PaperSlipsDialog()
        ui.setupUi(self)
        with store.session() as session:
            proposals = ballots.proposals_of(session, ballot_id)
        self.spins: dict[int | None, QSpinBox] = {}
        for proposal in [*proposals, None]:
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            name = proposal.title if proposal else "Spoilt slips"
            spin.setAccessibleName(f"Slips for {name}")
            label = QLabel(f"{name}:", self)
            label.setBuddy(spin)
            label.setWordWrap(True)
            ui.slipsForm.addRow(label, spin)
            self.spins[proposal.id if proposal else None] = spin
        self.bind(ui.buttonBox, ui.formError, {})
        self.fit_height()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        choices: list[int | None] = []
        for proposal_id, spin in self.spins.items():
            choices += [proposal_id] * spin.value()
        return {"choices": choices}, {}

    def commit(self, values: dict[str, Any]) -> Any:
        return voting.type_paper_slips(
            self.store, self.ballot_id, values["choices"], spoilt_reason="spoilt slip"
        )
