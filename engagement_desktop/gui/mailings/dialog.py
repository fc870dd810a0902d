"""The mailing dialog (forms/mailing_dialog.ui): who it is for, the channel, what to
make; the counts of who gets it and who is left out (by reason) are shown before
anything is made. Make… asks where, makes it on the database worker with progress and
Cancel, and records it in each recipient's contact history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.pdf_output import documents_folder, tell
from engagement_desktop.gui.common.screens import fit_on_screen
from engagement_desktop.gui.common.tasks import ProgressTask, database_pool, run_with_progress
from engagement_desktop.gui.crash import report_exception, warn_or_report
from engagement_desktop.gui.forms.ui_mailing_dialog import Ui_MailingDialog
from engagement_desktop.gui.people.form_parts import fill_table
from engagement_desktop.services.mailings.audience import CHANNELS, REASONS
from engagement_desktop.services.mailings.request import (
    CHANNEL_OUTPUTS,
    LABEL_SHEETS,
    MailingRequest,
    Prepared,
)
from engagement_desktop.services.mailings.selection import KINDS, Selection, record_choices
from engagement_desktop.services.mailings.templates import list_templates
from engagement_desktop.store.engine import Store

OUTPUT_TEXT = {
    "letters": "Letters (PDF, or Word .docx)",
    "labels": "Address labels",
    "list": "Mailing list (Excel or CSV) for a print room",
    "eml": "Email drafts (.eml) and BCC batches",
    "sms": "Text messages (CSV for an SMS service)",
    "calls": "Phone call list (Excel or CSV)",
}
REGISTER = {
    "": "Everyone on the register",
    "invited": "Invited",
    "attended": "Attended",
    "apologies": "Apologies",
}
FILTERS = {
    "letters": "PDF (*.pdf);;Word document (*.docx)",
    "labels": "PDF (*.pdf)",
    "list": "Excel workbook (*.xlsx);;CSV (*.csv)",
    "calls": "Excel workbook (*.xlsx);;CSV (*.csv)",
    "sms": "CSV (*.csv)",
}


class MailingDialog(QDialog):
    """A mailing for ``selection`` (fixed, from a page), or chosen here (from the menu)."""

    def __init__(
        self, store: Store, selection: Selection | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.fixed = store, selection
        self.ui = ui = Ui_MailingDialog()
        ui.setupUi(self)
        self.prepared: Prepared | None = None
        self.task: ProgressTask | None = None
        self.counting: ProgressTask | None = None
        self.asked = 0  # counts asked for; only the latest one's answer is shown
        self.made: Any = None
        font = ui.whoLabel.font()
        font.setBold(True)
        ui.whoLabel.setFont(font)
        ui.formError.setStyleSheet("color: #9C0006; background: #FFEBEE; padding: 4px;")
        ui.formError.hide()
        ui.countsTable.verticalHeader().hide()
        for kind, text in KINDS.items():
            if kind != "people":
                ui.kindCombo.addItem(text, kind)
        for code, text in REGISTER.items():
            ui.statusCombo.addItem(text, code)
        for code, text in CHANNELS.items():
            ui.channelCombo.addItem(text, code)
        for code, text in LABEL_SHEETS.items():
            ui.sheetCombo.addItem(text, code)
        self._templates()
        fixed = selection is not None
        for widget in (ui.kindLabel, ui.kindCombo, ui.recordLabel, ui.recordCombo, ui.statusCombo):
            widget.setVisible(not fixed)
        ui.whoLabel.setVisible(fixed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        for signal in (
            ui.recordCombo.currentIndexChanged,
            ui.statusCombo.currentIndexChanged,
            ui.outputCombo.currentIndexChanged,
            ui.templateCombo.currentIndexChanged,
            ui.sheetCombo.currentIndexChanged,
            ui.startSpin.valueChanged,
            ui.householdCheck.toggled,
            ui.invitationCheck.toggled,
        ):
            signal.connect(self.timer.start)
        ui.sheetCombo.currentIndexChanged.connect(self._sheet_changed)
        ui.templatesButton.clicked.connect(self.edit_templates)
        ui.makeButton.clicked.connect(self.make)
        ui.closeButton.clicked.connect(self.reject)
        self._kind_changed()
        self._channel_changed()
        self.refresh()
        self.resize(680, 600)
        fit_on_screen(self)

    # --- choices --------------------------------------------------------------------------

    def _templates(self) -> None:
        box = self.ui.templateCombo
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        with self.store.session() as session:
            self.template_kinds = {}
            for template in list_templates(session):
                key = template.builtin or template.name
                box.addItem(template.name, key)
                self.template_kinds[key] = template.purpose
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        with self.store.session() as session:
            choices = record_choices(session, kind)
        ui.recordCombo.blockSignals(True)
        ui.recordCombo.clear()
        for key, text in choices.items():
            ui.recordCombo.addItem(text, key)
        ui.recordCombo.blockSignals(False)
        needs_record = kind != "everyone"
        ui.recordLabel.setVisible(needs_record and self.fixed is None)
        ui.recordCombo.setVisible(needs_record and self.fixed is None)
        ui.statusCombo.setVisible(kind == "event" and self.fixed is None)
        self._default_template(self.fixed.kind if self.fixed is not None else kind)
        self.timer.start()

    def _default_template(self, kind: str) -> None:
        """The letter that suits who it is for: an invitation for an event's register,
        "you said, we did" for an item, a term-of-office letter for a group."""
        key = {
            "event": "event_invitation",
            "outcome": "you_said_we_did",
            "group": "term_ending",
            "consultation": "consultation_feedback",
        }
        box = self.ui.templateCombo
        box.setCurrentIndex(max(box.findData(key.get(kind, "welcome")), 0))

    def _channel_changed(self) -> None:
        ui = self.ui
        ui.outputCombo.blockSignals(True)
        ui.outputCombo.clear()
        for output in CHANNEL_OUTPUTS[ui.channelCombo.currentData()]:
            ui.outputCombo.addItem(OUTPUT_TEXT[output], output)
        ui.outputCombo.blockSignals(False)
        self.timer.start()

    def _sheet_changed(self) -> None:
        self.ui.startSpin.setMaximum(21 if self.ui.sheetCombo.currentData() == "L7160" else 14)

    def selection(self) -> Selection | None:
        if self.fixed is not None:
            return self.fixed
        ui = self.ui
        kind = ui.kindCombo.currentData()
        if kind == "everyone":
            return Selection("everyone")
        if ui.recordCombo.currentData() is None:
            return None
        status = ui.statusCombo.currentData() if kind == "event" else ""
        return Selection(
            kind, record_id=ui.recordCombo.currentData(), statuses=(status,) if status else ()
        )

    def request(self) -> MailingRequest | None:
        ui = self.ui
        selection = self.selection()
        if selection is None:
            return None
        output = ui.outputCombo.currentData()
        uses_template = output in ("letters", "eml", "sms")
        template = ui.templateCombo.currentData() if uses_template else None
        invitation_template = self.template_kinds.get(template) == "invitation"
        ui.invitationCheck.setEnabled(not invitation_template)
        if invitation_template and not ui.invitationCheck.isChecked():
            ui.invitationCheck.blockSignals(True)
            ui.invitationCheck.setChecked(True)
            ui.invitationCheck.blockSignals(False)
        return MailingRequest(
            selection=selection,
            channel=ui.channelCombo.currentData(),
            output=output,
            template=template,
            one_per_household=ui.householdCheck.isChecked(),
            invitation=True if ui.invitationCheck.isChecked() else None,
            sheet=ui.sheetCombo.currentData(),
            start_at=ui.startSpin.value(),
        )

    # --- the counts -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Who gets it and who does not, read again (on the database worker, so a list of
        tens of thousands never freezes the window) whenever a choice changes; a count
        asked for before the last one came back is dropped."""
        from engagement_desktop.reports.mailings.make import preview_mailing

        ui = self.ui
        output = ui.outputCombo.currentData()
        for widget in (ui.templateLabel, ui.templateCombo, ui.templatesButton):
            widget.setVisible(output in ("letters", "eml", "sms"))
        for widget in (ui.sheetLabel, ui.sheetCombo, ui.startLabel, ui.startSpin):
            widget.setVisible(output == "labels")
        request = self.request()
        self.prepared = None
        ui.makeButton.setEnabled(False)
        self.asked += 1
        if request is None:
            self._problem("There is nothing to choose from for that yet.")
            return
        store, number = self.store, self.asked
        self.counting = run_with_progress(
            self,
            lambda _progress: preview_mailing(store, request),
            title="Mailing",
            label="Counting who gets it…",
            on_finished=lambda prepared: self._counted(number, prepared),
            on_failed=lambda exc: self._not_counted(number, exc),
            on_cancelled=lambda: self._not_counted(
                number, EngagementError("Counting was cancelled: change a choice to count again.")
            ),
            pool=database_pool(),
        )

    def _not_counted(self, number: int, exc: BaseException) -> None:
        if number != self.asked:
            return
        if isinstance(exc, EngagementError):
            self._problem(str(exc))
        else:
            report_exception((type(exc), exc, exc.__traceback__))

    def _counted(self, number: int, prepared: Prepared) -> None:
        if number != self.asked:
            return
        ui = self.ui
        self.prepared = prepared
        audience = self.prepared.audience
        ui.whoLabel.setText(self.prepared.chosen.description)
        # Read down like a sum: who was chosen, who is left out and why, who gets it.
        rows = [["Chosen", f"{audience.selected:,}"]]
        rows += [
            [f"Left out: {REASONS[reason].lower()}", f"{count:,}"]
            for reason, count in audience.counts.items()
        ]
        rows.append(["Will receive it", f"{len(audience.recipients):,}"])
        fill_table(ui.countsTable, ["Who", "People"], rows)
        table = ui.countsTable
        bold = QFont(table.font())
        bold.setBold(True)
        for row in range(table.rowCount()):
            table.item(row, 1).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        for column in range(2):
            table.item(table.rowCount() - 1, column).setFont(bold)
        notes = []
        if audience.to_arrange:
            notes.append(
                "To arrange in another format: "
                + "; ".join(
                    f"{name}{f' ({ref})' if ref else ''}: {need}"
                    for name, ref, need in audience.to_arrange[:8]
                )
                + (
                    f"; and {len(audience.to_arrange) - 8:,} more"
                    if len(audience.to_arrange) > 8
                    else ""
                )
            )
        notes += [line.strip() for line in audience.summary_lines() if "Complete the" in line]
        ui.arrangeLabel.setText("\n".join(notes))
        ui.arrangeLabel.setVisible(bool(notes))
        ui.formError.hide()
        ui.makeButton.setEnabled(bool(audience.recipients))

    def _problem(self, text: str) -> None:
        ui = self.ui
        ui.formError.setText(text)
        ui.formError.show()
        ui.makeButton.setEnabled(False)
        fill_table(ui.countsTable, ["Who", "People"], [])
        ui.arrangeLabel.hide()

    # --- making ---------------------------------------------------------------------------

    def ask_target(self, request: MailingRequest) -> Path | None:
        name = f"{self.prepared.what if self.prepared else 'Mailing'}".replace(":", " -")
        start = documents_folder() / name
        if request.output == "eml":
            folder = QFileDialog.getExistingDirectory(
                self, "Folder for the email drafts", str(documents_folder())
            )
            return Path(folder) / name if folder else None
        suffix = ".pdf" if request.output in ("letters", "labels") else ".xlsx"
        if request.output == "sms":
            suffix = ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the mailing", str(start) + suffix, FILTERS[request.output]
        )
        return Path(path) if path else None

    def make(self, target: Path | None = None) -> ProgressTask | None:
        from engagement_desktop.reports.mailings.make import make_mailing

        request = self.request()
        if request is None or (self.task is not None and self.task.running):
            return None
        target = target or self.ask_target(request)
        if target is None:
            return None
        store = self.store

        def work(progress: Any) -> Any:
            return make_mailing(
                store, request, target, lambda done, total: progress(done, total or 0, "")
            )

        self.ui.makeButton.setEnabled(False)
        self.task = run_with_progress(
            self,
            work,
            title="Mailing",
            label="Making the mailing…",
            on_finished=self._made,
            on_failed=self._failed,
            on_cancelled=lambda: self._failed(EngagementError("Cancelled: nothing was made.")),
            pool=database_pool(),
        )
        return self.task

    def _made(self, made: Any) -> None:
        self.made = made
        count = len(made.prepared.audience.recipients)
        text = (
            f"{made.prepared.what} made for {count:,} people and recorded in their contact "
            f"history:\n" + "\n".join(str(p) for p in made.files[:5])
        )
        tell(self, f"{made.prepared.what} made for {count:,} people")
        self.refresh()
        QMessageBox.information(self, "Mailing made", text)

    def _failed(self, exc: BaseException) -> None:
        self.timer.start()  # count again: the register may have changed meanwhile
        warn_or_report(self, "Mailing not made", exc)

    def edit_templates(self) -> None:
        from engagement_desktop.gui.mailings.templates_dialog import LetterTemplateDialog

        dialog = LetterTemplateDialog(self.store, self.ui.templateCombo.currentData(), self)
        dialog.exec()
        self._templates()
        self.refresh()
