"""The Events page's month view: a calendar grid with each day's events, and the
chosen day's events listed beneath it to open with Enter.

The month shows the events the list would show (same search and filters), read
with one query for the month (:func:`event_details.events_between`).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from engagement_desktop.gui.forms.ui_event_month import Ui_EventMonth
from engagement_desktop.services.common.wording import long_date, month_name, weekday_name
from engagement_desktop.services.events.details import CalendarEvent, events_between, month_bounds
from engagement_desktop.store.engine import Store

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(Qt.ItemDataRole.UserRole)
#: Reads the list page's search text and filters, so both views show the same events.
Narrowing = Callable[[], tuple[str, dict[str, Any]]]


def event_line(event: CalendarEvent) -> str:
    cancelled = " (cancelled)" if event.status == "cancelled" else ""
    return f"{event.starts_at:%H:%M} {event.title}{cancelled}"


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days, Monday first; each cell a day and its events."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.first = date.today().replace(day=1)
        self.days: list[date] = []
        self.events: dict[date, list[CalendarEvent]] = {}

    def set_month(self, first: date, events: list[CalendarEvent]) -> None:
        self.beginResetModel()
        self.first = first
        start = first - timedelta(days=first.weekday())
        self.days = [start + timedelta(days=n) for n in range(42)]
        self.events = {}
        for event in events:
            self.events.setdefault(event.starts_at.date(), []).append(event)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def day(self, index: Index) -> date | None:
        number = index.row() * 7 + index.column()
        return self.days[number] if index.isValid() and number < len(self.days) else None

    def index_of(self, day: date) -> QModelIndex:
        number = self.days.index(day) if day in self.days else 0
        return self.index(number // 7, number % 7)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        day = self.day(index)
        if day is None:
            return None
        if role == _DISPLAY:  # what a screen reader and the tests read
            lines = [f"{day.day}"] + [event_line(e) for e in self.events.get(day, [])]
            return "\n".join(lines)
        if role == _TIP:
            found = self.events.get(day)
            heading = f"{weekday_name(day)} {long_date(day)}"
            return "\n".join([heading, *(event_line(e) for e in found)]) if found else heading
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return calendar.day_abbr[section]
        return None


class DayDelegate(QStyledItemDelegate):
    """The day number in bold, then one line per event (cancelled ones struck through);
    days of other months are greyed, today has a blue edge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, MonthModel)
        day = model.day(index)
        if day is None:
            return
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        outside = day.month != model.first.month
        palette = option.palette  # type: ignore[attr-defined]
        background = (
            palette.highlight().color() if selected else QColor("#f2f2f2" if outside else "#ffffff")
        )
        painter.fillRect(rect, background)
        text_colour = (
            palette.highlightedText().color()
            if selected
            else QColor("#595959" if outside else "#1a1a1a")
        )
        if day == date.today():
            painter.setPen(QColor("#1f4e79"))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = painter.fontMetrics()
        line = metrics.height()
        inner = rect.adjusted(5, 3, -4, -2)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(inner.x(), inner.y() + metrics.ascent(), str(day.day))
        events = model.events.get(day, [])
        bottom = inner.bottom()
        y = inner.y() + line
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        for number, event in enumerate(events):
            left = len(events) - number
            room = (bottom - y) // line
            if room < 1 or (left > 1 and room < 2):
                painter.setFont(font)
                painter.drawText(inner.x(), y + metrics.ascent(), f"+{left} more")
                break
            plain = QFont(font)
            plain.setStrikeOut(event.status == "cancelled")
            painter.setFont(plain)
            # Two lines a title when the day has room for them, one otherwise.
            lines = 2 if room - 2 >= left - 1 else 1
            box = QRect(inner.x(), y, inner.width(), line * lines)
            text = event_line(event)
            if lines == 1:
                text = painter.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, inner.width()
                )
            used = painter.fontMetrics().boundingRect(box, flags, text).height()
            painter.drawText(box, flags, text)
            y += min(max(used, line), line * lines)
        painter.restore()


class MonthView(QWidget):
    """Emits ``open_event(id)`` when the officer picks an event (Enter or double-click)."""

    open_event = Signal(int)

    def __init__(self, store: Store, narrowing: Narrowing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.narrowing = narrowing
        self.ui = ui = Ui_EventMonth()
        ui.setupUi(self)
        self.model = MonthModel(self)
        grid = ui.monthGrid
        grid.setModel(self.model)
        grid.setItemDelegate(DayDelegate(grid))
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.verticalHeader().hide()
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.setTabKeyNavigation(False)
        grid.installEventFilter(self)
        grid.activated.connect(lambda _index: self._day_activated())
        grid.selectionModel().currentChanged.connect(lambda *_: self._show_day())
        font = QFont(ui.monthLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.monthLabel.setFont(font)
        ui.previousButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.todayButton.clicked.connect(lambda: self.show_month(date.today()))
        ui.dayList.itemActivated.connect(lambda item: self.open_event.emit(int(item.data(_ID))))
        self.first = date.today().replace(day=1)
        self.loaded = False

    def show_month(self, day: date, select: date | None = None) -> None:
        self.first = day.replace(day=1)
        self.refresh(select=select or (day if day.month == self.first.month else self.first))

    def step(self, months: int) -> None:
        year, month = divmod(self.first.year * 12 + self.first.month - 1 + months, 12)
        self.show_month(date(year, month + 1, 1))

    def refresh(self, select: date | None = None) -> None:
        """Re-read this month with the list's search and filters."""
        today = date.today()
        keep = (
            select
            or self.current_day()
            or (today if today.replace(day=1) == self.first else self.first)
        )
        search, filters = self.narrowing()
        with self.store.session() as session:
            events = events_between(
                session,
                *month_bounds(self.first.year, self.first.month),
                search=search,
                filters=filters,
            )
        self.model.set_month(self.first, events)
        self.loaded = True
        self.ui.monthLabel.setText(f"{month_name(self.first)} {self.first.year}")
        count = len(events)
        self.ui.monthCountLabel.setText(f"{count} event{'s' if count != 1 else ''} this month")
        if keep.month != self.first.month or keep.year != self.first.year:
            keep = self.first
        self.ui.monthGrid.setCurrentIndex(self.model.index_of(keep))
        self._show_day()

    def current_day(self) -> date | None:
        return self.model.day(self.ui.monthGrid.currentIndex()) if self.model.days else None

    def day_events(self) -> list[CalendarEvent]:
        day = self.current_day()
        return self.model.events.get(day, []) if day else []

    def current_event_id(self) -> int | None:
        """The event picked in the day list, or the day's only event."""
        item = self.ui.dayList.currentItem()
        if item is not None:
            return int(item.data(_ID))
        events = self.day_events()
        return events[0].id if len(events) == 1 else None

    def _show_day(self) -> None:
        day = self.current_day()
        widget = self.ui.dayList
        widget.clear()
        if day is None:
            return
        events = self.day_events()
        self.ui.dayLabel.setText(
            f"<b>{weekday_name(day)} {day.day} {month_name(day)}</b>: "
            + (
                f"{len(events)} event{'s' if len(events) != 1 else ''} (Enter opens)"
                if events
                else "no events"
            )
        )
        for event in events:
            end = f"–{event.ends_at:%H:%M}" if event.ends_at else ""
            item = QListWidgetItem(
                f"{event.starts_at:%H:%M}{end}  {event.title}  ·  {event.event_type}"
                + ("  (cancelled)" if event.status == "cancelled" else "")
            )
            item.setData(_ID, event.id)
            widget.addItem(item)
        if events:
            widget.setCurrentRow(0)

    def _day_activated(self) -> None:
        events = self.day_events()
        if len(events) == 1:
            self.open_event.emit(events[0].id)
        elif events:
            self.ui.dayList.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Page Up / Page Down on the grid change month, as in a paper diary."""
        if (
            watched is self.ui.monthGrid
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            self.step(-1 if event.key() == Qt.Key.Key_PageUp else 1)
            return True
        return super().eventFilter(watched, event)
