"""Typing a paper sign-in sheet back in: one person at a time, in the printed order.

The sheet numbers people in surname order (:func:`checkin.register_in_sheet_order`);
this view shows the same number large, so the officer's finger on the paper and
the screen never drift apart. A, P or N record the mark (one call to
:func:`events.record_attendance`, which awards or reverses points) and move on;
Space or Down skips, Up goes back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.forms.ui_register_typing import Ui_RegisterTyping
from engagement_desktop.gui.help import install_help
from engagement_desktop.services.events import events
from engagement_desktop.services.events.checkin import register_in_sheet_order
from engagement_desktop.services.events.details import RegisterRow, event_heading, register_rows
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store

KEYS = {Qt.Key.Key_A: "attended", Qt.Key.Key_P: "apologies", Qt.Key.Key_N: "no_show"}


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class TypingInDialog(QDialog):
    def __init__(self, store: Store, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.ui = ui = Ui_RegisterTyping()
        ui.setupUi(self)
        _scaled(ui.numberLabel, 2.4, bold=True)
        _scaled(ui.nameLabel, 2.0, bold=True)
        _scaled(ui.statusLabel, 1.3)
        _scaled(ui.detailLabel, 1.2)
        ui.card.setStyleSheet("QFrame#card { background: #ffffff; border: 2px solid #1f4e79; }")
        ui.attendedButton.clicked.connect(lambda: self.mark("attended"))
        ui.apologiesButton.clicked.connect(lambda: self.mark("apologies"))
        ui.noShowButton.clicked.connect(lambda: self.mark("no_show"))
        ui.nextButton.clicked.connect(lambda: self.move(1))
        ui.closeButton.clicked.connect(self.accept)
        install_help(self, "register")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: list[tuple[int, RegisterRow]] = []  # (sheet number, row)
        self.position = 0
        self.marked = 0
        self._load()
        self.setFocus()

    def _load(self) -> None:
        with self.store.session() as session:
            heading = event_heading(session, self.event_id)
            order = register_in_sheet_order(session, self.event_id)
            details = {row.attendance_id: row for row in register_rows(session, self.event_id)}
        self.setWindowTitle(f"Type in the sign-in sheet: {heading.title}")
        self.ui.headingLabel.setText(
            f"<b>{heading.title}</b> · {heading.when}<br>People who had sent apologies are "
            "not on the printed sheet, so they are skipped here."
        )
        self.rows = [
            (number, details[attendance_id])
            for number, (attendance_id, _pid, _name, status) in enumerate(order, start=1)
            if status != "apologies" and attendance_id in details
        ]
        widget = self.ui.rowsList
        widget.clear()
        for number, row in self.rows:
            widget.addItem(QListWidgetItem(self._line(number, row)))
        self.show_current()

    @staticmethod
    def _line(number: int, row: RegisterRow) -> str:
        status = vocab.ATTENDANCE_STATUSES.get(row.status, row.status)
        points = f" · {row.points} points" if row.points else ""
        return f"{number:>4}.  {row.name}  —  {status}{points}"

    def current(self) -> tuple[int, RegisterRow] | None:
        return self.rows[self.position] if 0 <= self.position < len(self.rows) else None

    def show_current(self) -> None:
        ui = self.ui
        item = self.current()
        if item is None:
            ui.numberLabel.setText("")
            ui.nameLabel.setText("Nobody is on the printed sheet.")
            ui.detailLabel.setText("")
            ui.statusLabel.setText("")
            ui.progressLabel.setText("")
            return
        number, row = item
        ui.numberLabel.setText(f"No. {number}")
        ui.nameLabel.setText(row.name)
        ui.detailLabel.setText(" · ".join(p for p in (row.postcode, row.reference) if p))
        status = vocab.ATTENDANCE_STATUSES.get(row.status, row.status)
        points = f" ({row.points} points)" if row.points else ""
        ui.statusLabel.setText(f"Recorded now: {status}{points}")
        ui.progressLabel.setText(
            f"{self.position + 1} of {len(self.rows)} on the sheet · {self.marked} typed in so far"
        )
        ui.rowsList.setCurrentRow(self.position)
        ui.rowsList.scrollToItem(ui.rowsList.currentItem())

    def move(self, step: int) -> None:
        if self.rows:
            self.position = max(0, min(len(self.rows) - 1, self.position + step))
            self.show_current()

    def mark(self, status: str) -> None:
        """Record the mark for the person shown, then go to the next line of the sheet."""
        item = self.current()
        if item is None:
            return
        number, row = item
        try:
            events.record_attendance(
                self.store,
                self.event_id,
                row.person_id,
                status=status,
                role=row.role,
                minutes=row.minutes,
            )
        except EngagementError as exc:
            QMessageBox.warning(self, "Could not record it", str(exc))
            return
        with self.store.session() as session:
            fresh = {r.attendance_id: r for r in register_rows(session, self.event_id)}
        updated = fresh.get(row.attendance_id, row)
        self.rows[self.position] = (number, updated)
        self.ui.rowsList.item(self.position).setText(self._line(number, updated))
        self.marked += 1
        if self.position < len(self.rows) - 1:
            self.position += 1
        self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and key in KEYS:
            self.mark(KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move(1)
        elif key == Qt.Key.Key_Up:
            self.move(-1)
        else:
            super().keyPressEvent(event)
