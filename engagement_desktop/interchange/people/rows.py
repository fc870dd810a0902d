"""One spreadsheet row -> clean person fields, with every problem named by column.

Shared by the preview and the commit of a people import, so what the preview
promises is exactly what the commit does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from engagement_desktop.interchange.reading.values import cell_text, parse_date
from engagement_desktop.services.common.validation import (
    check_birth_date,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    normalise_reference,
)
from engagement_desktop.store import vocab

TITLES = {
    "mr",
    "mrs",
    "miss",
    "ms",
    "mx",
    "dr",
    "rev",
    "revd",
    "prof",
    "sir",
    "dame",
    "lady",
    "lord",
}
_NON_DIGITS = re.compile(r"\D")
_TENURE_WORDS = (
    ("lease", "leaseholder"),
    ("shared", "shared_owner"),
    ("shelter", "sheltered"),
    ("older", "sheltered"),
    ("retire", "sheltered"),
    ("garage", "garage"),
    ("applicant", "applicant"),
    ("waiting", "applicant"),
    ("volunteer", "volunteer"),
    ("owner occ", "owner_occupier"),
    ("freehold", "owner_occupier"),
    ("household", "resident"),
    ("resident", "resident"),
    ("occupant", "resident"),
    ("secure", "general_needs"),
    ("assured", "general_needs"),
    ("starter", "general_needs"),
    ("introductory", "general_needs"),
    ("general", "general_needs"),
    ("affordable", "general_needs"),
    ("social", "general_needs"),
    ("fixed term", "general_needs"),
    ("flexible", "general_needs"),
    ("tenant", "general_needs"),
)


#: C0 control characters other than tab, line feed and carriage return, and DEL: never
#: typed, never shown, and a NUL cannot be stored by every database.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_problem(text: str) -> str | None:
    """What is wrong with a cell holding a hidden control character, or None. The
    message names the character, never the cell's text (it may be personal data)."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return (
        f"holds a hidden control character (U+{ord(found.group()):04X}), which cannot be "
        "stored: fix the cell and import the row again"
    )


@dataclass
class RowProblem:
    row: int
    column: str
    message: str


@dataclass
class CleanRow:
    row: int
    values: dict[str, Any] = field(default_factory=dict)  # person fields (area as a name)
    problems: list[RowProblem] = field(default_factory=list)


@lru_cache(maxsize=1024)  # a file has a handful of wordings on thousands of rows
def tenure_code(text: str) -> str:
    """A housing system's tenure wording -> our tenure code."""
    folded = " ".join(text.casefold().replace("-", " ").split())
    for code, label in vocab.TENURES.items():
        if folded in (code.replace("_", " "), label.casefold()):
            return code
    for word, code in _TENURE_WORDS:
        if word in folded:
            return code
    raise ValueError(
        f"'{text}' is not a tenure this program knows ({', '.join(vocab.TENURES.values())})"
    )


def split_name(text: str) -> tuple[str | None, str, str]:
    """ "Mrs Zoë O'Neill" -> (Mrs, Zoë, O'Neill); "O'Neill, Zoë" -> (None, Zoë, O'Neill)."""
    text = " ".join(text.split())
    if "," in text:
        last, _, rest = text.partition(",")
        words = rest.split()
        title = words.pop(0) if words and words[0].rstrip(".").casefold() in TITLES else None
        return title, " ".join(words), last.strip()
    words = text.split()
    title = words.pop(0) if len(words) > 1 and words[0].rstrip(".").casefold() in TITLES else None
    if not words:
        return title, "", ""
    if len(words) == 1:
        return title, "", words[0]
    particles = {
        "ní",
        "ni",
        "nic",
        "mac",
        "mc",
        "van",
        "von",
        "de",
        "da",
        "di",
        "le",
        "la",
        "ó",
        "o",
        "bin",
        "ben",
        "al",
        "el",
        "der",
        "den",
        "ter",
        "du",
        "del",
        "della",
        "dos",
        "das",
        "ap",
        "ab",
        "ua",
        "uí",
    }

    def joins_surname(word: str) -> bool:  # "Ní", "van", or "O'Neill-Ní" before "Bhriain"
        return word.casefold().rsplit("-", 1)[-1] in particles

    split_at = len(words) - 1
    while split_at > 1 and joins_surname(words[split_at - 1]):
        split_at -= 1
    return title, " ".join(words[:split_at]), " ".join(words[split_at:])


def _choice(text: str, options: dict[str, str]) -> str:
    folded = text.casefold().strip()
    for code, label in options.items():
        if folded in (code, code.replace("_", " "), label.casefold()):
            return code
    raise ValueError(f"'{text}' is not one of: {', '.join(options.values())}")


def clean_row(row_number: int, cells: dict[str, Any], headings: dict[str, str]) -> CleanRow:
    """``cells`` maps field -> raw cell; ``headings`` maps field -> the column's heading
    (for messages). Blank cells are left out: they never overwrite data."""
    result = CleanRow(row_number)

    def problem(field_name: str, message: str) -> None:
        result.problems.append(
            RowProblem(row_number, headings.get(field_name, field_name), message)
        )

    for name, raw in cells.items():
        if raw is None:
            continue
        if raw.__class__ is str:  # most cells: checked and trimmed here, no call per cell
            if hidden := control_problem(raw):
                problem(name, hidden)
                continue
            text = raw.strip() or None
        else:
            text = cell_text(raw)
        if text is None:
            continue
        try:
            if name == "date_of_birth":
                result.values[name] = check_birth_date(parse_date(raw))
            elif name == "postcode":
                result.values[name] = normalise_postcode(text)
            elif name == "email":
                result.values[name] = normalise_email(text)
            elif name in ("phone", "mobile"):
                digits = _NON_DIGITS.sub("", text)
                if len(digits) == 10 and not digits.startswith("0"):
                    text = "0" + digits  # Excel dropped the leading zero
                result.values[name] = normalise_phone(text)
            elif name == "reference":
                result.values[name] = normalise_reference(text)[:40]
            elif name == "tenure":
                result.values[name] = tenure_code(text)
            elif name == "preferred_contact":
                result.values[name] = _choice(text, vocab.CONTACT_METHODS)
            elif name == "involvement_status":
                result.values[name] = _choice(text, vocab.INVOLVEMENT_STATUSES)
            elif name == "full_name":
                title, first, last = split_name(text)
                if title:
                    result.values.setdefault("title", title)
                if first:
                    result.values.setdefault("first_name", first)
                if last:
                    result.values.setdefault("last_name", last)
            elif name == "area":
                result.values[name] = " ".join(text.split())[:120]
            else:
                limit = 20 if name == "title" else 200 if name.startswith("address") else 100
                if len(text) > limit:
                    raise ValueError(f"is longer than {limit} characters")
                result.values[name] = text
        except ValueError as exc:
            message = str(exc)
            if name == "date_of_birth" and not message.startswith("'"):
                message = f"'{text}' {message}"
            problem(name, message)
    if not result.problems and not (
        result.values.get("first_name") or result.values.get("last_name")
    ):
        named = next((f for f in ("last_name", "full_name", "first_name") if f in headings), None)
        problem(named or "last_name", "no name: a first or last name is needed")
    return result
