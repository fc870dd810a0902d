"""A one-page report card for tenants: each measure's result this year against last year.

Scottish landlords publish a report card on the Charter to their tenants each year; the
same page serves an English or Welsh landlord's measures. Plain words, large type, the
landlord's name at the top. A national average is printed only when the measure set
carries one with a cited source; the shipped sets carry none, so the column is left
out rather than filled with a figure nobody can check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound
from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.surveys.results import satisfaction_results, survey_measure_set
from engagement_desktop.store.models import Survey

#: How a tenant would say what each measure asks about (the regulator's own name otherwise).
PLAIN: dict[str, str] = {
    "I1": "The overall service we provide",
    "I2": "How well we keep you informed",
    "I5": "Your chances to have a say in our decisions",
    "I7": "The quality of your home",
    "I12": "Our repairs service, if you had a repair",
    "I13": "How we look after your neighbourhood",
    "I25": "Your rent is good value for money",
    "TP01": "The overall service we provide",
    "TP02": "Our repairs service, if you had a repair",
    "TP03": "How long repairs took, if you had a repair",
    "TP04": "Your home is well maintained",
    "TP05": "Your home is safe",
    "TP06": "We listen to your views and act on them",
    "TP07": "We keep you informed about things that matter",
    "TP08": "We treat you fairly and with respect",
    "TP09": "How we handled your complaint",
    "TP10": "Keeping communal areas clean and well maintained",
    "TP11": "We make a positive contribution to your neighbourhood",
    "TP12": "How we handle anti-social behaviour",
}


def whole_percent(value: float) -> int:
    """A result (kept to one decimal place) as the card prints it, halves rounded up as a
    reader rounds them: 90.5% is 91%. (Python's ``round`` takes halves to the even
    number, so 90.5% and 89.5% both printed as 90% and a fall read "The same".)"""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class CardLine:
    code: str
    label: str
    percent: float | None
    last_year: float | None
    average: float | None = None

    @property
    def change(self) -> str:
        """ "Up 2 points", "Down 1 point", "The same" or "" when there is nothing to compare."""
        if self.percent is None or self.last_year is None:
            return ""
        points = whole_percent(self.percent) - whole_percent(self.last_year)  # as printed
        if points == 0:
            return "The same"
        unit = "point" if abs(points) == 1 else "points"
        return f"{'Up' if points > 0 else 'Down'} {abs(points)} {unit}"


@dataclass
class ReportCard:
    landlord: str
    survey: str
    last_survey: str | None
    set_name: str
    regulator: str
    citation: str
    period: tuple[date | None, date | None]
    respondents: int
    lines: list[CardLine] = field(default_factory=list)
    average_source: str = ""

    @property
    def has_average(self) -> bool:
        return bool(self.average_source) and any(x.average is not None for x in self.lines)


def report_card(session: Session, survey_name: str) -> ReportCard:
    """The card's figures: this survey, and the latest earlier survey of the same set."""
    survey = session.scalar(select(Survey).where(Survey.name == survey_name))
    if survey is None:
        raise NotFound(f"There is no survey called '{survey_name}'.")
    measures = survey_measure_set(session, survey)
    now = satisfaction_results(session, survey.name)
    earlier = [
        s
        for s in session.scalars(
            select(Survey).where(Survey.id != survey.id).order_by(Survey.period_end.desc())
        )
        if (s.measure_set or "tsm") == measures.id
        and s.period_end is not None
        and survey.period_start is not None
        and s.period_end < survey.period_start
    ]
    before = satisfaction_results(session, earlier[0].name) if earlier else None
    landlord = str(get_setting(session, "landlord_name") or "").strip() or "Your landlord"
    card = ReportCard(
        landlord=landlord,
        survey=survey.name,
        last_survey=earlier[0].name if earlier else None,
        set_name=measures.name,
        regulator=measures.regulator,
        citation=measures.citation(),
        period=(survey.period_start, survey.period_end),
        respondents=now.respondents,
    )
    for code, name in measures.names.items():
        result = now.measures.get(code)
        if result is None or result.percent is None:
            continue
        previous = before.measures.get(code) if before else None
        last = previous.percent if previous else None
        card.lines.append(CardLine(code, PLAIN.get(code, name), result.percent, last))
    return card
