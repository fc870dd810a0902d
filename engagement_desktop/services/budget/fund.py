"""The community fund's figures for a period, defined once for the impact assessment,
the Board report and the dashboard: applications received, awards made (and declined),
money paid, evaluations returned and the people the funded projects say they reached."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.budget.period import Period
from engagement_desktop.store.models import FundApplication, FundPayment, FundRound


@dataclass(frozen=True)
class FundFigures:
    applications: int  # received in the period
    requested_pence: int
    awards: int  # decided in the period
    awarded_pence: int
    declined: int
    paid_pence: int  # paid in the period (the budget's community fund spend)
    evaluations: int  # returned in the period
    people_benefiting: int  # as the returned evaluations say

    @property
    def any(self) -> bool:
        return bool(self.applications or self.awards or self.paid_pence or self.evaluations)


def fund_figures(session: Session, period: Period) -> FundFigures:
    app = FundApplication
    received = session.execute(
        select(func.count(), func.coalesce(func.sum(app.requested_pence), 0)).where(
            app.received_on >= period.start, app.received_on <= period.end
        )
    ).one()
    decided = session.execute(
        select(
            func.coalesce(func.sum(case((app.status == "awarded", 1), else_=0)), 0),
            func.coalesce(func.sum(case((app.status == "awarded", app.award_pence), else_=0)), 0),
            func.coalesce(func.sum(case((app.status == "declined", 1), else_=0)), 0),
        ).where(app.decided_on >= period.start, app.decided_on <= period.end)
    ).one()
    paid = session.scalar(
        select(func.coalesce(func.sum(FundPayment.amount_pence), 0)).where(
            FundPayment.paid_on >= period.start, FundPayment.paid_on <= period.end
        )
    )
    evaluated = session.execute(
        select(func.count(), func.coalesce(func.sum(app.people_benefiting), 0)).where(
            app.evaluation_received >= period.start, app.evaluation_received <= period.end
        )
    ).one()
    return FundFigures(
        int(received[0]),
        int(received[1]),
        int(decided[0]),
        int(decided[1] or 0),
        int(decided[2]),
        int(paid or 0),
        int(evaluated[0]),
        int(evaluated[1] or 0),
    )


def customer_controlled_pence(session: Session, period: Period) -> int:
    """The fund's pots whose round opened in the period: money customers (the panel)
    decide on. For the "budget controlled by customers" measure, with the ballots' pots."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(FundRound.budget_pence), 0)).where(
                FundRound.opens_on >= period.start, FundRound.opens_on <= period.end
            )
        )
        or 0
    )
