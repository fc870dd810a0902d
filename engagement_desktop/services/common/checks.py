"""Small checks every service needs: a choice from a word list, a required text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound

T = TypeVar("T")


def choice(value: Any, choices: Mapping[str, str]) -> str:
    """Accept a stored code or its label (any case); raise ValueError listing the labels."""
    text = str(value or "").strip()
    if text in choices:
        return text
    by_label = {label.casefold(): code for code, label in choices.items()}
    by_code = {code.casefold(): code for code in choices}
    key = text.casefold()
    if key in by_label:
        return by_label[key]
    if key in by_code:
        return by_code[key]
    raise ValueError(f"'{text}' is not one of: {', '.join(choices.values())}")


#: Characters no one types and no one sees (line breaks and tabs apart): C0 and C1
#: controls (an escape sequence in a note is echoed to a terminal as a live command, and
#: a NUL is not stored everywhere); the direction overrides, embeddings and isolates,
#: which make a name read backwards in every list (right-to-left names need none of
#: them; the marks U+200E/U+200F are left alone); and the invisible ones that hide inside
#: a name so it no longer matches itself: soft hyphen, Mongolian vowel separator,
#: zero-width space, word joiner and invisible operators, line and paragraph separators,
#: the deprecated format controls and the byte-order mark. The zero-width (non-)joiners
#: stay: Persian and Indic names are spelt with them.
HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u180e\u200b\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)
#: The controls alone (C0 but tab and line breaks, DEL, C1): what a survey's free-text
#: answer may not hold. Its other invisibles (a soft hyphen pasted from a document) are
#: kept there: a return is not lost for them, and an answer is not searched for by name.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def hidden_character(text: str) -> str | None:
    """The problem with a hidden control character in ``text`` (None: there is none)."""
    found = HIDDEN.search(text)
    return f"holds a hidden control character (U+{ord(found.group()):04X})" if found else None


def composed(text: str) -> str:
    """``text`` in Unicode's composed form (NFC): "Café" typed on one keyboard and pasted
    from another is then one spelling, so it matches itself and is never held twice."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def required_text(value: Any, limit: int) -> str:
    text = composed(" ".join(str(value or "").split()))
    if not text:
        raise ValueError("is required")
    if len(text) > limit:
        raise ValueError(f"is longer than {limit} characters")
    if problem := hidden_character(text):
        raise ValueError(problem)
    return text


def optional_text(value: Any, limit: int | None = None) -> str | None:
    text = composed(str(value).strip()) if value is not None else ""
    if not text:
        return None
    if limit is not None and len(text) > limit:
        raise ValueError(f"is longer than {limit} characters")
    if problem := hidden_character(text):
        raise ValueError(problem)
    return text


def get_or_404(session: Session, model: type[T], record_id: int, what: str) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(f"There is no {what} with id {record_id}.")
    return record


def name_sort_key(last_name: str | None, first_name: str | None) -> bytes:
    """The order a person expects a list of names in: surname, then first name, by the
    Unicode Collation Algorithm (the same key as ``people.name_sort_key`` in SQL)."""
    from engagement_desktop.store.collation import name_sort_key as collation_key

    return collation_key(first_name, last_name)
