"""Check-in mode: a full-screen, high-contrast screen for the door of an event.

The cursor never leaves the search box. Two or three letters of a name,
reference or postcode list matches at once (the search runs on every key: about
15 ms on 50,000 people, so no typing delay is needed); Up/Down choose, Enter
checks in (one call to :func:`checkin.check_in`, which awards points). Excluded
people and those who withdrew consent are stopped with the reason and need Y to
go ahead. Ctrl+Z undoes the last check-in (a stack, so several can be undone),
Ctrl+W adds a walk-in, Esc leaves (asking). Nothing here touches a network.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.events.checkin_model import MatchesModel
from engagement_desktop.gui.events.checkin_walkin import WalkInPanel
from engagement_desktop.gui.forms.ui_checkin_window import Ui_CheckinWindow
from engagement_desktop.gui.help import install_help
from engagement_desktop.services.common.checks import HIDDEN
from engagement_desktop.services.events import checkin
from engagement_desktop.services.events.checkin import CheckIn, Match, NeedsConfirmation
from engagement_desktop.services.events.details import event_heading
from engagement_desktop.services.people.people import get_person
from engagement_desktop.store.engine import Store

SEARCH, CONFIRM, WALK_IN = 0, 1, 2
PROMPT = "Type two or three letters of a name, reference or postcode."
YELLOW = "#ffd400"
#: Sizes relative to the officer's own font size, so 150% scaling stays in proportion.
SIZES = {"text": 1.5, "title": 2.0, "search": 2.1, "list": 1.9, "count": 6.0, "message": 1.6}
STYLE = """
QWidget#CheckinWindow {{ background: #000000; }}
QWidget#CheckinWindow QLabel, QWidget#CheckinWindow QCheckBox,
QWidget#CheckinWindow QGroupBox, QWidget#CheckinWindow QPushButton {{
    color: #ffffff; font-size: {text}pt; }}
QWidget#CheckinWindow QLabel#eventLabel {{ font-size: {title}pt; font-weight: bold; }}
QWidget#CheckinWindow QLabel#countLabel {{
    color: {yellow}; font-size: {count}pt; font-weight: bold; }}
QWidget#CheckinWindow QLabel#messageLabel {{ font-size: {message}pt; font-weight: bold; }}
QWidget#CheckinWindow QLabel#messageLabel[kind="good"] {{ color: #9fe0a8; }}
QWidget#CheckinWindow QLabel#messageLabel[kind="bad"] {{ color: #ff9b8f; }}
QWidget#CheckinWindow QLabel#confirmTitle {{
    color: #ff9b8f; font-size: {title}pt; font-weight: bold; }}
QLineEdit {{ background: #ffffff; color: #000000; border: 3px solid {yellow};
    padding: 6px; font-size: {text}pt; }}
QLineEdit#searchEdit {{ font-size: {search}pt; }}
QListView, QListWidget {{ background: #000000; color: #ffffff; border: 2px solid #888888;
    font-size: {text}pt; selection-background-color: {yellow}; selection-color: #000000; }}
QListView#matchesList {{ font-size: {list}pt; }}
QPushButton {{ background: #222222; border: 2px solid #ffffff; padding: 8px 14px; }}
QPushButton:focus {{ border-color: {yellow}; }}
QWidget#CheckinWindow QPushButton:disabled {{ color: #777777; border-color: #555555; }}
QWidget#CheckinWindow QLabel#titleLabel {{ font-size: {title}pt; font-weight: bold; }}
QWidget#CheckinWindow QWidget#confirmPage {{ background: #3d0000; border: 3px solid #ff9b8f; }}
QWidget#CheckinWindow QCheckBox::indicator {{ width: 22px; height: 22px;
    border: 2px solid #ffffff; background: #000000; }}
QWidget#CheckinWindow QCheckBox::indicator:checked {{ background: {yellow}; }}
QWidget#CheckinWindow QCheckBox:focus {{ color: {yellow}; }}
QWidget#CheckinWindow QScrollArea, QWidget#CheckinWindow QWidget#qt_scrollarea_viewport,
QWidget#CheckinWindow QWidget#walkInContents, QWidget#CheckinWindow QWidget#confirmContents {{
    background: transparent; border: none; }}
QWidget#CheckinWindow QMessageBox {{ background: #000000; }}
"""


def high_contrast_style(base_points: float) -> str:
    """White on black, yellow for what matters, every size scaled from the user's font."""
    base = base_points if base_points > 0 else 10.0
    sizes = {key: f"{base * factor:.1f}" for key, factor in SIZES.items()}
    return STYLE.format(yellow=YELLOW, **sizes)


class CheckinWindow(QWidget):
    """One event's door. ``closed`` lets the screen that opened it refresh its counts."""

    closed = Signal()

    def __init__(self, store: Store, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.event_id = event_id
        self.done: list[CheckIn] = []  # the undo stack, newest last
        self.pending: Match | None = None  # waiting for Y/N on the confirm page
        self._said_nobody = False  # the message is "Nobody matches …"
        self.ui = ui = Ui_CheckinWindow()
        ui.setupUi(self)
        self.setStyleSheet(high_contrast_style(QApplication.font().pointSizeF()))
        ui.topLayout.setStretch(0, 1)
        ui.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ui.countCaption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.model = MatchesModel(self)
        ui.matchesList.setModel(self.model)
        ui.matchesList.setUniformItemSizes(True)
        self.walk_in = WalkInPanel(store, event_id, ui.walkInPage)
        ui.walkInLayout.addWidget(self.walk_in)
        self.walk_in.added.connect(self._walk_in_added)
        self.walk_in.chosen.connect(self._walk_in_is_known)
        self.walk_in.cancelled.connect(self.back_to_search)
        ui.searchEdit.textChanged.connect(self.search)
        ui.searchEdit.installEventFilter(self)
        ui.matchesList.doubleClicked.connect(lambda index: self.check_in_row(index.row()))
        ui.walkInButton.clicked.connect(self.start_walk_in)
        ui.undoButton.clicked.connect(self.undo_last)
        ui.leaveButton.clicked.connect(self.leave)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.dontButton.clicked.connect(self.back_to_search)
        for keys, slot in (("Ctrl+W", self.start_walk_in), ("Ctrl+Z", self.undo_last)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        install_help(self, "checkin")
        with store.session() as session:
            heading = event_heading(session, event_id)
            count = checkin.present_count(session, event_id)
        self.setWindowTitle(f"Check-in: {heading.title}")
        ui.eventLabel.setText(heading.title)
        ui.whenLabel.setText(" · ".join(p for p in (heading.when, heading.place) if p))
        self.show_count(count)
        self.say(PROMPT)
        self._enable()
        ui.searchEdit.setFocus()

    # --- searching ------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Runs on every key: fast enough (see the module docstring) to need no delay.

        Searched as seen: characters that show nothing (a zero-width space pasted in) are
        left out, and "Nobody matches …" goes as soon as it no longer says what is typed."""
        typed = " ".join(HIDDEN.sub("", text).split())
        with self.store.session() as session:
            matches = checkin.search(session, self.event_id, typed)
        self.model.set_matches(matches)
        if matches:
            self.ui.matchesList.setCurrentIndex(self.model.index(0))
        elif len(typed) >= 2:
            shown = typed if len(typed) <= 40 else f"{typed[:39]}…"  # a paste is not a name
            self.say(f"Nobody matches “{shown}”. Ctrl+W adds them as a walk-in.")
            self._said_nobody = True
            return
        if self._said_nobody:
            self.say(PROMPT)

    def current_row(self) -> int:
        index = self.ui.matchesList.currentIndex()
        return index.row() if index.isValid() else -1

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.current_row() + step))
            self.ui.matchesList.setCurrentIndex(self.model.index(row))

    # --- checking in ----------------------------------------------------------------------

    def check_in_row(self, row: int) -> CheckIn | None:
        match = self.model.match_at(row)
        if match is None:
            return None
        if match.checked_in:
            self.say(f"{match.name} is already checked in.", "good")
            return None
        return self._check_in(match, confirmed=False)

    def _check_in(self, match: Match, *, confirmed: bool) -> CheckIn | None:
        try:
            done = checkin.check_in(self.store, self.event_id, match.person_id, confirmed=confirmed)
        except NeedsConfirmation as exc:
            self.pending = match
            self.ui.confirmLabel.setText(f"{exc}.\n\nCheck them in anyway?")
            self.ui.stack.setCurrentIndex(CONFIRM)
            self._enable()
            self.ui.dontButton.setFocus()  # Space or Enter by habit must not let them in
            self.say(f"{match.name} needs a decision: Y checks them in, N does not.", "bad")
            return None
        except EngagementError as exc:
            self.say(str(exc), "bad")
            return None
        self._checked_in(done)
        return done

    def _checked_in(self, done: CheckIn, *, new: bool = False) -> None:
        self.done.append(done)
        self.show_count(done.present)
        points = f" (+{done.points} points)" if done.points else ""
        # someone new, told apart from someone on file who was not on the invitation list
        walk = (
            " as a new walk-in"
            if new
            else " (not on the invitation list: a walk-in)"
            if done.previous_status is None
            else ""
        )
        self.say(f"✓ {done.name} checked in{walk}{points}. Next, please.", "good")
        self.back_to_search(clear=True)

    def confirm(self) -> None:
        """Y on the confirm page: the officer has decided to let them in."""
        if self.pending is not None:
            match, self.pending = self.pending, None
            self.ui.stack.setCurrentIndex(SEARCH)
            self._check_in(match, confirmed=True)

    def undo_last(self) -> None:
        if self.ui.stack.currentIndex() != SEARCH:
            return
        if not self.done:
            self.say("Nothing to undo.")
            return
        last = self.done[-1]
        try:
            count = checkin.undo_check_in(self.store, last)
        except EngagementError as exc:
            self.say(str(exc), "bad")
            return
        self.done.pop()
        self.show_count(count)
        self.say(f"Undone: {last.name} is no longer checked in.", "good")
        self.search(self.ui.searchEdit.text())
        self._enable()

    # --- walk-ins -------------------------------------------------------------------------

    def start_walk_in(self) -> None:
        if self.ui.stack.currentIndex() == WALK_IN:
            return
        self.pending = None
        self.ui.stack.setCurrentIndex(WALK_IN)
        self.walk_in.start(self.ui.searchEdit.text())
        self._enable()
        self.say("New person: their name, address or postcode, and consent. Esc goes back.")

    def _walk_in_added(self, done: CheckIn) -> None:
        self._checked_in(done, new=True)

    def _walk_in_is_known(self, person_id: int) -> None:
        """ "This is them": check in the person already on file instead of adding a new one."""
        with self.store.session() as session:
            name = get_person(session, person_id).full_name
        self.ui.stack.setCurrentIndex(SEARCH)
        self._enable()
        self._check_in(Match(person_id, name, None, None, False, False), confirmed=False)

    # --- screen state ---------------------------------------------------------------------

    def back_to_search(self, clear: bool = False) -> None:
        self.pending = None
        self.ui.stack.setCurrentIndex(SEARCH)
        if clear:
            self.ui.searchEdit.clear()
        self._enable()
        self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_count(self, count: int) -> None:
        self.ui.countLabel.setText(f"{count:,}")
        self.ui.countLabel.setAccessibleDescription(f"{count} people checked in")

    def say(self, text: str, kind: str = "") -> None:
        self._said_nobody = False
        label = self.ui.messageLabel
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def _enable(self) -> None:
        """Only what works now is on screen: the search row goes while a walk-in is typed."""
        ui = self.ui
        mode = ui.stack.currentIndex()
        searching = mode == SEARCH
        ui.searchEdit.setEnabled(searching)
        for widget in (ui.searchLabel, ui.searchEdit):
            widget.setVisible(mode != WALK_IN)
        ui.undoButton.setEnabled(bool(self.done))
        for widget in (ui.undoButton, ui.walkInButton, ui.hintLabel):
            widget.setVisible(searching)

    def leave(self) -> bool:
        """Asks first, white on black like the rest of the door (the style sheet cascades)."""
        count = self.ui.countLabel.text()
        saved = "The 1 check-in is saved." if count == "1" else f"The {count} check-ins are saved."
        answer = QMessageBox.question(
            self,
            "Leave check-in",
            f"Leave check-in mode? {saved}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close()
            return True
        self.ui.searchEdit.setFocus()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys typed in the search box: Up/Down choose, Enter checks in, Ctrl+Z undoes
        the last check-in (not the typing), Esc leaves."""
        if watched is self.ui.searchEdit and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if event.type() == QEvent.Type.ShortcutOverride and event.matches(
                QKeySequence.StandardKey.Undo
            ):
                event.accept()  # ours, not the line edit's text undo
                return False
            if event.type() == QEvent.Type.KeyPress:
                if event.matches(QKeySequence.StandardKey.Undo):
                    self.undo_last()
                    return True
                if key == Qt.Key.Key_W and mods == Qt.KeyboardModifier.ControlModifier:
                    self.start_walk_in()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    self._move(1 if key == Qt.Key.Key_Down else -1)
                    return True
                if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self._move(5 if key == Qt.Key.Key_PageDown else -5)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.check_in_row(self.current_row())
                    return True
                if key == Qt.Key.Key_Escape:
                    self.leave()
                    return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """On the confirm page: Y lets them in; N or Esc does not."""
        if self.ui.stack.currentIndex() == CONFIRM:
            if event.key() == Qt.Key.Key_Y:
                self.confirm()
                return
            if event.key() in (Qt.Key.Key_N, Qt.Key.Key_Escape):
                self.say("Not checked in.")
                self.back_to_search()
                return
        elif event.key() == Qt.Key.Key_Escape and self.ui.stack.currentIndex() == SEARCH:
            self.leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def open_checkin(store: Store, event_id: int, parent: QWidget | None = None) -> CheckinWindow:
    """Open check-in for an event, filling the screen."""
    window = CheckinWindow(store, event_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    window.activateWindow()
    window.ui.searchEdit.setFocus()
    return window
