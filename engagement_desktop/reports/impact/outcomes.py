""" "You said, we did": every item raised in the year, and every item raised before it
that was still open when the year began, each with where it came from (the group,
event or survey by name), the response and a declined item's reason, and whether it
is overdue. An item never vanishes from the report while it is open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.store import vocab
from engagement_desktop.store.models import Event, Group, Outcome, Survey

ACCEPTED = ("accepted", "partly")


@dataclass(frozen=True)
class OutcomeLine:
    raised_on: date
    kind: str  # label: Recommendation / Feedback / Idea
    source: str  # "Group: Customer Scrutiny Panel", "Event: Summer fun day (12/07/2025)" ...
    asked: str
    response: str  # label
    reason: str  # why declined (or partly), "" when none was given
    action: str
    owner: str
    status: str  # label
    due_on: date | None
    completed_on: date | None
    reported_back: bool
    overdue: bool  # past its due date and not done when the report is judged
    earlier: bool  # raised before the year and still open when it began
    late: bool = False  # done, but after its due date


@dataclass
class OutcomeFigures:
    lines: list[OutcomeLine]  # raised in the year, then those carried from earlier years
    #: response label -> {kind label -> count}, items raised in the year
    by_response: dict[str, dict[str, int]]
    by_status: dict[str, int]
    reported_back: int
    overdue: int

    @property
    def this_year(self) -> list[OutcomeLine]:
        return [line for line in self.lines if not line.earlier]

    @property
    def earlier(self) -> list[OutcomeLine]:
        return [line for line in self.lines if line.earlier]


def _source(
    item: Outcome,
    groups: dict[int, str],
    events: dict[int, tuple[str, date]],
    surveys: dict[int, str],
) -> str:
    kind = vocab.OUTCOME_SOURCES.get(item.source, item.source)
    if item.source == "group" and item.group_id in groups:
        return f"{kind}: {groups[item.group_id]}"
    if item.source == "event" and item.event_id in events:
        title, day = events[item.event_id]
        return f"{kind}: {title} ({day_text(day)})"
    if item.source == "survey" and item.survey_id in surveys:
        return f"{kind}: {surveys[item.survey_id]}"
    return kind


def outcomes(session: Session, period: Period, today: date) -> OutcomeFigures:
    """``today`` decides overdue for a year not yet ended; a past year is judged at its end."""
    judged_on = min(period.end, today)
    items = list(
        session.scalars(
            select(Outcome)
            .where(
                or_(
                    and_(Outcome.raised_on >= period.start, Outcome.raised_on <= period.end),
                    and_(
                        Outcome.raised_on < period.start,
                        or_(Outcome.status != "done", Outcome.completed_on >= period.start),
                    ),
                )
            )
            .order_by(Outcome.raised_on, Outcome.id)
        )
    )
    groups = dict(session.execute(select(Group.id, Group.name)).all())
    events = {
        i: (t, s.date())
        for i, t, s in session.execute(
            select(Event.id, Event.title, Event.starts_at).where(
                Event.id.in_({o.event_id for o in items if o.event_id})
            )
        )
    }
    surveys = dict(session.execute(select(Survey.id, Survey.name)).all())
    lines = []
    for o in items:
        done_by = o.completed_on if o.status == "done" else None
        # Overdue: past the date due and not done (by the day the report is judged on);
        # done after the date due is late, not overdue (it was counted as both).
        overdue = (
            o.due_on is not None
            and o.due_on < judged_on
            and (done_by is None or done_by > judged_on)
        )
        late = o.due_on is not None and done_by is not None and o.due_on < done_by <= judged_on
        lines.append(
            OutcomeLine(
                raised_on=o.raised_on,
                kind=vocab.OUTCOME_KINDS.get(o.kind, o.kind),
                source=_source(o, groups, events, surveys),
                asked=o.asked or "",
                response=vocab.OUTCOME_RESPONSES.get(o.response, o.response),
                reason=o.response_reason or "",
                action=o.action or "",
                owner=o.owner or "",
                status=vocab.OUTCOME_STATUSES.get(o.status, o.status),
                due_on=o.due_on,
                completed_on=o.completed_on,
                reported_back=bool(o.reported_back),
                overdue=overdue,
                late=late,
                earlier=o.raised_on < period.start,
            )
        )
    raised = [line for line in lines if not line.earlier]
    by_response = {
        label: {
            k: sum(1 for x in raised if x.response == label and x.kind == k)
            for k in vocab.OUTCOME_KINDS.values()
        }
        for label in vocab.OUTCOME_RESPONSES.values()
    }
    by_status = {
        label: sum(1 for x in raised if x.status == label)
        for label in vocab.OUTCOME_STATUSES.values()
    }
    return OutcomeFigures(
        lines,
        by_response,
        by_status,
        sum(1 for x in raised if x.reported_back),
        sum(1 for x in lines if x.overdue),
    )
