"""Committing a survey import, in one transaction recorded as a batch.

The survey is made (or found by its name and its period updated), its questions made
or reused, and the returns not already on file added, each linked to a person where
exactly one matches. A dry run works everything out and rolls back. 20,000 returns
are written in one executemany on SQLite (a portable Core insert elsewhere).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.interchange.imports.running import (
    CANCELLED,
    ImportCancelled,
    Progress,
    last_word,
)
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.surveys.mapping import QUESTION
from engagement_desktop.interchange.surveys.plan import SurveyPlan, check_references
from engagement_desktop.interchange.surveys.respondents import person_for, respondents_index
from engagement_desktop.interchange.surveys.returns import (
    SeenReturns,
    encoded_answers,
    question_keys,
    response_key,
)
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import required_text
from engagement_desktop.services.common.validation import check_period_day
from engagement_desktop.services.surveys.custom_measures import catalogue
from engagement_desktop.services.surveys.wording import plain
from engagement_desktop.store import vocab
from engagement_desktop.store.base import new_uuids
from engagement_desktop.store.engine import Store, on_sqlite
from engagement_desktop.store.models import ImportBatch, Survey, SurveyResponse


@dataclass(frozen=True)
class SurveyImportResult:
    rows_read: int
    responses_created: int
    linked_to_people: int
    anonymous: int
    already_imported: int
    survey_id: int
    batch_id: int | None
    #: Returns added that were completed outside the survey's period: kept, but the
    #: TSM results (latest return per tenant in the period) leave them out.
    outside_period: int = 0

    def as_dict(self) -> dict[str, int | None]:
        return {
            "rows_read": self.rows_read,
            "responses_created": self.responses_created,
            "linked_to_people": self.linked_to_people,
            "anonymous": self.anonymous,
            "already_imported": self.already_imported,
            "survey_id": self.survey_id,
            "batch_id": self.batch_id,
            "outside_period": self.outside_period,
        }


@bulk
def commit_survey(
    store: Store,
    plan: SurveyPlan,
    *,
    survey_name: str,
    file_name: str,
    sha256: str,
    period: tuple[date | None, date | None] = (None, None),
    method: str | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> SurveyImportResult:
    """Create (or reuse) the survey and its questions and add the new responses, in one
    transaction. ``dry_run`` works everything out and rolls back."""
    try:  # 200: what the column holds; and no hidden characters, as every name
        name = required_text(survey_name, 200)
    except ValueError as exc:
        reason = "give the survey a name" if str(exc) == "is required" else str(exc)
        raise ValidationError({"survey": reason}) from None
    start, end = period
    for key, day in (("period_start", start), ("period_end", end)):
        try:
            if day is not None:  # as `survey set` checks it (publication.py)
                check_period_day(day, of_done=True)
        except ValueError as exc:
            raise ValidationError({key: str(exc)}) from exc
    if start and end and end < start:
        raise ValidationError({"period_end": "is before the start of the period"})
    if method is not None and method not in vocab.SURVEY_METHODS:
        raise ValidationError({"method": f"is one of {', '.join(vocab.SURVEY_METHODS)}"})
    try:
        with store.transaction() as session:
            return _write(
                session, store, plan, name, file_name, sha256, period, method, progress, dry_run
            )
    except _RolledBack as rolled_back:
        return rolled_back.result


def _read_against_set(session: Any, survey: Survey, plan: SurveyPlan) -> None:
    """Record the survey's measure set (refusing a second set for a survey that has one)
    and code the columns worded as one of the landlord's own measures of that set,
    decided from what is on file inside this transaction."""
    if survey.measure_set and survey.measure_set != plan.measure_set:
        held = catalogue(session).get(survey.measure_set)
        raise ValidationError(
            {
                "survey": f"'{survey.name}' reports the "
                f"{held.name if held else survey.measure_set}; this file's questions are "
                f"the {plan.measures.name}: import it as another survey"
            }
        )
    survey.measure_set = plan.measure_set
    own = {
        plain(m.question): code
        for code, m in catalogue(session)[plan.measure_set].measures.items()
        if m.custom
    }
    taken = set(plan.mapping.values())
    for heading, target in plan.mapping.items():
        code = own.get(plain(heading)) if target == QUESTION else None
        if code and f"{QUESTION}:{code}" not in taken:
            plan.mapping[heading] = f"{QUESTION}:{code}"
            taken.add(plan.mapping[heading])


class _RolledBack(Exception):
    """Raised inside the transaction to undo a dry run (or a run that adds nothing)."""

    def __init__(self, result: SurveyImportResult) -> None:
        self.result = result


def _write(
    session: Any,
    store: Store,
    plan: SurveyPlan,
    name: str,
    file_name: str,
    sha256: str,
    period: tuple[date | None, date | None],
    method: str | None,
    progress: Progress | None,
    dry_run: bool,
) -> SurveyImportResult:
    start, end = period
    survey = session.scalar(select(Survey).where(Survey.name == name))
    if survey is None:
        survey = Survey(name=name, period_start=start, period_end=end, method=method)
        session.add(survey)
        session.flush()
    else:
        survey.period_start = start or survey.period_start
        survey.period_end = end or survey.period_end
    survey.answer_scale = plan.answer_scale or survey.answer_scale
    _read_against_set(session, survey, plan)
    columns = question_keys(session, survey.id, plan, create=True)
    keys_by_column = [columns[index] for index in plan.question_columns]
    seen = SeenReturns(
        set(
            session.scalars(
                select(SurveyResponse.source_key).where(SurveyResponse.survey_id == survey.id)
            )
        ),
        survey.uuid,
        plan,
    )
    index = respondents_index(session, plan.responses)
    check_references(plan, index.by_ref)  # decided from what this transaction reads
    batch = ImportBatch(
        kind="survey",
        file_name=file_name,
        sha256=sha256,
        sheet=plan.table.sheet,
        rows_read=len(plan.table.rows),
        mapping=plan.mapping,
        imported_by=store.actor,
    )
    session.add(batch)
    session.flush()
    responses: list[tuple[Any, ...]] = []
    linked = skipped = outside = 0
    survey_id, survey_uuid, batch_id = survey.id, survey.uuid, batch.id  # read once, not per row
    raw = on_sqlite(session)
    period = (survey.period_start, survey.period_end)
    uuids = new_uuids(len(plan.responses))
    answers = encoded_answers(keys_by_column, [r["answers"] for r in plan.responses])
    for done, (response, stored) in enumerate(zip(plan.responses, answers, strict=True), 1):
        if (
            progress is not None
            and done % 2000 == 0
            and progress(done, len(plan.responses)) is False
        ):
            raise ImportCancelled(CANCELLED)
        who = response["who"]
        key = response_key(survey_uuid, who, stored)
        if not seen.add(key, response):
            skipped += 1
            continue
        person_id = person_for(index, who)
        linked += person_id is not None
        if period != (None, None):
            outside += completed_outside(who.get("completed_at"), *period)
        responses.append(
            (
                uuids[len(responses)],
                survey_id,
                person_id,
                who.get("reference"),
                _sqlite_datetime(who.get("completed_at")) if raw else who.get("completed_at"),
                batch_id,
                key,
                stored,
            )
        )
    _insert_responses(session, responses, raw)
    batch.summary = {
        "responses_created": len(responses),
        "linked": linked,
        "already_imported": skipped,
        "errors": len(plan.problems),
    }
    audit.record(
        session,
        store.actor,
        "import.survey",
        "surveys",
        survey.id,
        {"responses": [None, len(responses)]},
        record_uuid=survey.uuid,
        summary=f"Imported {len(responses)} responses from {file_name}",
    )
    result = SurveyImportResult(
        len(plan.table.rows),
        len(responses),
        linked,
        len(responses) - linked,
        skipped,
        survey.id,
        batch.id if not dry_run else None,
        outside,
    )
    if dry_run or not responses:
        raise _RolledBack(
            result
            if dry_run
            else SurveyImportResult(len(plan.table.rows), 0, 0, 0, skipped, survey.id, None)
        )
    last_word(progress, len(plan.responses))
    return result


def completed_outside(moment: datetime | None, start: date | None, end: date | None) -> bool:
    """Completed before the period began or after it ended (no time: not outside)."""
    if moment is None:
        return False
    day = moment.date()
    return bool((start and day < start) or (end and day > end))


_RESPONSE_COLUMNS = (
    "uuid",
    "survey_id",
    "person_id",
    "respondent_ref",
    "completed_at",
    "import_batch_id",
    "source_key",
    "answers",
)


def _insert_responses(session: Any, rows: list[tuple[Any, ...]], raw: bool) -> None:
    """Write the new responses. On SQLite, one executemany of plain tuples through the
    driver (times already in SQLAlchemy's text form, answers already JSON): 20,000
    returns without SQLAlchemy's per-row processing. Elsewhere a Core insert, which
    types each value itself."""
    if not rows:
        return
    if raw:
        marks = ", ".join("?" for _ in _RESPONSE_COLUMNS)
        session.connection().exec_driver_sql(
            f"INSERT INTO survey_responses ({', '.join(_RESPONSE_COLUMNS)}) VALUES ({marks})",
            rows,
        )
        return
    values = [dict(zip(_RESPONSE_COLUMNS, row, strict=True)) for row in rows]
    for value in values:
        value["answers"] = json.loads(value["answers"])
    session.execute(insert(SurveyResponse), values)


def _sqlite_datetime(moment: datetime | None) -> str | None:
    """A completion time as SQLAlchemy's SQLite DateTime stores it (so it reads back)."""
    return None if moment is None else moment.isoformat(" ", "microseconds")
