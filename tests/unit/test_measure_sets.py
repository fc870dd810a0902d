"""Measure sets as data: Scottish Charter and Welsh exports made outside the program,
imported and counted against an independent count; the landlord's own measures; files
that mix two sets or match none."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.services.surveys.custom_measures import add_custom_measure, catalogue
from engagement_desktop.services.surveys.measure_sets import shipped_sets
from engagement_desktop.services.surveys.results import satisfaction_results
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Survey

LANDLORD = "Glenburn Housing Association"
#: The Charter questions as the Scottish Housing Regulator words them, with the name inside.
CHARTER = {
    "I1": f"Taking everything into account, how satisfied or dissatisfied are you with the "
    f"overall service provided by {LANDLORD}?",
    "I2": f"How good or poor do you feel {LANDLORD} is at keeping you informed about their "
    "services and decisions?",
    "I5": "How satisfied or dissatisfied are you with the opportunities given to you to "
    f"participate in {LANDLORD}'s decision making processes?",
    "I7": "Overall, how satisfied or dissatisfied are you with the quality of your home?",
    "REPAIR": "Have you had any repairs carried out to your home in the last 12 months?",
    "I12": "Thinking about the LAST time you had repairs carried out, how satisfied or "
    f"dissatisfied were you with the repairs service provided by {LANDLORD}?",
    "I13": f"Overall, how satisfied or dissatisfied are you with {LANDLORD}'s contribution "
    "to the management of the neighbourhood you live in?",
    "I25": f"Taking into account the accommodation and the services {LANDLORD} provides, do "
    "you think the rent for your property represents good or poor value for money?",
}
SATISFIED = ["Very satisfied", "Fairly satisfied", "Neither satisfied nor dissatisfied",
             "Fairly dissatisfied", "Very dissatisfied", "No opinion", None]  # fmt: skip
GOOD = ["Very good", "Fairly good", "Neither good nor poor", "Fairly poor", "Very poor",
        "No opinion", None]  # fmt: skip
VALUE = ["Very good value", "Fairly good value", "Neither good nor poor value",
         "Fairly poor value", "Very poor value", "Don't know", None]  # fmt: skip
ANSWERS = {"I2": GOOD, "I25": VALUE, "REPAIR": ["Yes", "No", None]}


def write_sheet(path: Path, headings: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def charter_export(tmp_path: Path, count: int = 60) -> tuple[Path, list[dict[str, object]]]:
    """An export as a contractor sends it: reference, date, the Charter questions."""
    chance = random.Random(7)
    returns = []
    for number in range(count):
        answers = {code: chance.choice(ANSWERS.get(code, SATISFIED)) for code in CHARTER}
        returns.append({"ref": f"GB{number:05d}", **answers})
    headings = ["Tenancy reference", *CHARTER.values()]
    rows = [[r["ref"], *(r[c] for c in CHARTER)] for r in returns]
    return write_sheet(tmp_path / "charter.xlsx", headings, rows), returns


def imported(store: Store, path: Path, name: str, **kw: object):
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True, **kw)
    commit_survey(store, plan, survey_name=name, file_name=path.name, sha256="x")
    return plan


def test_scottish_charter_export_is_counted_as_the_regulator_counts(
    store: Store, tmp_path: Path
) -> None:
    path, returns = charter_export(tmp_path)
    plan = imported(store, path, "Charter survey 2025")
    assert plan.measure_set == "scotland_charter"
    assert plan.measure_codes == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]
    with store.session() as session:
        results = satisfaction_results(session, "Charter survey 2025")
        stored = session.scalar(
            select(Survey.measure_set).where(Survey.name == "Charter survey 2025")
        )
    assert stored == "scotland_charter" and results.measure_set.id == "scotland_charter"
    assert list(results.measures) == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]
    positive = {"Very satisfied", "Fairly satisfied", "Very good", "Fairly good",
                "Very good value", "Fairly good value"}  # fmt: skip
    for code in ("I1", "I2", "I5", "I7", "I12", "I13", "I25"):
        counted = [
            r for r in returns if code != "I12" or r["REPAIR"] == "Yes"
        ]  # I12: only those who had repairs in the last 12 months
        scale = ANSWERS.get(code, SATISFIED)[:5]
        base = sum(1 for r in counted if r[code] in scale)
        satisfied = sum(1 for r in counted if r[code] in positive)
        got = results.measures[code]
        assert (got.satisfied, got.base) == (satisfied, base), code
        assert got.percent == round(100 * satisfied / base, 1)
    assert results.as_dict()["measures"]["I1"]["base"] == results.measures["I1"].base
    assert "Scottish Housing Regulator" in results.measure_set.citation()


def test_welsh_export_is_read_as_the_welsh_measures(store: Store, tmp_path: Path) -> None:
    wales = shipped_sets()["wales"]
    codes = ["W01", "W02", "W03", "W09", "W10"]
    headings = [wales.measures[c].question.replace("[landlord]", "Cartrefi Bryn") for c in codes]
    rows = [
        ["Very satisfied", "Fairly satisfied", "Very dissatisfied", "Don't know", "Agree"],
        ["Fairly satisfied", "Neither", "Fairly satisfied", "Very satisfied", "Disagree"],
        ["Very dissatisfied", "Very satisfied", None, "Fairly dissatisfied", "Strongly agree"],
    ]
    plan = imported(store, write_sheet(tmp_path / "w.xlsx", headings, rows), "STAR 2025")
    assert plan.measure_set == "wales" and plan.measure_codes == codes
    with store.session() as session:
        results = satisfaction_results(session, "STAR 2025").measures
    assert (results["W01"].satisfied, results["W01"].base) == (2, 3)
    assert (results["W03"].satisfied, results["W03"].base) == (1, 2)  # a blank is no answer
    assert (results["W09"].satisfied, results["W09"].base) == (1, 2)  # don't know left out
    assert (results["W10"].satisfied, results["W10"].base) == (2, 3)  # agreement scale


def test_a_file_mixing_two_sets_is_refused_with_both_named(store: Store, tmp_path: Path) -> None:
    headings = [
        CHARTER["I2"],
        "How satisfied or dissatisfied are you that your landlord keeps you informed about "
        "things that matter to you?",  # England's TP07
    ]
    path = write_sheet(tmp_path / "mixed.xlsx", headings, [["Very good", "Very satisfied"]])
    table = read_table(path)
    with pytest.raises(EngagementError) as refused:
        plan_survey(table, guess_survey_mapping(table))
    message = str(refused.value)
    assert "Scottish Social Housing Charter" in message and "Tenant Satisfaction" in message
    assert "I2" in message and "TP07" in message and "nothing was imported" in message
    with store.session() as session:
        assert session.scalar(select(Survey.id)) is None
    chosen = plan_survey(table, guess_survey_mapping(table), measure_set="scotland_charter")
    assert chosen.measure_codes == ["I2"] and "kept as the landlord's own" in chosen.set_note


def test_a_file_matching_no_set_is_the_landlords_own_with_a_note(
    store: Store, tmp_path: Path
) -> None:
    headings = ["Would you recommend us to a friend?", "Any other comments?"]
    path = write_sheet(tmp_path / "own.xlsx", headings, [["Yes", "Lovely"], ["No", "Slow"]])
    plan = imported(store, path, "Pulse survey")
    assert plan.measure_set == "own" and "landlord's own questions" in plan.set_note
    with store.session() as session:
        assert satisfaction_results(session, "Pulse survey").measures == {}


def test_the_landlords_own_measure_is_counted_and_one_with_no_positive_answer_refused(
    store: Store, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        add_custom_measure(store, "own", "Recommend", "Would you recommend us?", "yes_no", [])
    assert "at least one answer" in str(refused.value)
    with store.session() as session:
        assert list(catalogue(session)["own"].measures) == []  # nothing saved
    added = add_custom_measure(
        store, "own", "Would recommend", "Would you recommend us to a friend?", "yes_no", ["yes"]
    )
    assert added.code == "L1"
    headings = ["Would you recommend us to a friend?", "Any other comments?"]
    rows = [["Yes", "x"], ["yes", None], ["No", "y"], ["Not sure", None]]
    imported(store, write_sheet(tmp_path / "own.xlsx", headings, rows), "Pulse survey")
    with store.session() as session:
        result = satisfaction_results(session, "Pulse survey")
    assert result.measure_set.names == {"L1": "Would recommend"}
    mine = result.measures["L1"]
    assert (mine.satisfied, mine.base, mine.percent) == (2, 3, 66.7)


def test_answers_outside_the_measures_scale_are_listed_by_row_and_column(
    tmp_path: Path,
) -> None:
    path = write_sheet(
        tmp_path / "odd.xlsx",
        [CHARTER["I2"], CHARTER["I7"]],
        [["Very good", "Very satisfied"], ["Very satisfied", "Fairly good"]],
    )
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table))
    assert [(n.row, n.column) for n in plan.notes] == [(3, CHARTER["I2"]), (3, CHARTER["I7"])]
    assert "not an answer on this measure's scale" in plan.notes[0].message
