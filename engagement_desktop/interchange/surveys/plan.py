"""Planning a survey import: every row read into a response, nothing written.

Answers are kept exactly as typed, all of a return's answers on its response (what
each counts as is worked out when results are read). Answers a TSM question does not
count, and numbers when the file's numbering is not known, are noted by row so the
preview can show them and a mapping can be corrected; rows with no answer at all are
left out; rows whose respondent details are wrong are problems.

Speed: a 20,000 x 30 return is read a column at a time; the figures are in
tests/benchmarks/imports_bench.py.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.interchange.people.rows import RowProblem
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.reading.values import column_text
from engagement_desktop.interchange.surveys.columns import (
    control_character_problems,
    personal_columns,
    refuse_contact_list,
)
from engagement_desktop.interchange.surveys.mapping import (
    QUESTION,
    RESPONDENT_FIELDS,
    check_survey_mapping,
)
from engagement_desktop.interchange.surveys.respondents import read_respondents
from engagement_desktop.services.surveys.tsm import ANSWER_SCALES, MEASURES, understand

NOT_UNDERSTOOD = "is not an answer the measure counts; kept as typed, left out of the results"


NUMBERED = (
    "is a number: if the file's answers are numbered, say how (Rules: Answers are; "
    "--numbered-answers); kept as typed, left out of the results for now"
)


UNANSWERED = "no question is answered in this row: left out"


UNKNOWN_REFERENCE = (
    "is not a reference on file: correct it, or leave it blank for an anonymous return; left out"
)


@dataclass
class SurveyPlan:
    table: Table
    mapping: dict[str, str | None]
    responses: list[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    unrecognised: dict[str, dict[str, int]] = field(default_factory=dict)  # heading -> value
    #: Answers to TSM questions that were not understood, by row: imported as typed but
    #: left out of the results (the preview lists them so a mapping can be corrected).
    notes: list[RowProblem] = field(default_factory=list)
    #: Rows with no answer at all (a return started and abandoned, a "Total" line).
    unanswered: list[RowProblem] = field(default_factory=list)
    #: How numbered answers read (``tsm.ANSWER_SCALES``); None when answers are words.
    answer_scale: str | None = None
    #: The question columns, in the order each response's ``answers`` holds them.
    question_columns: list[int] = field(default_factory=list)
    #: Columns left out as personal details (address, phone ...), never kept as answers.
    personal_details: list[str] = field(default_factory=list)
    #: Keep a return whose reference is no one's on file (linked to no one) rather than
    #: leave it out as a problem row: for a register that holds only involved customers.
    keep_unknown_references: bool = False

    @property
    def tsm_codes(self) -> list[str]:
        return sorted(
            {f.split(":", 1)[1] for f in self.mapping.values() if f and f.startswith("question:")}
            & set(MEASURES)
        )


@bulk
def plan_survey(
    table: Table,
    mapping: Mapping[str, str | None],
    answer_scale: str | None = None,
    *,
    keep_unknown_references: bool = False,
) -> SurveyPlan:
    """Read every row into a response (respondent details and answers). Writes nothing.
    ``answer_scale`` says how numbered answers read (``tsm.ANSWER_SCALES``), when the
    file gives numbers rather than words; ``keep_unknown_references`` see ``SurveyPlan``."""
    mapping = {h: mapping.get(h) for h in table.headings}
    check_survey_mapping(mapping, table)
    if answer_scale is not None and answer_scale not in ANSWER_SCALES:
        raise ValidationError({"answer_scale": f"is one of {', '.join(ANSWER_SCALES)}"})
    personal = personal_columns(table.headings, mapping)
    mapping = {h: None if h in personal else target for h, target in mapping.items()}
    plan = SurveyPlan(
        table,
        dict(mapping),
        answer_scale=answer_scale,
        personal_details=personal,
        keep_unknown_references=keep_unknown_references,
    )
    columns = list(enumerate(table.headings))
    targets = {h: target for h, target in mapping.items() if target}
    who = {targets[h]: i for i, h in columns if targets.get(h) in RESPONDENT_FIELDS}
    questions = [(i, h, targets[h]) for i, h in columns if targets.get(h, "").startswith(QUESTION)]
    refuse_contact_list(table.file_name, [h for _, h, _ in questions], personal)
    if not questions:
        raise EngagementError("No column is a question: nothing to import.")
    # Answers are gathered a column at a time with C-level map/zip: 600,000 cells
    # one by one in Python would be most of the import's time.
    plan.question_columns = [index for index, _, _ in questions]
    by_column = list(zip(*table.rows, strict=True))  # the sheet turned on its side
    texts = [column_text(by_column[index]) for index in plan.question_columns]
    for (_, heading, target), column in zip(questions, texts, strict=True):
        if target != QUESTION:
            _note_unrecognised(plan, heading, target.split(":", 1)[1], column)
    plan.notes.sort(key=lambda note: note.row)
    people, failed = read_respondents(table, by_column, who)
    for index in sorted({*who.values(), *plan.question_columns}):
        hidden = control_character_problems(
            by_column[index], table.headings[index], table.row_numbers
        )
        for position, problem in hidden.items():
            failed.setdefault(position, []).append(problem)
    by_row = zip(*texts, strict=True)
    for position, (number, answers) in enumerate(zip(table.row_numbers, by_row, strict=True)):
        if position in failed:
            plan.problems += failed[position]
        elif any(answers):
            plan.responses.append({"row": number, "who": people[position], "answers": answers})
        else:
            plan.unanswered.append(RowProblem(number, "", UNANSWERED))
    return plan


def check_references(plan: SurveyPlan, on_file: Collection[str]) -> None:
    """Returns whose reference is given but is no one's on file (``on_file``) become
    problems (row and column), not anonymous returns: a mistyped T1234567 would otherwise
    lose its tenant silently. A blank reference stays anonymous. Run by the preview and
    again inside the commit's transaction, which decides from what it reads there.
    Nothing changes when the plan keeps unknown references."""
    heading = next((h for h, target in plan.mapping.items() if target == "reference"), None)
    if heading is None or not plan.responses or plan.keep_unknown_references:
        return
    kept = []
    for response in plan.responses:
        reference = response["who"].get("reference")
        if reference and reference not in on_file:
            plan.problems.append(RowProblem(response["row"], heading, UNKNOWN_REFERENCE))
        else:
            kept.append(response)
    if len(kept) < len(plan.responses):
        plan.responses = kept
        plan.problems.sort(key=lambda problem: problem.row)


def _note_unrecognised(
    plan: SurveyPlan, heading: str, code: str, column: Sequence[str | None]
) -> None:
    """Answers to a TSM question that are not answers it counts: each distinct text is
    looked at once, and only when one is odd are its rows listed."""
    scale = plan.answer_scale
    odd = {t for t in set(column) if t is not None and understand(t, code, scale) is None}
    if not odd:
        return
    counts = plan.unrecognised.setdefault(heading, {})
    for number, text in zip(plan.table.row_numbers, column, strict=True):
        if text in odd:
            counts[text] = counts.get(text, 0) + 1
            why = NUMBERED if scale is None and text.isdigit() else NOT_UNDERSTOOD
            plan.notes.append(RowProblem(number, heading, f"'{text}' {why}"))
