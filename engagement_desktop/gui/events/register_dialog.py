"""An event's attendance register: everyone on it, marked in bulk with one call.

Select rows (Shift/Ctrl, Ctrl+A) and press A, P, N or I (or the buttons) to mark
them attended, apologies, no-show or back to invited: one call to
:func:`events.mark_many`, which awards or reverses points. Enter edits one
person's status, role and hours. From here: print the register (Ctrl+P) or the
sign-in sheet, or save either as a PDF; type the paper sheet back in, start
check-in, or record an expense claim.

Finding a name (449 rows at a big event) happens in the Find box only: it has the
cursor when the register opens, narrows the list on every key (like check-in),
Up/Down move through the matches and Enter goes to the list to mark. Letters typed
in the list itself never search, because there A, P, N and I are the marks the
officer already knows (here, on the typing-in view, on the buttons): a type-ahead
that jumped on "M" but marked on "P" for Patel would mark the wrong person and move
reward points, which are money. A mark made on a found name sends the cursor back
to Find with the name selected, so at the door it is: type, Enter, A, next name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QWidget,
)

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.gui.common.tasks import ProgressTask
from engagement_desktop.gui.events.register_model import RegisterModel
from engagement_desktop.gui.events.register_print import print_register, save_register
from engagement_desktop.gui.events.signin_sheet import print_sign_in_sheet, save_sign_in_sheet
from engagement_desktop.gui.forms.ui_register_dialog import Ui_RegisterDialog
from engagement_desktop.gui.forms.ui_register_mark_dialog import Ui_RegisterMarkDialog
from engagement_desktop.gui.help import install_help
from engagement_desktop.services.events import events
from engagement_desktop.services.events.details import (
    EventHeading,
    RegisterRow,
    event_heading,
    register_rows,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

#: Keys that mark the selected rows, as on the typing-in view.
MARK_KEYS = {
    Qt.Key.Key_A: "attended",
    Qt.Key.Key_P: "apologies",
    Qt.Key.Key_N: "no_show",
    Qt.Key.Key_I: "invited",
}


class RegisterDialog(QDialog):
    def __init__(self, store: Store, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.sheet_task: ProgressTask | None = None
        self.ui = ui = Ui_RegisterDialog()
        ui.setupUi(self)
        self.model = RegisterModel(self)
        table = ui.registerTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(False)
        table.setTabKeyNavigation(False)
        table.installEventFilter(self)
        table.activated.connect(lambda _index: self.edit_one())
        table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        for button, status in (
            (ui.attendedButton, "attended"),
            (ui.apologiesButton, "apologies"),
            (ui.noShowButton, "no_show"),
            (ui.invitedButton, "invited"),
        ):
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
        ui.editButton.clicked.connect(self.edit_one)
        ui.printButton.clicked.connect(self.print_sheet)
        ui.printRegisterButton.clicked.connect(self.print_register)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_register)
        save_menu = QMenu(ui.savePdfButton)
        save_menu.addAction("The &register as shown…", self.save_register)
        save_menu.addAction("The sign-in &sheet…", self.save_sheet)
        ui.savePdfButton.setMenu(save_menu)
        ui.typingButton.clicked.connect(self.type_in)
        ui.checkinButton.clicked.connect(self.check_in)
        ui.expenseButton.clicked.connect(self.expense_claim)
        ui.closeButton.clicked.connect(self.accept)
        ui.findEdit.textChanged.connect(self.find)
        ui.findEdit.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_find)
        install_help(self, "register")
        font = QFont(ui.headingLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        self.heading: EventHeading | None = None
        self.reload()
        self._fit_columns()
        ui.findEdit.setFocus()

    # --- reading --------------------------------------------------------------------------

    def reload(self, keep: list[int] | None = None) -> None:
        with self.store.session() as session:
            self.heading = heading = event_heading(session, self.event_id)
            rows = register_rows(session, self.event_id)
        self.setWindowTitle(f"Register: {heading.title}")
        status = vocab.EVENT_STATUSES.get(heading.status, heading.status)
        place = f" · {heading.place}" if heading.place else ""
        self.ui.headingLabel.setText(f"{heading.title}")
        self.ui.headingLabel.setToolTip(f"{heading.when}{place} · {status}")
        self.model.set_rows(rows)
        summary = self.model.summary() if rows else "Nobody is on the register yet."
        self.ui.summaryLabel.setText(f"{heading.when}{place} · {status}\n{summary}")
        self._show_found()
        if keep:
            self._select_people(keep)
        self._enable()

    # --- finding --------------------------------------------------------------------------

    def find(self, text: str) -> None:
        """Runs on every key: the register is in memory, so there is nothing to wait for."""
        self.model.set_filter(text)
        self._show_found()
        if self.model.filtered and self.model.rows:
            self._go_to_row(0)
        self._enable()

    def _show_found(self) -> None:
        model, text = self.model, self.ui.findEdit.text().strip()
        if not model.filtered:
            found = ""
        elif model.rows:
            found = f"{len(model.rows):,} of {len(model.all_rows):,} shown"
        else:
            found = f"Nobody on the register matches “{text}”."
        self.ui.shownLabel.setText(found)

    def focus_find(self) -> None:
        self.ui.findEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.findEdit.selectAll()

    def _go_to_row(self, row: int) -> None:
        """Choose one row (the current match) and bring it into view."""
        table = self.ui.registerTable
        index = self.model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    def _find_key(self, event: QKeyEvent) -> bool:
        """Keys in the Find box: Up/Down (PgUp/PgDn) choose, Enter goes to the list,
        Esc clears the box (and closes the register once it is empty)."""
        key, rows = event.key(), len(self.model.rows)
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10}
        steps[Qt.Key.Key_PageUp] = -10
        if key in steps:
            if rows:
                current = self.ui.registerTable.currentIndex()
                start = current.row() if current.isValid() else -1
                self._go_to_row(max(0, min(rows - 1, start + steps[Qt.Key(key)])))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # not the dialog's default button
            if rows:
                if not self.selected_rows():
                    self._go_to_row(0)
                self.ui.registerTable.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key == Qt.Key.Key_Escape and self.ui.findEdit.text():
            self.ui.findEdit.clear()
            return True
        return False

    def _fit_columns(self) -> None:
        header = self.ui.registerTable.horizontalHeader()
        char = self.ui.registerTable.fontMetrics().averageCharWidth()
        for column, width in enumerate((5, 28, 11, 10, 11, 12, 7, 7)):
            header.resizeSection(column, char * width + 16)

    def _select_people(self, person_ids: list[int]) -> None:
        table = self.ui.registerTable
        selection = table.selectionModel()
        selection.clear()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        wanted = set(person_ids)
        first = None
        for number, row in enumerate(self.model.rows):
            if row.person_id in wanted:
                selection.select(self.model.index(number, 0), flags)
                first = number if first is None else first
        if first is not None:
            selection.setCurrentIndex(
                self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def selected_rows(self) -> list[RegisterRow]:
        rows = self.ui.registerTable.selectionModel().selectedRows()
        return [self.model.rows[index.row()] for index in sorted(rows, key=lambda i: i.row())]

    def _enable(self) -> None:
        chosen = bool(self.selected_rows())
        for button in (
            self.ui.attendedButton,
            self.ui.apologiesButton,
            self.ui.noShowButton,
            self.ui.invitedButton,
        ):
            button.setEnabled(chosen)
        self.ui.editButton.setEnabled(len(self.selected_rows()) == 1)
        self.ui.expenseButton.setEnabled(len(self.selected_rows()) == 1)

    # --- marking --------------------------------------------------------------------------

    def mark(self, status: str) -> int:
        """Mark every selected person at once; returns how many changed."""
        chosen = [row.person_id for row in self.selected_rows()]
        if not chosen:
            return 0
        hours = self.ui.hoursSpin.value()
        minutes = round(hours * 60) if hours > 0 else None
        try:
            changed = events.mark_many(self.store, self.event_id, chosen, status, minutes=minutes)
        except EngagementError as exc:
            QMessageBox.warning(self, "Could not mark them", str(exc))
            return 0
        self.reload(keep=chosen)
        return changed

    def edit_one(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        dialog = MarkDialog(self.store, self.event_id, rows[0], self)
        if dialog.exec():
            self.reload(keep=[rows[0].person_id])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A, P, N, I on the table mark the selected rows; other letters there do not
        search (see the module docstring) but say where names are typed."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.ui.findEdit:
            return self._find_key(event) or super().eventFilter(watched, event)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if watched is self.ui.registerTable and plain and event.key() in MARK_KEYS:
            if event.modifiers() != Qt.KeyboardModifier.NoModifier:
                return True  # Shift+A is no mark: nothing, rather than a type-ahead jump
            chosen = bool(self.selected_rows())
            self.mark(MARK_KEYS[Qt.Key(event.key())])
            if chosen and self.model.filtered:
                self.focus_find()  # marked a found name: ready for the next one
            return True
        if watched is self.ui.registerTable and plain and event.text().isalpha():
            self.ui.shownLabel.setText(
                "Letters mark people here (A, P, N, I). To find a name, type it in Find (Ctrl+F)."
            )
            return True
        return super().eventFilter(watched, event)

    # --- the other ways in ----------------------------------------------------------------

    def print_sheet(self) -> ProgressTask | None:
        """The sign-in sheet in the print preview (written on the worker first)."""
        heading = self.heading
        assert heading is not None
        self.sheet_task = print_sign_in_sheet(
            self,
            self.store,
            self.event_id,
            heading.title,
            heading.starts_at,
            large_print=self.ui.largePrintCheck.isChecked(),
        )
        return self.sheet_task

    def save_sheet(self) -> ProgressTask | None:
        heading = self.heading
        assert heading is not None
        self.sheet_task = save_sign_in_sheet(
            self,
            self.store,
            self.event_id,
            heading.title,
            heading.starts_at,
            large_print=self.ui.largePrintCheck.isChecked(),
            saved=self._saved,
        )
        return self.sheet_task

    def print_register(self) -> ProgressTask | None:
        """The register as shown (Ctrl+P), with each person's mark."""
        assert self.heading is not None
        find = self.ui.findEdit.text().strip()
        self.sheet_task = print_register(self, self.store, self.heading, self.model, find)
        return self.sheet_task

    def save_register(self) -> ProgressTask | None:
        assert self.heading is not None
        find = self.ui.findEdit.text().strip()
        self.sheet_task = save_register(
            self, self.store, self.heading, self.model, find, saved=self._saved
        )
        return self.sheet_task

    def _saved(self, path: Path) -> None:
        self.ui.shownLabel.setText(f"Saved to {path}")

    def type_in(self) -> None:
        from engagement_desktop.gui.events.register_typing import TypingInDialog

        TypingInDialog(self.store, self.event_id, self).exec()
        self.reload()

    def check_in(self) -> None:
        from engagement_desktop.gui.events.checkin_window import open_checkin

        window = open_checkin(self.store, self.event_id, self)
        window.closed.connect(lambda: self.reload())

    def expense_claim(self) -> None:
        from engagement_desktop.gui.events.expense_dialog import ExpenseDialog

        rows = self.selected_rows()
        if len(rows) == 1:
            ExpenseDialog(
                self.store, None, person_id=rows[0].person_id, event_id=self.event_id, parent=self
            ).exec()


class MarkDialog(QDialog):
    """One person's status, role and hours: one call to :func:`events.record_attendance`."""

    def __init__(self, store: Store, event_id: int, row: RegisterRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.event_id, self.row = store, event_id, row
        self.ui = ui = Ui_RegisterMarkDialog()
        ui.setupUi(self)
        ui.personLabel.setText(f"<b>{row.name}</b>  {row.reference or ''}")
        for code, label in vocab.ATTENDANCE_STATUSES.items():
            ui.statusCombo.addItem(label, code)
        for code, label in vocab.ATTENDANCE_ROLES.items():
            ui.roleCombo.addItem(label, code)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(row.status), 0))
        ui.roleCombo.setCurrentIndex(max(ui.roleCombo.findData(row.role), 0))
        ui.hoursSpin.setValue((row.minutes or 0) / 60)
        ui.errorLabel.setStyleSheet("color: #b3261e;")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        hours = self.ui.hoursSpin.value()
        try:
            events.record_attendance(
                self.store,
                self.event_id,
                self.row.person_id,
                status=self.ui.statusCombo.currentData(),
                role=self.ui.roleCombo.currentData(),
                minutes=round(hours * 60) if hours > 0 else None,
            )
        except ValidationError as exc:
            self.ui.errorLabel.setText("; ".join(exc.errors.values()))
            return
        except EngagementError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()
