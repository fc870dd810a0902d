"""A list model for very big lists: the ids in order, each row read when first shown.

Reading every row of 50,000 people into Python costs ~250 ms a keystroke; the
sorted ids alone take a third of that, and the screen only ever shows a few
dozen rows. So a reload runs the listing's id query, and ``data()`` reads the
rows of a page (``PAGE_ROWS`` ids, one ``IN`` query) the first time the view
asks for any of them. The sort, search and filters are still all in SQL.

A search or filter reads only its first screen of ids (``FIRST_ROWS`` and one more,
to know there are more): finding every match of "s" in 250,000 people is most of a
keystroke, and nobody reads past the first screen of a half-typed word. Qt asks for
the rest (``fetchMore``) when the officer scrolls to the end; the number of matches
is counted on the database thread once typing stops (``counted``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer

from engagement_desktop.gui.common.table_model import _ALIGN, _DISPLAY, _TIP, Index, ListingModel
from engagement_desktop.gui.common.tasks import BackgroundTask, database_pool
from engagement_desktop.services.listings import first_screen
from engagement_desktop.services.listings.base import Archived, is_narrowed, search_tokens

#: Rows read at once when the view reaches a part of the list not read yet.
PAGE_ROWS = 50
#: Ids a search reads before the officer scrolls: more than the tallest screen shows.
FIRST_ROWS = 100
#: How far down the whole list a search's first screen is looked for (index order).
PROBE_ROWS = 500
#: A search typed further is looked for among the last one's matches when they are
#: complete and no more than this many (else the register is searched again).
NARROW_ROWS = 2000
#: The count of a search waits this long for typing to stop (a count per letter is waste).
COUNT_DELAY_MS = 300


class PagedListingModel(ListingModel):
    """:class:`ListingModel` that holds ids and reads rows page by page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ids: list[Any] = []
        self._pages: dict[int, list[tuple[Any, ...]]] = {}
        self._whole: list[Any] | None = None  # the whole list in order, as last read
        self._rank: dict[Any, int] | None = None  # place of each record in it (first search)
        self._rank_key: tuple[str, bool] | None = None  # the sort that order is for
        self._complete = True  # False: only the first screen of a search's ids is read
        self.total: int | None = 0  # how many match; None until counted
        self._count_task: BackgroundTask | None = None
        self._last: tuple[Any, ...] | None = None  # what the ids shown now were read for
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._start_count)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The view reached the end of the first screen: read every remaining id."""
        if parent.isValid() or self._complete:
            return
        ids = self._all_ids()
        shown = len(self._ids)
        self._complete = True
        self._count_timer.stop()
        if ids[:shown] == self._ids:  # as expected: the rest goes under what is shown
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self._pages.pop(shown // PAGE_ROWS, None)  # read short: the screen ended in it
                self.endInsertRows()
        else:  # the data changed meanwhile: show it as it is now
            self.beginResetModel()
            self._ids, self._pages = ids, {}
            self.endResetModel()
        self._counted(len(ids))

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
        self._whole = self._rank = self._last = None
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
        """Read the ids to show now: a search's first screen, or the whole list."""
        options: dict[str, Any] = {
            "search": self.search,
            "filters": self.filters,
            "include_archived": self.include_archived,
        }
        self._count_timer.stop()
        self._count_task = None  # a count still running is for an earlier search
        ids: list[Any] | None = None
        asked = (
            self.search,
            dict(self.filters),
            self.include_archived,
            self.sort_key,
            self.descending,
        )
        narrows = self._narrows_last(asked)
        if narrows and len(self._ids) <= NARROW_ROWS:
            with self._store.session() as session:
                found = first_screen.matching(self.listing, session, self._ids, **options)
            ids = [record_id for record_id in self._ids if record_id in found]  # kept in order
        elif not narrows and is_narrowed(self.search, self.filters, self.include_archived):
            # (A search narrowing one whose first screen was not near the top: neither is it.)
            with self._store.session() as session:
                ids = first_screen.first_ids(
                    self.listing,
                    session,
                    FIRST_ROWS + 1,
                    order_by=self.sort_key,
                    descending=self.descending,
                    probe=PROBE_ROWS,
                    probe_most=PROBE_ROWS * 4,
                    **options,
                )
        elif not narrows and self.listing.walks(self.sort_key):
            # The whole list in a sort an index walk serves: its first screen alone.
            with self._store.session() as session:
                ids = first_screen.walked_ids(
                    self.listing, session, FIRST_ROWS + 1, self.sort_key, self.descending
                )
        if ids is None:
            ids, self._complete = self._all_ids(), True
        elif len(ids) > FIRST_ROWS and not narrows:  # the rest when scrolled to
            ids, self._complete = ids[:FIRST_ROWS], False
        else:
            self._complete = True
        self._last = asked
        self.beginResetModel()
        self._ids = ids
        self._pages = {}
        self.is_loaded = True
        self.endResetModel()
        self.total = len(ids) if self._complete else None
        self.loaded.emit(len(ids))
        if not self._complete:
            self._count_timer.start()

    def _narrows_last(self, asked: tuple[Any, ...]) -> bool:
        """Every match of this search is among the ids shown now, all of them read.

        True when only the search changed, by typing on: "smi" after "sm", "pe1 1"
        after "pe1" (each word typed must match, so more letters or words only narrow).
        """
        if self._last is None or not self._complete:
            return False
        search, *rest = asked
        last, *last_rest = self._last
        return (
            rest == last_rest
            and search.startswith(last)
            and bool(search_tokens(last))
            and is_narrowed(search, self.filters, self.include_archived)
        )

    def _start_count(self) -> None:
        """Count the matches on the database thread; the answer is dropped if stale."""
        store, listing = self._store, self.listing
        search, filters, archived = self.search, dict(self.filters), self.include_archived

        def work(_progress: Any) -> int:
            with store.session() as session:
                return first_screen.count(listing, session, search, filters, archived)

        task = self._count_task = BackgroundTask(work, self)
        task.finished.connect(lambda count: self._count_done(task, count))
        task.start(database_pool())

    def _count_done(self, task: BackgroundTask, count: int) -> None:
        if task is self._count_task and self.total is None:
            self._counted(count)

    def _counted(self, count: int) -> None:
        self._count_task = None
        self.total = count
        self.counted.emit(count)

    def _all_ids(self) -> list[Any]:
        """Every id of the list as it stands, in order.

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
        return ids

    def row_id(self, row: int) -> Any:
        return self._ids[row]

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._row(row)[1:]

    def row_of(self, record_id: Any) -> int | None:
        """Where a record is in the list now (to select it again after a save)."""
        if record_id not in self._ids and not self._complete:
            self.fetchMore()
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def rows_of(self, record_ids: Collection[Any]) -> list[int]:
        """Where these records are among the rows read so far (to select many again)."""
        wanted = set(record_ids)
        return [row for row, record_id in enumerate(self._ids) if record_id in wanted]

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
