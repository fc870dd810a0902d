"""Volunteer hours: the time involved customers give, and its social value.

Hours are attendance at held events (the minutes recorded on the register, else the
event's length) and training taken (the course's length). The social value is those
hours at the landlord's own chosen figure per hour (Settings > Money, shown with its
source) and is never added to money spent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.figures import PRESENT, TAKEN, _held
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.store.models import Attendance, Course, Event, Group, TrainingRecord

NO_GROUP = "Events open to all (no group)"


@dataclass
class VolunteerHours:
    meeting_hours: float
    training_hours: float
    people: int  # different people who gave time
    by_group: list[tuple[str, float]] = field(default_factory=list)  # most hours first
    untimed: int = 0  # attendances with no minutes and an event with no end time
    value_per_hour_pence: int = 0
    value_source: str = ""

    @property
    def hours(self) -> float:
        return round(self.meeting_hours + self.training_hours, 1)

    @property
    def per_person(self) -> float | None:
        return round(self.hours / self.people, 1) if self.people else None

    @property
    def social_value_pence(self) -> int:
        return round(self.hours * self.value_per_hour_pence)


def volunteer_hours(session: Session, period: Period) -> VolunteerHours:
    minutes_by_group: dict[int | None, float] = defaultdict(float)
    untimed = 0
    rows = session.execute(
        select(
            Event.group_id,
            Event.starts_at,
            Event.ends_at,
            func.coalesce(func.sum(Attendance.minutes), 0),
            func.count(Attendance.id).filter(Attendance.minutes.is_(None)),
        )
        .join(Event, Event.id == Attendance.event_id)
        .where(_held(period), Attendance.status.in_(PRESENT))
        .group_by(Event.id, Event.group_id, Event.starts_at, Event.ends_at)
    )
    for group_id, starts, ends, recorded, missing in rows:
        length = (ends - starts).total_seconds() / 60 if ends else None
        minutes = float(recorded or 0)
        if missing:
            if length is None:
                untimed += int(missing)
            else:
                minutes += length * int(missing)
        minutes_by_group[group_id] += minutes
    training = session.scalar(
        select(func.coalesce(func.sum(Course.duration_minutes), 0))
        .join(TrainingRecord, TrainingRecord.course_id == Course.id)
        .where(
            TrainingRecord.status.in_(TAKEN),
            TrainingRecord.on_date >= period.start,
            TrainingRecord.on_date <= period.end,
        )
    )
    came = (
        select(Attendance.person_id)
        .join(Event, Event.id == Attendance.event_id)
        .where(_held(period), Attendance.status.in_(PRESENT))
    )
    trained = select(TrainingRecord.person_id).where(
        TrainingRecord.status.in_(TAKEN),
        TrainingRecord.on_date >= period.start,
        TrainingRecord.on_date <= period.end,
    )
    people = session.scalar(select(func.count()).select_from(came.union(trained).subquery()))
    names = {gid: name for gid, name in session.execute(select(Group.id, Group.name))}
    by_group = sorted(
        ((names.get(g, NO_GROUP) if g else NO_GROUP, m / 60) for g, m in minutes_by_group.items()),
        key=lambda item: -item[1],
    )
    return VolunteerHours(
        round(sum(minutes_by_group.values()) / 60, 1),
        round(float(training or 0) / 60, 1),
        int(people or 0),
        [(name, round(h, 1)) for name, h in by_group],
        untimed,
        int(get_setting(session, "volunteer_hour_value_pence") or 0),
        str(get_setting(session, "volunteer_hour_value_source") or ""),
    )
