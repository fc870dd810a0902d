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

#: What shows nothing at all (Unicode's default-ignorable characters): the zero-width
#: space and joiners, the soft hyphen, the direction marks and controls, variation
#: selectors, Hangul fillers, tags ... A value of these and spaces alone is empty.
_IGNORABLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
#: The invisible characters that do nothing at the edge of a word (a joiner joins two
#: letters; a zero-width space or soft hyphen at a word's end is pasted residue), so
#: are taken out there: the officer sees the same word, and it matches itself. Direction
#: marks and controls change how the rest reads, so are never taken out unseen (a mark is
#: kept, a control refused by HIDDEN). A variation selector or tag character ends
#: an emoji (❤️, the flag of Scotland), so is taken out at a word's start only.
_ZERO_WIDTH = (
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f"
    "\u3164\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
)
_SELECTORS = "\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0000-\U000e0fff"
_WORD_EDGES = re.compile(f"(?:^|(?<=\\s))[{_ZERO_WIDTH}{_SELECTORS}]+|[{_ZERO_WIDTH}]+(?=\\s|$)")
_SEEN = re.compile(f"[^\\s{_IGNORABLE}]")


def visible(text: str) -> str:
    """``text`` without spaces at its ends nor invisible characters at the edges of its
    words; "" when nothing in it can be seen (a name of zero-width characters is no name).
    Inside a word they stay: Persian and Indic names, and emoji, are spelt with joiners."""
    if text.isascii():  # most text: nothing invisible but spaces
        return text.strip()
    text = _WORD_EDGES.sub("", text).strip()
    return text if _SEEN.search(text) else ""


def one_line(text: str) -> str:
    """:func:`visible` words, one space between each: a name, a title, an address line."""
    if text.isascii():
        return " ".join(text.split())
    return " ".join(word for word in _WORD_EDGES.sub("", text).split() if _SEEN.search(word))


def hidden_character(text: str) -> str | None:
    """The problem with a hidden control character in ``text`` (None: there is none)."""
    found = HIDDEN.search(text)
    return f"holds a hidden control character (U+{ord(found.group()):04X})" if found else None


def composed(text: str) -> str:
    """``text`` in Unicode's composed form (NFC): "Café" typed on one keyboard and pasted
    from another is then one spelling, so it matches itself and is never held twice."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def required_text(value: Any, limit: int) -> str:
    """One line of text that must show something (:func:`one_line`): "is required" when
    it is blank or only invisible characters."""
    text = composed(one_line(str(value or "")))
    if not text:
        raise ValueError("is required")
    if len(text) > limit:
        raise ValueError(f"is longer than {limit} characters")
    if problem := hidden_character(text):
        raise ValueError(problem)
    return text


def optional_text(value: Any, limit: int | None = None) -> str | None:
    text = composed(visible(str(value))) if value is not None else ""
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
