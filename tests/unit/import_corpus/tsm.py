"""A Microsoft Forms style TSM export, small enough to check by hand."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl

LANDLORD = "Fenland Vale Homes"
QUESTIONS = {
    "TP01": f"Taking everything into account, how satisfied or dissatisfied are you with the "
    f"service provided by {LANDLORD}?",
    "REPAIR": f"Has {LANDLORD} carried out a repair to your home in the last 12 months?",
    "TP02": f"How satisfied or dissatisfied are you with the overall repairs service from "
    f"{LANDLORD} over the last 12 months?",
    "TP08": f"To what extent do you agree or disagree with the following '{LANDLORD} treats me "
    "fairly and with respect'?",
    "FREE": "Is there anything else you would like to tell us?",
}
HEADINGS = [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Tenancy reference",
    *QUESTIONS.values(),
]


def rows() -> list[list[object]]:
    """Six returns: Zoë answers twice (her later answer counts), one is anonymous."""
    return [
        [
            1,
            "01/06/2025 09:00",
            "01/06/2025 09:05",
            "zoe@example.org",
            "Zoë O'Neill",
            "T0001",
            "Very dissatisfied",
            "Yes",
            "Very dissatisfied",
            "Disagree",
            "First go",
        ],
        [
            2,
            "02/06/2025 10:00",
            "02/06/2025 10:06",
            "",
            "Łukasz Nowak",
            "t0002 ",
            "Fairly satisifed",
            "No",
            "Very satisfied",
            " Strongly  agree",
            '=HYPERLINK("x")',
        ],
        [
            3,
            "03/06/2025 11:00",
            datetime(2025, 6, 3, 11, 7),
            "",
            "",
            "",
            "Don’t know",
            "Yes",
            "Fairly dissatisfied",
            "Agree",
            "",
        ],
        [
            4,
            "04/06/2025 12:00",
            "04/06/2025 12:09",
            "siobhan@example.org",
            "Siobhán Ní Bhriain",
            "T0003",
            "VERY SATISFIED",
            "Yes",
            "Fairly satisfied",
            "Neither agree nor disagree",
            "+44 is my number",
        ],
        [
            5,
            "05/06/2025 13:00",
            "05/06/2025 13:03",
            "",
            "Ann Lee",
            "T0004",
            "Neither satisfied nor dissatisfied",
            "yes",
            "Not applicable",
            "Agree",
            "",
        ],
        [
            6,
            "20/07/2025 14:00",
            "20/07/2025 14:08",
            "zoe@example.org",
            "Zoë O'Neill",
            "T0001",
            "Fairly satisfied",
            "Yes",
            "Very satisfied",
            "Strongly agree",
            "Second go",
        ],
    ]


def write(folder: Path, name: str = "tsm.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Form1"
    sheet.append(HEADINGS)
    for row in rows():
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text, as Forms exports it, not a formula
    path = folder / name
    book.save(path)
    return path


def write_two_heading_rows(folder: Path, name: str = "monkey.xlsx") -> Path:
    """A SurveyMonkey-style export: a second heading row says "Response" under each
    single-answer question and names each option of a tick-all-that-apply question
    (whose heading cell is merged across its options)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            "Respondent ID",
            "End Date",
            "Email Address",
            QUESTIONS["TP01"],
            "Which of our services have you used this year?",
            None,
            None,
            "Is there anything else you would like to tell us?",
        ]
    )
    sheet.merge_cells(start_row=1, start_column=5, end_row=1, end_column=7)
    labels = ["Response", "Repairs", "Caretaking", "Other (please specify)", "Open-Ended Response"]
    sheet.append([None, None, None, *labels])
    sheet.append(
        [
            11,
            "03/02/2025 10:05",
            "a@example.org",
            "Very satisfied",
            "Repairs",
            None,
            None,
            "Quicker repairs",
        ]
    )
    sheet.append(
        [12, "04/02/2025 11:05", None, "Fairly dissatisfied", None, "Caretaking", "Garden", None]
    )
    path = folder / name
    book.save(path)
    return path


def write_numbered(folder: Path, name: str = "coded.xlsx") -> Path:
    """A contractor's coded data: answers as numbers in the questionnaire's order
    (1 = very satisfied / strongly agree; 1 = yes, 2 = no; 9 = don't know)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(
        ["Tenancy Ref", "Interview Date", "TP01", "Repair in last 12 months", "TP02", "TP08"]
    )
    for row in (
        ["T0001", datetime(2025, 9, 1), 1, 1, 2, 1],  # very satisfied; repair; fairly; agree+
        ["T0002", datetime(2025, 9, 2), 5, 2, 1, 4],  # very dissatisfied; no repair
        ["T0003", datetime(2025, 9, 3), 2, 1, 9, 2],  # fairly; repair, don't know
        ["T0004", datetime(2025, 9, 4), 9, 1, 4, 7],  # don't know; 7 is no answer at all
    ):
        sheet.append(row)
    path = folder / name
    book.save(path)
    return path


def import_routed(store: Any, name: str = "Routed 2025/26") -> None:
    """A survey routed in the survey tool: TP02 asked only of those who had a repair, so
    the file has no REPAIR column (one return left TP02 blank: not asked)."""
    from engagement_desktop.interchange.reading.readers import Table
    from engagement_desktop.interchange.surveys.commit import commit_survey
    from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
    from engagement_desktop.interchange.surveys.plan import plan_survey

    table = Table(
        "routed.csv",
        "routed",
        ["routed"],
        1,
        ["Email", QUESTIONS["TP01"], QUESTIONS["TP02"]],
        [
            ["a@example.org", "Very satisfied", "Fairly satisfied"],
            ["b@example.org", "Fairly dissatisfied", None],  # not asked: had no repair
            ["c@example.org", "Fairly satisfied", "Very dissatisfied"],
        ],
        [2, 3, 4],
    )
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    commit_survey(store, plan, survey_name=name, file_name="routed.csv", sha256="r")
