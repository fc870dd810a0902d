"""The Community fund tab: a round's applications with their scores, decisions, payments
and evaluations, the actions on the chosen one, the panel pack and decision letters.

The tab only reads (through services.fund); every change is an editor whose Save is one
service call, after which the tab reads again and says what changed via ``changed``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.common.pdf_output import save_pdf_of
from engagement_desktop.gui.forms.ui_fund_tab import Ui_FundTab
from engagement_desktop.gui.fund.dialogs import (
    FundApplicationDialog,
    FundDecisionDialog,
    FundEvaluationDialog,
    FundPaymentDialog,
    FundRoundDialog,
    FundScoresDialog,
)
from engagement_desktop.gui.training.models import Column, LinesModel, keep_current, set_up_table
from engagement_desktop.interchange.reading.values import date_text
from engagement_desktop.services.common.money import money
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.fund.listing import ApplicationRow, RoundRow, applications, rounds
from engagement_desktop.services.fund.panel import panel_view
from engagement_desktop.services.fund.rounds import FUND_STATUSES
from engagement_desktop.store.engine import Store


def _score(row: ApplicationRow) -> str:
    return "" if row.average is None else f"{row.average:g} / {row.out_of}"


def _state(row: ApplicationRow) -> str | None:
    return "expired" if row.evaluation(date.today()).startswith("Late") else None


class FundTab(QWidget):
    """One round at a time: its money at the top, its applications below."""

    changed = Signal()  # something was saved (Home and the budget may show it)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_FundTab()
        ui.setupUi(self)
        self.rounds: list[RoundRow] = []
        self.model = LinesModel(
            [
                Column("No.", lambda r: r.id, "number"),
                Column("Group", lambda r: r.applicant),
                Column("Project", lambda r: r.project),
                Column("Asked", lambda r: money(r.requested_pence)),
                Column("Match", lambda r: money(r.match_funding_pence)),
                Column("Panel score", _score),
                Column("Decision", lambda r: FUND_STATUSES.get(r.status, r.status)),
                Column("Award", lambda r: money(r.award_pence)),
                Column("Paid", lambda r: money(r.paid_pence) if r.paid_pence else ""),
                Column("Evaluation", lambda r: r.evaluation(date.today())),
            ],
            self,
            state=_state,
        )
        set_up_table(ui.applicationsTable, self.model, [5, 26, 28, 10, 10, 10, 10, 10, 10, 22], 2)
        ui.roundCombo.currentIndexChanged.connect(lambda _i: self._load_applications())
        ui.applicationsTable.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_panel()
        )
        ui.newRoundButton.clicked.connect(lambda: self._edit_round(None))
        ui.editRoundButton.clicked.connect(lambda: self._edit_round(self.round_id()))
        ui.newApplicationButton.clicked.connect(self._new_application)
        for button, dialog in (
            (ui.scoresButton, FundScoresDialog),
            (ui.decideButton, FundDecisionDialog),
            (ui.payButton, FundPaymentDialog),
            (ui.evaluationButton, FundEvaluationDialog),
        ):
            button.clicked.connect(lambda _c=False, d=dialog: self._on_application(d))
        ui.packButton.clicked.connect(self._save_pack)
        ui.lettersButton.clicked.connect(self._save_letters)
        mark_changes(ui.newRoundButton, ui.newApplicationButton, ui.scoresButton, ui.decideButton)
        mark_changes(ui.payButton, ui.evaluationButton)
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        self.store = store
        self.refresh()

    def round_id(self) -> int | None:
        data = self.ui.roundCombo.currentData()
        return int(data) if data is not None else None

    def current(self) -> ApplicationRow | None:
        index = self.ui.applicationsTable.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def reload(self) -> None:
        """Read everything again (the Customers in control page asks this of each tab)."""
        self.refresh()

    def refresh(self) -> None:
        keep = self.round_id()
        with self.store.session() as session:
            self.rounds = rounds(session)
        combo = self.ui.roundCombo
        combo.blockSignals(True)
        combo.clear()
        for r in self.rounds:
            combo.addItem(f"{r.name} ({date_text(r.opens_on)} to {date_text(r.closes_on)})", r.id)
        if keep is not None and combo.findData(keep) >= 0:
            combo.setCurrentIndex(combo.findData(keep))
        combo.blockSignals(False)
        self._load_applications()

    def _load_applications(self) -> None:
        ui = self.ui
        round_id = self.round_id()
        chosen = next((r for r in self.rounds if r.id == round_id), None)
        has_round = chosen is not None
        for button in (
            ui.editRoundButton,
            ui.newApplicationButton,
            ui.packButton,
            ui.lettersButton,
        ):
            button.setEnabled(has_round)
        if chosen is None:
            ui.summaryLabel.setText(
                "No fund round yet: make one with New round, then record the applications."
            )
            self.model.set_lines([])
            self._show_panel()
            return
        ui.summaryLabel.setText(
            f"Budget {money(chosen.budget_pence)}; up to {money(chosen.max_award_pence)} for one "
            f"application. {plural(chosen.applications, 'application')}; awarded "
            f"{money(chosen.awarded_pence)}, paid {money(chosen.paid_pence)}, "
            f"{money(chosen.left_pence)} left to award."
        )
        with self.store.session() as session:
            self.model.set_lines(applications(session, chosen.id))
        keep_current(ui.applicationsTable)
        self._show_panel()

    def _show_panel(self) -> None:
        ui = self.ui
        row = self.current()
        for button in (ui.scoresButton, ui.decideButton):
            button.setEnabled(row is not None and row.status == "received")
        for button in (ui.payButton, ui.evaluationButton):
            button.setEnabled(row is not None and row.status == "awarded")
        if row is None:
            ui.panelLabel.setText("")
            return
        with self.store.session() as session:
            view = panel_view(session, row.id)
        parts = []
        for member in view.members:
            if member.conflict is not None:
                parts.append(f"{member.name}: conflict of interest ({member.conflict}), left out")
            else:
                parts.append(f"{member.name}: {member.total} / {view.out_of}")
        average = "not scored yet" if view.average is None else f"average {view.average:g}"
        ui.panelLabel.setText(
            f"{row.applicant}: {average}. " + ("; ".join(parts) + "." if parts else "")
        )

    def show_record(self, application_id: int) -> None:
        """Select an application (a Home line's late evaluation), in its round."""
        self.refresh()
        with self.store.session() as session:
            found = [a for a in applications(session) if a.id == application_id]
        if not found:
            return
        combo = self.ui.roundCombo
        wanted = next((r.id for r in self.rounds if r.name == found[0].round_name), None)
        if wanted is not None:
            combo.setCurrentIndex(combo.findData(wanted))
        for row, line in enumerate(self.model.lines):
            if line.id == application_id:
                self.ui.applicationsTable.selectRow(row)
                self.ui.applicationsTable.setFocus()

    # --- changing -------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def _edit_round(self, round_id: int | None) -> None:
        self._run(FundRoundDialog(self.store, round_id, self))

    def _new_application(self) -> None:
        round_id = self.round_id()
        if round_id is not None:
            self._run(FundApplicationDialog(self.store, round_id, self))

    def _on_application(self, dialog: Any) -> None:
        row = self.current()
        if row is not None:
            self._run(dialog(self.store, row.id, row.applicant, self))

    def _save_pack(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        store = self.store

        def write(target: Path, _progress: Any) -> Path:
            from engagement_desktop.reports.fund.panel_pack import panel_pack, write_panel_pack

            with store.session() as session:
                pack = panel_pack(session, round_id)
            return write_panel_pack(pack, target)

        save_pdf_of(self, write, f"Panel pack {self.ui.roundCombo.currentText()}")

    def _save_letters(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        store = self.store

        def write(target: Path, progress: Any) -> Any:
            from engagement_desktop.reports.fund.letters import make_decision_letters

            return make_decision_letters(store, round_id, target, progress)

        save_pdf_of(self, write, "Decision letters", saved=lambda _p: self.changed.emit())
