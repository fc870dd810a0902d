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
from engagement_desktop.services.surveys.measure_sets import (
    OWN,
    MeasureSet,
    measure_set,
    shipped_sets,
)
from engagement_desktop.services.surveys.wording import ANSWER_SCALES, understand

NOT_UNDERSTOOD = "is not an answer the measure counts; kept as typed, left out of the results"
OUTSIDE_SCALE = "is not an answer on this measure's scale; kept as typed, left out of the results"
NO_SET = (
    "No question matches a regulator's measure set: the survey is imported as the "
    "landlord's own questions (add measures of your own on the Surveys page to count them)."
)


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
    #: The same answers' rows: heading -> value -> row numbers (for --json and the CLI).
    unrecognised_rows: dict[str, dict[str, list[int]]] = field(default_factory=dict)
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
    #: The measure set the questions are read against (services/surveys/measure_sets.py).
    measures: MeasureSet = field(default_factory=lambda: measure_set("tsm"))
    #: A sentence about the set for the preview and the CLI (e.g. no set matched).
    set_note: str = ""

    @property
    def measure_set(self) -> str:
        return self.measures.id

    @property
    def measure_codes(self) -> list[str]:
        """The set's measures the file asks, in the set's order."""
        asked = {
            f.split(":", 1)[1] for f in self.mapping.values() if f and f.startswith("question:")
        }
        return [code for code in self.measures.measures if code in asked]

    @property
    def tsm_codes(self) -> list[str]:
        """The name used before sets were data."""
        return self.measure_codes


def choose_set(
    mapping: dict[str, str | None],
    sets: Mapping[str, MeasureSet],
    chosen: str | None = None,
    prefer: str | None = None,
) -> tuple[MeasureSet, str]:
    """The set the mapped codes belong to, and a note. With ``chosen`` the officer has
    said which set: another set's codes become the landlord's own questions. Without,
    codes from two sets are refused with one sentence naming both."""
    coded = {h: t.split(":", 1)[1] for h, t in mapping.items() if t and t.startswith("question:")}
    if chosen is not None:
        one = measure_set(chosen, sets)
        moved = [h for h, code in coded.items() if code not in one.codes]
        for heading in moved:
            mapping[heading] = QUESTION
        note = (
            f"Read as the {one.name}; kept as the landlord's own questions: {', '.join(moved)}"
            if moved
            else f"Read as the {one.name}."
        )
        return one, note
    asked = {code for code in coded.values() if not any(code in s.filters for s in sets.values())}
    if not coded:
        return measure_set(OWN, sets), NO_SET
    fits = [s for s in sets.values() if asked <= s.codes and set(coded.values()) <= s.codes]
    if fits:
        fits.sort(key=lambda s: s.id != prefer)
        return fits[0], f"The questions are worded as the {fits[0].name}."
    owners = {
        s.name: sorted(c for c in asked if c in s.measures)
        for s in sets.values()
        if asked & set(s.measures)
    }
    parts = [f"{name} ({', '.join(codes)})" for name, codes in owners.items()]
    raise EngagementError(
        "This file mixes questions from more than one measure set: "
        + " and ".join(parts)
        + ". Say which set the survey reports (--measure-set, or the Rules page), or "
        "split the file into one survey per set; nothing was imported."
    )


@bulk
def plan_survey(
    table: Table,
    mapping: Mapping[str, str | None],
    answer_scale: str | None = None,
    *,
    keep_unknown_references: bool = False,
    measure_set: str | None = None,
    sets: Mapping[str, MeasureSet] | None = None,
    prefer: str | None = None,
) -> SurveyPlan:
    """Read every row into a response (respondent details and answers). Writes nothing.
    ``answer_scale`` says how numbered answers read (``tsm.ANSWER_SCALES``), when the
    file gives numbers rather than words; ``keep_unknown_references`` see ``SurveyPlan``;
    ``measure_set`` the set the officer chose (else the mapped codes say, ``prefer``
    breaking a tie); ``sets`` the sets with the landlord's own measures."""
    sets = sets or shipped_sets()
    mapping = {h: mapping.get(h) for h in table.headings}
    check_survey_mapping(mapping, table, sets)
    measures, set_note = choose_set(mapping, sets, measure_set, prefer)
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
        measures=measures,
        set_note=set_note,
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
    """Answers to a set's question that are not answers it counts (not understood, or
    outside the measure's scale and not a "don't know"): each distinct text is looked at
    once, and only when one is odd are its rows listed by row and column."""
    scale = plan.answer_scale
    kind = plan.measures.scale_of(code)
    measure = plan.measures.measures.get(code)
    allowed = set(measure.scale.answers) | plan.measures.excluded if measure else None
    read = {t: understand(t, kind, scale) for t in set(column) if t is not None}
    odd = {t for t, c in read.items() if c is None or (allowed is not None and c not in allowed)}
    if not odd:
        return
    counts = plan.unrecognised.setdefault(heading, {})
    rows = plan.unrecognised_rows.setdefault(heading, {})
    for number, text in zip(plan.table.row_numbers, column, strict=True):
        if text in odd:
            counts[text] = counts.get(text, 0) + 1
            rows.setdefault(text, []).append(number)
            why = (
                NUMBERED
                if scale is None and text.isdigit()
                else NOT_UNDERSTOOD
                if read[text] is None
                else OUTSIDE_SCALE
            )
            plan.notes.append(RowProblem(number, heading, f"'{text}' {why}"))
