"""Not silently overwriting another officer's edit.

A dialog remembers the ``version`` of the record it opened (:func:`current`) and saves
inside :func:`expecting`; :meth:`Store.transaction` then checks, holding the write lock,
that the record is still at that version before the service writes, and raises
:class:`EditConflict` naming who changed it and when (from the audit trail) if not. A
save that went through leaves the record one version on, even when the service only
touched the record's children (needs, consents ...), so the other officer hears of it.
The version itself is SQLAlchemy's ``version_id_col`` (:class:`base.VersionedMixin`):
every ORM update of the row adds one, whoever makes it (window, command line, import).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.store.base import Base

#: How a record is named in "Sam Patel changed this person at 10:42".
NOUNS = {
    "people": "person",
    "groups": "group",
    "events": "event",
    "outcomes": "outcome",
    "courses": "course",
    "training_records": "training record",
    "appraisals": "appraisal",
    "training_needs": "training need",
    "surveys": "survey",
    "fund_rounds": "fund round",
    "fund_applications": "application",
    "scrutiny_reviews": "review",
    "consultations": "consultation",
    "inspection_templates": "checklist",
    "inspection_visits": "inspection visit",
    "ballots": "ballot",
    "ballot_proposals": "proposal",
}


class EditConflict(EngagementError):
    """The record changed since the form was opened; nothing was saved."""

    def __init__(self, message: str, *, current_version: int, actor: str | None) -> None:
        super().__init__(message)
        self.current_version = current_version
        self.actor = actor


@dataclass
class Expectation:
    """The record a save is about and the version the officer saw."""

    table: str
    record_id: int
    version: int


_expected: ContextVar[Expectation | None] = ContextVar("expected_version", default=None)


def _table(name: str) -> Table:
    if name not in NOUNS:
        raise KeyError(f"{name} has no version column")
    return Base.metadata.tables[name]


def current(session: Session, table: str, record_id: int) -> int:
    """The record's version now (0 for a record that is not there)."""
    t = _table(table)
    value = session.execute(select(t.c.version).where(t.c.id == record_id)).scalar()
    return int(value) if value is not None else 0


@contextmanager
def expecting(table: str, record_id: int, version: int) -> Iterator[Expectation]:
    """Transactions begun inside refuse to write if the record is not at ``version``;
    after each one that commits, ``version`` is the record's new version."""
    _table(table)
    expectation = Expectation(table, record_id, version)
    token = _expected.set(expectation)
    try:
        yield expectation
    finally:
        _expected.reset(token)


def check(session: Session) -> Expectation | None:
    """Called by :meth:`Store.transaction` as it begins: one indexed read."""
    expectation = _expected.get()
    if expectation is None:
        return None
    now = current(session, expectation.table, expectation.record_id)
    if now not in (0, expectation.version):
        raise conflict(session, expectation, now)
    return expectation


def step(session: Session, expectation: Expectation) -> None:
    """Called before the commit: the record is one version on (or the ORM made it so)."""
    session.flush()
    t = _table(expectation.table)
    session.execute(
        update(t)
        .where(t.c.id == expectation.record_id, t.c.version == expectation.version)
        .values(version=t.c.version + 1)
    )
    expectation.version = current(session, expectation.table, expectation.record_id)


def conflict(session: Session, expectation: Expectation, now: int) -> EditConflict:
    """ "Sam Patel changed this person at 10:42." from the record's last audit entry."""
    from engagement_desktop.store.models import AuditEntry

    noun = NOUNS[expectation.table]
    last = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(
            AuditEntry.table_name == expectation.table,
            AuditEntry.record_id == expectation.record_id,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        message = f"Someone else changed this {noun} after you opened it."
        return EditConflict(message, current_version=now, actor=None)
    actor, at = last
    return EditConflict(
        f"{actor} changed this {noun} {when(at)}.", current_version=now, actor=actor
    )


def when(at: datetime, today: datetime | None = None) -> str:
    """ "at 10:42" today, "on 5 Dec at 10:42" before, in the computer's local time."""
    local = at.replace(tzinfo=UTC).astimezone()
    today = today or datetime.now().astimezone()
    clock = local.strftime("%H:%M")
    if local.date() == today.date():
        return f"at {clock}"
    # the month in English: %b follows the locale the window sets (services' wording is
    # a layer above the store)
    month = "JanFebMarAprMayJunJulAugSepOctNovDec"[3 * local.month - 3 : 3 * local.month]
    return f"on {local.day} {month} at {clock}"
