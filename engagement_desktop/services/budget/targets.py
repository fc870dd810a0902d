"""The year's targets and how each measure stands against its target: on track, at
risk or off track, with the sentence saying why, and its trend over the last four
quarters and three years.

A count (people involved, events ...) is a whole year's target: part way through the
year it is compared with the share of the year gone. A share (under-35s, closed on
time, satisfaction) is compared as it is: within five points below is at risk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.budget.kpis import Figure, Measure, Measurer, measure, measures
from engagement_desktop.services.budget.lines import check_year
from engagement_desktop.services.budget.period import (
    Period,
    quarters_before,
    report_period,
    to_date,
)
from engagement_desktop.services.common import audit
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import BoardNote, Target

ON_TRACK, AT_RISK, OFF_TRACK, NO_TARGET = "on track", "at risk", "off track", "no target"
#: A share this many points under its target is at risk rather than off track.
SHARE_MARGIN = 5.0
#: A count at this fraction of where it should be by now is at risk rather than off track.
COUNT_MARGIN = 0.9


#: The largest target taken: more than any count a landlord's register could reach.
MOST = 10_000_000


@dataclass(frozen=True)
class TargetRow:
    year: int
    measure: str
    label: str
    value: float
    percent: bool
    note: str | None


def set_target(
    store: Store, year: int | None, measure_key: str, value: float, note: str | None = None
) -> TargetRow:
    """Set one target for a year (replacing the one there); audited, one transaction."""
    if year is None:
        raise EngagementError("A target needs the report year it is for (e.g. --year 2026).")
    year = check_year(year)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise EngagementError("A target is a number, e.g. 400 or 25 (for 25%).")
    if value < 0:
        raise EngagementError("A target cannot be negative.")
    if value > MOST:  # "1e400" is no one's target, and it broke every Board report
        raise EngagementError(f"A target is at most {MOST:,}.")
    with store.transaction() as session:
        found = measure(session, measure_key)
        if found.percent and value > 100:
            raise EngagementError(f"{found.label} is a share: its target is 0 to 100 (%).")
        if not found.percent and not float(value).is_integer():  # 2.5 people was kept as 2
            raise EngagementError(
                f"{found.label} is a count: its target is a whole number, not {value:g}."
            )
        row = session.scalar(select(Target).where(Target.year == year, Target.measure == found.key))
        if row is None:
            row = Target(year=year, measure=found.key, value=float(value), note=note)
            session.add(row)
            session.flush()
            audit.record(
                session,
                store.actor,
                "target.set",
                "targets",
                row.id,
                audit.created({"year": year, "measure": found.key, "value": float(value)}),
            )
        else:
            before = audit.snapshot(row, ("value", "note"))
            row.value = float(value)
            if note is not None:
                row.note = note
            changes = audit.diff(before, audit.snapshot(row, ("value", "note")))
            if changes:
                audit.record(session, store.actor, "target.set", "targets", row.id, changes)
        return TargetRow(year, found.key, found.label, row.value, found.percent, row.note)


def targets(session: Session, year: int) -> list[TargetRow]:
    known = measures(session)
    rows = session.scalars(select(Target).where(Target.year == year).order_by(Target.id)).all()
    order = list(known)
    found = [
        TargetRow(
            year,
            t.measure,
            known[t.measure].label if t.measure in known else t.measure,
            t.value,
            known[t.measure].percent if t.measure in known else False,
            t.note,
        )
        for t in rows
    ]
    return sorted(found, key=lambda r: order.index(r.measure) if r.measure in order else 999)


@dataclass
class KpiLine:
    measure: Measure
    target: float | None
    figure: Figure
    expected: float | None  # where a count should be by now; the target for a share
    status: str
    why: str
    quarters: list[tuple[str, Figure]] = field(default_factory=list)
    years: list[tuple[str, Figure]] = field(default_factory=list)


def shown_value(value: float | None, percent: bool) -> str:
    if value is None:
        return "no data"
    return f"{value:.1f}%" if percent else f"{value:,.0f}"


def judge(m: Measure, target: float | None, figure: Figure, year_share: float) -> KpiLine:
    """Where a measure stands against its target, and the sentence that says why."""
    value = figure.value
    if target is None:
        return KpiLine(m, None, figure, None, NO_TARGET, "No target set for this year.")
    if value is None:
        return KpiLine(m, target, figure, target, AT_RISK, "No data yet to measure against.")
    if m.percent:
        gap = value - target
        status = ON_TRACK if gap >= 0 else AT_RISK if gap >= -SHARE_MARGIN else OFF_TRACK
        base = f" (of {figure.denominator:,})" if figure.denominator is not None else ""
        why = f"{value:.1f}%{base} against a target of {target:g}%: " + (
            "on target."
            if round(gap, 1) == 0
            else f"{abs(gap):.1f} points {'above' if gap > 0 else 'below'}."
        )
        return KpiLine(m, target, figure, target, status, why)
    expected = target * year_share
    ratio = value / expected if expected else 1.0
    status = ON_TRACK if ratio >= 1 else AT_RISK if ratio >= COUNT_MARGIN else OFF_TRACK
    if year_share >= 1:
        why = f"{value:,.0f} against a target of {target:,.0f} for the year."
    else:
        why = (
            f"{value:,.0f} so far against {expected:,.0f} expected by now "
            f"({year_share:.0%} of the year gone; target {target:,.0f} for the year)."
        )
    return KpiLine(m, target, figure, expected, status, why)


def kpi_lines(
    session: Session,
    year: int,
    upto: Period,
    *,
    quarter: tuple[int, int] | None = None,
    measurer: Measurer | None = None,
    keys: list[str] | None = None,
) -> list[KpiLine]:
    """Every measure with a target for ``year`` (or the ``keys`` given), measured over
    ``upto`` (the year to the end of a quarter, or to today), with trends: the four
    quarters ending with ``quarter`` and the three years ending with ``year``."""
    measurer = measurer or Measurer(session)
    known = measures(session)
    set_for = {t.measure: t.value for t in targets(session, year)}
    chosen = keys or [k for k in known if k in set_for]
    whole = report_period(session, year)
    year_share = min(1.0, upto.days / whole.days)
    today = upto.end
    quarter_periods = (
        [to_date(p, today) for p in quarters_before(session, *quarter, 4)] if (quarter) else []
    )
    year_periods = [to_date(report_period(session, y), today) for y in (year - 2, year - 1)]
    year_periods.append(upto)
    lines = []
    for key in chosen:
        if key not in known:
            continue
        line = judge(known[key], set_for.get(key), measurer.figure(key, upto), year_share)
        line.quarters = [
            (p.label, measurer.figure(key, p)) for p in quarter_periods if p.start <= today
        ]
        line.years = [(p.heading, measurer.figure(key, p)) for p in year_periods]
        lines.append(line)
    return lines


def save_board_risks(store: Store, quarter: str, risks: str) -> None:
    """The officer's risks for a quarter's Board report, kept for the next printing."""
    text = risks.strip()
    if len(text) > 4000:
        raise EngagementError("The risks box holds up to 4,000 characters.")
    with store.transaction() as session:
        note = session.get(BoardNote, quarter)
        old = note.risks if note else ""
        if old == text:
            return
        if note is None:
            session.add(BoardNote(quarter=quarter, risks=text))
        else:
            note.risks = text
        audit.record(
            session, store.actor, "board.risks", "board_notes", None, {"risks": [old, text]}
        )


def board_risks(session: Session, quarter: str) -> str:
    note = session.get(BoardNote, quarter)
    return note.risks if note else ""
