"""Equality monitoring: special category data, so it stays collapsed and unread
until the officer asks to see it; the answers are saved with the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.services.people.details import equality_answers
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)


class EqualityTab(QObject):
    """Collapsed until the officer asks; read from the database only then."""

    #: The answers as first shown (showing them is not changing them).
    loaded = Signal(object)

    def __init__(
        self,
        ui: Ui_PersonEditor,
        store: Store,
        person_id: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui, self.store, self.person_id = ui, store, person_id
        self.shown = False
        self.boxes: dict[str, QComboBox] = {
            name: getattr(ui, f"{_camel(name)}Combo") for name in vocab.EQUALITY_QUESTIONS
        }
        ui.equalityPanel.hide()
        ui.showEqualityButton.clicked.connect(self.toggle)

    def fields(self) -> dict[str, QWidget]:
        return {**self.boxes, "written_objection": self.ui.writtenObjectionCheck}

    def toggle(self) -> None:
        panel = self.ui.equalityPanel
        if not self.shown:
            self.load()
        panel.setVisible(not panel.isVisible())
        self.ui.showEqualityButton.setText(
            "&Hide equality monitoring" if panel.isVisible() else "S&how equality monitoring"
        )
        if panel.isVisible():
            next(iter(self.boxes.values())).setFocus()

    def load(self) -> None:
        answers: dict[str, Any] = {}
        person_id = self.person_id()
        if person_id is not None:
            with self.store.session() as session:
                answers = equality_answers(session, person_id)
        for name, box in self.boxes.items():
            box.addItem("", None)
            for code, label in vocab.EQUALITY_QUESTIONS[name].items():
                box.addItem(label, code)
            box.addItem("Prefer not to say", vocab.PREFER_NOT_TO_SAY)
            value = answers.get(name)
            box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
        self.ui.writtenObjectionCheck.setChecked(bool(answers.get("written_objection")))
        self.shown = True
        self.loaded.emit(self.answers())

    def answers(self) -> dict[str, Any] | None:
        """None until shown: the save then leaves the answers exactly as they were."""
        if not self.shown:
            return None
        values: dict[str, Any] = {name: box.currentData() for name, box in self.boxes.items()}
        values["written_objection"] = self.ui.writtenObjectionCheck.isChecked()
        return values
