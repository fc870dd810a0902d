"""Interests and support needs: checklists saved with the person in the same save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem

from engagement_desktop.gui.common.checklist import roomy
from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.gui.people.form_parts import compact_rows
from engagement_desktop.services.people.choices import TopicChoice
from engagement_desktop.services.people.summary import PersonSummary
from engagement_desktop.store import vocab

_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class NeedsAndInterests:
    """Topic checklist and support needs (need ticked, detail typed beside it)."""

    def __init__(self, ui: Ui_PersonEditor) -> None:
        self.ui = ui
        roomy(ui.interestsList)
        table = ui.supportTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Need", "Detail (e.g. which language)"])
        table.setRowCount(len(vocab.SUPPORT_NEEDS))
        for row, (code, label) in enumerate(vocab.SUPPORT_NEEDS.items()):
            need = QTableWidgetItem(label)
            need.setFlags(_CHECKABLE | Qt.ItemFlag.ItemIsSelectable)
            need.setCheckState(_UNCHECKED)
            need.setData(Qt.ItemDataRole.UserRole, code)
            table.setItem(row, 0, need)
            table.setItem(row, 1, QTableWidgetItem(""))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        compact_rows(table)
        table.itemChanged.connect(self._detail_ticks_need)

    def load_topics(self, topics: list[TopicChoice]) -> None:
        for topic in topics:
            item = QListWidgetItem(topic.name, self.ui.interestsList)
            item.setFlags(_CHECKABLE | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(_UNCHECKED)
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setHidden(topic.archived)  # shown only if this person has it

    def load(self, summary: PersonSummary | None) -> None:
        chosen = set(summary.interests) if summary else set()
        topics = self.ui.interestsList
        for row in range(topics.count()):
            item = topics.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(_CHECKED if ticked else _UNCHECKED)
            item.setHidden(item.isHidden() and not ticked)
        details: dict[str, list[str]] = {}
        for need, detail in summary.support_needs if summary else []:
            details.setdefault(need, []).append(detail)
        table = self.ui.supportTable
        table.blockSignals(True)
        for row in range(table.rowCount()):
            code = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            table.item(row, 0).setCheckState(_CHECKED if code in details else _UNCHECKED)
            table.item(row, 1).setText("; ".join(d for d in details.get(code, []) if d))
        table.blockSignals(False)

    def _detail_ticks_need(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and item.text().strip():
            self.ui.supportTable.item(item.row(), 0).setCheckState(_CHECKED)

    def interests(self) -> list[int]:
        topics = self.ui.interestsList
        return sorted(
            topics.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(topics.count())
            if topics.item(r).checkState() == _CHECKED
        )

    def support_needs(self) -> list[tuple[str, str]]:
        """Each ticked need with each of its details: "Polish; Urdu" shown in one cell is
        two needs, as it was read (an interpreter for each language), never one."""
        table = self.ui.supportTable
        needs = []
        for r in range(table.rowCount()):
            if table.item(r, 0).checkState() != _CHECKED:
                continue
            code = table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            details = [d.strip() for d in table.item(r, 1).text().split(";") if d.strip()]
            needs += [(code, detail) for detail in details or [""]]
        return needs

    def state(self) -> dict[str, Any]:
        return {"interests": self.interests(), "support_needs": self.support_needs()}
