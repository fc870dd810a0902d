"""A search's first screen, its count, and a search typed on: small reads for a big list.

The People window asks for these on every keystroke, so none reads the whole
register when it can help it (see ``gui/common/paged_model.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.listings.base import Archived, Listing


def first_ids(
    listing: Listing,
    session: Session,
    limit: int,
    search: str = "",
    order_by: str | None = None,
    descending: bool | None = None,
    filters: Mapping[str, Any] | None = None,
    include_archived: Archived = False,
    probe: int = 500,
    probe_most: int = 2000,
) -> list[Any] | None:
    """The first ``limit`` ids of a search when they are near the top of the list.

    "s" matches most people: its first screen is among the first few hundred of the
    whole list, found by walking the sort's index a bounded distance however big
    the register. The first ``probe`` rows also measure how common the search is:
    when some matched but not enough, one more walk, as far as that rate says is
    needed (at most ``probe_most`` rows), usually finds the screen ("ca": 1 in 8).
    None when the search is rare or no index serves the sort: the caller then reads
    every match, which the trigram index (PostgreSQL) or a scan of the folded text
    (SQLite) finds quickly. Walking until ``limit`` matches were found would not be
    bounded: a word nobody has walks all of it, a row look-up per entry.
    """
    if not listing.column(order_by or listing.default_sort).indexed:
        return None
    size = probe
    while True:
        stmt = listing.id_query(
            search, order_by, descending, filters, include_archived, True, limit, size
        )
        ids = list(session.execute(stmt).scalars())
        if len(ids) >= limit:
            return ids
        if len(ids) < limit // 10 or size >= probe_most:  # rare: read every match
            return None
        size = min(probe_most, size * limit * 3 // (2 * len(ids)))


def walked_ids(
    listing: Listing,
    session: Session,
    limit: int,
    order_by: str | None = None,
    descending: bool | None = None,
) -> list[Any] | None:
    """The whole list's first ``limit`` ids, when an index walk in list order finds them.

    The Rewards list in name order is the people index walked with one ledger look-up
    per person, stopping at the screen's last member: the same few milliseconds at
    500,000 ledger entries as at 500, where finding every member and sorting them is
    a pass over the ledger. None for a sort no index serves (read the whole list).
    """
    if not listing.walks(order_by):
        return None
    stmt = listing.id_query(order_by=order_by, descending=descending, limit=limit)
    return list(session.execute(stmt).scalars())


def matching(
    listing: Listing,
    session: Session,
    ids: Sequence[Any],
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    include_archived: Archived = False,
) -> set[Any]:
    """Which of these ids match: a search typed further only looks among the last one's
    matches (a look-up per id, however big the register)."""
    if not ids:
        return set()
    stmt = listing.id_query(search, None, None, filters, include_archived, ordered=False)
    return set(session.execute(stmt.where(listing.id_column.in_(list(ids)))).scalars())


def count(
    listing: Listing,
    session: Session,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    include_archived: Archived = False,
) -> int:
    """How many rows match, without reading them (the count under a first screen)."""
    ids = listing.id_query(search, None, None, filters, include_archived, ordered=False)
    return int(session.execute(select(func.count()).select_from(ids.subquery())).scalar_one())
