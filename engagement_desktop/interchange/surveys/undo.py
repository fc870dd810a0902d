"""Taking a survey import back, whole, in one transaction."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from engagement_desktop.interchange.imports.undo import batch_to_undo
from engagement_desktop.services.common import audit
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Outcome, Survey, SurveyQuestion, SurveyResponse


def undo_survey_import(store: Store, batch_id: int) -> dict[str, int]:
    """Take a survey batch back in one transaction: the responses it added go (their
    answers with them); a survey left with no responses, and not the source of any
    "you said, we did" item, goes too, so importing the file again starts afresh."""
    with store.transaction() as session:
        batch = batch_to_undo(session, batch_id, "survey")
        surveys = set(
            session.scalars(
                select(SurveyResponse.survey_id).where(SurveyResponse.import_batch_id == batch_id)
            )
        )
        removed = len(
            session.scalars(
                delete(SurveyResponse)
                .where(SurveyResponse.import_batch_id == batch_id)
                .returning(SurveyResponse.id)
            ).all()
        )
        emptied = 0
        for survey_id in surveys:
            left = session.scalar(select(func.count()).where(SurveyResponse.survey_id == survey_id))
            cited = session.scalar(select(func.count()).where(Outcome.survey_id == survey_id))
            if not left and not cited:
                session.execute(delete(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id))
                session.execute(delete(Survey).where(Survey.id == survey_id))
                emptied += 1
        batch.undone_at = utcnow()
        audit.record(
            session,
            store.actor,
            "import.undo",
            "import_batches",
            batch_id,
            {"responses_removed": [None, removed], "surveys_removed": [None, emptied]},
            record_uuid=batch.uuid,
            summary=f"Undid survey import of {batch.file_name}",
        )
    return {"responses_removed": removed, "surveys_removed": emptied}
