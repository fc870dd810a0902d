"""Likely duplicates of a person about to be added (or already on file).

Rules, strongest first: same tenancy reference; same email; same name and
postcode; a similar name (small spelling difference, accents ignored) at the
same postcode. All matching is done in SQL on indexed columns, then the
similar-name rule compares a handful of candidates in Python.

With nothing but a name to go on (a walk-in at the door gives no postcode, email or
reference), the same full name is the only clue, and the officer is asked: otherwise
the same walk-in typed twice, or a regular who forgot their postcode, becomes a second
person. That rule reads the folded search text (one scan, about 15 ms at 50,000).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.services.common.validation import (
    normalise_email,
    normalise_postcode,
    normalise_reference,
)
from engagement_desktop.services.people.people import fold
from engagement_desktop.store.models import Person

SIMILAR_NAME_RATIO = 0.8


@dataclass(frozen=True)
class DuplicateMatch:
    person_id: int
    name: str
    postcode: str | None
    reference: str | None
    reason: str  # shown to the user: "same email", "similar name and same postcode" ...


def _normalised(value: Any, fn: Any) -> str | None:
    if not value or not str(value).strip():
        return None
    try:
        return fn(str(value))
    except ValueError:
        return None


def find_duplicates(
    session: Session,
    data: Mapping[str, Any],
    exclude_id: int | None = None,
) -> list[DuplicateMatch]:
    """People who are probably the one described by ``data`` (unsaved fields)."""
    reference = _normalised(data.get("reference"), normalise_reference)
    email = _normalised(data.get("email"), normalise_email)
    postcode = _normalised(data.get("postcode"), normalise_postcode)
    first = fold(str(data.get("first_name") or "").strip())
    last = fold(str(data.get("last_name") or "").strip())
    found: dict[int, DuplicateMatch] = {}

    def add(people: Any, reason: str) -> None:
        for person in people:
            if person.id != exclude_id and person.id not in found:
                found[person.id] = DuplicateMatch(
                    person.id, person.full_name, person.postcode, person.reference, reason
                )

    if reference:
        add(session.scalars(select(Person).where(Person.reference == reference)), "same reference")
    if email:
        add(session.scalars(select(Person).where(Person.email == email)), "same email")
    if postcode and (first or last):
        at_postcode = list(session.scalars(select(Person).where(Person.postcode == postcode)))
        same = [p for p in at_postcode if (fold(p.first_name), fold(p.last_name)) == (first, last)]
        add(same, "same name and postcode")
        similar = [p for p in at_postcode if _similar(first, last, p)]
        add(similar, "similar name and same postcode")
    if first and last and not (reference or email or postcode):
        add(_same_name(session, first, last), "same name (no postcode, email or reference given)")
    return list(found.values())


def _same_name(session: Session, first: str, last: str) -> list[Person]:
    """People whose folded first and last names are exactly ``first`` and ``last``."""
    likes = [Person.search_text.like(f"%{word}%") for word in {*first.split(), *last.split()}]
    return [
        person
        for person in session.scalars(select(Person).where(*likes).order_by(Person.id))
        if (fold(person.first_name), fold(person.last_name)) == (first, last)
    ]


def _similar(first: str, last: str, person: Person) -> bool:
    theirs = f"{fold(person.first_name)} {fold(person.last_name)}".strip()
    ours = f"{first} {last}".strip()
    if not ours or not theirs:
        return False
    if SequenceMatcher(None, ours, theirs).ratio() >= SIMILAR_NAME_RATIO:
        return True
    # "J Smith" / "John Smith", "Bob" / "Robert" is beyond us; initials are not.
    their_first = fold(person.first_name)
    return (
        last == fold(person.last_name)
        and bool(first)
        and bool(their_first)
        and first[0] == their_first[0]
        and (len(first) == 1 or len(their_first) == 1)
    )
