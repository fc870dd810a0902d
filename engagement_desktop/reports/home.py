"""What the Home page lists: what is on today and this week, and what needs seeing to.

One call (:func:`home`) reads it all in one session, so the window asks once on
its database worker and never queries the ORM itself. Each line carries the
section and record it leads to; an empty database is reported as such so the
page can offer the first steps instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from engagement_desktop.reports.ballots.due import ballots_due
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.common.wording import long_date, short_month, weekday_short
from engagement_desktop.services.fund.decisions import late_evaluations
from engagement_desktop.services.groups.terms import ENDING_SOON_DAYS
from engagement_desktop.services.outcomes.outcomes import overdue_clause
from engagement_desktop.services.privacy.retention import review
from engagement_desktop.services.reviews.overview import DUE_DAYS, due_items
from engagement_desktop.services.rewards.accounts import (
    scheme_year_of,
    year_dates,
    year_label,
    year_run,
)
from engagement_desktop.services.training.overview import expiring_lines
from engagement_desktop.store.models import (
    Event,
    FundRound,
    Group,
    Membership,
    Outcome,
    Person,
)

#: Lines shown under each heading; the rest are counted ("and 4 more").
SHOWN = 6
WEEK_DAYS = 7
REFRESH_DAYS = 60  # training that runs out within this many days (or has run out)


@dataclass(frozen=True)
class Line:
    """One line of the page and where clicking it goes (``record_id`` None: the section)."""

    text: str
    section: str
    record_id: int | None = None


@dataclass
class Heading:
    title: str
    section: str  # where "and N more" goes
    lines: list[Line] = field(default_factory=list)
    total: int = 0
    none_text: str = ""

    @property
    def more(self) -> int:
        return max(self.total - len(self.lines), 0)


@dataclass
class Home:
    today: date
    empty: bool  # no people and no events: offer the first steps
    organisation: str
    headings: list[Heading]
    year_end: Line
    figures: Line = Line(
        "Headline figures and charts for the report year so far (Reports)", "reports"
    )


def _day(day: date, today: date | None = None) -> str:
    """ "Thu 17 Dec", with the year when it is not this year's."""
    text = f"{weekday_short(day)} {day.day} {short_month(day)}"
    return text if today is None or day.year == today.year else f"{text} {day.year}"


def _when(starts_at: datetime, today: date) -> str:
    day = "Today" if starts_at.date() == today else _day(starts_at.date(), today)
    return f"{day} {starts_at:%H:%M}"


def _events(session: Session, today: date) -> Heading:
    start = datetime.combine(today, time.min)
    end = start + timedelta(days=WEEK_DAYS)
    where = (Event.starts_at >= start, Event.starts_at < end, Event.status != "cancelled")
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at)
        .where(*where)
        .order_by(Event.starts_at, Event.id)
        .limit(SHOWN)
    ).all()
    total = session.scalar(select(func.count(Event.id)).where(*where)) or 0
    return Heading(
        "Today and this week",
        "events",
        [Line(f"{_when(at, today)}  {title}", "events", eid) for eid, title, at in rows],
        total,
        "Nothing planned for the next seven days.",
    )


def _still_planned(session: Session, today: date) -> list[Heading]:
    """Events whose day has passed that are still marked planned: people were checked in
    at them, maybe, but until an event is marked held it counts in no figure or report.
    Shown only when there are some."""
    where = (Event.status == "planned", Event.starts_at < datetime.combine(today, time.min))
    total = session.scalar(select(func.count(Event.id)).where(*where)) or 0
    if not total:
        return []
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at)
        .where(*where)
        .order_by(Event.starts_at.desc(), Event.id)
        .limit(SHOWN)
    ).all()
    return [
        Heading(
            "Past events still marked planned: mark each held or cancelled to count it",
            "events",
            [Line(f"{_day(at.date(), today)}  {title}", "events", eid) for eid, title, at in rows],
            total,
        )
    ]


def _terms(session: Session, today: date) -> Heading:
    until = today + timedelta(days=ENDING_SOON_DAYS)
    where = (
        Membership.term_end.is_not(None),
        Membership.term_end >= today,
        Membership.term_end <= until,
        (Membership.left_on.is_(None)) | (Membership.left_on > today),
    )
    query = (
        select(Group.id, Group.name, Person.first_name, Person.last_name, Membership.term_end)
        .join(Group, Group.id == Membership.group_id)
        .join(Person, Person.id == Membership.person_id)
        .where(*where)
        .order_by(Membership.term_end, Membership.id)
    )
    rows = session.execute(query.limit(SHOWN)).all()
    total = session.scalar(select(func.count(Membership.id)).where(*where)) or 0
    return Heading(
        "Terms of office ending soon",
        "groups",
        [
            Line(f"{last}, {first} — {group}: term ends {_day(end, today)}", "groups", gid)
            for gid, group, first, last, end in rows
            if end is not None  # always, by the query; said for the type checker
        ],
        total,
        f"No term ends in the next {ENDING_SOON_DAYS} days.",
    )


def _training(session: Session, today: date) -> Heading:
    found = expiring_lines(session, today, REFRESH_DAYS)
    return Heading(
        "Training refreshes due",
        "training",
        [
            Line(
                f"{line.name} — {line.course}: "
                f"{'ran out' if line.state == 'expired' else 'runs out'} "
                f"{_day(line.expires_on, today)}",
                "training",
                line.record_id,
            )
            for line in found[:SHOWN]
        ],
        len(found),
        f"No training runs out in the next {REFRESH_DAYS} days.",
    )


def _outcomes(session: Session, today: date) -> Heading:
    rows = session.execute(
        select(Outcome.id, Outcome.asked, Outcome.due_on)
        .where(overdue_clause(today))
        .order_by(Outcome.due_on, Outcome.id)
        .limit(SHOWN)
    ).all()
    total = session.scalar(select(func.count(Outcome.id)).where(overdue_clause(today))) or 0
    lines = []
    for oid, asked, due in rows:
        if due is None:  # never, by the query; said for the type checker
            continue
        said = " ".join((asked or "").split())
        said = said if len(said) <= 70 else said[:69] + "…"
        lines.append(Line(f"Due {_day(due, today)}: {said}", "outcomes", oid))
    return Heading("“You said, we did” overdue", "outcomes", lines, total, "Nothing is overdue.")


def _control(session: Session, today: date) -> Heading:
    """Scrutiny reviews and consultations with something due (Customers in control)."""
    found = due_items(session, today)
    return Heading(
        "Scrutiny and consultations due",
        "control",
        [Line(f"{_day(day, today)}: {what}", "control") for day, what in found[:SHOWN]],
        len(found),
        f"No review stage or consultation falls due in the next {DUE_DAYS} days.",
    )


def _year_end(session: Session, today: date) -> Line:
    year = scheme_year_of(session, today)
    end = year_dates(session, year)[1]
    days = (end - today).days
    done = year_run(session, year).at is not None
    text = (
        f"Rewards year {year_label(year)} ends {long_date(end)} "
        f"({'today' if days == 0 else f'in {days} days'})"
        + ("; its year-end has been run." if done else ".")
    )
    return Line(text, "rewards")


def _retention(session: Session, today: date) -> list[Heading]:
    """Who has been kept past the retention periods (why), and consents to renew."""
    due = review(session, today)
    people = Heading(
        "Due for review (retention)",
        "people",
        [Line(f"{p.name}: {p.reason}", "people", p.person_id) for p in due.people[:SHOWN]],
        len(due.people),
        "No one has been kept past the retention periods.",
    )
    years = due.periods["consent_refresh_years"]
    consents = Heading(
        f"Consents older than {years} years to renew",
        "people",
        [
            Line(
                f"{c.name}: {c.purpose}, given {_day(c.recorded_on, today)}", "people", c.person_id
            )
            for c in due.consents[:SHOWN]
        ],
        len(due.consents),
        f"No consent given is older than {years} years.",
    )
    return [people, consents]


def _fund(session: Session, today: date) -> list[Heading]:
    """Late community fund evaluations (a reminder to chase), once the fund is in use."""
    if not session.scalar(select(exists().select_from(FundRound))):
        return []
    late = late_evaluations(session, today)
    lines = [
        Line(
            f"Due {_day(e.due, today)}: {e.applicant} ({e.project})",
            "control:fund",
            e.application_id,
        )
        for e in late[:SHOWN]
    ]
    return [
        Heading(
            "Community fund evaluations late",
            "control",
            lines,
            len(late),
            "Every funded project's evaluation is in or not yet due.",
        )
    ]


def _ballots(session: Session, today: date) -> Heading:
    lines, total = ballots_due(session, today, SHOWN)
    section = "control:ballots"  # the You Choose tab of Customers in control
    shown = [Line(text, section, ballot_id) for text, ballot_id in lines]
    return Heading("You Choose voting", section, shown, total, "No ballot is closing soon.")


def home(session: Session, today: date | None = None) -> Home:
    """Everything the Home page shows, read in one session (one state of the data)."""
    today = today or date.today()
    empty = not session.scalar(select(exists().select_from(Person))) and not session.scalar(
        select(exists().select_from(Event))
    )
    organisation = str(get_setting(session, "landlord_name") or "")
    headings = (
        []
        if empty
        else [
            _events(session, today),
            *_still_planned(session, today),
            _outcomes(session, today),
            _control(session, today),
            _terms(session, today),
            _training(session, today),
            _ballots(session, today),
            *_retention(session, today),
            *_fund(session, today),
        ]
    )
    return Home(today, empty, organisation, headings, _year_end(session, today))
