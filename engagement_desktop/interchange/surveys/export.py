"""A survey's responses to Excel: one row per return, one column per question.

Answers are written exactly as typed; free text such as ``=HYPERLINK(...)`` or
``+44 ...`` stays text, never a formula (``write_workbook`` sees to that).
Qt-free: the Surveys page runs it on the database worker with progress and
Cancel, and a cancelled export leaves no file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from engagement_desktop.interchange.writing.list_export import ExportResult
from engagement_desktop.interchange.writing.xlsx_export import (
    Progress,
    Sheet,
    about_workbook,
    write_workbook,
)
from engagement_desktop.services.surveys.answers import answers_by_response
from engagement_desktop.services.surveys.details import survey_details, survey_responses
from engagement_desktop.store.id_lists import id_chunks

ANONYMOUS = "anonymous"


def responses_sheet(session: Session, survey_id: int) -> Sheet:
    """The survey's responses as one worksheet, oldest first; its rows are read in
    chunks as the workbook is written, so a big survey is never held whole."""
    details = survey_details(session, survey_id)
    responses = sorted(
        survey_responses(session, survey_id),
        key=lambda r: (r.completed_at is None, r.completed_at or datetime.min, r.id),
    )
    questions = details.questions
    headings = [
        "Response no.",
        "Person",
        "Reference (as typed)",
        "Completed",
        *(f"[{q.code}] {q.text}" if q.code else q.text for q in questions),
    ]
    column = {q.id: 4 + n for n, q in enumerate(questions)}

    def rows() -> Iterator[list[Any]]:
        for chunk in id_chunks(responses):  # the responses, an IN list's worth at a time
            answers = dict(answers_by_response(session, [r.id for r in chunk]))
            for response in chunk:
                row: list[Any] = [
                    response.id,
                    response.person or ANONYMOUS,
                    response.reference,
                    response.completed_at,
                    *([None] * len(questions)),
                ]
                for question_id, value in answers.get(response.id, {}).items():
                    if question_id in column:
                        row[column[question_id]] = value
                yield row

    widths = {1: 24, 2: 14, 3: 17} | {4 + n: 24 for n in range(len(questions))}
    return Sheet(
        details.name,
        headings,
        rows(),
        total=len(responses),
        widths=widths,
        caption=f"Responses to {details.name}",
        freeze_columns=1,
    )


def export_survey_responses(
    session: Session,
    survey_id: int,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> ExportResult:
    """Write every response of the survey, oldest first, to ``path``."""
    sheet = responses_sheet(session, survey_id)
    about = about_workbook(session, f"Survey responses: {sheet.title}")
    return ExportResult(write_workbook(path, [sheet], progress, about=about), sheet.total or 0)
