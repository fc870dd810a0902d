"""Points for being there: awarded when attendance is marked, reversed when it is not.

``award_for_attendance`` is idempotent: it compares what the rules say the
attendance is worth now with what the ledger already holds for it, and writes
only the difference (a reversal and, if needed, a fresh award). Calling it
twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.settings import get_setting, year_of
from engagement_desktop.services.rewards.ledger import BelowZero, NewEntry, add_entry
from engagement_desktop.services.rewards.rules import points_for, rules_on, same_earning
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Attendance, Event, LedgerEntry, Person, RewardRule


def attendance_reason(label: str, title: str) -> str:
    """What a statement line says: "Webinar: complaints", not "Webinar: Webinar: complaints".

    The rule's label goes in front of the event's title unless the title already
    starts with it ("Webinar: …" under "Webinar") or with its first words
    ("Training: …" under "Training session")."""
    folded, prefix = title.casefold(), label.casefold().strip()
    if folded.startswith(prefix) and not folded[len(prefix) : len(prefix) + 1].isalnum():
        return title
    head = title.split(":", 1)[0].casefold().strip() if ":" in title else ""
    if head and (prefix + " ").startswith(head + " "):
        return title
    return f"{label}: {title}"


@dataclass(frozen=True)
class Earning:
    """One attendance that earns points: whose, which, the event's day and title."""

    person_id: int
    attendance_id: int
    attendance_uuid: str
    day: date
    title: str


def earned_entry(
    rule: RewardRule | None, earning: Earning, points: int, year: int, again: int = 0
) -> NewEntry:
    """The ledger entry paying ``points`` for an attendance under ``rule``. Its source key
    names the attendance and the rule (``again``: how many awards before it under the same
    rule, since reversed), so the same award is never written twice, whoever writes it."""
    label = (rule.description if rule else None) or "Attendance"
    suffix = f":{again}" if again else ""
    rule_id = rule.id if rule else 0
    return NewEntry(
        person_id=earning.person_id,
        entry_date=earning.day,
        points=points,
        kind="earned",
        reason=attendance_reason(label, earning.title),
        source="attendance",
        source_key=f"attendance:{earning.attendance_uuid}:{rule_id}{suffix}",
        attendance_id=earning.attendance_id,
        rule_id=rule.id if rule else None,
        scheme_year=year,
    )


def _capped(
    session: Session, rule: RewardRule, person_id: int, year: int, points: int, attendance_id: int
) -> int:
    if rule.annual_cap is None:
        return points
    used = (
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
                LedgerEntry.person_id == person_id,
                LedgerEntry.rule_id.in_(same_earning(session, rule)),
                LedgerEntry.scheme_year == year,
                LedgerEntry.attendance_id != attendance_id,
            )
        )
        or 0
    )
    return max(0, min(points, rule.annual_cap - used))


def award_for_attendance(session: Session, actor: str, attendance: Attendance) -> int:
    """Bring the ledger in line with this attendance mark; returns the points change.

    Only subscribed members earn points. Runs inside the caller's transaction.
    """
    event = session.get(Event, attendance.event_id)
    person = session.get(Person, attendance.person_id)
    assert event is not None and person is not None
    day = event.starts_at.date()
    year = year_of(day, get_setting(session, "scheme_year_start"))
    wanted: dict[int, int] = {}
    present = attendance.status in vocab.PRESENT_STATUSES and event.status != "cancelled"
    if present and person.involvement_status == "subscribed":
        for rule in rules_on(session, event.event_type_id, attendance.role, day):
            points = _capped(
                session, rule, person.id, year, points_for(rule, attendance.minutes), attendance.id
            )
            if points > 0:
                wanted[rule.id] = points
    entries = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.attendance_id == attendance.id)
        .order_by(LedgerEntry.id)
    ).all()
    held: dict[int, int] = {}
    open_awards: dict[int, list[LedgerEntry]] = {}
    reversed_ids = {e.reverses_id for e in entries if e.reverses_id is not None}
    for entry in entries:
        rule_id = entry.rule_id or 0
        held[rule_id] = held.get(rule_id, 0) + entry.points
        if entry.points > 0 and entry.id not in reversed_ids:
            open_awards.setdefault(rule_id, []).append(entry)
    change = 0
    try:
        for rule_id in sorted(set(held) | set(wanted)):
            if held.get(rule_id, 0) == wanted.get(rule_id, 0):
                continue
            for award in open_awards.get(rule_id, []):
                add_entry(
                    session,
                    actor,
                    NewEntry(
                        person_id=award.person_id,
                        entry_date=day,
                        points=-award.points,
                        kind="correction",
                        reason=f"Attendance changed: {event.title}",
                        source="attendance",
                        source_key=f"reverse:{award.uuid}",
                        attendance_id=attendance.id,
                        rule_id=award.rule_id,
                        reverses_id=award.id,
                        scheme_year=award.scheme_year,
                    ),
                )
                change -= award.points
            points = wanted.get(rule_id, 0)
            if points:
                count = sum(1 for e in entries if e.rule_id == rule_id and e.points > 0)
                add_entry(
                    session,
                    actor,
                    earned_entry(
                        session.get(RewardRule, rule_id),
                        Earning(person.id, attendance.id, attendance.uuid, day, event.title),
                        points,
                        year,
                        again=count,
                    ),
                )
                change += points
    except BelowZero as exc:
        raise EngagementError(
            f"{person.full_name}'s points for '{event.title}' have already been spent "
            "(converted at the year end); the mark cannot be removed without a manual "
            "correction on the Rewards page."
        ) from exc
    return change
