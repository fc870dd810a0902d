"""Letter templates (forms/letter_template_dialog.ui): the built-in six and the
officer's own; edit the subject and text, insert merge fields from the list, read the
text from a Word or text file, restore a built-in one. Save checks every merge field
and names the line of one it does not know."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.edit_guard import ask_changed_elsewhere
from engagement_desktop.gui.common.screens import fit_on_screen
from engagement_desktop.gui.forms.ui_letter_template_dialog import Ui_LetterTemplateDialog
from engagement_desktop.services.mailings.template_edits import (
    TemplateChanged,
    restore_builtin,
    save_template,
)
from engagement_desktop.services.mailings.templates import (
    MERGE_FIELDS,
    PURPOSES,
    Template,
    check_template,
    list_templates,
    template_from_file,
)
from engagement_desktop.store.engine import Store

KEY = Qt.ItemDataRole.UserRole


def key_of(template: Template) -> str | int:
    """How the list knows a template: a built-in one by its short name, the officer's own
    by its row (a name of theirs can be a built-in one's short name, and can change)."""
    return template.builtin or template.id or template.name


class LetterTemplateDialog(QDialog):
    """``current``: the template to show first, by :func:`key_of` or by name."""

    def __init__(
        self, store: Store, current: str | int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store = store
        self.ui = ui = Ui_LetterTemplateDialog()
        ui.setupUi(self)
        ui.formError.setStyleSheet("color: #9C0006; background: #FFEBEE; padding: 4px;")
        ui.formError.hide()
        for code, text in PURPOSES.items():
            ui.purposeCombo.addItem(text, code)
        for name, text in MERGE_FIELDS.items():
            item = QListWidgetItem(name)
            item.setToolTip(text)
            ui.fieldsList.addItem(item)
        self.templates: dict[str | int, Template] = {}
        self.editing: Template | None = None
        ui.templateList.currentItemChanged.connect(self._show)
        ui.fieldsList.itemActivated.connect(self._insert_field)
        ui.newButton.clicked.connect(self.new_template)
        ui.importButton.clicked.connect(self.read_file)
        ui.restoreButton.clicked.connect(self.restore)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setAutoDefault(False)
        self._load(current)
        self.resize(900, 600)
        fit_on_screen(self)

    def _load(self, current: str | int | None) -> None:
        ui = self.ui
        with self.store.session() as session:
            found = list_templates(session)
        self.templates = {key_of(t): t for t in found}
        if current not in self.templates:  # an own template asked for by its name
            current = next((key_of(t) for t in found if t.name == current), None)
        ui.templateList.blockSignals(True)
        ui.templateList.clear()
        select = None
        for key, template in self.templates.items():
            item = QListWidgetItem(template.name + (" (edited)" if template.edited else ""))
            item.setData(KEY, key)
            ui.templateList.addItem(item)
            if key == current or select is None:
                select = item if key == current or select is None else select
        ui.templateList.blockSignals(False)
        if select is not None:
            ui.templateList.setCurrentItem(select)
            self._show(select)

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        template = self.templates[item.data(KEY)]
        self.editing = template
        ui = self.ui
        ui.nameEdit.setText(template.name)
        ui.purposeCombo.setCurrentIndex(max(ui.purposeCombo.findData(template.purpose), 0))
        ui.subjectEdit.setText(template.subject)
        ui.bodyEdit.setPlainText(template.body)
        ui.restoreButton.setEnabled(template.edited)
        ui.formError.hide()

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.ui.bodyEdit.insertPlainText("{{ " + item.text() + " }}")
        self.ui.bodyEdit.setFocus()

    def new_template(self) -> None:
        self.editing = None
        ui = self.ui
        ui.templateList.clearSelection()
        ui.nameEdit.setText("New letter")
        ui.purposeCombo.setCurrentIndex(max(ui.purposeCombo.findData("general"), 0))
        ui.subjectEdit.clear()
        ui.bodyEdit.setPlainText("Dear {{ salutation }},\n\n")
        ui.restoreButton.setEnabled(False)
        ui.nameEdit.setFocus()
        ui.nameEdit.selectAll()

    def read_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Read the letter from", "", "Letters (*.docx *.txt);;All files (*)"
        )
        if not path:
            return
        try:
            subject, body = template_from_file(Path(path))
        except EngagementError as exc:
            self._problem(str(exc))
            return
        if subject:
            self.ui.subjectEdit.setText(subject)
        self.ui.bodyEdit.setPlainText(body)
        self.check()

    def check(self) -> bool:
        problems = check_template(self.ui.subjectEdit.text(), self.ui.bodyEdit.toPlainText())
        if problems:
            self._problem("; ".join(problems[:3]))
            return False
        self.ui.formError.hide()
        return True

    def _problem(self, text: str) -> None:
        self.ui.formError.setText(text)
        self.ui.formError.show()

    def save(self) -> None:
        """Add, change or rename the template shown; if another officer saved it since
        it was shown, ask (as every editor does) before saving over theirs."""
        ui = self.ui
        if not self.check():
            return
        editing = self.editing
        opened = editing.version if editing is not None else None
        while True:
            try:
                saved = save_template(
                    self.store,
                    ui.nameEdit.text(),
                    ui.subjectEdit.text(),
                    ui.bodyEdit.toPlainText(),
                    purpose=ui.purposeCombo.currentData(),
                    builtin=editing.builtin if editing is not None else None,
                    template_id=editing.id if editing and not editing.builtin else None,
                    opened=opened,
                )
            except TemplateChanged as exc:
                answer = self.ask_changed(str(exc))
                if answer == "keep":
                    opened = exc.now
                    continue
                if answer == "reload" and editing is not None:
                    self._load(key_of(editing))
                return
            except EngagementError as exc:
                self._problem(str(exc))
                return
            break
        self._load(key_of(saved))

    def ask_changed(self, message: str) -> str:
        """ "reload", "keep" or "cancel"; a method so tests can answer it."""
        return ask_changed_elsewhere(self, message)

    def restore(self) -> None:
        template = self.editing
        if template is None or not template.builtin or not template.edited:
            return
        answer = QMessageBox.question(
            self,
            "Restore the original",
            f"Put back the program's wording of “{template.name}”? Your changes to it go.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore_builtin(self.store, template.builtin)
            self._load(template.builtin)
