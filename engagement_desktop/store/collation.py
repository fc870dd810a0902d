"""Names in the order a person expects, by the Unicode Collation Algorithm (ICU).

Öztürk sits with the Os, Łukasz with the Ls, Ó Briain with the Os, O'Neill beside
Oneill, and case never splits a family: ICU's collator for British English with
punctuation and spaces "shifted" (ignored unless all else is equal), as a phone
book does. The library, not this module, knows the alphabet.

Lists of thousands of people are sorted in the database, so each person carries
the key of their name in ``people.name_sort_key`` (bytes that compare as the
names should, byte by byte, on SQLite and PostgreSQL alike) with an index; the
model keeps it in step whenever a name is written. A collation function called
per comparison costs a key computation every time SQLite compares two rows, and
an index built on it cannot be checked by tools that lack it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import icu
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

#: Between surname and first name. CLDR's root collation gives U+FFFE the lowest
#: weight of all, for joining fields: every part of the surname outranks the first
#: name ("Smith, Zoe" before "Smithers, Al"), and a surname's case never outranks a
#: different first name.
FIELD_SEPARATOR = "\ufffe"


@lru_cache(maxsize=1)
def _collator() -> Any:
    collator = icu.Collator.createInstance(icu.Locale("en_GB"))
    collator.setAttribute(icu.UCollAttribute.ALTERNATE_HANDLING, icu.UCollAttributeValue.SHIFTED)
    return collator


#: The settings row naming the collation that made the stored keys.
MARKER = "name_sort_collation"


def collation_version() -> str:
    """The recipe and the ICU that ran it: keys made by another may order differently.

    PyICU does not expose the collator's own version, so any new ICU counts as a change
    (remaking the keys of 250,000 people takes seconds, once)."""
    return f"en_GB shifted, ICU {icu.ICU_VERSION}"


def sort_key(text: str | None) -> bytes:
    """Bytes that order ``text`` as a person would (compare them byte by byte)."""
    return bytes(_collator().getSortKey(text or ""))


def name_sort_key(first_name: str | None, last_name: str | None) -> bytes:
    """Surname then first name, as a register or a phone book lists people."""
    return sort_key(f"{last_name or ''}{FIELD_SEPARATOR}{first_name or ''}")


def sorted_texts(texts: Iterable[str]) -> list[str]:
    """Plain strings (whole names as shown) in the order a person expects."""
    return sorted(texts, key=sort_key)


_PEOPLE = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("name_sort_key", sa.LargeBinary),
)
_SETTINGS = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))


def keep_name_keys_current(engine: Engine) -> bool:
    """Remake every stored name key if they were made by another collation (a newer ICU
    came with an update): keys of two versions side by side would sort some names
    wrongly. Reads one row when nothing changed; True when it remade them."""
    with engine.connect() as connection:
        if _made_by(connection) == collation_version():
            return False
    # Decided again inside the write (SQLite's write lock from the start): of two
    # programs opening the file at once, the second finds the keys already remade.
    with engine.execution_options(begin="IMMEDIATE").begin() as connection:
        if _made_by(connection) == collation_version():
            return False
        remake_name_keys(connection)
    return True


def _made_by(connection: Connection) -> Any:
    return connection.scalar(sa.select(_SETTINGS.c.value).where(_SETTINGS.c.key == MARKER))


def remake_name_keys(connection: Connection, batch: int = 5000) -> None:
    """Every person's key from their names, then the marker saying which collation made them."""
    update = (
        sa.update(_PEOPLE)
        .where(_PEOPLE.c.id == sa.bindparam("person_id"))
        .values(name_sort_key=sa.bindparam("key"))
    )
    last_id = 0
    while rows := connection.execute(
        sa.select(_PEOPLE.c.id, _PEOPLE.c.first_name, _PEOPLE.c.last_name)
        .where(_PEOPLE.c.id > last_id)
        .order_by(_PEOPLE.c.id)
        .limit(batch)
    ).all():
        keys = [{"person_id": pid, "key": name_sort_key(first, last)} for pid, first, last in rows]
        connection.execute(update, keys)
        last_id = rows[-1][0]
    marker = {"key": MARKER, "value": collation_version()}
    if not connection.execute(
        sa.update(_SETTINGS).where(_SETTINGS.c.key == MARKER).values(value=marker["value"])
    ).rowcount:
        connection.execute(sa.insert(_SETTINGS).values(**marker))
