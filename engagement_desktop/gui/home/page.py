"""The Home page the window opens on: today, this week, and what is due or overdue.

The page shows at once and fills in when ``reports.home`` answers on the database
worker. Every line is a button: clicking it (or Enter on it) emits ``go`` with the
section and record it names, and the window takes the officer there. On an empty
database the page offers the three first steps instead (``first_step``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engagement_desktop.gui.common.tasks import BackgroundTask, TaskProgress, database_pool
from engagement_desktop.gui.crash import failed_read
from engagement_desktop.reports.home import Heading, Home, Line, home
from engagement_desktop.services.common.wording import long_date, weekday_name
from engagement_desktop.store.engine import Store

#: The first steps on an empty database: (key, button text, what it does).
FIRST_STEPS = (
    (
        "import",
        "Import your tenancy list…",
        "Bring in your tenants from a spreadsheet exported from the housing system "
        "(the people import: you match the columns, check the rows, then import).",
    ),
    (
        "settings",
        "Set up your organisation…",
        "Your landlord's name and logo, and when your report and rewards years start.",
    ),
    (
        "demo",
        "Open the demo…",
        "Try the program on made-up people and events. The demo is a separate database "
        "(demo.sqlite in your data folder); your own database is closed, not changed, "
        "and File > Open database brings it back.",
    ),
)
# The focus frame's 2 px are always there (clear until focused), so focusing a line
# does not take its room from the text: the first line, focused on opening, was clipped.
LINK_STYLE = (
    "QPushButton#homeLine { text-align: left; border: 2px solid transparent;"
    " border-radius: 3px; padding: 2px 8px 2px 4px; text-decoration: underline; }"
    "QPushButton#homeLine:focus { border-color: palette(highlight); }"
)


class HomePage(QWidget):
    """Home: ``go(section, record id or -1)`` and ``first_step(key)`` ask the window to act."""

    key = "home"
    title = "Home"
    go = Signal(str, int)
    first_step = Signal(str)
    filled = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.store = store
        self.today: date | None = None  # None: the real today (tests pin a day)
        self.figures: Home | None = None
        self.task: BackgroundTask | None = None
        self.buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self.content = QWidget(scroll)
        self.content.setStyleSheet(LINK_STYLE)
        scroll.setWidget(self.content)
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(4)
        self.title_label = self._label("Home", 1.6, bold=True)
        self.title_label.setWordWrap(True)
        self.status_label = self._label("Reading what is on…")
        self.status_label.setWordWrap(True)
        self.body = QWidget(self.content)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(4)
        for widget in (self.title_label, self.status_label, self.body):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def _label(self, text: str, scale: float = 1.0, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self.content)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- the Page protocol ----------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> BackgroundTask | None:
        """Read afresh on the database worker; what is shown stays until the answer comes."""
        if self.task is not None and self.task.running:
            return self.task
        store, today = self.store, self.today

        def work(_progress: TaskProgress) -> Home:
            with store.session() as session:
                return home(session, today)

        def arrived(figures: Home) -> None:
            if store is self.store:
                self.show_home(figures)
            else:  # the database was switched while this was being read
                self.refresh()

        task = BackgroundTask(work, self)
        task.finished.connect(arrived)
        task.failed.connect(lambda exc: self.status_label.setText(failed_read("What is on", exc)))
        self.task = task
        task.start(database_pool())
        return task

    def set_store(self, store: Store) -> None:
        self.store = store
        self.figures = None
        self._clear()
        self.status_label.setText("Reading what is on…")

    def focus_search(self) -> None:
        """Nothing to search here: the cursor goes to the first line instead."""
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- showing --------------------------------------------------------------------------

    def _clear(self) -> None:
        self.buttons = []
        while (item := self.body_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def show_home(self, figures: Home) -> None:
        self.figures = figures
        self._clear()
        today = figures.today
        name = f" — {figures.organisation}" if figures.organisation else ""
        self.title_label.setText(f"Today, {weekday_name(today)} {long_date(today)}{name}")
        if figures.empty:
            self._show_first_steps()
        else:
            self.status_label.setText("Click a line (or Tab to it and press Enter) to open it.")
            for heading in figures.headings:
                self._show_heading(heading)
            self._heading("The next year-end")
            self._line(figures.year_end)
            self._heading("This year so far")
            self._line(figures.figures)
        self.filled.emit()

    def _heading(self, text: str) -> None:
        label = self._label(text, 1.15, bold=True)
        label.setContentsMargins(0, 10, 0, 2)
        self.body_layout.addWidget(label)

    def _line(self, line: Line, text: str | None = None) -> QPushButton:
        button = QPushButton(text or line.text, self.body)
        button.setObjectName("homeLine")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.setAutoDefault(True)  # Enter opens it too
        record = -1 if line.record_id is None else line.record_id
        button.clicked.connect(lambda _c=False, s=line.section, r=record: self.go.emit(s, r))
        self.body_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)
        return button

    def _show_heading(self, heading: Heading) -> None:
        self._heading(f"{heading.title} ({heading.total})" if heading.total else heading.title)
        if not heading.lines:
            self.body_layout.addWidget(self._label(heading.none_text))
        for line in heading.lines:
            self._line(line)
        if heading.more:
            self._line(Line("", heading.section), f"and {heading.more} more…")

    def _show_first_steps(self) -> None:
        self.status_label.setText(
            "This database is empty. Three ways to begin (the first two are also on the File menu):"
        )
        for key, text, explanation in FIRST_STEPS:
            button = QPushButton(text, self.body)
            button.setObjectName(f"firstStep_{key}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, k=key: self.first_step.emit(k))
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 4)
            about = QLabel(explanation, self.body)
            about.setWordWrap(True)
            about.setContentsMargins(4, 0, 0, 10)
            button.setAccessibleDescription(explanation)
            self.body_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.body_layout.addWidget(about)
            self.buttons.append(button)
