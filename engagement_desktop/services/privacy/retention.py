"""Retention review (UK GDPR Art. 5(1)(e)): who has been kept longer than the landlord's
periods say, which records have outlived theirs, and which consents need renewing.

The periods are settings (services/common/settings.py, ``RETENTION_DEFAULTS``), changed
in Settings. The review only reads; :func:`apply_retention` anonymises the chosen people
(services/privacy/erase.py), prunes import change records and clears old audit detail,
all in one transaction decided from what it reads inside that transaction.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, cast, delete, func, null, select, text, union_all, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import short_date
from engagement_desktop.services.people.people import get_person
from engagement_desktop.services.privacy.erase import (
    erase_in,
    erased_ids,
    remove_files,
    settle_file,
)
from engagement_desktop.services.rewards.ledger import balance
from engagement_desktop.store.engine import Store, on_sqlite
from engagement_desktop.store.models import (
    Attendance,
    AuditEntry,
    Consent,
    Event,
    ImportBatch,
    ImportChange,
    LedgerEntry,
    Membership,
    Person,
    SurveyResponse,
)

RETENTION_ACTION = "privacy.retention"


@dataclass(frozen=True)
class DuePerson:
    person_id: int
    name: str  # surname first, as every list
    reference: str | None
    reason: str  # why they are due, in plain words
    since: date  # last activity, or the day they left


@dataclass(frozen=True)
class ConsentToRenew:
    person_id: int
    name: str  # surname first, as every list
    purpose: str
    recorded_on: date


@dataclass
class Review:
    today: date
    periods: dict[str, int]
    people: list[DuePerson] = field(default_factory=list)
    import_changes: int = 0  # change records older than their period
    audit_details: int = 0  # audit entries older than their period still holding values
    consents: list[ConsentToRenew] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "periods": self.periods,
            "people": [
                {
                    "person_id": p.person_id,
                    "reference": p.reference,
                    "reason": p.reason,
                    "since": p.since.isoformat(),
                }
                for p in self.people
            ],
            "import_changes": self.import_changes,
            "audit_details": self.audit_details,
            "consents_to_renew": [
                {"person_id": c.person_id, "purpose": c.purpose, "recorded_on": str(c.recorded_on)}
                for c in self.consents
            ],
        }


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def periods(session: Session) -> dict[str, int]:
    return {
        key: int(get_setting(session, key))
        for key in (
            "retention_one_off_years",
            "retention_member_years",
            "retention_import_changes_days",
            "retention_audit_years",
            "consent_refresh_years",
        )
    }


def _day(value: str | None) -> date | None:
    """The day of a date or date-time read as text (``_text``): parsing text is many times
    quicker than the driver's date-times over a whole register."""
    return date.fromisoformat(value[:10]) if value else None


def _text(column: Any) -> Any:
    return cast(column, String)


def review(session: Session, today: date | None = None) -> Review:
    """Everything due for review today, each person with why."""
    today = today or date.today()
    result = Review(today, periods(session))
    gone = erased_ids(session)
    left, current = _left_involvement(session, today)
    one_off_cut = years_before(today, result.periods["retention_one_off_years"])
    member_cut = years_before(today, result.periods["retention_member_years"])
    for pid, first, last_name, reference, status, seen_text in _quiet_since(
        session, max(one_off_cut, member_cut)
    ):
        if pid in gone or pid in current:
            continue
        name = ", ".join(n for n in (last_name, first) if n)  # surname first, as lists
        seen = _day(seen_text) or today
        if status == "subscribed" or pid in left:
            since = max(left.get(pid, seen), seen)
            if since < member_cut:
                reason = (
                    f"involved member, last involved {short_date(since)}; "
                    f"kept {result.periods['retention_member_years']} years after leaving"
                )
                result.people.append(DuePerson(pid, name, reference, reason, since))
        elif seen < one_off_cut:
            reason = (
                f"one-off contact with no activity since {short_date(seen)} "
                f"(over {result.periods['retention_one_off_years']} years)"
            )
            result.people.append(DuePerson(pid, name, reference, reason, seen))
    result.import_changes = int(
        session.scalar(_old_changes(select(func.count()), today, result)) or 0
    )
    result.audit_details = int(
        session.scalar(select(func.count()).where(*_old_audit(today, result))) or 0
    )
    result.consents = _consents(session, today, result, gone)
    return result


def _read(session: Session, query: Any) -> list[Any]:
    """Core rows fetched at once: over a whole register the ORM's row wrapping and
    row-by-row fetching cost more than the query."""
    return list(session.connection().execute(query).all())


def _day_of(column: Any) -> Any:
    """A date or date-time as its YYYY-MM-DD text, comparable across tables and servers."""
    return func.substr(cast(column, String), 1, 10)


def _quiet_since(session: Session, cut: date) -> list[Any]:
    """People whose latest sign of life (added or joined, an event, points, a consent, a
    survey return) was before ``cut``, with that day: the database finds them, so only
    the few who may be due come back, not the whole register."""
    signs = union_all(
        select(Person.id.label("pid"), _day_of(Person.created_at).label("day")),
        select(Person.id, _day_of(Person.joined_on)).where(Person.joined_on.is_not(None)),
        select(Attendance.person_id, _day_of(Event.starts_at)).join(
            Event, Event.id == Attendance.event_id
        ),
        select(LedgerEntry.person_id, _day_of(LedgerEntry.entry_date)),
        select(Consent.person_id, _day_of(Consent.recorded_at)),
        select(SurveyResponse.person_id, _day_of(SurveyResponse.completed_at)).where(
            SurveyResponse.person_id.is_not(None), SurveyResponse.completed_at.is_not(None)
        ),
    ).subquery()
    latest = (
        select(signs.c.pid, func.max(signs.c.day).label("day"))
        .group_by(signs.c.pid)
        .having(func.max(signs.c.day) < cut.isoformat())
        .subquery()
    )
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.reference,
            Person.involvement_status,
            latest.c.day,
        )
        .join(latest, latest.c.pid == Person.id)
        .order_by(Person.name_sort_key, Person.id)
    )
    return _read(session, query)


def _left_involvement(session: Session, today: date) -> tuple[dict[int, date], set[int]]:
    """When each former member's last term ended, and who is on a group now."""
    left: dict[int, date] = {}
    current: set[int] = set()
    ends = func.coalesce(Membership.left_on, Membership.term_end)
    for person_id, end_text in _read(session, select(Membership.person_id, _text(ends))):
        end = _day(end_text)
        if end is None or end >= today:
            current.add(person_id)
        elif person_id not in left or end > left[person_id]:
            left[person_id] = end
    return left, current


def _change_cut(today: date, result: Review) -> datetime:
    days = result.periods["retention_import_changes_days"]
    return datetime.combine(today - timedelta(days=days), datetime.min.time())


def _old_changes(query: Any, today: date, result: Review) -> Any:
    old_batches = select(ImportBatch.id).where(ImportBatch.imported_at < _change_cut(today, result))
    return query.select_from(ImportChange).where(ImportChange.batch_id.in_(old_batches))


def _old_audit(today: date, result: Review) -> tuple[Any, ...]:
    cut = datetime.combine(
        years_before(today, result.periods["retention_audit_years"]), datetime.min.time()
    )
    # An entry without values may hold SQL NULL or JSON null (the ORM's way of writing None).
    held = func.coalesce(cast(AuditEntry.changes, String), "null") != "null"
    return (AuditEntry.at < cut, held)


def _consents(
    session: Session, today: date, result: Review, gone: set[int]
) -> list[ConsentToRenew]:
    """Each person's latest word on each purpose, when it was a yes given too long ago."""
    latest = (
        select(Consent.person_id, Consent.purpose, func.max(Consent.recorded_at).label("at"))
        .group_by(Consent.person_id, Consent.purpose)
        .subquery()
    )
    cut = datetime.combine(
        years_before(today, result.periods["consent_refresh_years"]), datetime.min.time()
    )
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Consent.purpose,
            _text(Consent.recorded_at),
        )
        .join(
            latest,
            and_(
                latest.c.person_id == Consent.person_id,
                latest.c.purpose == Consent.purpose,
                latest.c.at == Consent.recorded_at,
            ),
        )
        .join(Person, Person.id == Consent.person_id)
        .where(Consent.given.is_(True), Consent.recorded_at < cut, Person.archived.is_(False))
        .order_by(Consent.recorded_at, Person.id)
    )
    return [
        ConsentToRenew(
            pid, ", ".join(n for n in (last, first) if n), purpose, date.fromisoformat(at[:10])
        )
        for pid, first, last, purpose, at in _read(session, query)
        if pid not in gone
    ]


@dataclass
class RetentionRun:
    people: int
    import_changes: int
    audit_details: int
    wal_truncated: bool | None
    seconds: float


def apply_retention(
    store: Store,
    person_ids: Iterable[int] | None = None,
    *,
    unconverted_points: str | None = None,
    today: date | None = None,
) -> RetentionRun:
    """Anonymise the chosen people who are due (all who are due when none are chosen),
    prune import change records and clear audit detail past their periods: one transaction."""
    started = time.perf_counter()
    with store.transaction() as session:
        if on_sqlite(session):
            session.execute(text("PRAGMA secure_delete=ON"))
        due = review(session, today)
        due_ids = [p.person_id for p in due.people]
        chosen = due_ids if person_ids is None else list(dict.fromkeys(person_ids))
        not_due = [pid for pid in chosen if pid not in set(due_ids)]
        if not_due:
            get_person(session, not_due[0])  # nobody of that number: say so, not "not due"
            raise EngagementError(f"Person #{not_due[0]} is not due for review; nothing changed.")
        owing = [pid for pid in chosen if balance(session, pid) > 0]
        if owing and unconverted_points is None:
            raise EngagementError(
                f"{len(owing):,} of the people chosen have points not yet converted: choose to "
                "forfeit them or keep them as anonymous balances (--points forfeit|keep); "
                "nothing changed."
            )
        done = erased_ids(session)
        erasures = [erase_in(session, store.actor, pid, unconverted_points, done) for pid in chosen]
        # Counted by the review above, in this same transaction: what is removed now.
        pruned, cleared = due.import_changes, due.audit_details
        old_batches = select(ImportBatch.id).where(
            ImportBatch.imported_at < _change_cut(due.today, due)
        )
        session.execute(delete(ImportChange).where(ImportChange.batch_id.in_(old_batches)))
        session.execute(
            update(AuditEntry).where(*_old_audit(due.today, due)).values(changes=null()),
            execution_options={"synchronize_session": False},
        )
        audit.record(
            session,
            store.actor,
            RETENTION_ACTION,
            "people",
            None,
            None,
            summary=(
                f"Retention review: {len(chosen):,} people anonymised, {pruned:,} import change "
                f"records pruned, {cleared:,} audit entries' detail cleared"
            ),
        )
    remove_files(store, erasures)
    truncated = settle_file(store)
    return RetentionRun(len(chosen), pruned, cleared, truncated, time.perf_counter() - started)
