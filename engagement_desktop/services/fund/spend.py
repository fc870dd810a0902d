"""The fund's payments as the involvement budget's spend, and its awards not yet paid
as committed spend, both in the category "community fund".

A payment is spend on the day it was paid; an award's unpaid balance is committed in
the period its decision falls in. Neither belongs to a group's budget (the fund pays
community groups, not the landlord's involvement groups).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.period import Period
from engagement_desktop.store.models import FundApplication, FundPayment

CATEGORY = "community_fund"


def fund_spend(session: Session, period: Period, group_id: int | None = None) -> dict[str, int]:
    """Pence paid from the fund in ``period`` (a spend source for budget.figures)."""
    if group_id is not None:
        return {}
    paid = session.scalar(
        select(func.coalesce(func.sum(FundPayment.amount_pence), 0)).where(
            FundPayment.paid_on >= period.start, FundPayment.paid_on <= period.end
        )
    )
    return {CATEGORY: int(paid or 0)}


def fund_committed(session: Session, period: Period) -> int:
    """Awards decided in the period (to its whole length) less what is paid of them."""
    last = period.year_end or period.end
    awarded = (
        select(FundApplication.id, FundApplication.award_pence)
        .where(
            FundApplication.status == "awarded",
            FundApplication.decided_on >= period.start,
            FundApplication.decided_on <= last,
        )
        .subquery()
    )
    paid = session.scalar(
        select(func.coalesce(func.sum(FundPayment.amount_pence), 0)).where(
            FundPayment.application_id.in_(select(awarded.c.id))
        )
    )
    total = session.scalar(select(func.coalesce(func.sum(awarded.c.award_pence), 0)))
    return max(int(total or 0) - int(paid or 0), 0)
