"""Welsh and Scottish survey exports as landlords' contractors send them, made here with
openpyxl, imported and reported at the command line (``import survey``, then
``report satisfaction --json``) and checked against a count made in the test.

Wales: no Welsh Government wording could be found (see resources/measures/wales.toml), so
the questions are worded as Welsh landlords publish their STAR survey, the landlord's name
inside. Scotland: the Charter questions with the landlord's name, a "no opinion" answer
(left out of the base) and indicator 12 counted only for tenants who had repairs in the
last 12 months.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import openpyxl

from tests.acceptance.test_cli import digest, run

WELSH_LANDLORD = "Cartrefi Bryn"
#: W codes are the program's own numbering (the Welsh Government numbers none).
WELSH = {
    "W01": f"Taking everything into account, how satisfied or dissatisfied are you with the "
    f"service provided by {WELSH_LANDLORD}?",
    "W02": "How satisfied or dissatisfied are you with the overall quality of your home?",
    "W03": "How satisfied or dissatisfied are you with your neighbourhood as a place to live?",
    "W04": "How satisfied or dissatisfied are you that your rent provides value for money?",
    "W06": f"Generally, how satisfied or dissatisfied are you with the way {WELSH_LANDLORD} "
    "deals with repairs and maintenance?",
    # The variant a Welsh council's STAR results print ("listened and took their views
    # into account") as well as STAR's "listens to your views and acts upon them".
    "W07": f"How satisfied or dissatisfied are you that {WELSH_LANDLORD} listened and took "
    "your views into account?",
}
SATISFACTION = ["Very satisfied", "Fairly satisfied", "Neither satisfied nor dissatisfied",
                "Fairly dissatisfied", "Very dissatisfied"]  # fmt: skip
POSITIVE = {"Very satisfied", "Fairly satisfied", "Very good", "Fairly good",
            "Very good value", "Fairly good value"}  # fmt: skip

SCOTTISH_LANDLORD = "Glenburn Housing Association"
CHARTER = {
    "REPAIR": "Have you had any repairs carried out to your home in the last 12 months?",
    "I1": f"SSHC 1 - Taking everything into account, how satisfied or dissatisfied are you "
    f"with the overall service provided by {SCOTTISH_LANDLORD}?",
    "I2": f"How good or poor do you feel {SCOTTISH_LANDLORD} is at keeping you informed "
    "about their services and decisions?",
    "I5": "How satisfied or dissatisfied are you with the opportunities given to you to "
    f"participate in {SCOTTISH_LANDLORD}'s decision making processes?",
    "I7": "Overall, how satisfied or dissatisfied are you with the quality of your home?",
    "I12": "Thinking about the LAST time you had repairs carried out, how satisfied or "
    f"dissatisfied were you with the repairs service provided by {SCOTTISH_LANDLORD}?",
    "I13": f"Overall, how satisfied or dissatisfied are you with {SCOTTISH_LANDLORD}'s "
    "contribution to the management of the neighbourhood you live in?",
    "I25": f"Taking into account the accommodation and the services {SCOTTISH_LANDLORD} "
    "provides, do you think the rent for your property represents good or poor value "
    "for money?",
}
SCALES = {
    "I2": ["Very good", "Fairly good", "Neither good nor poor", "Fairly poor", "Very poor"],
    "I25": [
        f"{word} value"
        for word in (
            "Very good",
            "Fairly good",
            "Neither good nor poor",
            "Fairly poor",
            "Very poor",
        )
    ],
}


def export(path: Path, questions: dict[str, str], returns: list[dict[str, object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Completed", *questions.values()])
    for number, answers in enumerate(returns):
        sheet.append([f"2026-0{1 + number % 3}-1{number % 10}", *answers.values()])
    book.save(path)
    return path


def import_and_report(db: str, path: Path, survey: str) -> tuple[dict, dict]:
    imported = run("--db", db, "import", "survey", str(path), "--survey", survey, "--json")
    assert imported.returncode == 0, imported.stderr
    report = run("--db", db, "report", "satisfaction", "--survey", survey, "--json")
    assert report.returncode == 0, report.stderr
    return json.loads(imported.stdout), json.loads(report.stdout)


def counted(returns: list[dict[str, object]], code: str, scale: list[str]) -> dict:
    base = [r[code] for r in returns if r[code] in scale]
    satisfied = sum(1 for answer in base if answer in POSITIVE)
    return {"satisfied": satisfied, "base": len(base)}


def test_a_welsh_star_export_is_the_welsh_set_counted_without_dont_know_or_blanks(
    tmp_path: Path, db_target: str
) -> None:
    chance = random.Random(23)
    choices = [*SATISFACTION, "Don't know", None]
    returns = [{code: chance.choice(choices) for code in WELSH} for _ in range(40)]
    returns[0]["W01"], returns[1]["W01"] = "Don't know", None  # surely one of each
    imported, report = import_and_report(
        db_target, export(tmp_path / "star.xlsx", WELSH, returns), "STAR survey 2026"
    )
    assert imported["measure_set"] == "wales"
    assert imported["questions_recognised"] == list(WELSH)
    assert report["measure_set"] == "wales" and report["respondents"] == 40
    for code in WELSH:
        expected = counted(returns, code, SATISFACTION)
        got = report["measures"][code]
        assert {k: got[k] for k in expected} == expected, code
        assert got["percent"] == round(100 * expected["satisfied"] / expected["base"], 1)
    assert report["measures"]["W01"]["base"] <= 38  # the don't know and the blank are out


def test_a_scottish_charter_export_leaves_no_opinion_out_and_counts_repairs_only_for_those_who_had_them(  # noqa: E501
    tmp_path: Path, db_target: str
) -> None:
    chance = random.Random(5)
    returns = []
    for _ in range(60):
        answers: dict[str, object] = {"REPAIR": chance.choice(["Yes", "No", None])}
        for code in CHARTER:
            if code != "REPAIR":
                scale = SCALES.get(code, SATISFACTION)
                answers[code] = chance.choice([*scale, "No opinion", "Don't know", None])
        returns.append(answers)
    # Someone who had no repairs but answered the repairs question all the same.
    returns[0]["REPAIR"], returns[0]["I12"] = "No", "Very satisfied"
    imported, report = import_and_report(
        db_target, export(tmp_path / "arc.xlsx", CHARTER, returns), "Charter survey 2026"
    )
    assert imported["measure_set"] == "scotland_charter"
    assert report["measure_set"] == "scotland_charter"
    assert list(report["measures"]) == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]
    for code in report["measures"]:
        asked = [r for r in returns if code != "I12" or r["REPAIR"] == "Yes"]
        expected = counted(asked, code, SCALES.get(code, SATISFACTION))
        got = report["measures"][code]
        assert {k: got[k] for k in expected} == expected, code
    everyone = counted(returns, "I12", SATISFACTION)
    assert report["measures"]["I12"]["base"] < everyone["base"]  # the filter bites
    with_no_opinion = sum(1 for r in returns if r["I7"] in [*SATISFACTION, "No opinion"])
    assert report["measures"]["I7"]["base"] < with_no_opinion


def test_a_welsh_rent_question_is_not_the_charters_and_a_charter_answer_is_flagged(
    tmp_path: Path, db_target: str
) -> None:
    """STAR's "satisfied that your rent provides value for money" is Wales's W04, not
    the Charter's indicator 25 (good or poor value): a landlord whose setting is still
    England's gets the Welsh set, and the Charter's answer on it is named."""
    returns = [{"W01": "Very satisfied", "W04": "Very good value"}]  # a Scottish answer
    questions = {code: WELSH[code] for code in ("W01", "W04")}
    path = export(tmp_path / "odd.xlsx", questions, returns)
    good = export(tmp_path / "good.xlsx", questions, [{"W01": "Very satisfied", "W04": None}])
    import_and_report(db_target, good, "STAR survey 2025")
    before = digest(db_target)
    tried = run("--db", db_target, "import", "survey", str(path), "--survey", "S", "--dry-run",
                "--json")  # fmt: skip
    assert tried.returncode == 0, tried.stderr
    found = json.loads(tried.stdout)
    assert found["measure_set"] == "wales"
    assert found["unrecognised_answers"] == [
        {"column": WELSH["W04"], "value": "Very good value", "rows": 1, "row_numbers": [2]}
    ]
    # Said in words too, with the row to look at.
    said = run("--db", db_target, "import", "survey", str(path), "--survey", "S", "--dry-run")
    assert "'Very good value' (1 row: 2)" in said.stdout, said.stdout
    assert digest(db_target) == before
