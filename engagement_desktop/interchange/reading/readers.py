"""Reading spreadsheets safely: xlsx, xlsm (no macros run), xls, ods and csv.

python-calamine reads the workbook formats (fast, no formulas or macros
executed); CSV is read with the standard library after detecting UTF-8 (with
or without BOM) or Windows-1252. All values are normalised in one place
(:func:`normalise`): whole-number floats become ints, blank strings None.
Before any parsing, the file's size and (for zip-based formats) its
uncompressed size and compression ratio are checked, so a zip bomb is refused.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from engagement_desktop.interchange.reading import workbooks
from engagement_desktop.interchange.reading.bulk import bulk
from engagement_desktop.interchange.reading.workbooks import UnreadableFile
from engagement_desktop.services.common.archives import unpacking_problem

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 50.0
    max_uncompressed_mb: float = 500.0
    max_ratio: float = 100.0
    #: Cells in the sheet's used area (rows x columns): 5 million is 160,000 rows of 30
    #: columns; beyond that the sheet is refused before it is read into memory.
    max_cells: int = 5_000_000


@dataclass
class Table:
    """One sheet after finding its header row: headings and data rows, with the row
    numbers the user sees in their spreadsheet program (1-based)."""

    file_name: str
    sheet: str
    sheet_names: list[str]
    header_row: int  # 1-based
    headings: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    encoding: str | None = None  # CSV only
    notes: list[str] = field(default_factory=list)

    def column(self, index: int, count: int = 5) -> list[Any]:
        """The first non-empty values of a column, shown beside its heading when mapping."""
        values = []
        for row in self.rows:
            if index < len(row) and row[index] is not None:
                values.append(row[index])
                if len(values) == count:
                    break
        return values


def normalise(value: Any) -> Any:
    """The one place calamine's and csv's values become what the pipeline expects."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.replace("\u00a0", " ").strip()
        return text or None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0, 0) and value.tzinfo is None else value
    if isinstance(value, date | int):
        return value
    if isinstance(value, timedelta):
        return value
    return str(value).strip() or None


#: The most distinct texts :class:`_Texts` shares (a 20,000-row survey has about 45,000).
SHARED_TEXTS = 200_000


class _Texts(dict[str, str | None]):
    """Each distinct text cell of one sheet, trimmed once, mapped to one shared string.

    A survey column of 20,000 answers holds a dozen different texts, but the reader
    makes 20,000 separate string objects. Every later set or comparison over the column
    then compares characters instead of identities: measured on the benchmark's survey
    sheet, that was 0.06-0.12 s per pass over its columns, and planning makes three.
    The table stops growing at ``SHARED_TEXTS`` entries (about 8 MB), so a sheet of a
    million different names holds no more than that beside its cells; a column's
    repeated answers are met early and shared all the same."""

    def __missing__(self, text: str) -> str | None:
        trimmed = text.replace("\u00a0", " ").strip() or None
        if len(self) < SHARED_TEXTS:
            self[text] = trimmed
        return trimmed


def normalise_rows(rows: list[list[Any]]) -> list[list[Any]]:
    """:func:`normalise` over a sheet, with text (most cells) done inline and shared: a
    20,000 x 30 sheet is 600,000 cells, and a function call each is a tenth of the import."""
    texts = _Texts()
    return [[texts[v] if v.__class__ is str else normalise(v) for v in row] for row in rows]


def check_limits(path: Path, limits: Limits) -> None:
    """Refuse huge files and zip bombs before any parser touches them."""
    if not path.is_file():
        raise UnreadableFile(f"{path} is not a file.")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFile(f"{path.name} is empty.")
    if size > limits.max_file_mb * 1_048_576:
        raise UnreadableFile(
            f"{path.name} is {size / 1_048_576:,.0f} MB; the limit set in Settings is "
            f"{limits.max_file_mb:,.0f} MB."
        )
    problem = unpacking_problem(path, most_mb=limits.max_uncompressed_mb, ratio=limits.max_ratio)
    if problem:
        raise UnreadableFile(problem)


def sheet_names(path: Path, limits: Limits | None = None) -> list[str]:
    path = Path(path)
    check_limits(path, limits or Limits())
    if path.suffix.lower() in CSV_SUFFIXES:
        return [path.stem]
    return workbooks.sheet_names(path, (limits or Limits()).max_cells)


@bulk
def read_table(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    limits: Limits | None = None,
    header_row: int | None = None,
) -> Table:
    """Read one sheet (the first by default), find its header row and return its rows."""
    path = Path(path)
    check_limits(path, limits or Limits())
    suffix = path.suffix.lower()
    encoding = None
    if suffix in CSV_SUFFIXES:
        raw_rows, encoding = _read_csv(path)
        names = [path.stem]
        sheet = path.stem
    elif suffix in WORKBOOK_SUFFIXES:
        names, sheet, raw_rows = workbooks.read_sheet(path, sheet, (limits or Limits()).max_cells)
    else:
        raise UnreadableFile(
            f"{path.name} is not a spreadsheet this program reads "
            "(.xlsx, .xlsm, .xls, .ods or .csv)."
        )
    rows = normalise_rows(raw_rows)
    index = header_row - 1 if header_row else find_header_row(rows)
    if index is None or index >= len(rows):
        others = [name for name in names if name != sheet]
        hint = (
            f" Its other sheets: {', '.join(others)} (choose one; --sheet on the command line)."
            if others
            else ""
        )
        raise UnreadableFile(f"{path.name} ({sheet}) has no header row with column names.{hint}")
    notes = []
    labels = rows[index + 1] if index + 1 < len(rows) else []
    if header_row is None and _answer_labels(labels, rows[index]):
        notes.append(
            f"Row {index + 2} labels the answers under each question (as SurveyMonkey "
            "exports do): read as part of the column names."
        )
    else:
        labels = []
    first = index + 1 + bool(labels)
    headings = _headings(rows[index], rows[first:], labels)
    data, numbers = [], []
    width = len(headings)
    for offset, row in enumerate(rows[first:], start=first + 1):
        if row.count(None) != len(row):  # not a blank row
            data.append(row if len(row) == width else (row + [None] * width)[:width])
            numbers.append(offset)
    if not data:
        raise UnreadableFile(f"{path.name} ({sheet}) has column headings but no rows of data.")
    return Table(path.name, sheet, names, index + 1, headings, data, numbers, encoding, notes)


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    data = path.read_bytes()
    text, label = _decode(data, path.name)
    delimiter = _delimiter(text[:65_536])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [list(row) for row in reader], label
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise UnreadableFile(
                f"{path.name}, line {reader.line_num:,}: a cell holds more than "
                f"{csv.field_size_limit():,} characters, more than any name, address or "
                "answer; the file is damaged or not a table."
            ) from exc
        raise UnreadableFile(f"{path.name} is not a well-formed CSV file ({exc}).") from exc


def _delimiter(sample: str) -> str:
    """The separator that splits the most lines into the same number of columns
    (title lines above the table do not fool it, unlike csv.Sniffer)."""
    lines = sample.splitlines()[:60]
    best, best_score = ",", 0
    for candidate in (",", ";", "\t", "|"):
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=candidate) if len(row) > 1]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * common
        if score > best_score:
            best, best_score = candidate, score
    return best


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 with a byte-order mark (Excel's "Unicode Text"), UTF-8 (with or without
    BOM) if it decodes, else Windows-1252 (Excel's "CSV"). A file with many NUL bytes
    and no UTF-16 mark is not text; a stray NUL is left for the import to report."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"{name} says it is UTF-16 text but is not.") from exc
    head = data[:4096]
    if head.count(b"\x00") > max(16, len(head) // 100):
        raise UnreadableFile(f"{name} is not a text (CSV) file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return text, "UTF-8 with BOM" if data.startswith(b"\xef\xbb\xbf") else "UTF-8"
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{name} is in a text encoding this program cannot read.") from exc


def find_header_row(rows: list[list[Any]]) -> int | None:
    """The first row that looks like column names: several text cells, at least 60% as
    many filled cells as the widest of the next rows, followed by data."""
    window = rows[:HEADER_SEARCH_ROWS]
    widest = max((_filled(r) for r in rows[: HEADER_SEARCH_ROWS + 20]), default=0)
    if widest == 0:
        return None
    headings_only = None
    for index, row in enumerate(window):
        texts = sum(1 for v in row if isinstance(v, str))
        filled = _filled(row)
        looks_like_names = filled >= 2 and texts >= max(2, 0.6 * filled)
        if looks_like_names and filled >= 0.6 * widest:
            if any(_filled(r) for r in rows[index + 1 : index + 6]):
                return index
            headings_only = index if headings_only is None else headings_only
    return headings_only  # names with nothing under them: "no rows of data"


def _filled(row: list[Any]) -> int:
    return sum(1 for v in row if v is not None)


#: What a second heading row says under a single-answer question (SurveyMonkey,
#: SmartSurvey): not part of the name. Any other label names an option's column.
_ANSWER_WORDS = {"response", "open-ended response", "open ended response"}


def _answer_labels(row: list[Any], headings: list[Any]) -> bool:
    """True for a second heading row as SurveyMonkey and SmartSurvey write it: text
    only, nothing under the first column (the respondent's id), and "Response" or
    "Open-Ended Response" under at least two questions, or under one question beside
    option names under a merged heading. A return never looks like that."""
    filled = [(i, v) for i, v in enumerate(row) if v is not None]
    if not filled or row[0] is not None or not all(isinstance(v, str) for _, v in filled):
        return False
    answers = sum(1 for _, v in filled if v.casefold() in _ANSWER_WORDS)
    merged = any(i >= len(headings) or headings[i] is None for i, _ in filled)
    return answers >= 2 or (answers == 1 and merged)


def _headings(row: list[Any], below: list[list[Any]], labels: list[Any] | None = None) -> list[str]:
    """Names for every column: merged header cells carry their name across, blanks
    with data get "Column N", and repeated names are numbered. A second heading row
    (``labels``) names each option of a multi-answer question: "Question: Option"."""
    width = max([len(row), len(labels or ()), *(len(r) for r in below[:200])], default=len(row))
    used_columns = {i for r in below[:200] for i, v in enumerate(r) if v is not None}
    names: list[str] = []
    seen: dict[str, int] = {}
    previous = None
    for index in range(width):
        value = row[index] if index < len(row) else None
        label = labels[index] if labels and index < len(labels) else None
        label = (
            None if label is None or label.casefold() in _ANSWER_WORDS else " ".join(label.split())
        )
        if value is None:
            if index not in used_columns and not label:
                name = f"Column {index + 1}"
            elif previous is not None:
                name = f"{previous}: {label}" if label else f"{previous} ({index + 1})"
            else:
                name = label or f"Column {index + 1}"
        else:
            name = " ".join(str(value).split())
            previous = name
            if label:
                name = f"{name}: {label}"
        count = seen.get(name.casefold(), 0)
        seen[name.casefold()] = count + 1
        names.append(name if count == 0 else f"{name} ({count + 1})")
    while names and names[-1].startswith("Column ") and (len(names) - 1) not in used_columns:
        names.pop()
    return names
