"""The Consultations tab: each policy put to customers with its dates, how many were
asked and answered, and whether feedback went out; the chosen one's answers below."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMainWindow, QWidget

from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.forms.ui_consultations_tab import Ui_ConsultationsTab
from engagement_desktop.gui.reviews.consultation_dialogs import (
    AnswerDialog,
    AskDialog,
    ConsultationDialog,
)
from engagement_desktop.gui.reviews.tables import chosen_id, fill, set_up
from engagement_desktop.interchange.reading.values import date_text
from engagement_desktop.services.reviews.consultations import responses
from engagement_desktop.services.reviews.overview import consultation_lines
from engagement_desktop.store.engine import Store

COLUMNS = ("Policy", "Opens", "Closes", "Committee", "Asked", "Answered", "Feedback sent")


class ConsultationsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: EditorDialog | None = None
        self.ui = ui = Ui_ConsultationsTab()
        ui.setupUi(self)
        set_up(ui.consultationsTable, COLUMNS, 0)
        ui.splitter.setSizes([260, 300])
        ui.consultationsTable.itemSelectionChanged.connect(self._show_chosen)
        ui.consultationsTable.activated.connect(lambda _i: self.edit())
        ui.newButton.clicked.connect(lambda: self.open(ConsultationDialog(self.store, None, self)))
        ui.editButton.clicked.connect(self.edit)
        ui.askButton.clicked.connect(self.ask)
        ui.answerButton.clicked.connect(self.answer)
        mark_changes(ui.newButton, ui.askButton, ui.answerButton)
        self._show_chosen()

    def reload(self) -> None:
        with self.store.session() as session:
            lines = consultation_lines(session)
        fill(
            self.ui.consultationsTable,
            [
                (
                    c.consultation_id,
                    (
                        c.policy,
                        c.opens_on,
                        c.closes_on,
                        c.committee_on,
                        c.asked,
                        c.responded,
                        c.feedback_sent_on or "Not yet",
                    ),
                )
                for c in lines
            ],
        )
        self._show_chosen()

    def set_store(self, store: Store) -> None:
        self.store = store

    def _show_chosen(self) -> None:
        cid = chosen_id(self.ui.consultationsTable)
        self.ui.editButton.setEnabled(cid is not None)
        self.ui.askButton.setEnabled(cid is not None)
        self.ui.answerButton.setEnabled(cid is not None)
        if cid is None:
            self.ui.detailText.setHtml("")
            return
        with self.store.session() as session:
            rows = responses(session, cid)
        answered = [r for r in rows if r[2] is not None]
        items = "".join(
            f"<li><b>{escape(name)}</b> ({date_text(on)}): {escape(text)}</li>"
            for name, _asked, on, text in answered
            if on is not None
        )
        waiting = len(rows) - len(answered)
        self.ui.detailText.setHtml(
            f"<p><b>{len(answered)} answered</b>; {waiting} asked and not yet answered.</p>"
            f"<ul>{items}</ul>"
        )

    def open(self, dialog: EditorDialog) -> EditorDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(lambda: self.say("Saved."))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit(self) -> None:
        cid = chosen_id(self.ui.consultationsTable)
        if cid is not None:
            self.open(ConsultationDialog(self.store, cid, self))

    def ask(self) -> None:
        cid = chosen_id(self.ui.consultationsTable)
        if cid is not None:
            self.open(AskDialog(self.store, cid, self))

    def answer(self) -> None:
        cid = chosen_id(self.ui.consultationsTable)
        if cid is not None:
            self.open(AnswerDialog(self.store, cid, self))

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
