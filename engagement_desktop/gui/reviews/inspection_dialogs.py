"""The inspection editors: a new checklist, and a visit scored against one (a score
per question, blank for not seen). Each Save is one service call."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableWidgetItem, QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.forms.ui_checklist_dialog import Ui_ChecklistDialog
from engagement_desktop.gui.forms.ui_visit_dialog import Ui_VisitDialog
from engagement_desktop.gui.reviews.review_dialogs import fill_combo, read_dates
from engagement_desktop.interchange.reading.values import date_text
from engagement_desktop.services.events.details import event_choices
from engagement_desktop.services.reviews import inspections
from engagement_desktop.services.reviews.overview import template_choices, template_questions
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

NOT_SEEN = "—"


class ChecklistDialog(EditorDialog):
    """Name, kind, the top score and the questions (one a line)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_ChecklistDialog()
        ui.setupUi(self)
        fill_combo(ui.kindEdit, vocab.INSPECTION_KINDS)
        ui.scaleEdit.setToolTip("Each question is scored from 0 to this.")
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "name": (ui.nameError, ui.nameEdit, "The name"),
                "kind": (ui.kindError, ui.kindEdit, "The kind"),
                "scale_max": (ui.scaleError, ui.scaleEdit, "The top score"),
                "questions": (ui.questionsError, ui.questionsEdit, "The questions"),
            },
            required=("name", "questions"),
        )
        self.fit_height()
        ui.nameEdit.setFocus()
        self.mark_clean()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "kind": ui.kindEdit.currentData(),
            "scale_max": ui.scaleEdit.value(),
            "questions": ui.questionsEdit.toPlainText().splitlines(),
        }, {}

    def commit(self, values: dict[str, Any]) -> Any:
        return inspections.add_template(
            self.store, values["name"], values["kind"], values["scale_max"], values["questions"]
        )


class VisitDialog(EditorDialog):
    """Checklist, place, date, the event the inspectors came to, and a score per question."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_VisitDialog()
        ui.setupUi(self)
        self.questions: list[tuple[int, int, str]] = []
        with store.session() as session:
            self.templates = template_choices(session)
            events = event_choices(session)
        for tid, name, _top in self.templates:
            ui.checklistEdit.addItem(name, tid)
        ui.eventEdit.addItem("(none)", None)
        for eid, label in list(events.items())[:300]:
            ui.eventEdit.addItem(label, eid)
        ui.eventEdit.setToolTip(
            "The inspectors are the people who came to this event: their attendance and "
            "points are kept there."
        )
        ui.visitedEdit.setText(date_text(date.today()))
        table = ui.scoresTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Question", "Score"])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.checklistEdit.currentIndexChanged.connect(lambda _i: self._show_questions())
        self._show_questions()
        self.bind(
            ui.buttonBox,
            ui.formError,
            {
                "template_id": (ui.checklistError, ui.checklistEdit, "The checklist"),
                "place": (ui.placeError, ui.placeEdit, "The place"),
                "visited_on": (ui.visitedError, ui.visitedEdit, "The date"),
                "event_id": (ui.eventError, ui.eventEdit, "The event"),
                "photos": (ui.photosError, ui.photosEdit, "The photos"),
                "scores": (ui.scoresError, ui.scoresTable, "The scores"),
            },
            required=("place", "visited_on"),
        )
        ui.placeEdit.setFocus()
        self.mark_clean()

    def _show_questions(self) -> None:
        tid = self.ui.checklistEdit.currentData()
        top = next((t for i, _n, t in self.templates if i == tid), 5)
        with self.store.session() as session:
            self.questions = template_questions(session, tid) if tid else []
        table = self.ui.scoresTable
        table.setRowCount(len(self.questions))
        for row, (_qid, number, text) in enumerate(self.questions):
            item = QTableWidgetItem(f"{number}. {text}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            spin = QSpinBox()
            spin.setRange(-1, top)
            spin.setSpecialValueText(NOT_SEEN)  # -1 shows as "not seen"
            spin.setValue(-1)
            spin.setAccessibleName(f"Score for question {number}, 0 to {top}")
            table.setCellWidget(row, 1, spin)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        ui = self.ui
        scores: dict[int, int | None] = {}
        for row, (qid, _n, _t) in enumerate(self.questions):
            spin = ui.scoresTable.cellWidget(row, 1)
            value = spin.value() if isinstance(spin, QSpinBox) else -1
            scores[qid] = None if value < 0 else value
        values: dict[str, Any] = {
            "template_id": ui.checklistEdit.currentData(),
            "place": ui.placeEdit.text(),
            "event_id": ui.eventEdit.currentData(),
            "photos": ui.photosEdit.text(),
            "scores": scores,
        }
        problems = read_dates(values, {"visited_on": ui.visitedEdit})
        if values.get("visited_on") is None and "visited_on" not in problems:
            problems["visited_on"] = "is required"
        if values["template_id"] is None:
            problems["template_id"] = "make a checklist first (New checklist…)"
        return values, problems

    def commit(self, values: dict[str, Any]) -> Any:
        return inspections.record_visit(
            self.store,
            inspections.NewVisit(
                template_id=values["template_id"],
                place=values["place"],
                visited_on=values["visited_on"],
                scores=values["scores"],
                event_id=values["event_id"],
                photos=values["photos"],
            ),
        )
