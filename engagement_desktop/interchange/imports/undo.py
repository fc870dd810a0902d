"""Taking a whole import back, in one transaction that re-reads the batch it undoes.

People an import added are removed (refused if they have since gained records
elsewhere); fields it changed get their old values back. A batch undone already, or
being undone by another window at the same moment, is refused with a sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.people.commit import person_search_text
from engagement_desktop.interchange.people.plan import STORED
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.wording import short_date
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Consent, ImportBatch, ImportChange, Person


def batch_to_undo(session: Session, batch_id: int, kind: str) -> ImportBatch:
    """The batch an undo takes back; refused if it is not that kind or was undone already."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None or batch.kind != kind:
        raise EngagementError(f"There is no {kind} import with id {batch_id}.")
    if batch.undone_at is not None:
        raise EngagementError(
            f"{batch.file_name} was already undone on {short_date(batch.undone_at)}."
        )
    return batch


def undo_import(store: Store, batch_id: int) -> dict[str, int]:
    """Take a whole people batch back: people it added are removed (refused if they have
    since gained records elsewhere), fields it changed get their old values back.
    Returns counts."""
    from engagement_desktop.services.people.merge import PERSON_REFERENCES
    from engagement_desktop.store.models import Base

    with store.transaction() as session:
        batch = batch_to_undo(session, batch_id, "people")

        # The people it added, as a subquery: a 60,000-row import is past PostgreSQL's
        # 65,535 parameters if they are listed, and the list was most of the time.
        def made(table: str) -> Any:
            return select(ImportChange.record_id).where(
                ImportChange.batch_id == batch_id,
                ImportChange.table_name == table,
                ImportChange.action == "created",
            )

        created = made("people")
        # the consent answers it recorded go first: they are its own, not a reason to refuse
        session.execute(
            delete(Consent).where(Consent.id.in_(made("consents"))),
            execution_options={"synchronize_session": False},
        )
        removed = session.scalar(select(func.count()).select_from(created.subquery())) or 0
        for table_name, column in PERSON_REFERENCES:
            table = Base.metadata.tables[table_name]
            used = (
                session.scalar(
                    select(func.count()).select_from(table).where(table.c[column].in_(created))
                )
                if removed
                else 0
            )
            if used:
                raise EngagementError(
                    f"People added by {batch.file_name} have since been given other records "
                    f"({table_name.replace('_', ' ')}); archive them instead of undoing."
                )
        restored = 0
        for change in session.scalars(
            select(ImportChange).where(
                ImportChange.batch_id == batch_id, ImportChange.action == "updated"
            )
        ):
            person = session.get(Person, change.record_id)
            if person is None:
                continue
            for name, old in (change.old_values or {}).items():
                if name == "date_of_birth" and isinstance(old, str):
                    old = date.fromisoformat(old)
                setattr(person, name, old)
                restored += 1
            person.search_text = person_search_text({n: getattr(person, n) for n in STORED})
        session.execute(
            delete(Person).where(Person.id.in_(created)),
            execution_options={"synchronize_session": False},  # none of them is loaded
        )
        batch.undone_at = utcnow()
        session.execute(
            update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=batch.undone_at)
        )
        audit.record(
            session,
            store.actor,
            "import.undo",
            "import_batches",
            batch_id,
            {"removed": [None, removed], "fields_restored": [None, restored]},
            record_uuid=batch.uuid,
            summary=f"Undid import of {batch.file_name}",
        )
    return {"removed": removed, "fields_restored": restored}
