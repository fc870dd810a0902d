"""The review's project team: the stream lead and the members, saved as one call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.forms.ui_team_dialog import Ui_TeamDialog
from engagement_desktop.services.reviews import scrutiny
from engagement_desktop.store.engine import Store


class TeamDialog(EditorDialog):
    """Choose the lead; add members one by one from the picker; remove the chosen one."""

    def __init__(self, store: Store, review_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.review_id = store, review_id
        self.ui = ui = Ui_TeamDialog()
        ui.setupUi(self)
        ui.leadEdit.set_store(store)
        ui.memberEdit.set_store(store)
        with store.session() as session:
            found = scrutiny.team(session, review_id) if review_id else []
        for pid, name, role in found:
            if role == "lead":
                ui.leadEdit.set_person(pid)
            else:
                self._add(pid, name)
        ui.addButton.clicked.connect(self.add_member)
        ui.removeButton.clicked.connect(
            lambda: ui.membersList.takeItem(ui.membersList.currentRow())
        )
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "lead_id": (ui.leadError, ui.leadEdit, "The stream lead"),
                "members": (ui.memberError, ui.memberEdit, "The member"),
            },
        )
        self.fit_height()
        ui.leadEdit.setFocus()
        self.mark_clean()

    def _add(self, person_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.ui.membersList.addItem(item)

    def member_ids(self) -> list[int]:
        box = self.ui.membersList
        return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())]

    def add_member(self) -> None:
        picker = self.ui.memberEdit
        if picker.person_id is not None and picker.person_id not in self.member_ids():
            self._add(picker.person_id, picker.text())
        picker.set_person(None)
        picker.setFocus()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        values = {"lead_id": ui.leadEdit.person_id, "members": self.member_ids()}
        problems = {}
        if values["lead_id"] is None and ui.leadEdit.text().strip():
            problems["lead_id"] = "choose someone from the list that drops down as you type"
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return scrutiny.set_team(self.store, self.review_id, values["lead_id"], values["members"])
