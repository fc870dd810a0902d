"""People › Add the selected to a group…: a new panel's members (or a recruitment day's
sign-ups) put on a group in one go, each for the same term (``groups.add_members``).
The term end follows the group's own rule until it is set by hand, as when adding one."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from engagement_desktop.gui.common.date_bounds import bound_dates
from engagement_desktop.gui.common.editor_dialog import (
    EditorDialog,
    from_qdate,
    set_combo_data,
    show_row,
    to_qdate,
)
from engagement_desktop.gui.forms.ui_add_to_group_dialog import Ui_AddToGroupDialog
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.groups.bulk import AddedMembers, add_members
from engagement_desktop.services.groups.details import default_term_end, group_details
from engagement_desktop.services.training.overview import group_choices
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


class AddToGroupDialog(EditorDialog):
    """Which group, in what role, from when: for every person in ``person_ids``."""

    def __init__(self, store: Store, person_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.person_ids = store, person_ids
        self.ui = ui = Ui_AddToGroupDialog()
        ui.setupUi(self)
        self.result_: AddedMembers | None = None
        with store.session() as session:
            for group_id, name, _appraised in sorted(
                group_choices(session), key=lambda g: g[1].casefold()
            ):
                ui.groupCombo.addItem(name, group_id)
        for code, text in vocab.MEMBERSHIP_ROLES.items():
            ui.roleCombo.addItem(text, code)
        set_combo_data(ui.roleCombo, "member")
        ui.introLabel.setText(
            f"Put the <b>{escape(plural(len(person_ids), 'person', 'people'))}</b> selected "
            "on a group, each for a term from the same day. Anyone already on it then is "
            "left as they are."
        )
        ui.termStartEdit.setDate(to_qdate(date.today()))
        for box in (ui.termStartEdit, ui.termEndEdit):
            bound_dates(box, done=False)  # a term runs 1990 to 2200, as the service takes
        ui.termEndEdit.setEnabled(False)
        ui.termEndCheck.toggled.connect(ui.termEndEdit.setEnabled)
        self._end_by_hand = self._following = False
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self._follow_rule())
        ui.termStartEdit.dateChanged.connect(lambda _d: self._follow_rule())
        ui.termEndEdit.dateChanged.connect(self._end_edited)
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "group_id": (ui.groupError, ui.groupCombo, "The group"),
                "person_id": (ui.formError, ui.groupCombo, "The people"),
                "role": (ui.roleError, ui.roleCombo, "The role"),
                "term_start": (ui.termStartError, ui.termStartEdit, "The term start"),
                "term_end": (ui.termEndError, ui.termEndEdit, "The term end"),
            },
            required=("group_id", "term_start"),
        )
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Add to group")
        if ui.groupCombo.count() == 0:
            ui.formError.setText("There is no group yet: add one on the Groups page first.")
            show_row(ui.formError, True)
            save.setEnabled(False)
        self._follow_rule()
        ui.groupCombo.setFocus()
        self.mark_clean()

    def _end_edited(self, _day: QDate) -> None:
        if not self._following:
            self._end_by_hand = True

    def _follow_rule(self) -> None:
        """The term end as the chosen group's rule gives it (until set by hand)."""
        self._following = True
        group_id = self.ui.groupCombo.currentData()
        if group_id is not None and not self._end_by_hand:
            with self.store.session() as session:
                years = group_details(session, group_id).values["term_years"]
            end = default_term_end(from_qdate(self.ui.termStartEdit.date()), years)
            self.ui.termEndCheck.setChecked(end is not None)
            # No fixed terms: the box starts from the start day, should one be ticked.
            self.ui.termEndEdit.setDate(to_qdate(end) if end else self.ui.termStartEdit.date())
        self._following = False

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "group_id": ui.groupCombo.currentData(),
            "role": ui.roleCombo.currentData(),
            "term_start": from_qdate(ui.termStartEdit.date()),
            "term_end": from_qdate(ui.termEndEdit.date()) if ui.termEndCheck.isChecked() else None,
        }

    def commit(self, values: dict[str, Any]) -> Any:
        """One transaction, under a wait cursor: 2,000 people take under a second. No
        safety backup: every term added is on the group to end or remove, and nothing
        already there is changed."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_ = add_members(
                self.store,
                values["group_id"],
                self.person_ids,
                role=values["role"],
                term_start=values["term_start"],
                term_end=values["term_end"],
            )
        finally:
            QApplication.restoreOverrideCursor()
        return self.result_
