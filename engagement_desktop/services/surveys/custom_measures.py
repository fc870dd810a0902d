"""The landlord's own measures: a question of its own added to a measure set.

The officer gives the wording (as the questionnaire asks it: an export's column with
the same wording is recognised as the measure), a scale and which answers count as
positive. A measure nothing could ever count (no positive answer, or every answer
positive) is refused. Stored in custom_measures and joined to the shipped sets by
:func:`catalogue`, so results, imports and reports treat it as any other measure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.surveys.measure_sets import (
    Measure,
    MeasureSet,
    Scale,
    shipped_sets,
)
from engagement_desktop.services.surveys.wording import ANSWER_LABELS, SCALES, plain
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import CustomMeasure, Survey, SurveyQuestion

CODE_PREFIX = "L"  # L1, L2 ...: the landlord's own, apart from any regulator's numbering


@dataclass(frozen=True)
class CustomMeasureRow:
    id: int
    measure_set: str
    code: str
    name: str
    question: str
    scale: str
    positive: tuple[str, ...]


def _measure(row: CustomMeasure) -> Measure:
    answers = SCALES[row.scale]
    return Measure(
        row.code,
        row.name,
        row.question,
        Scale(row.scale, answers, frozenset(row.positive)),
        custom=True,
    )


def catalogue(session: Session) -> dict[str, MeasureSet]:
    """Every set by id, each with the landlord's own measures added to it."""
    rows = session.scalars(select(CustomMeasure).order_by(CustomMeasure.id)).all()
    sets = dict(shipped_sets())
    for set_id, one in sets.items():
        own = [_measure(r) for r in rows if r.measure_set == set_id]
        if own:
            sets[set_id] = one.with_measures(own)
    return sets


def import_context(session: Session) -> tuple[str | None, dict[str, MeasureSet]]:
    """For an import: the set of the regulator in Settings (breaks a tie between sets)
    and every set with the landlord's own measures."""
    from engagement_desktop.services.common.settings import get_setting
    from engagement_desktop.services.surveys.measure_sets import REGIMES

    return REGIMES.get(get_setting(session, "regulator")), catalogue(session)


def custom_measures(session: Session, set_id: str | None = None) -> list[CustomMeasureRow]:
    query = select(CustomMeasure).order_by(CustomMeasure.id)
    if set_id:
        query = query.where(CustomMeasure.measure_set == set_id)
    return [
        CustomMeasureRow(
            r.id, r.measure_set, r.code, r.name, r.question, r.scale, tuple(r.positive)
        )
        for r in session.scalars(query)
    ]


def _checked(
    set_id: str, name: str, question: str, scale: str, positive: Sequence[str]
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if set_id not in shipped_sets():
        errors["Measure set"] = f"'{set_id}' is not one of {', '.join(shipped_sets())}"
    if not name.strip() or len(name) > 200:
        errors["Name"] = "give the measure a name of up to 200 characters"
    if len(plain(question)) < 5 or len(question) > 1000:
        errors["Question"] = "give the question's wording as the questionnaire asks it"
    if scale not in SCALES:
        errors["Scale"] = f"is one of {', '.join(SCALES)}"
        return errors
    wrong = [p for p in positive if p not in SCALES[scale]]
    if wrong:
        errors["Positive answers"] = f"'{wrong[0]}' is not an answer on this scale"
    elif not positive:
        errors["Positive answers"] = (
            "choose at least one answer that counts as positive: a measure with none "
            "would always be 0%"
        )
    elif set(positive) == set(SCALES[scale]):
        errors["Positive answers"] = "leave at least one answer that does not count as positive"
    return errors


def add_custom_measure(
    store: Store,
    set_id: str,
    name: str,
    question: str,
    scale: str,
    positive: Sequence[str],
) -> CustomMeasureRow:
    """Add a measure of the landlord's own to a set, in one audited transaction; nothing
    is saved when anything is wrong (ValidationError names each field)."""
    name, question = " ".join(name.split()), " ".join(question.split())
    errors = _checked(set_id, name, question, scale, positive)
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        rows = session.scalars(select(CustomMeasure)).all()
        if any(plain(r.question) == plain(question) and r.measure_set == set_id for r in rows):
            raise ValidationError({"Question": "the set already has a measure worded this way"})
        # A removed measure's code stays on the questions of the surveys that asked it:
        # never give it to a new measure, or those old answers would count towards it.
        asked = session.scalars(
            select(SurveyQuestion.code).where(SurveyQuestion.code.like(f"{CODE_PREFIX}%"))
        )
        codes = {r.code for r in rows} | {c for c in asked if c}
        numbers = [int(c[1:]) for c in codes if c[1:].isdigit()]
        code = f"{CODE_PREFIX}{max(numbers, default=0) + 1}"
        ordered = [a for a in SCALES[scale] if a in set(positive)]
        row = CustomMeasure(
            measure_set=set_id,
            code=code,
            name=name,
            question=question,
            scale=scale,
            positive=ordered,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            store.actor,
            "measure.add",
            "custom_measures",
            row.id,
            {"code": [None, code], "name": [None, name], "scale": [None, scale]},
        )
        return CustomMeasureRow(row.id, set_id, code, name, question, scale, tuple(ordered))


@dataclass(frozen=True)
class MeasureUse:
    """What removing a measure leaves behind: the surveys that asked it, by name."""

    code: str
    name: str
    surveys: tuple[str, ...]

    def consequence(self) -> str:
        """The sentence the officer confirms before removing the measure."""
        asked = (
            f"The answers already imported to it in {len(self.surveys)} "
            f"survey{'s' if len(self.surveys) != 1 else ''} ({', '.join(self.surveys[:3])}"
            f"{', …' if len(self.surveys) > 3 else ''}) stay with their returns as typed; "
            if self.surveys
            else "No survey imported so far asks it. "
        )
        return (
            f"Remove {self.code} {self.name}? {asked}the measure just stops being counted "
            "in survey results, the dashboard and the Board report (a target set for it "
            f"is no longer measured). Adding it again later gives it a new code, so those "
            f"old answers are not counted towards it."
        )


def measure_use(session: Session, code: str) -> MeasureUse:
    """The surveys in the measure's set that asked it, newest first."""
    row = session.scalar(select(CustomMeasure).where(CustomMeasure.code == code))
    if row is None:
        raise NotFound(f"There is no measure of the landlord's own with code '{code}'.")
    surveys = session.scalars(
        select(Survey.name)
        .join(SurveyQuestion, SurveyQuestion.survey_id == Survey.id)
        .where(
            SurveyQuestion.code == code,
            func.coalesce(Survey.measure_set, "tsm") == row.measure_set,
        )
        .group_by(Survey.id, Survey.name, Survey.period_end)
        .order_by(Survey.period_end.desc().nulls_last(), Survey.id.desc())
    )
    return MeasureUse(code, row.name, tuple(surveys))


def remove_custom_measure(store: Store, code: str) -> MeasureUse:
    """Remove one of the landlord's measures in one audited transaction. Nothing imported
    is touched: the answers stay as typed on their responses, and the surveys' questions
    keep the code (which is never given to another measure), so the figures stop."""
    with store.transaction() as session:
        use = measure_use(session, code)
        row = session.scalar(select(CustomMeasure).where(CustomMeasure.code == code))
        assert row is not None
        audit.record(
            session,
            store.actor,
            "measure.remove",
            "custom_measures",
            row.id,
            {
                "code": [code, None],
                "name": [row.name, None],
                "measure_set": [row.measure_set, None],
                "surveys_asking": [len(use.surveys), None],
            },
        )
        session.delete(row)
        return use


def positive_labels(row: CustomMeasureRow) -> str:
    return ", ".join(ANSWER_LABELS.get(a, a) for a in row.positive)
