"""A list's rows in its own order, for an export or a printed list of any length."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy.orm import Session

from engagement_desktop.services.listings import base
from engagement_desktop.services.listings.base import Listing


def rows_in_order(
    listing: Listing, session: Session, ids: Sequence[Any]
) -> Iterator[tuple[Any, ...]]:
    """The rows of these ids in their order, read ``ID_BATCH`` at a time, so a big list
    is never in memory twice; ids gone since the list was read are left out. One session
    sees one state of the data, so the ids and their rows agree."""
    step = base.ID_BATCH
    for start in range(0, len(ids), step):
        chunk = ids[start : start + step]
        found = listing.fetch_rows(session, chunk)
        yield from (found[record_id] for record_id in chunk if record_id in found)
