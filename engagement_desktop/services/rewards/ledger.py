"""The points ledger: append-only entries, balances as sums, never below zero.

A balance is always SUM(points) of a person's entries. A correction is a new
reversing entry. Each entry carries a unique ``source_key`` so the same award
cannot be written twice (two clicks, a repeated import, a re-run).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import get_or_404, required_text
from engagement_desktop.services.common.settings import get_setting, year_of
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.store import vocab
from engagement_desktop.store.base import new_uuid
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import LedgerEntry, Person

ENTRY_FIELDS = ("entry_date", "points", "kind", "reason", "source", "source_key", "reverses_id")


class BelowZero(EngagementError):
    """The entry would leave a balance below zero at some date."""


def balance(session: Session, person_id: int, on: date | None = None) -> int:
    query = select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
        LedgerEntry.person_id == person_id
    )
    if on is not None:
        query = query.where(LedgerEntry.entry_date <= on)
    return int(session.scalar(query) or 0)


def lowest_running_balance(session: Session, person_id: int) -> int:
    """The lowest the balance has ever been, in date order (credits first on a day)."""
    points = session.scalars(
        select(LedgerEntry.points)
        .where(LedgerEntry.person_id == person_id)
        .order_by(LedgerEntry.entry_date, LedgerEntry.points.desc(), LedgerEntry.id)
    )
    running, lowest = 0, 0
    for value in points:
        running += value
        lowest = min(lowest, running)
    return lowest


def key_exists(session: Session, source_key: str) -> bool:
    return (
        session.scalar(select(LedgerEntry.id).where(LedgerEntry.source_key == source_key))
        is not None
    )


@dataclass(frozen=True)
class NewEntry:
    person_id: int
    entry_date: date
    points: int
    kind: str
    reason: str
    source: str
    source_key: str
    attendance_id: int | None = None
    rule_id: int | None = None
    reverses_id: int | None = None
    scheme_year: int | None = None


def add_entry(session: Session, actor: str, new: NewEntry) -> LedgerEntry | None:
    """Append one entry inside the caller's transaction.

    Returns None (and writes nothing) when ``source_key`` was already used:
    the same award twice adds nothing. Raises BelowZero when a debit would
    take the balance below zero at any date.
    """
    if new.points == 0:
        return None
    if new.kind not in vocab.LEDGER_KINDS or new.source not in vocab.LEDGER_SOURCES:
        raise ValueError(f"unknown ledger kind/source {new.kind}/{new.source}")
    if key_exists(session, new.source_key):
        return None
    person = get_or_404(session, Person, new.person_id, "person")
    year = new.scheme_year
    if year is None:
        year = year_of(new.entry_date, get_setting(session, "scheme_year_start"))
    entry = LedgerEntry(
        person_id=new.person_id,
        entry_date=new.entry_date,
        points=new.points,
        kind=new.kind,
        reason=new.reason,
        source=new.source,
        source_key=new.source_key,
        attendance_id=new.attendance_id,
        rule_id=new.rule_id,
        reverses_id=new.reverses_id,
        scheme_year=year,
        recorded_by=actor,
    )
    session.add(entry)
    session.flush()
    if new.points < 0 and lowest_running_balance(session, new.person_id) < 0:
        raise BelowZero(
            f"{person.full_name} has {balance(session, new.person_id) - new.points} points; "
            f"taking {-new.points} would leave the balance below zero."
        )
    audit.record(
        session,
        actor,
        f"ledger.{new.kind}",
        "ledger_entries",
        entry.id,
        audit.created(audit.snapshot(entry, ENTRY_FIELDS)),
        record_uuid=entry.uuid,
        summary=f"{new.points:+d} points for person #{new.person_id}",
    )
    return entry


def reverse_entry(
    session: Session,
    actor: str,
    entry: LedgerEntry,
    reason: str,
    on: date | None = None,
) -> LedgerEntry | None:
    """A correcting entry for the opposite amount; an entry can be reversed once."""
    if entry.reverses_id is not None:
        raise EngagementError("A correction cannot itself be reversed; make a new award instead.")
    return add_entry(
        session,
        actor,
        NewEntry(
            person_id=entry.person_id,
            entry_date=on or date.today(),
            points=-entry.points,
            kind="correction",
            reason=reason,
            source=entry.source if entry.source != "year_end" else "manual",
            source_key=f"reverse:{entry.uuid}",
            attendance_id=entry.attendance_id,
            rule_id=entry.rule_id,
            reverses_id=entry.id,
        ),
    )


def manual_award(
    store: Store,
    person_id: int,
    points: int,
    reason: str,
    on: date | None = None,
    source_key: str | None = None,
) -> LedgerEntry:
    """Award points by hand (a written contribution, helping at an event) with a reason."""
    errors: dict[str, str] = {}
    try:
        reason = required_text(reason, 500)
    except ValueError as exc:
        errors["reason"] = str(exc)
    if not isinstance(points, int) or points <= 0:
        errors["points"] = "must be a whole number above 0 (use a correction to take points away)"
    day = on or date.today()
    if day > date.today():
        errors["entry_date"] = "is in the future"
    elif why := day_problem(day, done=True):  # an award dated 1752 is a slip
        errors["entry_date"] = why
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        entry = add_entry(
            session,
            store.actor,
            NewEntry(
                person_id=person_id,
                entry_date=day,
                points=points,
                kind="manual_award",
                reason=reason,
                source="manual",
                source_key=source_key or f"manual:{new_uuid()}",
            ),
        )
        if entry is None:
            raise EngagementError("This award has already been recorded.")
    return entry


def correct_entry(store: Store, entry_id: int, reason: str) -> LedgerEntry:
    """Reverse a wrong entry with a required reason; the original stays on the ledger."""
    try:
        reason = required_text(reason, 500)
    except ValueError as exc:
        raise ValidationError({"reason": str(exc)}) from exc
    with store.transaction() as session:
        entry = get_or_404(session, LedgerEntry, entry_id, "ledger entry")
        correction = reverse_entry(session, store.actor, entry, reason)
        if correction is None:
            raise EngagementError("That entry has already been corrected.")
    return correction


def ledger_lines(
    session: Session,
    person_id: int,
    start: date | None = None,
    end: date | None = None,
) -> list[LedgerEntry]:
    query = select(LedgerEntry).where(LedgerEntry.person_id == person_id)
    if start is not None:
        query = query.where(LedgerEntry.entry_date >= start)
    if end is not None:
        query = query.where(LedgerEntry.entry_date <= end)
    return list(
        session.scalars(
            query.order_by(LedgerEntry.entry_date, LedgerEntry.points.desc(), LedgerEntry.id)
        )
    )
