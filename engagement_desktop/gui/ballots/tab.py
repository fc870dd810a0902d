"""The You Choose tab: ballots on the left; on the right the chosen ballot's proposals
with the count so far, and what can be done at its stage (set up → open → closed).

The tab only reads; each button is one service call or one dialog whose Save is one,
after which the tab reads the ballot again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.ballots.dialogs import BallotDialog, PaperSlipsDialog, ProposalDialog
from engagement_desktop.gui.ballots.kiosk import BallotKiosk
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.common.pdf_output import save_pdf_of
from engagement_desktop.gui.common.tasks import TaskProgress
from engagement_desktop.gui.forms.ui_ballots_tab import Ui_BallotsTab
from engagement_desktop.services.ballots import ballots
from engagement_desktop.services.ballots.count import (
    Count,
    count_ballot,
    count_heading,
    outcome_sentence,
    papers_sentence,
)
from engagement_desktop.services.common.money import money
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import short_date, short_month
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)


def _fill(table: QTableWidget, headings: list[str], rows: list[tuple[int, list[str]]]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_ID, record_id)
            if c and text[:1] in "£0123456789":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headings)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()


class BallotsTab(QWidget):
    """Emits ``changed`` after anything is saved (Home and the budget may show it)."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ballot_id: int | None = None
        self.dialog: QDialog | None = None  # the one open now, if any
        self.ui = ui = Ui_BallotsTab()
        ui.setupUi(self)
        bold = QFont(self.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        bold.setBold(True)
        ui.nameLabel.setFont(bold)
        ui.ballotsTable.itemSelectionChanged.connect(self._selected)
        ui.ballotsTable.itemActivated.connect(lambda _i: self.edit_ballot())
        ui.newButton.clicked.connect(lambda: self.edit_ballot(new=True))
        ui.editButton.clicked.connect(lambda: self.edit_ballot())
        ui.addProposalButton.clicked.connect(self.add_proposal)
        ui.removeProposalButton.clicked.connect(self.remove_proposal)
        ui.openButton.clicked.connect(self.open_voting)
        ui.closeButton.clicked.connect(self.close_voting)
        ui.kioskButton.clicked.connect(lambda: self.kiosk("kiosk"))
        ui.postalButton.clicked.connect(lambda: self.kiosk("postal"))
        ui.paperButton.clicked.connect(self.type_paper)
        sheets = QMenu(ui.sheetButton)  # the noticeboard copy, or large print to hand out
        sheets.addAction("&Standard print…", lambda: self.save_sheet(large_print=False))
        sheets.addAction("&Large print…", lambda: self.save_sheet(large_print=True))
        ui.sheetButton.setMenu(sheets)
        mark_changes(ui.newButton, ui.addProposalButton, ui.removeProposalButton)
        mark_changes(ui.openButton, ui.closeButton, ui.kioskButton, ui.postalButton, ui.paperButton)
        self.refresh()

    # --- the page protocol -----------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        self.store = store
        self.ballot_id = None
        self.refresh()

    def activate(self) -> None:
        self.refresh()

    def reload(self) -> None:
        """Read everything again (the Customers in control page asks this of each tab)."""
        self.refresh()

    def refresh(self) -> None:
        with self.store.session() as session:
            rows = ballots.list_ballots(session)
        keep = self.ballot_id
        table = self.ui.ballotsTable
        table.blockSignals(True)
        _fill(
            table,
            ["Ballot", "Stage", "Pot", "Voted"],
            [
                (b.id, [b.title, ballots.STATUSES[b.status], money(b.pot_pence), str(b.voted)])
                for b in rows
            ],
        )
        table.blockSignals(False)
        ids = [b.id for b in rows]
        self.show_ballot(keep if keep in ids else (ids[0] if ids else None))

    def show_ballot(self, ballot_id: int | None) -> None:
        """Select and show one ballot (the Home page's lines lead here)."""
        self.ballot_id = ballot_id
        table = self.ui.ballotsTable
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(_ID) == ballot_id:
                table.blockSignals(True)
                table.selectRow(row)
                table.blockSignals(False)
        self._show_detail()

    def show_record(self, record_id: int) -> None:
        self.refresh()
        self.show_ballot(record_id)

    def _selected(self) -> None:
        items = self.ui.ballotsTable.selectedItems()
        self.ballot_id = int(items[0].data(_ID)) if items else None
        self._show_detail()

    def _show_detail(self) -> None:
        ui = self.ui
        count: Count | None = None
        if self.ballot_id is not None:
            with self.store.session() as session:
                count = count_ballot(session, self.ballot_id)
                values = ballots.ballot_values(session, self.ballot_id)
        status = count.status if count else ""
        for button, on in (
            (ui.editButton, status == "draft"),
            (ui.addProposalButton, status == "draft"),
            (ui.removeProposalButton, status == "draft"),
            (ui.openButton, status == "draft"),
            (ui.closeButton, status == "open"),
            (ui.kioskButton, status == "open"),
            (ui.postalButton, status == "open"),
            (ui.paperButton, status == "open"),
            (ui.sheetButton, count is not None),
        ):
            button.setEnabled(on)
        if count is None:
            ui.nameLabel.setText("No ballot yet")
            ui.statusLabel.setText("New ballot… sets up a pot and the proposals to vote on.")
            _fill(ui.proposalsTable, ["Proposal", "Cost", "Votes"], [])
            ui.countLabel.clear()
            return
        ui.nameLabel.setText(count.title)
        days = ""
        if values["opens_on"] and values["closes_on"]:
            opens, closes = values["opens_on"], values["closes_on"]
            days = f" Voting {opens.day:02d} {short_month(opens)} to {short_date(closes)}."
        ui.statusLabel.setText(
            f"{ballots.STATUSES[count.status]}. Pot {money(count.pot_pence)}; "
            f"{ballots.ONE_VOTE_PER[count.one_vote_per].lower()}; tie rule: "
            f"{ballots.TIE_RULES[count.tie_rule].lower()}.{days}"
        )
        placed = {p.proposal.id: p for p in count.placed}
        with self.store.session() as session:
            proposals = ballots.proposals_of(session, count.ballot_id)
        order = proposals if count.status == "draft" else [p.proposal for p in count.placed]
        _fill(
            ui.proposalsTable,
            ["Proposal", "Cost", "Votes", ""],
            [
                (
                    p.id,
                    [
                        p.title + (f" ({p.put_forward_by})" if p.put_forward_by else ""),
                        money(p.cost_pence),
                        str(placed[p.id].votes),
                        "Funded" if placed[p.id].funded else "",
                    ],
                )
                for p in order
            ],
        )
        ui.countLabel.setText(
            f"{count_heading(count)}: {papers_sentence(count)} {outcome_sentence(count)}"
        )
        ui.proposalsLabel.setText(
            "P&roposals and the result" if count.final else "P&roposals and the count so far"
        )

    # --- actions -------------------------------------------------------------------------------

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except EngagementError as exc:
            self.tell(str(exc))
            return
        self.refresh()
        self.changed.emit()

    def tell(self, text: str) -> None:
        """A refusal in a sentence (a method, so tests can hear it)."""
        QMessageBox.warning(self, "You Choose", text)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, "You Choose", text)
        return answer == QMessageBox.StandardButton.Yes

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, not blocking: the tab reads again when it closes."""
        self.dialog = dialog

        def closed(result: int) -> None:
            saved = getattr(dialog, "saved", None)
            if result and isinstance(saved, int) and isinstance(dialog, BallotDialog):
                self.ballot_id = saved
            self.refresh()
            self.changed.emit()

        dialog.finished.connect(closed)
        dialog.open()

    def edit_ballot(self, new: bool = False) -> None:
        if not new and (self.ballot_id is None or not self.ui.editButton.isEnabled()):
            return
        self._open(BallotDialog(self.store, None if new else self.ballot_id, self))

    def add_proposal(self) -> None:
        if self.ballot_id is not None:
            self._open(ProposalDialog(self.store, self.ballot_id, self))

    def remove_proposal(self) -> None:
        items = self.ui.proposalsTable.selectedItems()
        if items:
            proposal_id = int(items[0].data(_ID))
            self._run(lambda: ballots.remove_proposal(self.store, proposal_id))

    def open_voting(self) -> None:
        ballot_id = self.ballot_id
        if ballot_id is not None and self.confirm(
            "Open voting? The pot, the proposals and the tie rule cannot change after this."
        ):
            self._run(lambda: ballots.open_ballot(self.store, ballot_id))

    def close_voting(self) -> None:
        ballot_id = self.ballot_id
        if ballot_id is None:
            return
        with self.store.session() as session:
            waiting = count_ballot(session, ballot_id).paper_waiting
        extra = f" {waiting} paper slips handed out are not typed in yet." if waiting else ""
        if self.confirm(f"Close voting and declare the result? No more votes can be taken.{extra}"):
            self._run(lambda: ballots.close_ballot(self.store, ballot_id))

    def kiosk(self, channel: str) -> None:
        if self.ballot_id is not None:
            self._open(BallotKiosk(self.store, self.ballot_id, channel, self))

    def type_paper(self) -> None:
        if self.ballot_id is not None:
            self._open(PaperSlipsDialog(self.store, self.ballot_id, self))

    def save_sheet(self, *, large_print: bool = False) -> None:
        """The result sheet as a PDF, in standard or large print (16 pt throughout)."""
        ballot_id = self.ballot_id
        if ballot_id is None:
            return
        store = self.store

        def write(path: Path, _progress: TaskProgress) -> Path:
            from engagement_desktop.reports.ballots.result_sheet import write_result_sheet

            with store.session() as session:
                count = count_ballot(session, ballot_id)
                landlord = str(get_setting(session, "landlord_name") or "")
            return write_result_sheet(count, path, landlord=landlord, large_print=large_print)

        title = self.ui.nameLabel.text() + (" large print" if large_print else "")
        save_pdf_of(self, write, f"You Choose result {title}", caption="Save the result sheet")
