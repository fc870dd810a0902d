"""The decision letter to each applicant, read for the mailing work's letters.

One letter per decided application, to the group's contact, with the officer's own
wording of the "Community fund decision" template (Settings > Mailings can edit it).
The contact must be someone a letter can go to (an address, not erased); anyone the
mailing rules leave out is counted with the reason, as for any mailing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.money import money
from engagement_desktop.services.mailings.audience import Audience, Recipient, build_audience
from engagement_desktop.services.mailings.fields import Letterhead, long_date, merge_data
from engagement_desktop.services.mailings.selection import Chosen
from engagement_desktop.services.mailings.templates import Template, find_template, require_valid
from engagement_desktop.store.models import FundApplication, FundRound

TEMPLATE = "fund_decision"


@dataclass(frozen=True)
class DecisionLetter:
    application_id: int
    recipient: Recipient
    values: dict[str, str]


@dataclass(frozen=True)
class DecisionLetters:
    round_name: str
    template: Template
    audience: Audience
    letterhead: Letterhead
    letters: list[DecisionLetter]
    no_contact: list[str]  # applicants with no contact recorded

    @property
    def what(self) -> str:
        return f"Letter: {self.template.name}"

    @property
    def description(self) -> str:
        return f"Applicants to {self.round_name} (decided)"


def _decided(session: Session, round_id: int) -> list[FundApplication]:
    return list(
        session.scalars(
            select(FundApplication)
            .where(
                FundApplication.round_id == round_id,
                FundApplication.status.in_(("awarded", "declined")),
            )
            .order_by(FundApplication.id)
        )
    )


def contacts_now(session: Session, round_id: int, today: date | None = None) -> list[int]:
    """Who the letters go to as the database stands (the check made inside the write):
    a contact appears once for each letter (a person may write for two groups)."""
    ids = [a.person_id for a in _decided(session, round_id) if a.person_id is not None]
    if not ids:
        return []
    reached = {r.person_id for r in build_audience(session, ids, "post", on=today).recipients}
    return [pid for pid in ids if pid in reached]


def _evaluation(application: FundApplication, day: date) -> str:
    """What the letter asks for the evaluation, as things stand on ``day``: thanks once
    it has come, a reminder once its date has passed, else the date to send it by."""
    due, received = application.evaluation_due, application.evaluation_received
    if received is not None:
        return f"Thank you for your evaluation of the project, received on {long_date(received)}."
    if due is None:
        return ""
    if due < day:
        return (
            f"Your evaluation of the project was due by {long_date(due)}: please send it "
            "to us now, saying what it achieved and how many people it reached."
        )
    return (
        f"Please send us your evaluation of the project by {long_date(due)}: "
        "what it achieved and how many people it reached."
    )


def _values(application: FundApplication, fund_round: FundRound, day: date) -> dict[str, str]:
    if application.status == "awarded":
        award, asked = application.award_pence or 0, application.requested_pence
        decision = f"to award you {money(award)}" + (
            f" of the {money(asked)} you asked for" if award < asked else ""
        )
        due = application.evaluation_due
        conditions = " ".join(
            part
            for part in (
                f"Conditions of the award: {application.conditions}"
                if application.conditions
                else "",
                _evaluation(application, day),
            )
            if part
        )
    else:
        decision = "not to make an award this time"
        due = None
        conditions = "You are welcome to apply again in a future round."
    return {
        "fund_group": application.applicant,
        "fund_project": application.project,
        "fund_round": fund_round.name,
        "fund_decision": decision,
        "fund_reasons": " ".join((application.reasons or "").split()),
        "fund_conditions": conditions,
        "fund_evaluation_due": long_date(due) if due else "",
    }


def decision_letters(session: Session, round_id: int, today: date | None = None) -> DecisionLetters:
    """Every decided application's letter, merged; one sentence when there is none."""
    fund_round = session.get(FundRound, round_id)
    if fund_round is None:
        raise EngagementError(f"There is no fund round with id {round_id}.")
    decided = _decided(session, round_id)
    if not decided:
        raise EngagementError(
            f"No application to {fund_round.name} has been decided yet: there is no "
            "decision letter to make."
        )
    template = find_template(session, TEMPLATE)
    require_valid(template)
    with_contact = [a for a in decided if a.person_id is not None]
    no_contact = [a.applicant for a in decided if a.person_id is None]
    if not with_contact:
        raise EngagementError(
            "None of the decided applications has a contact person recorded: there is "
            "nobody to write to."
        )
    day = today or date.today()
    audience = build_audience(
        session, [a.person_id for a in with_contact if a.person_id], "post", on=day
    )
    letterhead = Letterhead.read(session)
    chosen = Chosen([r.person_id for r in audience.recipients], f"Applicants to {fund_round.name}")
    data = merge_data(session, template, chosen, audience.recipients, letterhead, day, fund=True)
    by_person = {r.person_id: r for r in audience.recipients}
    letters = [
        DecisionLetter(
            a.id,
            by_person[a.person_id],
            {**data.values(by_person[a.person_id]), **_values(a, fund_round, day)},
        )
        for a in with_contact
        if a.person_id in by_person
    ]
    if not letters:
        raise EngagementError(
            "The mailing rules leave out every applicant's contact (no address, erased "
            "...): there is nobody to write to."
        )
    return DecisionLetters(fund_round.name, template, audience, letterhead, letters, no_contact)
