"""The share of customer-facing budgets controlled by customers (Wheatley's KPI: 25%).

Customers control money when they decide how it is spent: a You Choose pot whose
voting closed in the period, and a community fund round opened in it (the panel
decides who gets its pot). Each source is one function in ``SOURCES``, so the measure
is defined once here and every report reads it through :mod:`services.budget.kpis`.
The denominator is the landlord's own yearly figure (Settings > Money), shared by the
days in the period.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.fund import customer_controlled_pence
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.budget.spend import _leap_span
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.store.models import Ballot


def ballot_pots(session: Session, period: Period) -> int:
    """Pots of You Choose ballots whose voting closed in the period (pence)."""
    start = datetime.combine(period.start, time.min)
    end = datetime.combine(period.end, time.max)
    total = session.scalar(
        select(func.coalesce(func.sum(Ballot.pot_pence), 0)).where(
            Ballot.status == "closed", Ballot.closed_at >= start, Ballot.closed_at <= end
        )
    )
    return int(total or 0)


#: Every way customers control money: You Choose pots, and community fund rounds (the
#: panel decides who gets the round's pot).
SOURCES: dict[str, Callable[[Session, Period], int]] = {
    "You Choose pots": ballot_pots,
    "Community fund rounds": customer_controlled_pence,
}


def controlled(session: Session, period: Period) -> dict[str, int]:
    """Pence controlled by customers in the period, by source."""
    return {label: source(session, period) for label, source in SOURCES.items()}


def customer_facing(session: Session, period: Period) -> int:
    """The customer-facing budgets for the period: the yearly figure by days."""
    yearly = int(get_setting(session, "customer_facing_pence_per_year") or 0)
    return round(yearly * period.days / (366 if _leap_span(period) else 365))


__all__ = ["SOURCES", "ballot_pots", "controlled", "customer_facing"]
