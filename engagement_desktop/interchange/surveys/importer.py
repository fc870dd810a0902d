"""Importing survey returns (Microsoft Forms, SmartSurvey, Google Forms, a contractor's
file, paper returns typed into Excel) and linking them to people where possible.

Columns are either about the respondent (reference, email, name, postcode,
completion time) or questions. TSM questions and their filter questions are
recognised from their wording. Answers are kept exactly as typed, all of a
return's answers on its response (what each counts as is worked out when
results are read). Each response has a source key made from its content, so
importing the same file again adds nothing.

Speed: a 20,000 x 30 return is read a column at a time and written as 20,000
rows in one executemany; the figures are in tests/benchmarks/imports_bench.py.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select

from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.interchange.imports.undo import batch_to_undo
from engagement_desktop.interchange.people.importer import ImportCancelled
from engagement_desktop.interchange.people.matching import PeopleIndex
from engagement_desktop.interchange.people.rows import RowProblem, split_name
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.reading.mapping import heading_key
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.reading.values import cell_text, parse_datetime
from engagement_desktop.interchange.surveys.columns import (
    control_character_problems,
    is_personal,
    personal_columns,
    refuse_contact_list,
)
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.validation import normalise_postcode, normalise_reference
from engagement_desktop.services.surveys.tsm import (
    ANSWER_SCALES,
    MEASURES,
    recognise_question,
    understand,
)
from engagement_desktop.store import vocab
from engagement_desktop.store.base import new_uuid, utcnow
from engagement_desktop.store.engine import Store, on_sqlite
from engagement_desktop.store.models import (
    ImportBatch,
    Outcome,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)

RESPONDENT_FIELDS: dict[str, str] = {
    "reference": "Tenancy / account reference",
    "email": "Email",
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "postcode": "Postcode",
    "completed_at": "Completion time",
}
_RESPONDENT_WORDS = {
    "reference": (
        "tenancyref",
        "tenancyreference",
        "reference",
        "ref",
        "accountno",
        "accountnumber",
        "paymentref",
        "customerref",
        "tenantref",
    ),
    "email": ("email", "emailaddress", "respondentemail"),
    "first_name": ("firstname", "forename"),
    "last_name": ("lastname", "surname"),
    "full_name": ("name", "fullname", "respondentname", "yourname"),
    "postcode": ("postcode", "yourpostcode"),
    "completed_at": (
        "completiontime",
        "completedat",
        "completed",
        "endtime",
        "submitted",
        "submittedat",
        "timestamp",
        "datecompleted",
        "enddate",
        "responsedate",
        "dateofresponse",
        "datesubmitted",
        "interviewdate",
        "ended",  # SmartSurvey
        "finished",
        "recordeddate",  # Qualtrics
        "datereceived",  # paper returns typed in
        "received",
        "datereturned",
    ),
}
#: Longer headings that still name a respondent column ("What is your tenancy
#: reference number?", "Your tenancy reference (if you know it)").
_RESPONDENT_PARTS = {
    "reference": ("tenancyref", "tenancynumber", "accountnumber", "paymentref", "tenantref"),
    "email": ("emailaddress",),
}
_SKIP_WORDS = (
    "id",
    "respondentid",
    "responseid",
    "starttime",
    "startdate",
    "ipaddress",
    "lastmodifiedtime",
    "collectorid",
    "status",
    "userno",  # SmartSurvey
    "userid",
    "started",
    "useragent",
)
QUESTION = "question"
NOT_UNDERSTOOD = "is not an answer the measure counts; kept as typed, left out of the results"
NUMBERED = (
    "is a number: if the file's answers are numbered, say how (Rules: Answers are; "
    "--numbered-answers); kept as typed, left out of the results for now"
)
UNANSWERED = "no question is answered in this row: left out"
Progress = Callable[[int, int], bool | None]
#: One encoder for every response (``json.dumps`` with options builds one per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def guess_survey_mapping(table: Table) -> dict[str, str | None]:
    """heading -> respondent field, "question", "question:TP01" ..., or None (skip)."""
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    for index, heading in enumerate(table.headings):
        key = heading_key(heading)
        field_name = next((f for f, words in _RESPONDENT_WORDS.items() if key in words), None)
        field_name = field_name or next(
            (f for f, parts in _RESPONDENT_PARTS.items() if any(p in key for p in parts)), None
        )
        if field_name and field_name not in used:
            mapping[heading] = field_name
            used.add(field_name)
        elif key in _SKIP_WORDS or not table.column(index, 1) or is_personal(heading):
            mapping[heading] = None  # a personal detail is never a question
        else:
            code = recognise_question(heading)
            if code in used:  # the first column asking it keeps it; the user can move it
                code = None
            mapping[heading] = f"{QUESTION}:{code}" if code else QUESTION
            used.add(code or QUESTION)
    return mapping


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

    @property
    def tsm_codes(self) -> list[str]:
        return sorted(
            {f.split(":", 1)[1] for f in self.mapping.values() if f and f.startswith("question:")}
            & set(MEASURES)
        )


def _check(mapping: Mapping[str, str | None], table: Table) -> None:
    errors = {}
    seen: dict[str, str] = {}
    for heading, target in mapping.items():
        if heading not in table.headings:
            errors[heading] = "is not a column of this sheet"
        elif target is None or target == QUESTION:
            continue
        elif target.startswith(f"{QUESTION}:"):
            code = target.split(":", 1)[1]
            if code not in MEASURES and code not in ("REPAIR", "COMPLAINT", "COMMUNAL"):
                errors[heading] = f"'{code}' is not a TSM question"
            elif target in seen:
                errors[heading] = f"{code} is already '{seen[target]}'"
            seen[target] = heading
        elif target not in RESPONDENT_FIELDS:
            errors[heading] = f"'{target}' is not something a survey column can be"
        elif target in seen:
            errors[heading] = f"'{RESPONDENT_FIELDS[target]}' is already '{seen[target]}'"
        else:
            seen[target] = heading
    if errors:
        raise ValidationError(errors)


@bulk
def plan_survey(
    table: Table, mapping: Mapping[str, str | None], answer_scale: str | None = None
) -> SurveyPlan:
    """Read every row into a response (respondent details and answers). Writes nothing.
    ``answer_scale`` says how numbered answers read (``tsm.ANSWER_SCALES``), when the
    file gives numbers rather than words."""
    mapping = {h: mapping.get(h) for h in table.headings}
    _check(mapping, table)
    if answer_scale is not None and answer_scale not in ANSWER_SCALES:
        raise ValidationError({"answer_scale": f"is one of {', '.join(ANSWER_SCALES)}"})
    personal = personal_columns(table.headings, mapping)
    mapping = {h: None if h in personal else target for h, target in mapping.items()}
    plan = SurveyPlan(table, dict(mapping), answer_scale=answer_scale, personal_details=personal)
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
    texts = [_column_text(by_column[index]) for index in plan.question_columns]
    for (_, heading, target), column in zip(questions, texts, strict=True):
        if target != QUESTION:
            _note_unrecognised(plan, heading, target.split(":", 1)[1], column)
    plan.notes.sort(key=lambda note: note.row)
    people, failed = _respondents(table, by_column, who)
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


#: How each respondent column is read (raises ValueError); a full name is split apart.
_READ_RESPONDENT: dict[str, Callable[[Any], Any]] = {
    "completed_at": parse_datetime,
    "reference": lambda text: normalise_reference(text)[:40],
    # Only used to find the person: a mistyped address must not lose the response,
    # so it is matched as typed (trimmed, lower case).
    "email": lambda text: text.strip().lower(),
    "postcode": normalise_postcode,
    "first_name": lambda text: text[:100],
    "last_name": lambda text: text[:100],
}


_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})\b")


def month_first(column: Sequence[Any]) -> bool:
    """True when a column's slashed dates can only be month first: some have a second
    part over 12 ("4/13/2025") and none a first part over 12. Forms set to US English
    write times that way; read day first, "4/2/2025" would silently become 4 February."""
    seconds = False
    for value in column:
        found = _SLASHED.match(value) if value.__class__ is str else None
        if found:
            if int(found.group(1)) > 12:
                return False  # a UK date: the usual case, known within a few rows
            seconds = seconds or int(found.group(2)) > 12
    return seconds


def _us_datetime(value: Any) -> Any:
    """A month-first time ("4/13/2025 10:22") read as the same moment."""
    if isinstance(value, str):
        value = _SLASHED.sub(r"\2/\1/\3", value.strip())
    return parse_datetime(value)


def _respondents(
    table: Table, by_column: list[tuple[Any, ...]], who: Mapping[str, int]
) -> tuple[list[dict[str, Any]], dict[int, list[RowProblem]]]:
    """Each row's respondent details, a column at a time, and the rows whose details
    are wrong (row position -> problems, in column order). A full name is read first,
    so first and last name columns, when mapped too, win."""
    people: list[dict[str, Any]] = [{} for _ in table.rows]
    failed: dict[int, list[RowProblem]] = {}
    for name, index in sorted(who.items(), key=lambda item: (item[0] != "full_name", item[1])):
        raw = by_column[index]
        cells = _column_text(raw)
        read = _READ_RESPONDENT.get(name)
        if name == "completed_at" and month_first(raw):
            read = _us_datetime
        for position, text in enumerate(cells):
            if text is None:
                continue
            person = people[position]
            try:
                if read is None:  # a full name
                    _, person["first_name"], person["last_name"] = split_name(text)
                else:  # a completion time is read from the cell itself (a date cell)
                    person[name] = read(raw[position] if name == "completed_at" else text)
            except ValueError as exc:
                problem = RowProblem(table.row_numbers[position], table.headings[index], str(exc))
                failed.setdefault(position, []).append(problem)
    for problems in failed.values():
        problems.sort(key=lambda problem: table.headings.index(problem.column))
    return people, failed


def _column_text(column: Sequence[Any]) -> Sequence[str | None]:
    """One column as text: the reader has already trimmed text cells, so only a column
    holding numbers or dates needs each cell turned into text."""
    if all(value is None or value.__class__ is str for value in set(column)):
        return column  # checked over the distinct values: a TSM column has a dozen
    return [value if value.__class__ is str else cell_text(value) for value in column]


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


@dataclass(frozen=True)
class SurveyImportResult:
    rows_read: int
    responses_created: int
    linked_to_people: int
    anonymous: int
    already_imported: int
    survey_id: int
    batch_id: int | None
    #: Returns added that were completed outside the survey's period: kept, but the
    #: TSM results (latest return per tenant in the period) leave them out.
    outside_period: int = 0

    def as_dict(self) -> dict[str, int | None]:
        return {
            "rows_read": self.rows_read,
            "responses_created": self.responses_created,
            "linked_to_people": self.linked_to_people,
            "anonymous": self.anonymous,
            "already_imported": self.already_imported,
            "survey_id": self.survey_id,
            "batch_id": self.batch_id,
            "outside_period": self.outside_period,
        }


def stored_answers(keys: Sequence[str], answers: Sequence[str | None]) -> str:
    """A return's answers as kept on its response: JSON from question id to text, blanks
    left out. ``keys`` are the question ids in the order of ``plan.question_columns``."""
    return _ENCODE({key: text for key, text in zip(keys, answers, strict=True) if text is not None})


def response_key(survey_uuid: str, who: Mapping[str, Any], stored: str) -> str:
    """The response's source key: the same return imported again has the same key."""
    person = repr(sorted(who.items()))
    digest = hashlib.sha1(f"{person}\n{stored}".encode()).hexdigest()
    return f"survey:{survey_uuid}:{digest}"


#: Source keys written before version 0005 were made another way; the migration marks
#: them with this prefix so a file imported then is still recognised when imported again.
LEGACY_KEY = "survey0:"


class SeenReturns:
    """The source keys a survey already holds, and the file's own repeats."""

    def __init__(self, keys: set[str], survey_uuid: str, plan: SurveyPlan) -> None:
        self.keys = keys
        self.survey_uuid = survey_uuid
        self.columns = plan.question_columns
        self.legacy = any(key.startswith(LEGACY_KEY) for key in keys)

    def add(self, key: str, response: dict[str, Any]) -> bool:
        """Note the return; False when it was imported before (or earlier in the file)."""
        if key in self.keys or (self.legacy and self._legacy_key(response) in self.keys):
            return False
        self.keys.add(key)
        return True

    def _legacy_key(self, response: dict[str, Any]) -> str:
        who = sorted((k, str(v)) for k, v in response["who"].items())
        typed = [(i, t) for i, t in zip(self.columns, response["answers"], strict=True) if t]
        digest = hashlib.sha1(repr((who, typed)).encode()).hexdigest()
        return f"{LEGACY_KEY}{self.survey_uuid}:{digest}"


@bulk
def commit_survey(
    store: Store,
    plan: SurveyPlan,
    *,
    survey_name: str,
    file_name: str,
    sha256: str,
    period: tuple[date | None, date | None] = (None, None),
    method: str | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> SurveyImportResult:
    """Create (or reuse) the survey and its questions and add the new responses, in one
    transaction. ``dry_run`` works everything out and rolls back."""
    name = " ".join(survey_name.split())
    if not name:
        raise ValidationError({"survey": "give the survey a name"})
    start, end = period
    if start and end and end < start:
        raise ValidationError({"period_end": "is before the start of the period"})
    if method is not None and method not in vocab.SURVEY_METHODS:
        raise ValidationError({"method": f"is one of {', '.join(vocab.SURVEY_METHODS)}"})
    try:
        with store.transaction() as session:
            return _write(
                session, store, plan, name, file_name, sha256, period, method, progress, dry_run
            )
    except _RolledBack as rolled_back:
        return rolled_back.result


class _RolledBack(Exception):
    """Raised inside the transaction to undo a dry run (or a run that adds nothing)."""

    def __init__(self, result: SurveyImportResult) -> None:
        self.result = result


def _write(
    session: Any,
    store: Store,
    plan: SurveyPlan,
    name: str,
    file_name: str,
    sha256: str,
    period: tuple[date | None, date | None],
    method: str | None,
    progress: Progress | None,
    dry_run: bool,
) -> SurveyImportResult:
    start, end = period
    survey = session.scalar(select(Survey).where(Survey.name == name))
    if survey is None:
        survey = Survey(name=name, period_start=start, period_end=end, method=method)
        session.add(survey)
        session.flush()
    else:
        survey.period_start = start or survey.period_start
        survey.period_end = end or survey.period_end
    survey.answer_scale = plan.answer_scale or survey.answer_scale
    columns = question_keys(session, survey.id, plan, create=True)
    keys_by_column = [columns[index] for index in plan.question_columns]
    seen = SeenReturns(
        set(
            session.scalars(
                select(SurveyResponse.source_key).where(SurveyResponse.survey_id == survey.id)
            )
        ),
        survey.uuid,
        plan,
    )
    index = respondents_index(session, plan)
    batch = ImportBatch(
        kind="survey",
        file_name=file_name,
        sha256=sha256,
        sheet=plan.table.sheet,
        rows_read=len(plan.table.rows),
        mapping=plan.mapping,
        imported_by=store.actor,
    )
    session.add(batch)
    session.flush()
    responses = []
    linked = skipped = outside = 0
    survey_id, survey_uuid, batch_id = survey.id, survey.uuid, batch.id  # read once, not per row
    raw = on_sqlite(session)
    period = (survey.period_start, survey.period_end)
    for done, response in enumerate(plan.responses, start=1):
        if (
            progress is not None
            and done % 2000 == 0
            and progress(done, len(plan.responses)) is False
        ):
            raise ImportCancelled("Import cancelled; the database is as it was.")
        who = response["who"]
        stored = stored_answers(keys_by_column, response["answers"])
        key = response_key(survey_uuid, who, stored)
        if not seen.add(key, response):
            skipped += 1
            continue
        person_id = _person_for(index, who)
        linked += person_id is not None
        if period != (None, None):
            outside += _outside(who.get("completed_at"), *period)
        responses.append(
            (
                new_uuid(),
                survey_id,
                person_id,
                who.get("reference"),
                _sqlite_datetime(who.get("completed_at")) if raw else who.get("completed_at"),
                batch_id,
                key,
                stored,
            )
        )
    _insert_responses(session, responses, raw)
    batch.summary = {
        "responses_created": len(responses),
        "linked": linked,
        "already_imported": skipped,
        "errors": len(plan.problems),
    }
    audit.record(
        session,
        store.actor,
        "import.survey",
        "surveys",
        survey.id,
        {"responses": [None, len(responses)]},
        record_uuid=survey.uuid,
        summary=f"Imported {len(responses)} responses from {file_name}",
    )
    result = SurveyImportResult(
        len(plan.table.rows),
        len(responses),
        linked,
        len(responses) - linked,
        skipped,
        survey.id,
        batch.id if not dry_run else None,
        outside,
    )
    if dry_run or not responses:
        raise _RolledBack(
            result
            if dry_run
            else SurveyImportResult(len(plan.table.rows), 0, 0, 0, skipped, survey.id, None)
        )
    return result


def undo_survey_import(store: Store, batch_id: int) -> dict[str, int]:
    """Take a survey batch back in one transaction: the responses it added go (their
    answers with them); a survey left with no responses, and not the source of any
    "you said, we did" item, goes too, so importing the file again starts afresh."""
    with store.transaction() as session:
        batch = batch_to_undo(session, batch_id, "survey")
        surveys = set(
            session.scalars(
                select(SurveyResponse.survey_id).where(SurveyResponse.import_batch_id == batch_id)
            )
        )
        removed = len(
            session.scalars(
                delete(SurveyResponse)
                .where(SurveyResponse.import_batch_id == batch_id)
                .returning(SurveyResponse.id)
            ).all()
        )
        emptied = 0
        for survey_id in surveys:
            left = session.scalar(select(func.count()).where(SurveyResponse.survey_id == survey_id))
            cited = session.scalar(select(func.count()).where(Outcome.survey_id == survey_id))
            if not left and not cited:
                session.execute(delete(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id))
                session.execute(delete(Survey).where(Survey.id == survey_id))
                emptied += 1
        batch.undone_at = utcnow()
        audit.record(
            session,
            store.actor,
            "import.undo",
            "import_batches",
            batch_id,
            {"responses_removed": [None, removed], "surveys_removed": [None, emptied]},
            record_uuid=batch.uuid,
            summary=f"Undid survey import of {batch.file_name}",
        )
    return {"responses_removed": removed, "surveys_removed": emptied}


def _outside(moment: datetime | None, start: date | None, end: date | None) -> bool:
    """Completed before the period began or after it ended (no time: not outside)."""
    if moment is None:
        return False
    day = moment.date()
    return bool((start and day < start) or (end and day > end))


def _person_for(index: PeopleIndex, who: dict[str, Any]) -> int | None:
    """The one person a response is from, or None (anonymous, or several could be)."""
    if not (who.get("reference") or who.get("email") or who.get("last_name")):
        return None
    matches = index.match(who)
    return matches[0] if len(matches) == 1 else None


def respondents_index(session: Any, plan: SurveyPlan) -> PeopleIndex:
    """Only the people the file could be about: those with its references, emails or
    postcodes (a survey of 20,000 needs no index of everyone on a 50,000 database)."""
    found: dict[str, set[str]] = {"reference": set(), "email": set(), "postcode": set()}
    for response in plan.responses:
        for name, values in found.items():
            value = response["who"].get(name)
            if value:
                values.add(value)
    return PeopleIndex(
        session,
        references=found["reference"],
        emails=found["email"],
        postcodes=found["postcode"],
    )


_RESPONSE_COLUMNS = (
    "uuid",
    "survey_id",
    "person_id",
    "respondent_ref",
    "completed_at",
    "import_batch_id",
    "source_key",
    "answers",
)


def _insert_responses(session: Any, rows: list[tuple[Any, ...]], raw: bool) -> None:
    """Write the new responses. On SQLite, one executemany of plain tuples through the
    driver (times already in SQLAlchemy's text form, answers already JSON): 20,000
    returns without SQLAlchemy's per-row processing. Elsewhere a Core insert, which
    types each value itself."""
    if not rows:
        return
    if raw:
        marks = ", ".join("?" for _ in _RESPONSE_COLUMNS)
        session.connection().exec_driver_sql(
            f"INSERT INTO survey_responses ({', '.join(_RESPONSE_COLUMNS)}) VALUES ({marks})",
            rows,
        )
        return
    values = [dict(zip(_RESPONSE_COLUMNS, row, strict=True)) for row in rows]
    for value in values:
        value["answers"] = json.loads(value["answers"])
    session.execute(insert(SurveyResponse), values)


def _sqlite_datetime(moment: datetime | None) -> str | None:
    """A completion time as SQLAlchemy's SQLite DateTime stores it (so it reads back)."""
    return None if moment is None else moment.isoformat(" ", "microseconds")


def question_keys(
    session: Any, survey_id: int | None, plan: SurveyPlan, *, create: bool
) -> dict[int, str]:
    """Column index -> the key its answers are kept under (the question's id), reusing
    the survey's questions with the same wording. With ``create`` False (the preview)
    a question not yet on file gets a stand-in key and nothing is written."""
    existing = {
        " ".join(q.text.split()).casefold(): q
        for q in session.scalars(
            select(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id)
        )
    }
    position = max((q.position for q in existing.values()), default=0)
    chosen: dict[int, SurveyQuestion | str] = {}
    for index, heading in enumerate(plan.table.headings):
        target = plan.mapping.get(heading)
        if not target or not target.startswith(QUESTION):
            continue
        code = target.split(":", 1)[1] if ":" in target else None
        question = existing.get(" ".join(heading.split()).casefold())
        if question is None and not create:
            chosen[index] = f"new:{index}"
        elif question is None:
            position += 1
            chosen[index] = SurveyQuestion(
                survey_id=survey_id, position=position, text=heading, code=code
            )
            session.add(chosen[index])
        else:
            if code and question.code != code and create:
                question.code = code
            chosen[index] = question
    if create:
        session.flush()  # the new questions get their ids in one statement
    return {
        index: question if isinstance(question, str) else str(question.id)
        for index, question in chosen.items()
    }


__all__ = [
    "commit_survey",
    "guess_survey_mapping",
    "plan_survey",
    "undo_survey_import",
]
