"""Any list screen to Excel: the rows the officer is looking at, as they see them.

The same listing query as the screen (search, filters, archived, sort order),
the same headings, written through :func:`write_workbook` (frozen header,
autofilter, dates as dates, formula-like text as text). Qt-free, so the window
runs it on a worker thread and tests and the command line call it directly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from engagement_desktop.interchange.xlsx_export import Progress, Sheet, write_workbook
from engagement_desktop.services.listings.base import Archived, Listing, Period

#: Rows read from the database per step (progress and Cancel are checked between steps).
READ_STEP = 2000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def export_listing(
    session: Session,
    listing: Listing,
    path: str | os.PathLike[str],
    *,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    sort: tuple[str | None, bool | None] = (None, None),
    include_archived: Archived = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the list as filtered and sorted to ``path``; ``sort`` is (column key, descending).

    ``progress(done, total)`` is called as rows are written; returning False
    cancels (``ExportCancelled``) and no file is left behind.
    """
    order_by, descending = sort
    ids = listing.fetch_ids(session, search, order_by, descending, filters, include_archived)
    sheet = Sheet(
        title=listing.title,
        headings=listing.headings,
        rows=_rows(session, listing, ids),
        total=len(ids),
        widths={i: min(60, max(10, c.width + 2)) for i, c in enumerate(listing.columns)},
    )
    written = write_workbook(path, [sheet], progress)
    return ExportResult(written, len(ids))


def _rows(session: Session, listing: Listing, ids: Sequence[Any]) -> Iterator[list[Any]]:
    """Rows in list order, read a step at a time so a big list is never all in memory twice.

    One read transaction (the caller's session) sees one state of the database,
    so the ids and their rows agree.
    """
    for start in range(0, len(ids), READ_STEP):
        chunk = ids[start : start + READ_STEP]
        found = listing.fetch_rows(session, chunk)
        for record_id in chunk:
            row = found.get(record_id)
            if row is not None:
                yield [_cell(value) for value in row[1:]]


def _cell(value: Any) -> Any:
    """Plain values for a spreadsheet: a survey's period becomes "2024-04-01 to 2025-03-31"."""
    if isinstance(value, Period):
        return str(value)
    return value
