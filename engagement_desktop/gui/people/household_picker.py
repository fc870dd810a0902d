"""The household drop-down on the person editor: the households at the address or
tenancy typed, so a new resident joins theirs, and who already lives in the one chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.gui.people.form_parts import fill_choices, select_choice
from engagement_desktop.services.people import choices
from engagement_desktop.store.engine import Store


class HouseholdPicker:
    """Offers households again whenever the postcode or tenancy reference is typed."""

    def __init__(
        self, ui: Ui_PersonEditor, store: Store, person_id: Callable[[], int | None]
    ) -> None:
        self.ui, self.store, self.person_id = ui, store, person_id
        self.on_file: int | None = None  # the person's household, until the box is filled
        ui.postcodeEdit.editingFinished.connect(self.refresh)
        ui.referenceEdit.editingFinished.connect(self.refresh)
        ui.householdCombo.currentIndexChanged.connect(self._show_housemates)

    def load(self, household_id: int | None) -> None:
        self.on_file = household_id
        self.refresh()

    def refresh(self) -> None:
        """Households at this address or tenancy, and the one chosen."""
        box = self.ui.householdCombo
        current = box.currentData() if box.count() else self.on_file
        with self.store.session() as session:
            rows = choices.households_near(
                session, current, self.ui.referenceEdit.text(), self.ui.postcodeEdit.text()
            )
        households = {
            hid: " · ".join(part for part in (name, ref) if part) or f"Household {hid}"
            for hid, name, ref in rows
        }
        box.blockSignals(True)
        fill_choices(box, households, "No household")
        select_choice(box, current)
        box.blockSignals(False)
        self._show_housemates()

    def _show_housemates(self, *_args: Any) -> None:
        household = self.ui.householdCombo.currentData()
        text = ""
        if household is not None:
            with self.store.session() as session:
                names = choices.housemates(session, household, self.person_id())
            text = "Lives with: " + ", ".join(names) if names else ""
        self.ui.householdMembersLabel.setText(text)
