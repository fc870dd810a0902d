"""Which survey columns are not answers: personal details, and cells that cannot be kept.

A tenant contact list imported as a survey would turn "Address" and "Phone" into
questions and keep every address and phone number as an anonymous answer. So a
column whose heading names a personal detail (the people import's own synonyms:
address, phone, email, name, postcode, date of birth ...) is never a question. The
columns used to find the respondent (reference, email, name, postcode) are read
for matching as before; any other personal-detail column is left out, and named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.people.rows import RowProblem, control_problem
from engagement_desktop.interchange.reading.mapping import guess_mapping
from engagement_desktop.services.common.checks import CONTROLS

#: People fields that identify someone or say where they live or how to reach them.
PERSONAL_FIELDS = frozenset(
    {
        "reference",
        "title",
        "first_name",
        "last_name",
        "full_name",
        "known_as",
        "date_of_birth",
        "address_line1",
        "address_line2",
        "address_line3",
        "town",
        "postcode",
        "email",
        "phone",
        "mobile",
    }
)
#: People fields that describe a tenancy rather than ask anything: fine beside questions
#: (results by estate or tenure), but a file with nothing else is not survey returns.
_TENANCY_FIELDS = frozenset({"area", "tenure", "preferred_contact", "involvement_status"})
_QUESTION_LIKE = re.compile(r"\?|\b(how|what|why|would|do you|are you|have you)\b", re.I)


def people_field(heading: str) -> str | None:
    """The people field a short heading names ("Telephone No" -> phone), or None. A
    heading that reads as a question ("How satisfied are you with the phone service?")
    names none, whatever words it uses."""
    if len(heading.split()) > 5 or _QUESTION_LIKE.search(heading):
        return None
    return guess_mapping([heading]).get(heading)


def is_personal(heading: str) -> bool:
    return people_field(heading) in PERSONAL_FIELDS


def personal_columns(headings: Sequence[str], mapping: Mapping[str, str | None]) -> list[str]:
    """Headings that are personal details and are not read to find the respondent."""
    return [h for h in headings if is_personal(h) and not _respondent(mapping.get(h))]


def _respondent(target: str | None) -> bool:
    return bool(target) and not str(target).startswith("question")


def refuse_contact_list(file_name: str, questions: Sequence[str], personal: Sequence[str]) -> None:
    """Refuse a file whose only would-be questions describe a tenancy (estate, tenure)
    and which holds personal details: a contact list, not survey returns."""
    if personal and all(people_field(h) in _TENANCY_FIELDS for h in questions):
        raise EngagementError(
            f"{file_name} looks like a contact list, not survey returns: it has personal "
            f"details ({', '.join(personal[:4])}) and no column that is a question, so "
            "nothing was imported."
        )


def control_character_problems(
    column: Sequence[Any], heading: str, row_numbers: Sequence[int]
) -> dict[int, RowProblem]:
    """Row position -> the problem, for cells holding a hidden control character (a NUL
    or other C0 character but tab and line breaks): such a return is not imported."""
    odd = {v for v in set(column) if v.__class__ is str and control_problem(v, CONTROLS)}
    if not odd:  # the usual column: no second walk over its 20,000 cells
        return {}
    return {
        position: RowProblem(row_numbers[position], heading, control_problem(value, CONTROLS) or "")
        for position, value in enumerate(column)
        if value in odd
    }
