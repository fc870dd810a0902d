"""The panel's scores: each member scores each criterion on the round's scale; a member
who declares a conflict of interest scores nothing for that application and is left
out of its average."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import required_text
from engagement_desktop.services.fund.rounds import criteria_of
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    FundApplication,
    FundConflict,
    FundRound,
    FundScore,
    Person,
)


def _open_application(session: Session, application_id: int) -> tuple[FundApplication, FundRound]:
    application = session.get(FundApplication, application_id)
    if application is None:
        raise EngagementError(f"There is no fund application with id {application_id}.")
    if application.status != "received":
        raise EngagementError(
            f"The application from {application.applicant} is already "
            f"{application.status}: the panel's scores can no longer change."
        )
    fund_round = session.get(FundRound, application.round_id)
    assert fund_round is not None  # a foreign key
    return application, fund_round


def _member(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise EngagementError(f"There is no person with id {person_id} to sit on the panel.")
    return person


def record_scores(
    store: Store, application_id: int, person_id: int, scores: Mapping[str, int]
) -> None:
    """One member's scores for one application, every criterion of the round, each on
    its scale (0 to the top score): they replace what the member scored before."""
    with store.transaction() as session:
        application, fund_round = _open_application(session, application_id)
        person = _member(session, person_id)
        conflict = session.scalar(
            select(FundConflict.id).where(
                FundConflict.application_id == application_id,
                FundConflict.person_id == person_id,
            )
        )
        if conflict is not None:
            raise EngagementError(
                f"{person.first_name} {person.last_name} declared a conflict of interest "
                f"with {application.applicant}: they do not score this application."
            )
        criteria = criteria_of(fund_round)
        unknown = [c for c in scores if c not in criteria]
        if unknown:
            raise EngagementError(f"'{unknown[0]}' is not one of this round's criteria.")
        missing = [c for c in criteria if c not in scores]
        if missing:
            raise EngagementError(f"Score every criterion: '{missing[0]}' has no score.")
        for criterion, score in scores.items():
            if (
                not isinstance(score, int)
                or isinstance(score, bool)
                or not 0 <= score <= fund_round.scale_max
            ):
                raise EngagementError(
                    f"'{criterion}': {score} is outside the scale (0 to {fund_round.scale_max})."
                )
        before = {
            row.criterion: row.score
            for row in session.scalars(
                select(FundScore).where(
                    FundScore.application_id == application_id, FundScore.person_id == person_id
                )
            )
        }
        session.execute(
            delete(FundScore).where(
                FundScore.application_id == application_id, FundScore.person_id == person_id
            )
        )
        for criterion in criteria:
            session.add(
                FundScore(
                    application_id=application_id,
                    person_id=person_id,
                    criterion=criterion,
                    score=scores[criterion],
                )
            )
        audit.record(
            session,
            store.actor,
            "fund_score.set",
            "fund_applications",
            application_id,
            {f"score:{c}": [before.get(c), scores[c]] for c in criteria},
            record_uuid=application.uuid,
            summary=f"Panel scores from person {person_id}",
        )


def declare_conflict(store: Store, application_id: int, person_id: int, reason: str) -> None:
    """Record a member's conflict of interest; any scores they gave this application
    are removed, so the average is made without them."""
    try:
        why = required_text(reason, 300)
    except ValueError as exc:
        raise EngagementError(f"Reason for the conflict: {exc}.") from None
    with store.transaction() as session:
        application, _ = _open_application(session, application_id)
        person = _member(session, person_id)
        already = session.scalar(
            select(FundConflict.id).where(
                FundConflict.application_id == application_id,
                FundConflict.person_id == person_id,
            )
        )
        if already is not None:
            raise EngagementError(
                f"{person.first_name} {person.last_name} has already declared a conflict "
                f"with {application.applicant}."
            )
        removed = len(
            session.scalars(
                delete(FundScore)
                .where(FundScore.application_id == application_id, FundScore.person_id == person_id)
                .returning(FundScore.id)
            ).all()
        )
        session.add(FundConflict(application_id=application_id, person_id=person_id, reason=why))
        audit.record(
            session,
            store.actor,
            "fund_conflict.add",
            "fund_applications",
            application_id,
            {"conflict": [None, person_id], "scores_removed": [None, removed]},
            record_uuid=application.uuid,
        )


@dataclass(frozen=True)
class MemberScore:
    person_id: int
    name: str
    scores: dict[str, int]
    conflict: str | None  # the reason declared, when conflicted

    @property
    def total(self) -> int | None:
        return sum(self.scores.values()) if self.scores and self.conflict is None else None


@dataclass(frozen=True)
class PanelView:
    criteria: list[str]
    scale_max: int
    members: list[MemberScore]

    @property
    def average(self) -> float | None:
        """The average of the members' totals, conflicted members left out."""
        totals = [m.total for m in self.members if m.total is not None]
        return round(sum(totals) / len(totals), 1) if totals else None

    @property
    def out_of(self) -> int:
        return self.scale_max * len(self.criteria)


def panel_view(session: Session, application_id: int) -> PanelView:
    application = session.get(FundApplication, application_id)
    if application is None:
        raise EngagementError(f"There is no fund application with id {application_id}.")
    fund_round = session.get(FundRound, application.round_id)
    assert fund_round is not None
    by_person: dict[int, dict[str, int]] = {}
    for pid, criterion, score in session.execute(
        select(FundScore.person_id, FundScore.criterion, FundScore.score).where(
            FundScore.application_id == application_id
        )
    ):
        by_person.setdefault(pid, {})[criterion] = score
    conflicts = dict(
        session.execute(
            select(FundConflict.person_id, FundConflict.reason).where(
                FundConflict.application_id == application_id
            )
        ).all()
    )
    ids = set(by_person) | set(conflicts)
    names = {
        pid: f"{first} {last}"
        for pid, first, last in session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(ids))
        )
    }
    members = [
        MemberScore(pid, names.get(pid, "?"), by_person.get(pid, {}), conflicts.get(pid))
        for pid in sorted(ids, key=lambda p: names.get(p, ""))
    ]
    return PanelView(criteria_of(fund_round), fund_round.scale_max, members)


def averages(session: Session, round_id: int | None = None) -> dict[int, float]:
    """The average panel total of each application (of one round, or all): each
    member's scores summed, then averaged over the members (conflicts never score)."""
    totals = select(
        FundScore.application_id.label("aid"), func.sum(FundScore.score).label("total")
    ).group_by(FundScore.application_id, FundScore.person_id)
    if round_id is not None:
        totals = totals.join(FundApplication, FundApplication.id == FundScore.application_id).where(
            FundApplication.round_id == round_id
        )
    per_member = totals.subquery()
    rows = session.execute(
        select(per_member.c.aid, func.avg(per_member.c.total)).group_by(per_member.c.aid)
    )
    return {int(aid): round(float(mean), 1) for aid, mean in rows}
