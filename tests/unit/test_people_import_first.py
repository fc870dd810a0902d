"""An officer's first people import, into an empty register: the people table's
secondary indexes are built after the rows are in, in the same transaction. A failure
part-way must leave the database exactly as it was, indexes included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from engagement_desktop.interchange.imports.running import ImportCancelled
from engagement_desktop.interchange.people import commit as people_commit
from engagement_desktop.interchange.people.commit import commit_import
from engagement_desktop.interchange.reading import mapping as mappings
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import ImportBatch, ImportChange, Person
from tests.unit.import_corpus import files


def people_indexes(store: Store) -> list[tuple[str, str]]:
    """Every index on the people table as the database itself defines it."""
    with store.session() as session:
        if session.get_bind().dialect.name == "sqlite":
            query = (
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people'"
            )
        else:
            query = (
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'people' "
                "AND schemaname = current_schema()"
            )
        return sorted((name, str(sql)) for name, sql in session.execute(text(query)))


def counts(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(ImportBatch)) or 0,
            session.scalar(select(func.count()).select_from(ImportChange)) or 0,
        )


def tenancy_file(tmp_path: Path, rows: int) -> Path:
    return files.tenancy_export(
        tmp_path,
        [
            [
                *(f"T{n:05d}", "Zoë", f"Person{n}", "1 Way", "Spalding", "PE11 1AA"),
                *("Assured", None, None, f"p{n}@example.org"),
            ]
            for n in range(rows)
        ],
    )


def run(store: Store, path: Path, **options: Any) -> Any:
    table = read_table(path)
    mapping = mappings.guess_mapping(table.headings)
    return commit_import(store, table, mapping, file_name=path.name, **options)


def test_first_import_keeps_every_index(store: Store, tmp_path: Path) -> None:
    before = people_indexes(store)
    assert any("postcode" in name for name, _ in before)
    result = run(store, tenancy_file(tmp_path, 30))
    assert result.plan.count("new") == 30
    assert people_indexes(store) == before
    with store.session() as session:
        found = session.scalars(select(Person.reference).where(Person.email == "p7@example.org"))
        assert list(found) == ["T00007"]


def test_a_first_import_stopped_after_rows_are_written_leaves_all_as_it_was(
    store: Store, tmp_path: Path
) -> None:
    """Cancelled after the first 5,000 people went in, with the indexes dropped."""
    path = tenancy_file(tmp_path, 6500)
    before = people_indexes(store)
    with pytest.raises(ImportCancelled):
        run(store, path, progress=lambda done, _: done < 6000)
    assert people_indexes(store) == before
    assert counts(store) == (0, 0, 0)


def test_a_failure_after_the_indexes_are_built_rolls_them_back_too(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(people_commit, "_record_created", broken)
    before = people_indexes(store)
    with pytest.raises(RuntimeError):
        run(store, tenancy_file(tmp_path, 40))
    assert people_indexes(store) == before
    assert counts(store) == (0, 0, 0)
    monkeypatch.undo()
    assert run(store, tenancy_file(tmp_path, 40)).plan.count("new") == 40
    assert people_indexes(store) == before


def test_indexes_are_left_alone_once_anyone_is_on_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(store, tenancy_file(tmp_path, 5))
    used = []
    real = people_commit.indexes_built_after

    def spy(*args: Any) -> Any:
        used.append(args)
        return real(*args)

    monkeypatch.setattr(people_commit, "indexes_built_after", spy)
    result = run(store, tenancy_file(tmp_path, 12))
    assert (result.plan.count("new"), result.plan.count("unchanged")) == (7, 5)
    assert used == []
