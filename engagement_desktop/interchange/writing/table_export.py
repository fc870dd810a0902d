"""Whole tables to Excel for the command line (``export TABLE``): the lists as the
screens show them, plus the long tables the screens page through (memberships of
every group, every attendance, the ledger, survey responses)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.writing.xlsx_export import (
    Progress,
    Sheet,
    about_workbook,
    write_workbook,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.models import (
    Area,
    Attendance,
    Event,
    EventType,
    Expense,
    Group,
    Membership,
    Person,
    Survey,
)

Exporter = Callable[[Session, Path, Progress | None], tuple[Path, int]]


def _listing(name: str) -> Exporter:
    def export(session: Session, path: Path, progress: Progress | None) -> tuple[Path, int]:
        from engagement_desktop.interchange.writing.list_export import export_listing
        from engagement_desktop.services.listings import LISTINGS

        listing = LISTINGS[name]
        result = export_listing(session, listing, path, progress=progress)
        return result.path, result.rows

    return export


def _stream(session: Session, query: Any, convert: Callable[[Any], list[Any]]) -> Iterator[list]:
    for row in session.execute(query.execution_options(yield_per=5000)):
        yield convert(row)


def expenses(session: Session, path: Path, progress: Progress | None) -> tuple[Path, int]:
    """Every claim, with the totals by month, in pounds."""
    from engagement_desktop.interchange.events.expenses_export import export_expenses

    first, last = session.execute(
        select(func.min(Expense.claimed_on), func.max(Expense.claimed_on))
    ).one()
    today = date.today()
    result = export_expenses(
        session, path, period=(first or today, last or today), progress=progress
    )
    return result.path, result.claims


def memberships(session: Session, path: Path, progress: Progress | None) -> tuple[Path, int]:
    query = (
        select(
            Group.name,
            Person.reference,
            Person.first_name,
            Person.last_name,
            Membership.role,
            Membership.constituency,
            Membership.term_start,
            Membership.term_end,
            Membership.left_on,
        )
        .join(Group, Group.id == Membership.group_id)
        .join(Person, Person.id == Membership.person_id)
        .order_by(Group.name, Membership.term_start, Person.name_sort_key)
    )
    total = session.scalar(select(func.count()).select_from(Membership)) or 0
    rows = _stream(
        session,
        query,
        lambda r: [
            r[0],
            r[1],
            f"{r[2]} {r[3]}".strip(),
            vocab.MEMBERSHIP_ROLES.get(r[4], r[4]),
            *r[5:],
        ],
    )
    target = write_workbook(
        path,
        [
            Sheet(
                "Memberships",
                [
                    "Group",
                    "Reference",
                    "Person",
                    "Role",
                    "Constituency",
                    "Term start",
                    "Term end",
                    "Left on",
                ],
                rows,
                total,
                widths={0: 36},
            )
        ],
        progress,
        about=about_workbook(session, "Group memberships", "Every term, past and present"),
    )
    return target, total


def attendance(session: Session, path: Path, progress: Progress | None) -> tuple[Path, int]:
    query = (
        select(
            Event.starts_at,
            Event.title,
            EventType.name,
            Group.name,
            Area.name,
            Person.reference,
            Person.first_name,
            Person.last_name,
            Attendance.status,
            Attendance.role,
            Attendance.minutes,
            Attendance.checked_in_at,
        )
        .join(Event, Event.id == Attendance.event_id)
        .join(EventType, EventType.id == Event.event_type_id)
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Group, Group.id == Event.group_id)
        .outerjoin(Area, Area.id == Event.area_id)
        .order_by(Event.starts_at, Event.id, Person.name_sort_key, Person.id)
    )
    total = session.scalar(select(func.count()).select_from(Attendance)) or 0
    statuses, roles = vocab.ATTENDANCE_STATUSES, vocab.ATTENDANCE_ROLES
    rows = _stream(
        session,
        query,
        lambda r: [
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            f"{r[6]} {r[7]}".strip(),
            statuses.get(r[8], r[8]),
            roles.get(r[9], r[9]),
            round(r[10] / 60, 2) if r[10] else None,
            r[11],
        ],
    )
    target = write_workbook(
        path,
        [
            Sheet(
                "Attendance",
                [
                    "Date",
                    "Event",
                    "Type",
                    "Group",
                    "Estate / area",
                    "Reference",
                    "Person",
                    "Status",
                    "Role",
                    "Hours",
                    "Checked in at",
                ],
                rows,
                total,
                widths={1: 36},
            )
        ],
        progress,
        about=about_workbook(session, "Attendance", "Every event"),
    )
    return target, total


def ledger(session: Session, path: Path, progress: Progress | None) -> tuple[Path, int]:
    from engagement_desktop.interchange.rewards.export import export_ledger
    from engagement_desktop.store.models import LedgerEntry

    total = session.scalar(select(func.count()).select_from(LedgerEntry)) or 0
    return export_ledger(session, path, progress=progress), total


def responses(session: Session, path: Path, progress: Progress | None) -> tuple[Path, int]:
    """One sheet per survey, one row per response, one column per question; answers
    exactly as typed (free text stays text, never a formula)."""
    from engagement_desktop.interchange.surveys.export import responses_sheet

    sheets = [
        responses_sheet(session, survey_id)
        for survey_id in session.scalars(
            select(Survey.id).order_by(Survey.period_start, Survey.name)
        )
    ]
    if not sheets:
        raise EngagementError("There are no surveys to export.")
    total = sum(sheet.total or 0 for sheet in sheets)
    about = about_workbook(session, "Survey responses", "Every survey")
    return write_workbook(path, sheets, progress, about=about), total


EXPORTERS: dict[str, Exporter] = {
    "people": _listing("people"),
    "groups": _listing("groups"),
    "memberships": memberships,
    "events": _listing("events"),
    "attendance": attendance,
    "ledger": ledger,
    "training": _listing("training"),
    "expenses": expenses,
    "outcomes": _listing("outcomes"),
    "responses": responses,
}


def export_table(
    session: Session,
    name: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> tuple[Path, int]:
    if name not in EXPORTERS:
        raise EngagementError(f"'{name}' is not a table that can be exported.")
    return EXPORTERS[name](session, Path(path), progress)
