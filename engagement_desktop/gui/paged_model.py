"""A list model for very big lists: the ids in order, each row read when first shown.

Reading every row of 50,000 people into Python costs ~250 ms a keystroke; the
sorted ids alone take a third of that, and the screen only ever shows a few
dozen rows. So a reload runs the listing's id query, and ``data()`` reads the
rows of a page (``PAGE_ROWS`` ids, one ``IN`` query) the first time the view
asks for any of them. The sort, search and filters are still all in SQL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from engagement_desktop.gui.table_model import _ALIGN, _DISPLAY, _TIP, Index, ListingModel

#: Rows read at once when the view reaches a part of the list not read yet.
PAGE_ROWS = 200


class PagedListingModel(ListingModel):
    """:class:`ListingModel` that holds ids and reads rows page by page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ids: list[Any] = []
        self._pages: dict[int, list[tuple[Any, ...]]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            column = index.column()
            return self._format[column](self._row(index.row())[column + 1])
        if role == _ALIGN:
            return self._align[index.column()]
        if role == _TIP:
            column = index.column()
            text = self._format[column](self._row(index.row())[column + 1])
            return text if len(text) > 12 else None
        return None

    def reload(self) -> None:
        """Run the id query once; rows are read again as the view shows them."""
        with self._store.session() as session:
            ids = self.listing.fetch_ids(
                session,
                search=self.search,
                order_by=self.sort_key,
                descending=self.descending,
                filters=self.filters,
                include_archived=self.include_archived,
            )
        self.beginResetModel()
        self._ids = ids
        self._pages = {}
        self.is_loaded = True
        self.endResetModel()
        self.loaded.emit(len(ids))

    def row_id(self, row: int) -> Any:
        return self._ids[row]

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._row(row)[1:]

    def row_of(self, record_id: Any) -> int | None:
        """Where a record is in the list now (to select it again after a save)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def _row(self, row: int) -> tuple[Any, ...]:
        page = row // PAGE_ROWS
        rows = self._pages.get(page)
        if rows is None:
            rows = self._pages[page] = self._read_page(page)
        return rows[row - page * PAGE_ROWS]

    def _read_page(self, page: int) -> list[tuple[Any, ...]]:
        ids = self._ids[page * PAGE_ROWS : (page + 1) * PAGE_ROWS]
        with self._store.session() as session:
            found = self.listing.fetch_rows(session, ids)
        # A record removed since the ids were read (merged away) shows as a blank row.
        blank = (None,) * len(self.listing.columns)
        return [found.get(record_id) or (record_id, *blank) for record_id in ids]
