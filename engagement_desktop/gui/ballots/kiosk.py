"""The voting kiosk at the door (and the postal votes desk, the same screen).

The officer finds the voter (two or three letters, a reference or a postcode) or adds
them as a walk-in with their consent; the kiosk checks them in at the ballot's event,
then turns to the voter: one large button per proposal, and Confirm. A second vote from
the household is refused on the spot with the time of the first and nothing of how
it went. After each vote the screen goes back to the search and shows no choice, so
the next person in the queue sees nothing. Postal votes: find the name on the
envelope, tick the choice on the paper inside (or say why it is spoilt), Confirm.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.ballots.walk_in import VoterWalkIn
from engagement_desktop.gui.common.editor_dialog import ERROR_STYLE
from engagement_desktop.gui.forms.ui_ballot_kiosk import Ui_BallotKiosk
from engagement_desktop.services.ballots import ballots, voting
from engagement_desktop.services.ballots.count import count_ballot
from engagement_desktop.services.common.money import money
from engagement_desktop.services.events import checkin
from engagement_desktop.store.engine import Store

_ID = int(Qt.ItemDataRole.UserRole)
SPOILT = {"": "Not spoilt", "blank": "Blank", "more than one choice": "More than one choice",
          "unclear": "Cannot tell the choice"}  # fmt: skip
DONE_STYLE = "color: #0b5d1e;"  # dark green on the light window: 7:1


class BallotKiosk(QDialog):
    """Find or add the voter, then they choose; ``channel`` is "kiosk" or "postal"."""

    def __init__(
        self, store: Store, ballot_id: int, channel: str = "kiosk", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ballot_id = ballot_id
        self.channel = channel
        self.voter: tuple[int, str] | None = None
        self.ui = ui = Ui_BallotKiosk()
        ui.setupUi(self)
        with store.session() as session:
            values = ballots.ballot_values(session, ballot_id)
            self.title = str(values["title"])
            self.event_id = values["event_id"]
            self.per = str(values["one_vote_per"])
            proposals = ballots.proposals_of(session, ballot_id)
        postal = channel == "postal"
        self.setWindowTitle(f"{'Postal votes' if postal else 'Voting kiosk'}: {self.title}")
        heading = QFont(self.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.6)
        heading.setBold(True)
        ui.headingLabel.setFont(heading)
        ui.headingLabel.setText(f"You Choose: {self.title}")
        if postal:
            ui.searchLabel.setText("&Find the name on the envelope: name, reference or postcode")
            ui.voteButton.setText("&Open this envelope")
        ui.slipButton.setVisible(not postal)
        ui.walkInButton.setVisible(not postal)
        ui.spoiltLabel.setVisible(postal)
        ui.spoiltCombo.setVisible(postal)
        for code, text in SPOILT.items():
            ui.spoiltCombo.addItem(text, code)
        self.choices = QButtonGroup(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        for proposal in proposals:
            button = QPushButton(f"{proposal.title}   ({money(proposal.cost_pence)})", self)
            button.setCheckable(True)
            button.setFont(big)
            button.setMinimumHeight(48)
            button.setAccessibleName(f"Vote for {proposal.title}")
            ui.choicesLayout.addWidget(button)
            self.choices.addButton(button, proposal.id)
        ui.choicesLayout.addStretch(1)
        self.choices.idClicked.connect(self._picked_choice)
        message = QFont(self.font())
        message.setPointSizeF(message.pointSizeF() * 1.3)
        ui.messageLabel.setFont(message)
        ui.chooseLabel.setFont(message)
        self.walk_in = VoterWalkIn(store, ballot_id, self)
        ui.walkInLayout.addWidget(self.walk_in)
        self.walk_in.added.connect(lambda voter: self.choose(voter.person_id, voter.name))
        self.walk_in.chosen.connect(self._known_walk_in)
        self.walk_in.cancelled.connect(self.back_to_search)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(lambda: self.search(ui.searchEdit.text()))
        ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.resultsList.itemActivated.connect(lambda _i: self.start_vote())
        ui.voteButton.clicked.connect(self.start_vote)
        ui.slipButton.clicked.connect(self.give_slip)
        ui.walkInButton.clicked.connect(self.start_walk_in)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.backButton.clicked.connect(self.back_to_search)
        ui.doneButton.clicked.connect(self.accept)
        ui.spoiltCombo.currentIndexChanged.connect(self._spoilt_changed)
        self.say("Find the voter by name, tenancy reference or postcode.")
        self.show_tally()
        self.back_to_search()

    # --- finding the voter -------------------------------------------------------------

    def search(self, text: str) -> None:
        widget = self.ui.resultsList
        widget.clear()
        with self.store.session() as session:
            found = checkin.search(session, self.event_id or 0, text)
            for match in found:
                voted = voting.voted_at(session, self.ballot_id, match.person_id)
                details = " · ".join(p for p in (match.reference, match.postcode) if p)
                note = f"   (household voted {voted:%H:%M})" if voted else ""
                if voted and self.per == "person":
                    note = f"   (voted {voted:%H:%M})"
                item = QListWidgetItem(f"{match.name}   {details}{note}")
                item.setData(_ID, (match.person_id, match.name))
                widget.addItem(item)
        if widget.count():
            widget.setCurrentRow(0)

    def _picked(self) -> tuple[int, str] | None:
        item = self.ui.resultsList.currentItem()
        return None if item is None else tuple(item.data(_ID))  # type: ignore[return-value]

    def start_vote(self) -> None:
        picked = self._picked()
        if picked is None:
            self.say("Find the voter first.", error=True)
            return
        self.choose(*picked)

    def choose(self, person_id: int, name: str) -> None:
        """Refuse at once if the household has voted; else check in and hand over."""
        try:
            voting.may_vote(self.store, self.ballot_id, person_id)
        except EngagementError as exc:
            self.say(str(exc), error=True)
            self.back_to_search()
            return
        if self.channel == "kiosk":
            try:
                voting.check_in_voter(self.store, self.ballot_id, person_id)
            except EngagementError as exc:
                self.say(str(exc), error=True)
                return
        self.voter = (person_id, name)
        checked = self.choices.checkedButton()
        if checked is not None:
            self.choices.setExclusive(False)
            checked.setChecked(False)
            self.choices.setExclusive(True)
        self.ui.spoiltCombo.setCurrentIndex(0)
        ask = "Tick the choice on the paper" if self.channel == "postal" else "Choose one"
        self.ui.chooseLabel.setText(f"{name}: {ask}, then Confirm.")
        self.say("")
        self.ui.steps.setCurrentWidget(self.ui.choosePage)
        buttons = self.choices.buttons()
        if buttons:
            buttons[0].setFocus()

    def _picked_choice(self, proposal_id: int) -> None:
        button = self.choices.button(proposal_id)
        if self.voter is not None and button is not None:
            chosen = button.text().split("   (")[0]
            self.ui.chooseLabel.setText(
                f"{self.voter[1]}: you chose {chosen}. Confirm my vote, or choose another."
            )

    def _spoilt_changed(self) -> None:
        spoilt = bool(self.ui.spoiltCombo.currentData())
        for button in self.choices.buttons():
            button.setEnabled(not spoilt)

    def confirm(self) -> None:
        if self.voter is None:
            return
        reason = self.ui.spoiltCombo.currentData() if self.channel == "postal" else ""
        proposal_id = self.choices.checkedId()
        if not reason and proposal_id < 0:
            self.say("Choose one of the proposals first.", error=True)
            return
        person_id, name = self.voter
        try:
            voting.cast_vote(
                self.store,
                self.ballot_id,
                person_id,
                None if reason else proposal_id,
                channel=self.channel,
                spoilt_reason=reason or None,
            )
        except EngagementError as exc:
            self.say(str(exc), error=True)
            self.back_to_search()
            return
        self.voter = None
        thanks = "Postal vote counted" if self.channel == "postal" else "Thank you: your vote"
        self.say(f"{thanks} for {name} is counted.", done=True)
        self.back_to_search(clear=True)

    def give_slip(self) -> None:
        picked = self._picked()
        if picked is None:
            self.say("Find the voter first.", error=True)
            return
        try:
            voting.check_in_voter(self.store, self.ballot_id, picked[0])
            voting.hand_out_paper(self.store, self.ballot_id, picked[0])
        except EngagementError as exc:
            self.say(str(exc), error=True)
            return
        self.say(f"Paper slip given to {picked[1]}: type the slips in after the event.", done=True)
        self.back_to_search(clear=True)

    # --- walk-ins ------------------------------------------------------------------------

    def start_walk_in(self) -> None:
        self.say("Add them with their consent to keep their details; then they vote.")
        self.ui.steps.setCurrentWidget(self.ui.walkInPage)
        self.walk_in.start(self.ui.searchEdit.text())

    def _known_walk_in(self, person_id: int) -> None:
        with self.store.session() as session:
            name = voting.person_name(session, person_id)
        self.choose(person_id, name)

    # --- screen ---------------------------------------------------------------------------

    def back_to_search(self, clear: bool = False) -> None:
        self.voter = None
        self.ui.steps.setCurrentWidget(self.ui.findPage)
        if clear:
            self.ui.searchEdit.clear()
            self.ui.resultsList.clear()
        self.show_tally()
        self.ui.searchEdit.setFocus()

    def show_tally(self) -> None:
        with self.store.session() as session:
            count = count_ballot(session, self.ballot_id)
        self.ui.tallyLabel.setText(f"{count.voters} voted so far")

    def say(self, text: str, *, error: bool = False, done: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.ui.messageLabel.setText(text)
