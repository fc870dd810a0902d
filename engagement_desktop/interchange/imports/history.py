"""The list of past imports (file, when, who, rows, what each did), for the history window.

Undoing goes to the importer that wrote the batch (:func:`undo_batch`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.store.engine import Store
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
        """Any batch not yet undone is taken back as a whole."""
        return self.kind in KINDS and self.undone_at is None


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


def undo_batch(store: Store, batch_id: int) -> dict[str, int]:
    """Take back a whole import of either kind, in one transaction; returns counts."""
    from engagement_desktop.interchange.imports.undo import undo_import
    from engagement_desktop.interchange.surveys.undo import undo_survey_import

    with store.session() as session:
        kind = session.scalar(select(ImportBatch.kind).where(ImportBatch.id == batch_id))
    if kind == "survey":
        return undo_survey_import(store, batch_id)
    if kind == "people":
        return undo_import(store, batch_id)
    raise EngagementError(f"There is no import with id {batch_id}.")


def undo_summary(counts: dict[str, int]) -> str:
    """What an undo did, in a sentence."""

    def count(n: int, one: str, many: str) -> str:
        return f"{n:,} {one if n == 1 else many}"

    if "responses_removed" in counts:
        text = count(counts["responses_removed"], "survey response", "survey responses")
        text += " removed"
        if counts.get("surveys_removed"):
            text += ", and the survey they were in, now empty"
        return text + "."
    return (
        f"{count(counts['removed'], 'person', 'people')} removed and "
        f"{count(counts['fields_restored'], 'field', 'fields')} given their old values back."
    )


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
