"""Any list screen to Excel: the rows the officer is looking at, as they see them.

The same listing query as the screen (search, filters, archived, sort order),
the same headings, written through :func:`write_workbook` (title rows, frozen
header, autofilter, dates as dates, formula-like text as text). People and Events
go out with every column an officer needs outside the program (address, consents,
the event ID, counts and costs), not only those the screen has room for. Qt-free,
so the window runs it on a worker thread and tests and the command line call it
directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from engagement_desktop.interchange.events.export import events_sheet
from engagement_desktop.interchange.people.export import people_sheet
from engagement_desktop.interchange.writing.xlsx_export import (
    Progress,
    Sheet,
    about_workbook,
    write_workbook,
)
from engagement_desktop.services.listings.base import Archived, Listing, Period
from engagement_desktop.services.listings.in_order import rows_in_order

#: Lists exported with more than their screen columns: (session, ids in order, title) -> Sheet.
DETAILED: dict[str, Callable[[Session, Sequence[Any], str], Sheet]] = {
    "people": people_sheet,
    "events": events_sheet,
}


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
    if listing.name in DETAILED:
        sheet = DETAILED[listing.name](session, ids, listing.title)
    else:
        sheet = Sheet(
            title=listing.title,
            headings=listing.headings,
            rows=_rows(session, listing, ids),
            total=len(ids),
            widths={i: c.width + 2 for i, c in enumerate(listing.columns) if c.kind == "text"},
        )
    about = about_workbook(session, listing.title, _narrowed(listing, search, filters))
    written = write_workbook(path, [sheet], progress, about=about)
    return ExportResult(written, sheet.total or 0)


def _narrowed(listing: Listing, search: str, filters: Mapping[str, Any] | None) -> str:
    """ "Search “smith”; Tenure: Leaseholder" for the title rows, or "All people"."""
    text = narrowed_by(listing, search, filters)
    return text[:1].upper() + text[1:] if text else f"All {listing.plural}"


def narrowed_by(listing: Listing, search: str, filters: Mapping[str, Any] | None) -> str:
    """The search and filters that narrow a list ("" when it is everything), so a count
    of what was exported can say why it is not everyone."""
    parts = [f"the search “{search.strip()}”"] if search.strip() else []
    for item in listing.filters:
        value = (filters or {}).get(item.key)
        if value is None or item.key == "period":
            continue
        choices = item.choices if isinstance(item.choices, Mapping) else {}
        parts.append(f"{item.label}: {choices.get(value, 'chosen')}")
    return "; ".join(parts)


def _rows(session: Session, listing: Listing, ids: Sequence[Any]) -> Iterator[list[Any]]:
    """Rows in list order, as plain spreadsheet values."""
    for row in rows_in_order(listing, session, ids):
        yield [_cell(value) for value in row[1:]]


def _cell(value: Any) -> Any:
    """Plain values for a spreadsheet: a survey's period becomes "2024-04-01 to 2025-03-31"."""
    if isinstance(value, Period):
        return str(value)
    return value
