"""A Scottish landlord's tenant survey export as its survey contractor would send it, made
with openpyxl alone (nothing from the program): a title row with the landlord's name, the
Charter questions worded as the Scottish Housing Regulator words them (ARC technical
guidance), the filter question before indicator 12, two questions of the landlord's own,
and answers in words. ``count`` works the figures out from the returns themselves, the
way the guidance describes them, so a test can hold the program's figures against them.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

SATISFIED = ["Very satisfied", "Fairly satisfied", "Neither satisfied nor dissatisfied",
             "Fairly dissatisfied", "Very dissatisfied"]  # fmt: skip
GOOD = ["Very good", "Fairly good", "Neither good nor poor", "Fairly poor", "Very poor"]
VALUE = ["Very good value", "Fairly good value", "Neither good nor poor value",
         "Fairly poor value", "Very poor value"]  # fmt: skip
LEFT_OUT = ["No opinion", "Don't know", None]  # not on the scale: out of the base
POSITIVE = {*SATISFIED[:2], *GOOD[:2], *VALUE[:2]}
SCALE = {"I2": GOOD, "I25": VALUE}
INDICATORS = ("I1", "I2", "I5", "I7", "I12", "I13", "I25")


def questions(landlord: str) -> dict[str, str]:
    """The questionnaire, in the order the contractor's columns run."""
    return {
        "I1": "Taking everything into account, how satisfied or dissatisfied are you with "
        f"the overall service provided by {landlord}?",
        "I2": f"How good or poor do you feel {landlord} is at keeping you informed about "
        "their services and decisions?",
        "I5": "How satisfied or dissatisfied are you with the opportunities given to you to "
        f"participate in {landlord}'s decision making processes?",
        "I7": "Overall, how satisfied or dissatisfied are you with the quality of your home?",
        "REPAIR": "Have you had any repairs carried out to your home in the last 12 months?",
        "I12": "Thinking about the LAST time you had repairs carried out, how satisfied or "
        f"dissatisfied were you with the repairs service provided by {landlord}?",
        "I13": f"Overall, how satisfied or dissatisfied are you with {landlord}'s "
        "contribution to the management of the neighbourhood you live in?",
        "I25": "Taking into account the accommodation and the services "
        f"{landlord} provides, do you think the rent for your property represents good or "
        "poor value for money?",
        "Q14": "Q14. How satisfied or dissatisfied are you with the play areas near your home?",
        "Q15": "Q15. Is there anything else you would like to tell us?",
    }


@dataclass
class Return:
    reference: str | None
    completed: date
    answers: dict[str, str | None] = field(default_factory=dict)


def make_returns(
    references: Sequence[str | None],
    seed: int,
    repairs_yes: Sequence[str] = (),
    start: date = date(2026, 5, 1),
) -> list[Return]:
    """One return per reference (None: an anonymous one), answers drawn at random; the
    references in ``repairs_yes`` (and about half the others) had repairs."""
    chance = random.Random(seed)
    returns = []
    for number, reference in enumerate(references):
        answers: dict[str, str | None] = {}
        for code in INDICATORS:
            scale = SCALE.get(code, SATISFIED)
            answers[code] = chance.choice(scale if chance.random() < 0.85 else LEFT_OUT)
        had = reference in repairs_yes if repairs_yes and reference else chance.random() < 0.5
        answers["REPAIR"] = "Yes" if had else "No"
        if not had:
            answers["I12"] = None  # routed past the repairs question
        answers["Q14"] = chance.choice(SATISFIED)
        answers["Q15"] = chance.choice(["", "More bins please", "=SUM(A1:A2)", "Thanks"])
        returns.append(Return(reference, start + timedelta(days=number % 150), answers))
    return returns


def write_export(path: Path, landlord: str, returns: Sequence[Return]) -> Path:
    """The workbook: title rows, a blank row, the header, one row per return."""
    asked = questions(landlord)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Survey data"
    sheet.append([f"{landlord}: tenant satisfaction survey 2026"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Fieldwork April to November 2026 · Prepared by Saltire Research Ltd"])
    sheet.append([])
    sheet.append(["Tenancy reference", "Date completed", *asked.values()])
    for one in returns:
        sheet.append([one.reference, one.completed, *(one.answers.get(c) for c in asked)])
    for row in sheet.iter_rows(min_row=5, min_col=2, max_col=2):
        row[0].number_format = "DD/MM/YYYY"
    book.save(path)
    return path


@dataclass(frozen=True)
class Counted:
    positive: int
    base: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.positive / self.base, 1) if self.base else None


def counted_returns(returns: Sequence[Return]) -> list[Return]:
    """One return per household, its latest; anonymous returns all count."""
    latest: dict[str, Return] = {}
    anonymous = []
    for one in returns:
        if one.reference is None:
            anonymous.append(one)
        elif one.reference not in latest or one.completed > latest[one.reference].completed:
            latest[one.reference] = one
    return [*latest.values(), *anonymous]


def count(returns: Sequence[Return], code: str) -> Counted:
    """Positive answers out of the answers on the indicator's scale; indicator 12 only
    for those who had repairs in the last 12 months."""
    positive = base = 0
    for one in returns:
        if code == "I12" and one.answers["REPAIR"] != "Yes":
            continue
        answer = one.answers[code]
        if answer in SCALE.get(code, SATISFIED):
            base += 1
            positive += answer in POSITIVE
    return Counted(positive, base)
