"""The Events list as the officer needs it outside the program: each event's ID (which
``events sheet`` takes), where it was, who was invited and who came, and what it cost.

Counts come from the attendance register: everyone on it who was not a walk-in was
invited; "Attended" counts those who were there (attended or walked in), as the
screen does. Costs: the event's own costs, staff time (hours at the event's hourly
rate) and the expenses approved or paid for it, as the impact report counts them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from engagement_desktop.interchange.writing.xlsx_export import Sheet, pounds
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Event,
    EventCost,
    EventType,
    Expense,
    Group,
)

STEP = 2000
HEADINGS = (
    "Event ID",
    "Starts",
    "Ends",
    "Title",
    "Type",
    "Group",
    "Estate / area",
    "Venue",
    "Online link",
    "Status",
    "Invited",
    "Apologies",
    "No-show",
    "Attended",
    "Of whom walk-ins",
    "Event costs",
    "Staff hours",
    "Staff cost",
    "Expenses",
    "Total cost",
    "Cost per attendee",
)
COUNTS = range(10, 15)  # Invited .. walk-ins
MONEY = (15, 17, 18, 19, 20)
#: Long names wrap at these widths; the rest are sized by the writer from the rows.
WIDTHS = {3: 34, 5: 24, 7: 28, 8: 24}


def events_sheet(session: Session, ids: Sequence[int], title: str = "Events") -> Sheet:
    """The events with these ids, in this order, and a bold line of totals under them."""
    rows = list(_rows(session, ids))
    totals = [sum(row[n] or 0 for row in rows) for n in range(10, 20)]
    attended = totals[13 - 10]
    per_head = round(totals[-1] / attended, 2) if attended else None
    return Sheet(
        title,
        HEADINGS,
        rows,
        total=len(rows),
        widths=dict(WIDTHS),
        kinds={n: "money" for n in MONEY},
        totals=[["Total", *([None] * 9), *(round(t, 2) for t in totals), per_head]],
        freeze_columns=1,
    )


def _rows(session: Session, ids: Sequence[int]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), STEP):
        chunk = list(ids[start : start + STEP])
        events = {row[0]: row for row in session.execute(_events(chunk))}
        counts = {row[0]: row[1:] for row in session.execute(_counts(chunk))}
        costs = _sums(session, _sum(EventCost.event_id, EventCost.amount_pence, chunk))
        expenses = _sums(
            session,
            _sum(Expense.event_id, Expense.amount_pence, chunk).where(
                Expense.status.in_(("approved", "paid"))
            ),
        )
        for event_id in chunk:
            row = events.get(event_id)
            if row is None:  # gone since the list was read
                continue
            invited, apologies, no_show, attended, walk_ins = counts.get(event_id, (0,) * 5)
            own, staff = costs.get(event_id, 0), round(row[10] * row[11])
            claimed = expenses.get(event_id, 0)
            total = own + staff + claimed
            yield [
                *row[:9],
                vocab.EVENT_STATUSES.get(row[9], row[9]),
                invited,
                apologies,
                no_show,
                attended,
                walk_ins,
                pounds(own),
                round(row[10], 2),
                pounds(staff),
                pounds(claimed),
                pounds(total),
                pounds(round(total / attended)) if attended else None,
            ]


def _events(ids: list[int]) -> Any:
    return (
        select(
            Event.id,
            Event.starts_at,
            Event.ends_at,
            Event.title,
            EventType.name,
            Group.name,
            Area.name,
            Event.venue,
            Event.online_url,
            Event.status,
            Event.staff_hours,
            Event.staff_hourly_rate_pence,
        )
        .join(EventType, EventType.id == Event.event_type_id)
        .outerjoin(Group, Group.id == Event.group_id)
        .outerjoin(Area, Area.id == Event.area_id)
        .where(Event.id.in_(ids))
    )


def _counts(ids: list[int]) -> Any:
    def count(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    status = Attendance.status
    return (
        select(
            Attendance.event_id,
            count(status != "walk_in"),
            count(status == "apologies"),
            count(status == "no_show"),
            count(status.in_(sorted(vocab.PRESENT_STATUSES))),
            count(status == "walk_in"),
        )
        .where(Attendance.event_id.in_(ids))
        .group_by(Attendance.event_id)
    )


def _sums(session: Session, query: Any) -> dict[int, int]:
    return {key: int(total or 0) for key, total in session.execute(query)}


def _sum(key: Any, amount: Any, ids: list[int]) -> Any:
    return select(key, func.sum(amount)).where(key.in_(ids)).group_by(key)
