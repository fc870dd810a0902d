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

import importlib.util
import json
import os
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from engagement_desktop import paths

#: Between surname and first name. CLDR's root collation gives U+FFFE the lowest
#: weight of all, for joining fields: every part of the surname outranks the first
#: name ("Smith, Zoe" before "Smithers, Al"), and a surname's case never outranks a
#: different first name.
FIELD_SEPARATOR = "\ufffe"


@lru_cache(maxsize=1)
def _collator() -> Any:
    import icu  # ~10 MB and ~15 ms: loaded when a key is first made, not at start-up

    collator = icu.Collator.createInstance(icu.Locale("en_GB"))
    collator.setAttribute(icu.UCollAttribute.ALTERNATE_HANDLING, icu.UCollAttributeValue.SHIFTED)
    return collator


#: The settings row naming the collation that made the stored keys.
MARKER = "name_sort_collation"


def collation_version() -> str:
    """The recipe and the ICU that ran it: keys made by another may order differently.

    PyICU does not expose the collator's own version, so any new ICU counts as a change
    (remaking the keys of 250,000 people takes seconds, once)."""
    import icu

    return f"en_GB shifted, ICU {icu.ICU_VERSION}"


#: In the user's data folder: the collation version the installed PyICU build reported,
#: so that opening a database need not load ICU (~10 MB, half the window's memory
#: beyond a bare one) only to learn that nothing has changed.
SEEN_NAME = "collation-version.json"


def _seen_file() -> Path:
    return paths.data_dir() / SEEN_NAME


def _icu_build() -> list[Any] | None:
    """What identifies the installed PyICU build, found without loading it: its compiled
    module's name, size, modification time and inode. pyicu-wheels carries ICU inside
    that build, so a new ICU comes only with a new build. None when it cannot be told."""
    spec = importlib.util.find_spec("icu")
    if spec is None or not spec.submodule_search_locations:
        return None
    found: list[Any] = []
    for folder in spec.submodule_search_locations:
        for module in sorted(Path(folder).glob("_icu_*")):
            try:
                status = module.stat()
            except OSError:
                return None
            found.append([module.name, status.st_size, status.st_mtime_ns, status.st_ino])
    return found or None


def _known_collation_version() -> str | None:
    """:func:`collation_version` as the same PyICU build last reported it, or None."""
    if "icu" in sys.modules:
        return collation_version()  # loaded already: asking costs nothing
    try:
        seen = json.loads(_seen_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    build = _icu_build()
    if not isinstance(seen, dict) or build is None or seen.get("build") != build:
        return None
    version = seen.get("version")
    return version if isinstance(version, str) else None


def _learn_collation_version() -> str:
    """Load ICU, ask its version and remember it for this build; quietly keeps nothing
    when the data folder cannot be written (the next start loads ICU again)."""
    version = collation_version()
    build = _icu_build()
    if build is None:
        return version
    target = _seen_file()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"build": build, "version": version}), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
    return version


def sort_key(text: str | None) -> bytes:
    """Bytes that order ``text`` as a person would (compare them byte by byte)."""
    return bytes(_collator().getSortKey(text or ""))


def name_sort_key(first_name: str | None, last_name: str | None) -> bytes:
    """Surname then first name, as a register or a phone book lists people."""
    return sort_key(f"{last_name or ''}{FIELD_SEPARATOR}{first_name or ''}")


def in_name_order(key: bytes | None, person_id: int) -> tuple[bool, bytes, int]:
    """A sort key for people read in pieces, giving the order the lists' ``ORDER BY
    name_sort_key, id`` gives (a person without a key first, as SQLite puts NULL)."""
    return (key is not None, key or b"", person_id)


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
    wrongly. Reads one row when nothing changed (ICU itself is not even loaded when
    the same PyICU build said so before); True when it remade them."""
    with engine.connect() as connection:
        made_by = _made_by(connection)
    if made_by is not None and made_by == _known_collation_version():
        return False
    if made_by == _learn_collation_version():
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
