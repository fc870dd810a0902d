"""Which survey column is what, before any row is read.

Columns are either about the respondent (reference, email, name, postcode,
completion time), recognised by their headings, or questions. A measure set's
questions and filter questions are recognised from their wording, the set from all the
file's questions together (:func:`~engagement_desktop.services.surveys.measure_sets.identify_set`);
a column naming a personal detail is never a question (:mod:`columns`). A mapping the
officer changed is checked before it is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from engagement_desktop.errors import ValidationError
from engagement_desktop.interchange.reading.mapping import heading_key
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.surveys.columns import is_personal
from engagement_desktop.services.surveys.measure_sets import identify_set, shipped_sets

if TYPE_CHECKING:
    from engagement_desktop.services.surveys.measure_sets import MeasureSet

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


def guess_survey_mapping(
    table: Table, sets: Mapping[str, MeasureSet] | None = None, prefer: str | None = None
) -> dict[str, str | None]:
    """heading -> respondent field, "question", "question:TP01", "question:I1" ..., or
    None (skip). Questions are coded in the set the file's wording comes from; a
    question only another set words so keeps that set's code, so that a file mixing two
    sets is noticed when it is planned."""
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    questions: list[str] = []
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
            questions.append(heading)
    guess = identify_set(questions, sets, prefer)
    sets = sets or shipped_sets()
    for heading in questions:
        code = guess.codes.get(heading)
        for other, headings in guess.distinct.items():
            if other != guess.set_id and heading in headings:
                code = sets[other].recognise(heading)
        if code in used:  # the first column asking it keeps it; the user can move it
            code = None
        mapping[heading] = f"{QUESTION}:{code}" if code else QUESTION
        used.add(code or QUESTION)
    return {h: mapping[h] for h in table.headings}


def check_survey_mapping(
    mapping: Mapping[str, str | None],
    table: Table,
    sets: Mapping[str, MeasureSet] | None = None,
) -> None:
    known = {code for one in (sets or shipped_sets()).values() for code in one.codes}
    errors = {}
    seen: dict[str, str] = {}
    for heading, target in mapping.items():
        if heading not in table.headings:
            errors[heading] = "is not a column of this sheet"
        elif target is None or target == QUESTION:
            continue
        elif target.startswith(f"{QUESTION}:"):
            code = target.split(":", 1)[1]
            if code not in known:
                errors[heading] = f"'{code}' is not a question of any measure set"
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
