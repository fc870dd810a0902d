"""A walk-in who wants to vote: the event check-in's walk-in form, adding them through
the ballot's service (checked in at the ballot's event when it has one)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.events.checkin_walkin import WalkInPanel
from engagement_desktop.services.ballots import voting
from engagement_desktop.store.engine import Store


class VoterWalkIn(WalkInPanel):
    """Emits ``added(NewVoter)``, ``chosen(person_id)`` (already on file) or ``cancelled``."""

    def __init__(self, store: Store, ballot_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, 0, parent)
        self.ballot_id = ballot_id
        self.ui.addButton.setText("&Add, then vote (Enter)")

    def add(self) -> None:
        try:
            voter = voting.add_walk_in_voter(
                self.store,
                self.ballot_id,
                self.fields(),
                hold_data=self.ui.holdDataCheck.isChecked(),
                contact=self.contact(),
            )
        except ValidationError as exc:
            self._show_problems(exc.errors)
            return
        except EngagementError as exc:
            self._show_problems({"walk_in": str(exc)})
            return
        self.added.emit(voter)
