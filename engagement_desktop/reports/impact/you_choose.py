"""Customers in control in the impact assessment: You Choose ballots decided in the
year and the share of customer-facing budgets customers controlled (the measure
defined once in services/budget/kpis.py, ``customer_controlled_share``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.reports.impact.report_table import Pence, Percent, ReportTable
from engagement_desktop.services.ballots.count import count_ballot
from engagement_desktop.services.budget import controlled
from engagement_desktop.services.budget.kpis import Figure, Measurer
from engagement_desktop.services.budget.period import Period
from engagement_desktop.store.models import Ballot


@dataclass(frozen=True)
class YouChooseFigures:
    ballots: int
    votes: int
    pots_pence: int
    funded_pence: int
    controlled_pence: int
    customer_facing_pence: int
    share: Figure


def you_choose_figures(session: Session, period: Period) -> YouChooseFigures:
    start = datetime.combine(period.start, time.min)
    end = datetime.combine(period.end, time.max)
    ids = session.scalars(
        select(Ballot.id).where(
            Ballot.status == "closed", Ballot.closed_at >= start, Ballot.closed_at <= end
        )
    ).all()
    counts = [count_ballot(session, ballot_id) for ballot_id in ids]
    return YouChooseFigures(
        len(counts),
        sum(c.votes for c in counts),
        sum(c.pot_pence for c in counts),
        sum(c.funded_pence for c in counts),
        sum(controlled.controlled(session, period).values()),
        controlled.customer_facing(session, period),
        Measurer(session).figure("customer_controlled_share", period),
    )


def you_choose_table(
    now: YouChooseFigures | None, before: YouChooseFigures | None, headings: list[str]
) -> ReportTable:
    rows: list[list[Any]] = []
    if now is not None and before is not None:

        def share(f: YouChooseFigures) -> Percent | None:
            return None if f.share.value is None else Percent(f.share.value)

        rows = [
            ["You Choose ballots decided", now.ballots, before.ballots],
            ["Votes cast", now.votes, before.votes],
            ["Money in the pots", Pence(now.pots_pence), Pence(before.pots_pence)],
            ["Proposals funded from them", Pence(now.funded_pence), Pence(before.funded_pence)],
            [
                "Money customers decided, all sources",
                Pence(now.controlled_pence),
                Pence(before.controlled_pence),
            ],
            [
                "Customer-facing budgets",
                Pence(now.customer_facing_pence),
                Pence(before.customer_facing_pence),
            ],
            ["Budget controlled by customers", share(now), share(before)],
        ]
    return ReportTable(
        "you_choose",
        "Budget controlled by customers",
        ["", *headings],
        rows,
        ["text", "count", "count"],
        notes=[
            "Money customers decided: You Choose pots whose voting closed in the period, and "
            "the whole pot of each community fund round that opened in it (the panel "
            "decides it, even when its awards fall in the next year; the fund table counts "
            "awards by the day they were decided). Customer-facing budgets: the landlord's "
            "yearly figure (Settings > Money) shared by the days in the period."
        ],
        total_rows={6} if rows else set(),
    )


__all__ = ["YouChooseFigures", "you_choose_figures", "you_choose_table"]
