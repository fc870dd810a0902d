"""The survey wizard's preview: the commit's counts without writing, and the rows to fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from engagement_desktop.interchange.imports.running import ImportCancelled
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.interchange.surveys.preview import preview_survey, write_survey_error_rows
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import SurveyResponse
from tests.consent import GIVEN
from tests.unit.import_corpus import tsm


def _plan(path: Path):
    table = read_table(path)
    return plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)


def _count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(SurveyResponse))


def test_preview_agrees_with_the_commit_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    people.add_person(
        store,
        {
            "first_name": "Zoë",
            "last_name": "O'Neill",
            "reference": "T0001",
            "email": "zoe@example.org",
        },
        hold_data=GIVEN,
    )
    plan = _plan(tsm.write(tmp_path))
    june = (date(2025, 6, 1), date(2025, 6, 30))  # Zoë's second return is in July
    with store.session() as session:
        before = preview_survey(session, plan, "TSM 2025/26", june)
    assert _count(store) == 0
    result = commit_survey(
        store, plan, survey_name="TSM 2025/26", file_name="tsm.xlsx", sha256="x", period=june
    )
    assert (
        before.responses_created,
        before.linked_to_people,
        before.anonymous,
        before.already_imported,
        before.survey_id,
        before.outside_period,
    ) == (result.responses_created, result.linked_to_people, result.anonymous, 0, 0, 1)
    assert result.outside_period == 1
    with store.session() as session:
        again = preview_survey(session, plan, " TSM  2025/26 ")
    assert (again.responses_created, again.already_imported) == (0, 6)
    assert again.survey_id == result.survey_id


def test_answers_not_understood_are_listed_by_row(tmp_path: Path) -> None:
    path = tsm.write(tmp_path)
    book = openpyxl.load_workbook(path)
    book.active.cell(3, 7).value = "Happy enough"  # row 3, the TP01 column
    book.save(path)
    plan = _plan(path)
    assert [(n.row, n.column[:12]) for n in plan.notes] == [(3, "Taking every")]
    assert "'Happy enough' is not an answer the measure counts" in plan.notes[0].message
    assert len(plan.responses) == 6  # kept as typed, not an error


def test_rows_to_fix_keep_the_row_and_name_the_problem(tmp_path: Path) -> None:
    path = tsm.write(tmp_path)
    book = openpyxl.load_workbook(path)
    book.active.cell(4, 3).value = "31/02/2025 10:00"  # completion time of row 4
    book.save(path)
    plan = _plan(path)
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Completion time")]
    fix = openpyxl.load_workbook(write_survey_error_rows(plan, tmp_path / "fix.xlsx")).active
    assert fix.max_row == 4 and fix.cell(3, fix.max_column).value == "Problem"
    assert fix.cell(4, fix.max_column).value.startswith("Completion time: ")


def test_cancelling_a_commit_leaves_the_database_as_it_was(store: Store, tmp_path: Path) -> None:
    plan = _plan(tsm.write(tmp_path))
    plan.responses = plan.responses * 400  # 2,400 returns: progress is asked every 2,000
    with pytest.raises(ImportCancelled):
        commit_survey(
            store,
            plan,
            survey_name="TSM",
            file_name="f",
            sha256="x",
            progress=lambda done, total: False,
        )
    assert _count(store) == 0


def test_the_preview_says_which_set_it_recognised_and_what_it_keeps_as_own(
    tmp_path: Path,
) -> None:
    from engagement_desktop.interchange.surveys.preview import recognition
    from tests.unit.test_measure_sets import CHARTER, write_sheet

    own = "Q14 How satisfied are you with the play areas near your home?"
    answers = [["Very satisfied", "Fairly satisfied", "Very satisfied"]]
    charter = write_sheet(tmp_path / "c.xlsx", [CHARTER["I1"], CHARTER["I7"], own], answers)
    table = read_table(charter)
    said, kept = recognition(plan_survey(table, guess_survey_mapping(table)))
    assert said == (
        "Recognised: Scottish Social Housing Charter indicators (2 of its 7 measures: I1, I7)."
    )
    assert kept == ["Q14"]
    table = read_table(charter)
    chosen = plan_survey(table, guess_survey_mapping(table), measure_set="tsm")
    said, kept = recognition(chosen)  # the officer chose England's set: both moved to own
    assert said.startswith("Read as the Tenant Satisfaction Measures; kept as the landlord")
    assert kept == [CHARTER["I1"][:39] + "…", "Overall, how satisfied or dissatisfied…", "Q14"]
    nothing = write_sheet(
        tmp_path / "n.xlsx", ["Tenancy reference", "Favourite colour"], [["", "Blue"]]
    )
    table = read_table(nothing)
    said, kept = recognition(plan_survey(table, guess_survey_mapping(table)))
    assert said.startswith("No question matches a regulator's measure set")
    assert kept == ["Favourite colour"]
