"""Who each survey return is from.

The respondent columns are read a column at a time (a completion time month first
when the file can only mean that; a full name split, first and last name columns
winning); then each return is matched to the one person on file it is from, or to
no one (anonymous, or several could be).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from engagement_desktop.interchange.people.matching import PeopleIndex
from engagement_desktop.interchange.people.rows import RowProblem, split_name
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.reading.values import column_text, parse_datetime
from engagement_desktop.services.common.validation import (
    EARLIEST_DONE,
    normalise_postcode,
    normalise_reference,
)
from engagement_desktop.services.common.wording import day_text

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


def read_respondents(
    table: Table, by_column: list[tuple[Any, ...]], who: Mapping[str, int]
) -> tuple[list[dict[str, Any]], dict[int, list[RowProblem]]]:
    """Each row's respondent details, a column at a time, and the rows whose details
    are wrong (row position -> problems, in column order). A full name is read first,
    so first and last name columns, when mapped too, win."""
    people: list[dict[str, Any]] = [{} for _ in table.rows]
    failed: dict[int, list[RowProblem]] = {}
    for name, index in sorted(who.items(), key=lambda item: (item[0] != "full_name", item[1])):
        raw = by_column[index]
        cells = column_text(raw)
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
    if "completed_at" in who:
        _check_times(table, people, failed, table.headings[who["completed_at"]])
    for problems in failed.values():
        problems.sort(key=lambda problem: table.headings.index(problem.column))
    return people, failed


#: The earliest a survey return can be from (TSM and STAR returns are later still).
EARLIEST = EARLIEST_DONE


def _check_times(
    table: Table, people: list[dict[str, Any]], failed: dict[int, list[RowProblem]], heading: str
) -> None:
    """A completion time in 1900 or 9999 is a typing slip, and would drop the response
    from every period silently: it is named by row. One pass over the column's times
    finds whether any is out (min and max, in C), then only those rows are looked at."""
    latest = datetime.combine(date.today() + timedelta(days=1), datetime.min.time())
    times = [p["completed_at"] for p in people if "completed_at" in p]
    if not times or (min(times) >= EARLIEST and max(times) < latest):
        return
    for position, person in enumerate(people):
        when = person.get("completed_at")
        if when is not None and not EARLIEST <= when < latest:
            problem = RowProblem(
                table.row_numbers[position],
                heading,
                f"{day_text(when)} is not a day a return could be completed (before 1990 or "
                "after today)",
            )
            failed.setdefault(position, []).append(problem)


def person_for(index: PeopleIndex, who: dict[str, Any]) -> int | None:
    """The one person a response is from, or None (anonymous, or several could be)."""
    if not (who.get("reference") or who.get("email") or who.get("last_name")):
        return None
    matches = index.match(who)
    return matches[0] if len(matches) == 1 else None


def respondents_index(session: Any, responses: Sequence[Mapping[str, Any]]) -> PeopleIndex:
    """Only the people the file could be about: those with its references, emails or
    postcodes (a survey of 20,000 needs no index of everyone on a 50,000 database)."""
    found: dict[str, set[str]] = {"reference": set(), "email": set(), "postcode": set()}
    for response in responses:
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
