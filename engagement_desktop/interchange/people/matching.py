"""Finding the person a spreadsheet row is about, for the people and survey imports.

Matching, in order: tenancy reference (a household shares one, so when the row
has a name it must agree too), then email, then name and postcode. A row that
matches several people is not guessed: the caller lists it for review.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.services.people.people import fold
from engagement_desktop.store.engine import on_sqlite
from engagement_desktop.store.models import Person

#: Values per ``IN (...)`` list where SQLite's json_each is not there to take them all.
CHUNK = 900


class PeopleIndex:
    """People on file held in memory, so matching 50,000 rows is quick.

    By default everyone is loaded (a people import compares every row with the
    record it matches). A survey import passes the references, emails and postcodes
    its file holds, and only those people are read, through the indexes on them.
    Names are folded ("Zoë" = "zoe") only when a row has a name to compare.
    """

    def __init__(
        self,
        session: Session,
        columns: Iterable[str] = (),
        *,
        references: Collection[str] | None = None,
        emails: Collection[str] | None = None,
        postcodes: Collection[str] | None = None,
    ) -> None:
        fields = ["reference", "email", "postcode", "first_name", "last_name"]
        fields += [c for c in columns if c not in fields]
        self.fields = tuple(fields)
        self.by_ref: dict[str, list[int]] = {}
        self.by_email: dict[str, list[int]] = {}
        self.by_postcode: dict[str, list[int]] = {}
        self.current: dict[int, dict[str, Any]] = {}
        self._names: dict[int, tuple[str, str]] = {}
        self._folded: dict[str, str] = {}
        query = select(Person.id, *[getattr(Person, f) for f in self.fields])
        if references is None and emails is None and postcodes is None:
            self._add(session.execute(query))
            return
        for column, wanted in (
            (Person.reference, references),
            (Person.email, emails),
            (Person.postcode, postcodes),
        ):
            values = sorted(set(wanted or ()))
            if values and on_sqlite(session):
                # One query whatever the number: the values go in as one JSON array
                # that SQLite unpacks, each looked up through the column's index.
                listed = func.json_each(json.dumps(values)).table_valued("value")
                self._add(session.execute(query.where(column.in_(select(listed.c.value)))))
            else:
                for start in range(0, len(values), CHUNK):
                    chunk = values[start : start + CHUNK]
                    self._add(session.execute(query.where(column.in_(chunk))))

    def _add(self, rows: Iterable[Any]) -> None:
        for row in rows:
            person_id = row[0]
            if person_id in self.current:
                continue
            values = dict(zip(self.fields, row[1:], strict=True))
            self.current[person_id] = values
            if values["reference"]:
                self.by_ref.setdefault(values["reference"], []).append(person_id)
            if values["email"]:
                self.by_email.setdefault(values["email"], []).append(person_id)
            if values["postcode"]:
                self.by_postcode.setdefault(values["postcode"], []).append(person_id)

    def fold(self, text: str) -> str:
        """:func:`fold`, once per distinct text (a file repeats its first and last names)."""
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    def name(self, person_id: int) -> tuple[str, str]:
        """The person's (first, last) name folded for comparing."""
        folded = self._names.get(person_id)
        if folded is None:
            values = self.current[person_id]
            folded = (self.fold(values["first_name"] or ""), self.fold(values["last_name"] or ""))
            self._names[person_id] = folded
        return folded

    def match(self, values: dict[str, Any]) -> list[int]:
        """Every person the row could be (one is a match, several are for review)."""
        first, last = values.get("first_name"), values.get("last_name")
        first, last = self.fold(first) if first else "", self.fold(last) if last else ""
        ref = values.get("reference")
        if ref and ref in self.by_ref:
            candidates = self.by_ref[ref]
            if not (first or last):
                return candidates
            same = [pid for pid in candidates if same_name((first, last), self.name(pid))]
            if same:
                return same
        email = values.get("email")
        if email and email in self.by_email:
            return self.by_email[email]
        postcode = values.get("postcode")
        if postcode and (first or last):
            return [
                pid for pid in self.by_postcode.get(postcode, []) if self.name(pid) == (first, last)
            ]
        return []


def same_name(ours: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Same surname and the same first name or initial ("J" = "John")."""
    (first, last), (their_first, their_last) = ours, theirs
    if last != their_last:
        return False
    if not first or not their_first:
        return True
    return first == their_first or (
        min(len(first), len(their_first)) == 1 and first[0] == their_first[0]
    )
