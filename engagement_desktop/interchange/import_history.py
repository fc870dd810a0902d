"""The list of past imports (file, when, who, rows, what each did), for the history window.

Read only; undoing a people batch is :func:`people_import.undo_import`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.store.models import ImportBatch, Survey, SurveyResponse

KINDS = {"people": "People", "survey": "Survey returns"}


@dataclass(frozen=True)
class BatchLine:
    """One import as the officer sees it in the history list."""

    id: int
    kind: str
    file_name: str
    sheet: str | None
    imported_at: datetime
    imported_by: str
    rows_read: int
    summary: str
    undone_at: datetime | None
    survey: str | None = None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def can_undo(self) -> bool:
        """People batches are taken back as a whole; survey returns are not undone here."""
        return self.kind == "people" and self.undone_at is None


def describe(kind: str, summary: dict[str, Any] | None) -> str:
    """ "4 added, 2 updated, 1 unchanged, 1 duplicate in the file, 2 rows with problems"."""
    if not summary:
        return ""
    if kind == "people":
        parts = [
            (summary.get("created"), "added"),
            (summary.get("updated"), "updated"),
            (summary.get("unchanged"), "unchanged"),
            (summary.get("duplicates_in_file"), "duplicate in the file"),
        ]
    else:
        parts = [
            (summary.get("responses_created"), "responses added"),
            (summary.get("linked"), "linked to people"),
            (summary.get("already_imported"), "already imported"),
        ]
    errors = summary.get("errors")
    count = len(errors) if isinstance(errors, list) else errors
    parts.append((count, "with problems, left out"))
    return ", ".join(f"{n:,} {words}" for n, words in parts if n)


def import_history(session: Session, limit: int = 500) -> list[BatchLine]:
    """The latest imports first."""
    batches = session.scalars(
        select(ImportBatch)
        .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())
        .limit(limit)
    ).all()
    surveys = dict(
        session.execute(
            select(SurveyResponse.import_batch_id, Survey.name)
            .join(Survey, Survey.id == SurveyResponse.survey_id)
            .where(
                SurveyResponse.import_batch_id.in_([b.id for b in batches if b.kind == "survey"])
            )
            .distinct()
        ).all()
    )
    return [
        BatchLine(
            batch.id,
            batch.kind,
            batch.file_name,
            batch.sheet,
            batch.imported_at,
            batch.imported_by,
            batch.rows_read,
            describe(batch.kind, batch.summary),
            batch.undone_at,
            surveys.get(batch.id),
        )
        for batch in batches
    ]
