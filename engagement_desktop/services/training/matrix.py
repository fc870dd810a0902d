"""The training matrix: people down the side, courses across, the latest state in each cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.wording import day_text
from engagement_desktop.services.training.overview import group_member_ids
from engagement_desktop.store import vocab
from engagement_desktop.store.collation import in_name_order
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Course, Person, TrainingRecord

_RANK = {"completed": 3, "attended": 2, "booked": 1, "did_not_attend": 0}


class Cell(NamedTuple):
    """One person's latest record of one course (a tuple: 80,000 of them are made at
    once for a big matrix, and a frozen dataclass takes three times as long to build)."""

    status: str
    on_date: date | None
    expires_on: date | None

    def state(self, today: date, warn_days: int = 90) -> str:
        """ok / expiring / expired / booked / missed: what the colour shows."""
        if self.status == "booked":
            return "booked"
        if self.status == "did_not_attend":
            return "missed"
        if self.expires_on is not None and self.expires_on < today:
            return "expired"
        if self.expires_on is not None and self.expires_on <= today + timedelta(days=warn_days):
            return "expiring"
        return "ok"

    def text(self) -> str:
        label = vocab.TRAINING_STATUSES.get(self.status, self.status)
        when = f" {day_text(self.on_date)}" if self.on_date else ""
        until = f" (until {day_text(self.expires_on)})" if self.expires_on else ""
        return f"{label}{when}{until}"


@dataclass
class Matrix:
    courses: list[tuple[int, str]]
    people: list[tuple[int, str, str | None]]  # id, name, reference
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (person, course)

    def row(self, index: int) -> list[Cell | None]:
        person_id = self.people[index][0]
        return [self.cells.get((person_id, course_id)) for course_id, _ in self.courses]


def training_matrix(
    session: Session,
    *,
    course_ids: list[int] | None = None,
    person_ids: list[int] | None = None,
) -> Matrix:
    """Everyone with a training record (or the people given) by every course in use."""
    records = select(
        TrainingRecord.person_id,
        TrainingRecord.course_id,
        TrainingRecord.status,
        TrainingRecord.on_date,
        TrainingRecord.expires_on,
    )
    if course_ids is not None:
        records = records.where(TrainingRecord.course_id.in_(course_ids))
    found = (
        session.execute(records)
        if person_ids is None
        else (
            row
            for chunk in id_chunks(sorted(set(person_ids)))
            for row in session.execute(records.where(TrainingRecord.person_id.in_(chunk)))
        )
    )
    cells: dict[tuple[int, int], Cell] = {}
    for person_id, course_id, status, on_date, expires in found:
        cell = Cell(status, on_date, expires)
        current = cells.get((person_id, course_id))
        if current is None or (_RANK[status], on_date or date.min) > (
            _RANK[current.status],
            current.on_date or date.min,
        ):
            cells[(person_id, course_id)] = cell
    used_courses = {c for _, c in cells}
    course_query = select(Course.id, Course.title).where(Course.archived.is_(False))
    if course_ids is not None:
        course_query = course_query.where(Course.id.in_(course_ids))
    courses = [
        (cid, title)
        for cid, title in session.execute(course_query.order_by(Course.title))
        if cid in used_courses or course_ids is not None
    ]
    wanted = {p for p, _ in cells} if person_ids is None else set(person_ids)
    rows = [
        row
        for chunk in id_chunks(sorted(wanted))
        for row in session.execute(
            select(
                Person.name_sort_key,
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.reference,
            ).where(Person.id.in_(chunk), Person.archived.is_(False))
        )
    ]
    rows.sort(key=lambda row: in_name_order(row[0], row[1]))
    people = [(pid, f"{last}, {first}", ref) for _key, pid, first, last, ref in rows]
    return Matrix(courses, people, cells)


def filtered_matrix(
    session: Session,
    *,
    group_id: int | None = None,
    course_id: int | None = None,
    person_id: int | None = None,
) -> Matrix:
    """The matrix as the Training page filters it: one group's members today, one course,
    one person (each None: no filter); the export uses the same filters."""
    people: list[int] | None = None
    if group_id is not None:
        people = group_member_ids(session, group_id)
    if person_id is not None:
        people = [p for p in (people if people is not None else [person_id]) if p == person_id]
    return training_matrix(
        session,
        course_ids=[course_id] if course_id is not None else None,
        person_ids=people,
    )
