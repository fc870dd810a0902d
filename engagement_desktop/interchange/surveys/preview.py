"""The survey import's preview (what a commit would add, read only) and its rows to fix.

The counts come from the same helpers :mod:`commit` uses (source keys in
:mod:`returns`, people matching in :mod:`respondents`), so what the preview promises
is what the commit does.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.surveys.commit import SurveyImportResult, completed_outside
from engagement_desktop.interchange.surveys.mapping import QUESTION
from engagement_desktop.interchange.surveys.plan import SurveyPlan
from engagement_desktop.interchange.surveys.respondents import person_for, respondents_index
from engagement_desktop.interchange.surveys.returns import (
    SeenReturns,
    encoded_answers,
    question_keys,
    response_key,
)
from engagement_desktop.interchange.writing.xlsx_export import Sheet, write_workbook
from engagement_desktop.store.models import Survey, SurveyResponse


@bulk
def preview_survey(
    session: Session,
    plan: SurveyPlan,
    survey_name: str,
    period: tuple[date | None, date | None] = (None, None),
) -> SurveyImportResult:
    """The counts :func:`commit_survey` would give (added, linked, anonymous, already
    imported, completed outside the period), read only: the wizard's preview, without
    writing and rolling back 20,000 responses. ``survey_id`` is 0 when the survey is new."""
    name = " ".join(survey_name.split())
    survey = session.scalar(select(Survey).where(Survey.name == name)) if name else None
    keys: set[str] = set()
    if survey is not None:
        keys = set(
            session.scalars(
                select(SurveyResponse.source_key).where(SurveyResponse.survey_id == survey.id)
            )
        )
    # A new survey gets its uuid on commit; any fixed namespace finds the same repeats.
    namespace = survey.uuid if survey is not None else "new"
    seen = SeenReturns(keys, namespace, plan)
    columns = question_keys(session, survey.id if survey else None, plan, create=False)
    keys_by_column = [columns[index] for index in plan.question_columns]
    index = respondents_index(session, plan.responses)
    start, end = period
    if survey is not None:  # as the commit does: a period given replaces the one on file
        start, end = start or survey.period_start, end or survey.period_end
    created = linked = skipped = outside = 0
    stored = encoded_answers(keys_by_column, [r["answers"] for r in plan.responses])
    for response, answers in zip(plan.responses, stored, strict=True):  # as the commit
        key = response_key(namespace, response["who"], answers)
        if not seen.add(key, response):
            skipped += 1
            continue
        created += 1
        linked += person_for(index, response["who"]) is not None
        outside += completed_outside(response["who"].get("completed_at"), start, end)
    return SurveyImportResult(
        len(plan.table.rows),
        created,
        linked,
        created - linked,
        skipped,
        survey.id if survey is not None else 0,
        None,
        outside,
    )


def write_survey_error_rows(plan: SurveyPlan, path: str | Path) -> Path:
    """The returns that were not imported, as they were, with the reason: fix and re-import."""
    reasons: dict[int, list[str]] = {}
    for problem in plan.problems:
        reasons.setdefault(problem.row, []).append(
            f"{problem.column}: {problem.message}" if problem.column else problem.message
        )
    rows = [
        [*cells, "; ".join(reasons[number])]
        for cells, number in zip(plan.table.rows, plan.table.row_numbers, strict=True)
        if number in reasons
    ]
    sheet = Sheet("Rows to fix", [*plan.table.headings, "Problem"], rows)
    return write_workbook(path, [sheet])


def short_heading(heading: str, room: int = 40) -> str:
    """A question as the officer knows it: its number ("Q14") when it has one."""
    numbered = re.match(r"\s*(Q\s?\d+[a-z]?)\b", heading, re.IGNORECASE)
    if numbered:
        return numbered.group(1).replace(" ", "").upper()
    text = " ".join(heading.split())
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def recognition(plan: SurveyPlan) -> tuple[str, list[str]]:
    """What the preview says before anything is imported: which set the questions were
    recognised as (with how many of its measures the file asks, and the set's note when
    it matched none or two), and the questions kept as the landlord's own."""
    one = plan.measures
    own = [short_heading(h) for h, target in plan.mapping.items() if target == QUESTION]
    asked = plan.measure_codes
    regulator = [code for code in asked if not one.measures[code].custom]
    theirs = [code for code in asked if one.measures[code].custom]
    total = sum(1 for m in one.measures.values() if not m.custom)
    if not regulator and not theirs:
        return plan.set_note, own
    sentence = (
        f"Recognised: {one.name} ({len(regulator)} of its {total} measures: {', '.join(regulator)})"
        if regulator
        else f"Recognised: {one.name}"
    )
    if theirs:
        sentence += f"; your own measures: {', '.join(theirs)}"
    note = plan.set_note
    if note and not note.startswith("The questions are worded as"):
        sentence += f". {note}"  # the officer's choice of set, or what was moved
    return sentence + ".", own


def findings(plan: SurveyPlan) -> dict[str, Any]:
    """What the survey preview found, for the command line's --json (the same with or
    without a commit): each problem and each answer left out with its rows."""
    return {
        "errors": [{"row": p.row, "column": p.column, "message": p.message} for p in plan.problems],
        "tsm_questions_recognised": plan.tsm_codes,
        "measure_set": plan.measure_set,
        "measure_set_note": plan.set_note,
        "questions_recognised": plan.measure_codes,
        "own_questions": recognition(plan)[1],
        "personal_details_left_out": plan.personal_details,
        "rows_without_answers": [p.row for p in plan.unanswered],
        "unrecognised_answers": [
            {
                "column": heading,
                "value": value,
                "rows": count,
                "row_numbers": plan.unrecognised_rows[heading][value],
            }
            for heading, values in plan.unrecognised.items()
            for value, count in values.items()
        ],
    }
