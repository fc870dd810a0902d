"""What the officer records about how a survey was run, to publish with its TSM results.

The regulator's tenant survey requirements ask a landlord to publish, beside its
perception measures: the period, the collection methods and how many responses each
gave, the relevant homes (low-cost rental and low-cost home ownership separately),
who carried the survey out, the sample method, any weighting, exclusions and
incentives. The import records the period and method; the rest is typed in here (the
survey settings dialog, or ``survey set`` on the command line), in one audited change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import hidden_character
from engagement_desktop.services.common.validation import check_period_day
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Survey

#: Each recorded fact and how a reader (and an error message) names it.
PUBLICATION_FIELDS: dict[str, str] = {
    "period_start": "Period from",
    "period_end": "Period to",
    "method": "Collection method",
    "method_counts": "Responses by method",
    "homes_lcra": "Relevant homes, low-cost rental (LCRA)",
    "homes_lcho": "Relevant homes, low-cost home ownership (LCHO)",
    "carried_out_by": "Carried out by",
    "sample_method": "Sample method",
    "weighting": "Weighting",
    "exclusions": "Exclusions",
    "incentives": "Incentives",
}
_TEXTS = {
    "carried_out_by": 200,
    "sample_method": 500,
    "weighting": 500,
    "exclusions": 500,
    "incentives": 500,
}
MOST_HOMES = 10_000_000
#: The methods a single return can be collected by ("mixed" describes a whole survey).
RETURN_METHODS = {k: v for k, v in vocab.SURVEY_METHODS.items() if k != "mixed"}


@dataclass
class SurveyFacts:
    """A survey's recorded facts, as the report and the dialog read them."""

    id: int
    name: str
    period_start: date | None = None
    period_end: date | None = None
    method: str | None = None
    method_counts: dict[str, int] = field(default_factory=dict)
    homes_lcra: int | None = None
    homes_lcho: int | None = None
    carried_out_by: str | None = None
    sample_method: str | None = None
    weighting: str | None = None
    exclusions: str | None = None
    incentives: str | None = None

    @property
    def method_label(self) -> str:
        return vocab.SURVEY_METHODS.get(self.method or "", "")


def _survey(session: Session, survey: int | str) -> Survey:
    found = (
        session.get(Survey, survey)
        if isinstance(survey, int)
        else session.scalar(select(Survey).where(Survey.name == survey))
    )
    if found is None:
        what = f"with id {survey}" if isinstance(survey, int) else f"called '{survey}'"
        raise NotFound(f"There is no survey {what}.")
    return found


def survey_facts(session: Session, survey: int | str) -> SurveyFacts:
    """The recorded facts of a survey, by id or by name."""
    found = _survey(session, survey)
    values = {name: getattr(found, name) for name in PUBLICATION_FIELDS}
    values["method_counts"] = dict(values["method_counts"] or {})
    return SurveyFacts(found.id, found.name, **values)


def _checked(values: dict[str, Any]) -> dict[str, str]:
    """Reasons, by field, why the values cannot be saved (none: they can)."""
    errors: dict[str, str] = {}
    for name in ("homes_lcra", "homes_lcho"):
        value = values[name]
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MOST_HOMES
        ):
            errors[name] = f"is a whole number from 0 to {MOST_HOMES:,}"
    if values["method"] is not None and values["method"] not in vocab.SURVEY_METHODS:
        errors["method"] = f"is one of {', '.join(vocab.SURVEY_METHODS)}"
    counts = values["method_counts"] or {}
    wrong = [k for k, n in counts.items() if k not in RETURN_METHODS]
    if wrong:
        errors["method_counts"] = f"'{wrong[0]}' is not one of {', '.join(RETURN_METHODS)}"
    elif any(
        isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MOST_HOMES
        for n in counts.values()
    ):  # one response per home at most: no method collects more than the homes cap
        errors["method_counts"] = f"are whole numbers from 0 to {MOST_HOMES:,}"
    start, end = values["period_start"], values["period_end"]
    if start and end and start > end:
        errors["period_end"] = "is before the period starts"
    for name in ("period_start", "period_end"):
        try:
            if values[name] is not None:  # a period of returns: none is from before 1990
                check_period_day(values[name], of_done=True)
        except ValueError as exc:  # a period ending in 9999 would be in no report
            errors[name] = str(exc)
    for name, most in _TEXTS.items():
        text = values[name]
        if text is not None and len(text) > most:
            errors[name] = f"is longer than {most} characters"
        elif text is not None and (problem := hidden_character(text)):
            errors[name] = problem
    return errors


def _tidy(name: str, value: Any) -> Any:
    """Blank text and zero or empty counts are stored as not recorded."""
    if name in _TEXTS or name == "method":
        return (value.strip() or None) if isinstance(value, str) else value
    if name == "method_counts":
        kept = {k: n for k, n in (value or {}).items() if n}
        return dict(sorted(kept.items())) or None
    return value


def update_survey_facts(store: Store, survey: int | str, changes: Mapping[str, Any]) -> SurveyFacts:
    """Record some of a survey's facts in one audited transaction; nothing is saved
    when any value is wrong (ValidationError names each)."""
    unknown = set(changes) - set(PUBLICATION_FIELDS)
    if unknown:
        raise ValidationError(
            {name: "is not something a survey records" for name in sorted(unknown)}
        )
    with store.transaction() as session:
        found = _survey(session, survey)
        before = audit.snapshot(found, PUBLICATION_FIELDS)
        values = {name: getattr(found, name) for name in PUBLICATION_FIELDS}
        values.update({name: _tidy(name, value) for name, value in changes.items()})
        errors = _checked(values)
        if errors:
            raise ValidationError({PUBLICATION_FIELDS[k]: v for k, v in errors.items()})
        for name, value in values.items():
            setattr(found, name, value)
        changed = audit.diff(before, audit.snapshot(found, PUBLICATION_FIELDS))
        if changed:
            audit.record(
                session,
                store.actor,
                "survey.edit",
                "surveys",
                found.id,
                changed,
                record_uuid=found.uuid,
            )
        session.flush()
        return survey_facts(session, found.id)
