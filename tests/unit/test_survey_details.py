"""What the Surveys page and the import history read: questions, responses, batches."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from engagement_desktop.interchange.imports.history import describe, import_history
from engagement_desktop.interchange.imports.undo import undo_import
from engagement_desktop.interchange.people.commit import commit_import
from engagement_desktop.interchange.reading.mapping import guess_mapping
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.services.people import people
from engagement_desktop.services.surveys.details import (
    survey_choices,
    survey_details,
    survey_responses,
)
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN
from tests.unit.import_corpus import files, tsm


def test_questions_responses_and_choices(store: Store, tmp_path: Path) -> None:
    people.add_person(
        store, {"first_name": "Zoë", "last_name": "O'Neill", "reference": "T0001"}, hold_data=GIVEN
    )
    path = tsm.write(tmp_path)
    book = openpyxl.load_workbook(path)
    book.active.cell(3, 7).value = "Happy enough"  # not an answer TP01 can count
    book.save(path)
    table = read_table(path)
    result = commit_survey(
        store,
        plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True),
        survey_name="TSM",
        file_name="tsm.xlsx",
        sha256="x",
        method="online",
    )
    with store.session() as session:
        details = survey_details(session, result.survey_id)
        responses = survey_responses(session, result.survey_id)
        choices = survey_choices(session)
    assert (details.responses, details.linked, details.method_label) == (6, 2, "Online")
    assert [(q.code, q.answers, q.not_understood) for q in details.questions] == [
        ("TP01", 6, 1),
        ("REPAIR", 6, 0),
        ("TP02", 6, 0),
        ("TP08", 6, 0),
        (None, 4, 0),
    ]
    assert details.tsm_codes == ["TP01", "TP02", "TP08"]
    assert [r.person for r in responses][:2] == ["O'Neill, Zoë", None]  # latest first
    assert responses[0].reference == "T0001"
    assert [(c.name, c.responses) for c in choices] == [("TSM", 6)]


def test_history_says_what_each_import_did(store: Store, tmp_path: Path) -> None:
    table = read_table(files.tenancy_export(tmp_path, files.good_rows()))
    batch = commit_import(
        store, table, guess_mapping(table.headings), file_name="export.xlsx", sheet="Tenancies"
    ).batch
    assert batch is not None
    undo_import(store, batch.id)
    survey = read_table(tsm.write(tmp_path))
    commit_survey(
        store,
        plan_survey(survey, guess_survey_mapping(survey), keep_unknown_references=True),
        survey_name="TSM",
        file_name="tsm.xlsx",
        sha256="x",
    )
    with store.session() as session:
        lines = import_history(session)
    assert [(line.kind_label, line.file_name, line.survey) for line in lines] == [
        ("Survey returns", "tsm.xlsx", "TSM"),
        ("People", "export.xlsx", None),
    ]
    assert lines[0].summary == "6 responses added"
    assert lines[1].summary == "4 added" and lines[1].undone_at is not None
    assert not lines[1].can_undo and lines[0].can_undo  # survey returns can be taken back
    assert describe("people", {"created": 0, "updated": 2, "errors": 3}) == (
        "2 updated, 3 with problems, left out"
    )
    assert describe("survey", None) == ""
