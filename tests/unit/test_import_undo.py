"""Undoing a people import once the people it added have a life in the program."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.imports.undo import undo_import
from engagement_desktop.interchange.people.commit import commit_import
from engagement_desktop.interchange.reading import mapping as mappings
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.services.training.development import add_need
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry, ImportBatch, Person, TrainingNeed
from tests.unit.import_corpus import files


def test_undo_is_refused_once_an_added_person_has_a_record_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    table = read_table(files.tenancy_export(tmp_path, files.good_rows()))
    batch = commit_import(store, table, mappings.guess_mapping(table.headings), file_name="x").batch
    assert batch is not None
    with store.session() as session:
        added = session.scalars(select(Person.id).order_by(Person.id)).all()
    add_need(store, added[-1], "Chairing skills before the AGM")
    before = _counts(store)
    with pytest.raises(EngagementError, match=r"since been given other records \(training needs\)"):
        undo_import(store, batch.id)
    assert _counts(store) == before == (len(added), 1, before[2])
    with store.session() as session:
        assert session.get(ImportBatch, batch.id).undone_at is None


def _counts(store: Store) -> tuple[int, ...]:
    """People, training needs and audit entries on file."""
    with store.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, TrainingNeed, AuditEntry)
        )
