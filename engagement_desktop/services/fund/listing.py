"""What the fund's page, the ``fund list`` command and the reports read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.money import pounds_value
from engagement_desktop.services.common.wording import day_text
from engagement_desktop.services.fund.panel import averages
from engagement_desktop.store.models import FundApplication, FundPayment, FundRound


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    round_name: str
    applicant: str
    project: str
    requested_pence: int
    match_funding_pence: int
    status: str
    average: float | None
    out_of: int
    award_pence: int | None
    paid_pence: int
    evaluation_due: date | None
    evaluation_received: date | None

    def evaluation(self, today: date) -> str:
        if self.status != "awarded":
            return ""
        if self.evaluation_received is not None:
            return f"Received {day_text(self.evaluation_received)}"
        if self.evaluation_due is not None and self.evaluation_due < today:
            return f"Late (due {day_text(self.evaluation_due)})"
        return f"Due {day_text(self.evaluation_due)}" if self.evaluation_due else ""

    def as_json(self, today: date) -> dict[str, object]:
        return {
            "id": self.id,
            "round": self.round_name,
            "applicant": self.applicant,
            "project": self.project,
            "requested": pounds_value(self.requested_pence),
            "match_funding": pounds_value(self.match_funding_pence),
            "status": self.status,
            "average_score": self.average,
            "out_of": self.out_of,
            "award": pounds_value(self.award_pence),
            "paid": pounds_value(self.paid_pence),
            "evaluation_due": self.evaluation_due.isoformat() if self.evaluation_due else None,
            "evaluation_received": (
                self.evaluation_received.isoformat() if self.evaluation_received else None
            ),
            "evaluation_late": self.evaluation(today).startswith("Late"),
        }


@dataclass(frozen=True)
class RoundRow:
    id: int
    name: str
    opens_on: date
    closes_on: date
    budget_pence: int
    max_award_pence: int
    applications: int
    awarded_pence: int
    paid_pence: int

    @property
    def left_pence(self) -> int:
        return self.budget_pence - self.awarded_pence


def find_round(session: Session, text: str) -> FundRound:
    """A round named by its number or its name (any case)."""
    clean = text.strip()
    found = session.get(FundRound, int(clean)) if clean.isdigit() else None
    if found is None:
        found = session.scalar(select(FundRound).where(func.lower(FundRound.name) == clean.lower()))
    if found is None:
        raise EngagementError(f"There is no fund round '{clean}'.")
    return found


def rounds(session: Session) -> list[RoundRow]:
    """Every round, newest first, with what was awarded and paid from it."""
    awarded = (
        select(
            FundApplication.round_id,
            func.count().label("n"),
            func.coalesce(
                func.sum(
                    case(
                        (FundApplication.status == "awarded", FundApplication.award_pence),
                        else_=0,
                    )
                ),
                0,
            ).label("awarded"),
        )
        .group_by(FundApplication.round_id)
        .subquery()
    )
    paid = (
        select(FundApplication.round_id, func.sum(FundPayment.amount_pence).label("paid"))
        .join(FundApplication, FundApplication.id == FundPayment.application_id)
        .group_by(FundApplication.round_id)
        .subquery()
    )
    rows = session.execute(
        select(
            FundRound.id,
            FundRound.name,
            FundRound.opens_on,
            FundRound.closes_on,
            FundRound.budget_pence,
            FundRound.max_award_pence,
            func.coalesce(awarded.c.n, 0),
            func.coalesce(awarded.c.awarded, 0),
            func.coalesce(paid.c.paid, 0),
        )
        .outerjoin(awarded, awarded.c.round_id == FundRound.id)
        .outerjoin(paid, paid.c.round_id == FundRound.id)
        .order_by(FundRound.opens_on.desc(), FundRound.id.desc())
    )
    return [RoundRow(*row) for row in rows]


def applications(session: Session, round_id: int | None = None) -> list[ApplicationRow]:
    """Applications (of one round, or all), in the order received."""
    paid = (
        select(FundPayment.application_id, func.sum(FundPayment.amount_pence).label("paid"))
        .group_by(FundPayment.application_id)
        .subquery()
    )
    query = (
        select(
            FundApplication,
            FundRound.name,
            FundRound.scale_max,
            FundRound.criteria,
            func.coalesce(paid.c.paid, 0),
        )
        .join(FundRound, FundRound.id == FundApplication.round_id)
        .outerjoin(paid, paid.c.application_id == FundApplication.id)
        .order_by(FundRound.opens_on, FundApplication.received_on, FundApplication.id)
    )
    if round_id is not None:
        query = query.where(FundApplication.round_id == round_id)
    found = session.execute(query).all()
    means = averages(session, round_id)
    result = []
    for app, round_name, scale_max, criteria, paid_pence in found:
        count = len([line for line in criteria.splitlines() if line.strip()])
        result.append(
            ApplicationRow(
                app.id,
                round_name,
                app.applicant,
                app.project,
                app.requested_pence,
                app.match_funding_pence,
                app.status,
                means.get(app.id),
                scale_max * count,
                app.award_pence if app.status == "awarded" else None,
                int(paid_pence),
                app.evaluation_due,
                app.evaluation_received,
            )
        )
    return result


def round_values(session: Session, round_id: int) -> dict[str, object]:
    """A round's fields as its editor shows them."""
    found = session.get(FundRound, round_id)
    if found is None:
        raise EngagementError(f"There is no fund round with id {round_id}.")
    return {
        "name": found.name,
        "opens_on": found.opens_on,
        "closes_on": found.closes_on,
        "budget_pence": found.budget_pence,
        "max_award_pence": found.max_award_pence,
        "criteria": found.criteria,
        "scale_max": found.scale_max,
        "evaluation_months": found.evaluation_months,
    }


def left_to_pay(session: Session, application_id: int) -> int:
    """What is still to pay of an award (0 when none)."""
    application = session.get(FundApplication, application_id)
    if application is None or application.status != "awarded" or not application.award_pence:
        return 0
    paid = session.scalar(
        select(func.coalesce(func.sum(FundPayment.amount_pence), 0)).where(
            FundPayment.application_id == application_id
        )
    )
    return application.award_pence - int(paid or 0)
