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

from engagement_desktop.gui.common.table_model import _ALIGN, _DISPLAY, _TIP, Index, ListingModel
from engagement_desktop.services.listings.base import Archived

#: Rows read at once when the view reaches a part of the list not read yet.
PAGE_ROWS = 200


class PagedListingModel(ListingModel):
    """:class:`ListingModel` that holds ids and reads rows page by page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ids: list[Any] = []
        self._pages: dict[int, list[tuple[Any, ...]]] = {}
        self._whole: list[Any] | None = None  # the whole list in order, as last read
        self._rank: dict[Any, int] | None = None  # place of each record in it (first search)
        self._rank_key: tuple[str, bool] | None = None  # the sort that order is for

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
        """Read the list again (the data may have changed): the order is learnt afresh."""
        self._whole = self._rank = None
        self._requery()

    def set_search(self, text: str) -> None:
        if text != self.search:
            self.search = text
            self._requery()

    def set_filter(self, key: str, value: Any) -> None:
        if self.filters.get(key) != value:
            self.filters[key] = value
            self._requery()

    def set_include_archived(self, include: Archived) -> None:
        if include != self.include_archived:
            self.include_archived = include
            self._requery()

    def _requery(self) -> None:
        """Run the id query once; rows are read again as the view shows them.

        Sorting tens of thousands of matches is most of a broad search's time in
        SQLite. The whole list, read sorted at the last reload, gives every record
        its place; a search then reads its matches unsorted and puts them in that
        order in Python (~10 ms for 45,000). A record the whole list did not have
        (added since, or archived) sends the query back to SQL's own sort.
        """
        key = (self.sort_key, self.descending)
        options: dict[str, Any] = {
            "search": self.search,
            "filters": self.filters,
            "include_archived": self.include_archived,
        }
        with self._store.session() as session:
            ids: list[Any] | None = None
            if self._whole is not None and self._rank_key == key:
                if self._rank is None:  # not at start-up: only a search needs it
                    self._rank = {record_id: place for place, record_id in enumerate(self._whole)}
                ids = self.listing.fetch_ids(session, ordered=False, **options)
                try:
                    ids.sort(key=self._rank.__getitem__)
                except KeyError:
                    ids = None
            if ids is None:
                ids = self.listing.fetch_ids(
                    session, order_by=self.sort_key, descending=self.descending, **options
                )
                if not self.search and not any(v is not None for v in self.filters.values()):
                    self._whole, self._rank, self._rank_key = ids, None, key
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
