"""A subject access export holds every row held about the person, readable, and nothing
is left behind when it cannot be written."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.privacy import sar_export
from engagement_desktop.reports.privacy.sar_export import export_subject_access
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.people import people
from engagement_desktop.services.privacy.sar import (
    SharedReference,
    _withhold_others,
    find_person,
    gather,
)
from engagement_desktop.services.privacy.where import PERSONAL, rows_about
from engagement_desktop.store.base import Base
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import AuditEntry
from tests.consent import GIVEN

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, int]]:
    """A demo landlord and its busiest person (most kinds of record), edited once so the
    audit trail holds a change about them."""
    folder = tmp_path_factory.mktemp("sar")
    store = open_store(folder / "demo.sqlite", actor="test.officer")
    generate_demo(store, people=400, seed=3, today=TODAY)
    with store.session() as session:
        candidates = session.scalars(
            text(
                "SELECT person_id FROM attendance GROUP BY person_id "
                "ORDER BY count(*) DESC LIMIT 40"
            )
        ).all()
        busiest = max(
            candidates,
            key=lambda pid: sum(bool(rows) for rows in rows_about(session, pid).values()),
        )
    people.edit_person(store, busiest, {"notes": "Prefers =SUM(A1) meetings after 6pm"})
    yield store, busiest
    store.close()


def _counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in Base.metadata.tables.items()
        }


def _zip_parts(path: Path) -> tuple[list[str], bytes, bytes]:
    with zipfile.ZipFile(path) as bundle:
        names = bundle.namelist()
        pdf = next(n for n in names if n.endswith(".pdf"))
        xlsx = next(n for n in names if n.endswith(".xlsx"))
        return names, bundle.read(pdf), bundle.read(xlsx)


def test_every_row_of_every_personal_table_is_in_the_workbook_and_the_pdf(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    store, person_id = demo
    with store.session() as session:
        held = rows_about(session, person_id)
        _withhold_others(held)  # a joint tenant's own survey returns are not theirs to see
        access = gather(session, person_id)
        name, greeting = access.name, access.greeting
    before = _counts(store)
    result = export_subject_access(store, person_id, tmp_path / "sar", today=TODAY)

    assert result.path == tmp_path / "sar.zip" and sorted(p.name for p in tmp_path.iterdir()) == [
        "sar.zip"
    ]
    names, pdf, xlsx = _zip_parts(result.path)
    assert names == result.files and len(names) == 2
    assert all(n.replace("-", "").replace(".", "").isalnum() for n in names)

    book = openpyxl.load_workbook(BytesIO(xlsx))
    assert len(book.worksheets) == len(PERSONAL)
    non_empty = 0
    for where, sheet in zip(PERSONAL, book.worksheets, strict=True):
        assert where.label in str(sheet["A1"].value)
        headings = [c.value for c in sheet[3]]
        body = [row for row in sheet.iter_rows(min_row=4, values_only=True)]
        rows = held[where]
        if not rows:
            assert body[0][0] == "None held", where.label
            continue
        non_empty += 1
        assert len(body) == len(rows), where.label
        if headings[0] == "Record number":
            assert [row[0] for row in body] == [row["id"] for row in rows], where.label
    assert non_empty >= 10  # a busy person: most kinds of record hold something

    details = dict(
        zip(
            [c.value for c in book.worksheets[0][3]],
            next(book.worksheets[0].iter_rows(min_row=4, values_only=True)),
            strict=True,
        )
    )
    # Text that looks like a formula is kept as text.
    assert details["Notes"] == "Prefers =SUM(A1) meetings after 6pm"
    assert details["Household"] and not str(details["Household"]).isdigit()

    words = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    flat = " ".join(words.split())
    assert name in flat and f"Dear {greeting}," in flat
    assert greeting != name and greeting.split()[-1] == name.split()[-1]  # "Mr Wood"
    for where in PERSONAL:
        assert " ".join(where.label.split()) in flat, where.label
    assert "Page 1 of" in flat and "ico.org.uk" in flat and "None held" in flat

    after = _counts(store)
    assert after.pop("audit_entries") == before.pop("audit_entries") + 1
    assert after == before  # nothing else changed
    with store.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    assert (entry.action, entry.table_name, entry.record_id) == ("privacy.sar", "people", person_id)
    assert name.split()[-1] not in (entry.summary or "")


def test_ids_become_names_and_answers(demo: tuple[Store, int]) -> None:
    store, person_id = demo
    with store.session() as session:
        access = gather(session, person_id)
    by_table: dict[str, Any] = {s.table: s for s in access.sections}
    attendance = by_table["attendance"]
    event = attendance.headings.index("Event")
    assert all("(" in row[event] and "/" in row[event] for row in attendance.rows)
    consents = by_table["consents"]
    for heading in ("Purpose", "Given or withdrawn", "Wording version", "How it was given"):
        assert heading in consents.headings
    assert {row[consents.headings.index("Given or withdrawn")] for row in consents.rows} <= {
        "Given",
        "Withdrawn",
    }
    changes = by_table["audit_entries"]
    assert any(
        "Prefers =SUM(A1)" in (row[changes.headings.index("What changed (before → after)")] or "")
        for row in changes.rows
    )


def test_a_failure_leaves_no_file_and_no_audit_entry(
    demo: tuple[Store, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, person_id = demo
    before = _counts(store)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("engagement_desktop.interchange.writing.xlsx_export.write_workbook", broken)
    with pytest.raises(EngagementError, match="No space left"):
        export_subject_access(store, person_id, tmp_path / "sar.zip", today=TODAY)
    assert list(tmp_path.iterdir()) == []
    assert _counts(store) == before

    monkeypatch.undo()
    with pytest.raises(EngagementError, match="cancelled"):
        export_subject_access(
            store, person_id, tmp_path / "sar.zip", progress=lambda done, _t: done < 2
        )
    assert list(tmp_path.iterdir()) == [] and _counts(store) == before
    assert sar_export.STEPS == 4


def test_a_shared_or_unknown_reference_is_refused(store: Store) -> None:
    household = {"reference": "t0042", "last_name": "Okafor"}
    ada = people.add_person(store, {**household, "first_name": "Ada"}, GIVEN)
    ben = people.add_person(store, {**household, "first_name": "Ben"}, GIVEN)
    with store.session() as session:
        with pytest.raises(SharedReference) as shared:
            find_person(session, "T0042")
        assert shared.value.person_ids == [ada.id, ben.id]
        assert find_person(session, " t0042 ", ben.id) == ben.id
        with pytest.raises(EngagementError, match="Nobody has the reference 'T9999'"):
            find_person(session, "T9999")
        with pytest.raises(EngagementError, match="record number 999"):
            find_person(session, "T0042", 999)


def test_a_record_number_finds_someone_without_a_reference(store: Store) -> None:
    walk_in = people.add_person(store, {"first_name": "Cy", "last_name": "Walker"}, GIVEN)
    with store.session() as session:
        assert find_person(session, f"#{walk_in.id}") == walk_in.id
        with pytest.raises(EngagementError, match="There is no person with id 999"):
            find_person(session, "#999")


def test_a_joint_tenants_survey_answers_are_not_given_to_the_other(store: Store) -> None:
    from engagement_desktop.store.models import Survey, SurveyResponse

    household = {"reference": "T0042", "last_name": "Okafor"}
    ada = people.add_person(store, {**household, "first_name": "Ada"}, GIVEN)
    ben = people.add_person(store, {**household, "first_name": "Ben"}, GIVEN)
    with store.transaction() as session:
        survey = Survey(name="Estate survey 2026")
        session.add(survey)
        session.flush()
        for key, person_id, answer in (("ben", ben.id, "Ben's view"), ("anon", None, "Ours")):
            session.add(
                SurveyResponse(
                    survey_id=survey.id,
                    person_id=person_id,
                    respondent_ref="T0042",
                    source_key=key,
                    answers={"comment": answer},
                )
            )
    with store.session() as session:
        for_ada = {s.label: s for s in gather(session, ada.id).sections}
        for_ben = {s.label: s for s in gather(session, ben.id).sections}
    by_reference = "Survey responses giving your reference"
    answers = for_ada[by_reference].headings.index("Answers")
    assert [row[answers] for row in for_ada[by_reference].rows] == ["comment: Ours"]
    assert for_ada["Survey responses linked to you"].rows == []
    linked = for_ben["Survey responses linked to you"]
    assert [row[linked.headings.index("Answers")] for row in linked.rows] == ["comment: Ben's view"]
