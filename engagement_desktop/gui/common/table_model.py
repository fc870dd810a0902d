"""One table model for every list screen: rows from a :class:`Listing`, sorted and searched in SQL.

Why not QSortFilterProxyModel: on big lists a proxy sorts in Python-called
comparisons (200k rows: ~22 s); SQL does it in milliseconds. The model holds
the row tuples of one query and formats a cell only when the view asks for it;
``data()`` answers the two roles it serves and returns None for the rest at
once, because the view asks for a dozen roles per visible cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from engagement_desktop.services.common.wording import plural  # noqa: F401 - used from here too
from engagement_desktop.services.listings import ListColumn, Listing
from engagement_desktop.services.listings.base import Archived
from engagement_desktop.services.listings.cells import (  # noqa: F401 - used from here too
    FORMATTERS,
    format_date,
    format_datetime,
    format_number,
    format_period,
    format_text,
)
from engagement_desktop.store.engine import Store

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

Index = QModelIndex | QPersistentModelIndex


#: A row that needs seeing to (a term ending soon, an overdue outcome): dark text on
#: amber, 11.7:1, so it reads whatever the row's selection or alternate colour.
FLAGGED_FILL = QColor("#fff1c2")
FLAGGED_TEXT = QColor("#3d2e00")


class ListingModel(QAbstractTableModel):
    """The rows of one listing; every change of sort, search or filter is a new query."""

    #: Emitted after every (re)load with the number of rows now shown.
    loaded = Signal(int)
    #: Emitted with the number of matching rows when it is known only after loading
    #: (a paged model reads a search's first screen and counts the rest later).
    counted = Signal(int)

    def __init__(self, store: Store, listing: Listing, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self.listing = listing
        self._columns: tuple[ListColumn, ...] = listing.columns
        self._format = [FORMATTERS[c.kind] for c in self._columns]
        self._align = [_RIGHT if c.kind == "number" else _LEFT for c in self._columns]
        self._rows: list[tuple[Any, ...]] = []
        self.is_loaded = False
        self.search = ""
        self.filters: dict[str, Any] = {}
        self.include_archived: Archived = False
        self.sort_key = listing.default_sort
        self.descending = listing.default_descending

    # --- the Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:  # first: by far the most asked
            column = index.column()
            return self._format[column](self._rows[index.row()][column + 1])
        if role == _ALIGN:
            return self._align[index.column()]
        if role == _TIP:  # the full text of a cell cut short by a narrow column
            column = index.column()
            text = self._format[column](self._rows[index.row()][column + 1])
            return text if len(text) > 12 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self._columns[section].heading
        if role == _ALIGN:
            return self._align[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view's header: re-query with ORDER BY (only if the list is showing)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.is_loaded:
            return
        self.sort_key, self.descending = key, descending
        if self.is_loaded:
            self.reload()

    # --- what the page asks for -----------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    def set_store(self, store: Store) -> None:
        """Switch database; filters that name records of the old one no longer apply."""
        self._store = store
        self.filters = {k: v for k, v in self.filters.items() if isinstance(v, str)}
        if self.is_loaded:
            self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == self.sort_key)

    def set_search(self, text: str) -> None:
        if text != self.search:
            self.search = text
            self.reload()

    def set_filter(self, key: str, value: Any) -> None:
        if self.filters.get(key) != value:
            self.filters[key] = value
            self.reload()

    def set_include_archived(self, include: Archived) -> None:
        """Leave archived records out (False), show them too (True) or alone ("only")."""
        if include != self.include_archived:
            self.include_archived = include
            self.reload()

    def ensure_loaded(self) -> None:
        if not self.is_loaded:
            self.reload()

    def reload(self) -> None:
        """Run the listing's query once and replace every row."""
        with self._store.session() as session:
            rows = self.listing.fetch(
                session,
                search=self.search,
                order_by=self.sort_key,
                descending=self.descending,
                filters=self.filters,
                include_archived=self.include_archived,
            )
        self.beginResetModel()
        self._rows = rows
        self.is_loaded = True
        self.endResetModel()
        self.loaded.emit(len(rows))

    def row_id(self, row: int) -> Any:
        """The record id behind a row (to open it, later)."""
        return self._rows[row][0]

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[row][1:]
