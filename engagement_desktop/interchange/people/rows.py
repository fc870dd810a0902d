"""One spreadsheet row -> clean person fields, with every problem named by column.

Shared by the preview and the commit of a people import, so what the preview
promises is exactly what the commit does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from engagement_desktop.interchange.reading.values import cell_text, parse_date
from engagement_desktop.services.common.checks import CONTROLS, HIDDEN, composed, one_line, visible
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


def control_problem(text: str, hidden: re.Pattern[str] = HIDDEN) -> str | None:
    """What is wrong with a cell holding a character never typed nor shown
    (:data:`~engagement_desktop.services.common.checks.HIDDEN`, or ``hidden``), or None.
    The message names the character, never the cell's text (it may be personal data)."""
    found = hidden.search(text)
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


#: What people type where they have nothing to give ("none" in an email column, "ex-dir"
#: for an unlisted phone): read as a blank, so the person is imported without it, not
#: refused for it. Never applied to a name.
PLACEHOLDERS = frozenset(
    {"none", "n/a", "na", "nil", "-", "--", "—", "–", "?", "unknown", "not known", "tbc",
     "no email", "no e-mail", "no phone", "ex-dir", "ex dir", "ex-directory"}
)  # fmt: skip
_NAMES = ("first_name", "last_name", "full_name", "known_as")
_LONGEST = max(map(len, PLACEHOLDERS))
#: A birth date typed as the year alone: a whole date is needed, and it is not a day count.
_YEAR_ONLY = re.compile(r"^\s*(1[89]|20)\d\d(\.0)?\s*$")
#: A date whose year has two digits ("23/02/37"): for a birth date, a year not to come.
_SHORT_YEAR = re.compile(r"\D\d{2}\s*$")

#: What one cell comes to: ("value", v), ("names", ((field, v), ...)) from a full name,
#: ("problem", message) or ("", None) for a blank. A function of the cell alone, so a column's
#: repeated values (a town, a tenure, a first name) are cleaned once per import.
Outcome = tuple[str, Any]
_BLANK: Outcome = ("", None)  # the one outcome with a false kind: nothing to take


def clean_cell(name: str, raw: Any, *, no_controls: bool = False) -> Outcome:
    """One cell of field ``name`` checked and normalised (see :data:`Outcome`).
    ``no_controls``: the caller has already found no control character in it."""
    if raw is None:
        return _BLANK
    if raw.__class__ is str:  # most cells: checked and trimmed here
        # As typed by hand (checks.visible): invisible characters at a word's edge are
        # taken out, a cell of nothing visible is blank; a control anywhere, or a hidden
        # character inside a word, is a problem.
        seen = visible(raw)
        if not no_controls and (hidden := control_problem(raw, CONTROLS) or control_problem(seen)):
            return ("problem", hidden)
        text: str | None = seen or None
    else:
        text = cell_text(raw)
    if text is None or (
        len(text) <= _LONGEST and name not in _NAMES and text.casefold() in PLACEHOLDERS
    ):
        return _BLANK
    try:
        if name == "date_of_birth":
            return ("value", _birth_date(raw, text))
        if name == "postcode":
            return ("value", normalise_postcode(text))
        if name == "email":
            return ("value", normalise_email(text))
        if name in ("phone", "mobile"):
            digits = _NON_DIGITS.sub("", text)
            if len(digits) == 10 and not digits.startswith("0"):
                text = "0" + digits  # Excel dropped the leading zero
            return ("value", normalise_phone(text))
        if name == "reference":
            return ("value", normalise_reference(text)[:40])
        if name == "tenure":
            return ("value", tenure_code(text))
        if name == "preferred_contact":
            return ("value", _choice(text, vocab.CONTACT_METHODS))
        if name == "involvement_status":
            return ("value", _choice(text, vocab.INVOLVEMENT_STATUSES))
        text = one_line(text)  # a name or an address line is one line (below)
        if name == "full_name":
            title, first, last = split_name(text)
            parts = (("title", title), ("first_name", first), ("last_name", last))
            return ("names", tuple((f, v) for f, v in parts if v))
        if name == "area":
            return ("value", text[:120])
        if name.startswith("consent_"):
            return ("value", yes_or_no(text))
        # A name or an address line is one line: a break inside a cell would break every
        # letter and label it is printed on.
        limit = 20 if name == "title" else 200 if name.startswith("address") else 100
        if len(text) > limit:
            raise ValueError(f"is longer than {limit} characters")
        return ("value", text)
    except ValueError as exc:
        message = str(exc)
        if name == "date_of_birth" and not message.startswith("'"):
            message = f"'{text}' {message}"
        return ("problem", message)


_YES = frozenset({"y", "yes", "true", "1", "✓", "✔", "agreed", "given", "ok"})
_NO = frozenset({"n", "no", "false", "0", "✗", "✘", "refused", "declined"})


def yes_or_no(text: str) -> bool:
    """A consent cell: yes (Y, Yes, True, 1, ✓) or no (N, No, False, 0)."""
    folded = text.casefold().strip().rstrip(".")
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(f"'{text}' is not yes or no (Y or N)")


def _birth_date(raw: Any, text: str) -> Any:
    if _YEAR_ONLY.match(text) and not isinstance(raw, bool):
        year = text.split(".")[0].strip()
        raise ValueError(
            f"'{year}' is a year only: give the whole date of birth (e.g. 23/02/{year}), "
            "or leave it blank"
        )
    day = parse_date(raw)
    if _SHORT_YEAR.search(text) and isinstance(day, date) and day > date.today():
        day = day.replace(year=day.year - 100)  # "23/02/37": born in 1937, not 2037
    return check_birth_date(day)


def clean_row(row_number: int, cells: dict[str, Any], headings: dict[str, str]) -> CleanRow:
    """``cells`` maps field -> raw cell; ``headings`` maps field -> the column's heading
    (for messages). Blank cells are left out: they never overwrite data."""
    names = list(cells)
    return _assemble(row_number, names, [clean_cell(n, cells[n]) for n in names], headings)


def clean_columns(
    row_numbers: Sequence[int], columns: Mapping[str, Sequence[Any]], headings: dict[str, str]
) -> list[CleanRow]:
    """:func:`clean_row` for a whole sheet, given column by column (field -> its cells):
    each distinct value of a column is cleaned once, then the rows are put together."""
    names = list(columns)
    outcomes = []
    involved: set[int] = set()  # rows with a full name to split or a problem
    for name, cells in columns.items():
        found, simple = _column_outcomes(name, cells)
        outcomes.append(found)
        if not simple:
            involved.update(i for i, o in enumerate(found) if o[0] not in _SIMPLE)
    result = []
    rows = zip(row_numbers, zip(*outcomes, strict=True), strict=True)
    for i, (number, row) in enumerate(rows):
        if i in involved:
            result.append(_assemble(number, names, row, headings))
            continue
        # The usual row: each value taken as it is, blanks left out.
        clean = CleanRow(number, {n: o[1] for n, o in zip(names, row, strict=True) if o[0]})
        if not (clean.values.get("first_name") or clean.values.get("last_name")):
            clean.problems.append(_no_name(number, headings))
        result.append(clean)
    return result


def _column_outcomes(name: str, cells: Sequence[Any]) -> tuple[list[Outcome], bool]:
    """Each cell's outcome, cleaning each distinct value once; and whether every one is a
    value or a blank. A column of text (the usual) is told apart and searched for control
    characters in one pass each; anything else is keyed by its type too (True == 1 ==
    1.0 as keys)."""
    distinct = dict.fromkeys(cells)
    if all(v is None or v.__class__ is str for v in distinct):
        # One search of all the column's texts, a line each ('\n' is not searched for),
        # and one look at whether they are all composed already (NFC; the usual).
        texts = "\n".join(v for v in distinct if v is not None)
        no_controls = not HIDDEN.search(texts)
        same = composed if not unicodedata.is_normalized("NFC", texts) else _as_it_is
        seen = {
            v: clean_cell(name, v if v is None else same(v), no_controls=no_controls)
            for v in distinct
        }
        found = list(map(seen.__getitem__, cells))
    else:
        typed: dict[Any, Outcome] = {}
        found = []
        for raw in cells:
            key = raw if raw.__class__ is str else (raw.__class__, raw)
            outcome = typed.get(key)
            if outcome is None:
                outcome = typed[key] = clean_cell(
                    name, composed(raw) if isinstance(raw, str) else raw
                )
            found.append(outcome)
        seen = typed
    return found, all(o[0] in _SIMPLE for o in seen.values())


def _as_it_is(text: str) -> str:
    return text


#: The outcomes a row takes as they are (truthy kinds are values; see _BLANK).
_SIMPLE = ("value", "")


def _assemble(
    row_number: int, names: list[str], outcomes: Sequence[Outcome], headings: dict[str, str]
) -> CleanRow:
    result = CleanRow(row_number)
    values = result.values
    for name, (kind, value) in zip(names, outcomes, strict=True):
        if kind == "value":
            values[name] = value
        elif kind == "names":
            for field_name, part in value:
                values.setdefault(field_name, part)
        elif kind == "problem":
            result.problems.append(RowProblem(row_number, headings.get(name, name), value))
    if not result.problems and not (values.get("first_name") or values.get("last_name")):
        result.problems.append(_no_name(row_number, headings))
    return result


def _no_name(row_number: int, headings: dict[str, str]) -> RowProblem:
    named = next((f for f in ("last_name", "full_name", "first_name") if f in headings), None)
    return RowProblem(
        row_number,
        headings.get(named or "last_name", named or "last_name"),
        "no name: a first or last name is needed",
    )
