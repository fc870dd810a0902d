"""How big a sheet really is, found before the spreadsheet reader sees it.

python-calamine builds a sheet as one grid from A1 to its last filled cell and, when
that grid needs more memory than there is, it aborts the whole process (a Rust
allocation failure is not an exception). A stray cell at XFD1048576 asks for 17
billion cells. The ``<dimension>`` record cannot be trusted to warn us: it may be
missing, wrong, or anywhere in the part. So the sheet's own cell references are read
(streamed, never parsed as a tree, so no entity tricks) and a grid over ``max_cells``
is refused first.

Only a plain sheet is measured here and trusted: every cell tag written as Excel and
the usual libraries write it (``<c r="B7" s="1" t="s">``, its one ``r`` first, quoted
values without ``<`` or ``>``), no prefixed cells, no NUL byte. Anything else (a second
``r``, a key without a space before it, a ``>`` inside a value, an odd prefix, a cell
without a reference, a UTF-16 part) could be tokenised by calamine differently from any
quick reading here, so such a sheet is read in a child process (:mod:`xls_child`) that
may die without taking the program with it; a far cell found on the way is still
refused first, with the cell named.

- xlsx/xlsm: one sheet at a time (calamine loads a sheet when asked). The shared
  string table's ``uniqueCount`` is checked too: calamine reserves that many strings
  when it opens the workbook, and a lie there aborts the same way.
- ods: calamine reads every table when it opens the file, expanding repeated rows
  and columns, so every table is measured.
- xls is read in a child process instead (:mod:`xls_child`): its compound-file layer
  has unbounded loops and allocations no sizing can rule out cheaply.

Measured on the benchmark's files (tests/benchmarks/imports_bench.py; 2 cores): the
20,000 x 28 survey sheet and the 50,000-person export, neither with a dimension record,
take 0.22 s each to measure in one pass, each cell tag checked to its end (0.24 s when
the rows were read first and only each cell's reference checked after), against
0.45-0.5 s for calamine to read them; unzipping the part alone is 0.06 s. Placing
every cell in Python takes 1.2-1.3 s: it is kept to name a far cell in an odd sheet.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from engagement_desktop.errors import EngagementError

_CHUNK = 1 << 20
#: calamine's own ceilings for an .ods table (it caps repeats at these).
_ODS_MAX_ROWS = 1_048_576
_ODS_MAX_COLUMNS = 16_384


class UnreadableFile(EngagementError):
    """The file is not a spreadsheet we can read; nothing was imported."""


class TooBig(UnreadableFile):
    """A sheet whose grid is larger than the program reads."""


@dataclass(frozen=True)
class Extent:
    """The grid calamine would build: rows and columns from A1 to the last filled cell."""

    rows: int = 0
    columns: int = 0

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    @property
    def corner(self) -> str:
        return f"{column_letters(self.columns)}{self.rows}"


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def refuse_if_vast(file_name: str, sheet: str, extent: Extent, max_cells: int) -> None:
    if extent.cells > max_cells:
        raise TooBig(
            f"{file_name} ({sheet}) reaches cell {extent.corner}: {extent.rows:,} rows by "
            f"{extent.columns:,} columns, more than this program reads ({max_cells:,} cells). "
            "If your data is smaller, something is typed far beyond it: in Excel press "
            "Ctrl+End to find it, delete the rows and columns after your data, save, and "
            "import again."
        )


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The part's bytes in blocks that never split a tag: each ends before a ``<``. A
    tag longer than a block (a megabyte of attributes) is read on until the next one
    starts, so a cell reference is never cut in two (a zip bomb is refused before)."""
    held = bytearray()
    while block := stream.read(_CHUNK):
        start = len(held)
        held += block
        cut = held.rfind(b"<", max(start, 1))  # held has no other '<' after its first byte
        if cut > 0:
            yield bytes(held[:cut])
            del held[:cut]
    if held:
        yield bytes(held)


# -- xlsx / xlsm ---------------------------------------------------------------------------

_TAG = re.compile(rb"<(/?)(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")
_R_ATTR = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(rb"([A-Za-z]*)([0-9]+)")
_DIMENSION = re.compile(
    rb'<(?:[\w.-]+:)?dimension\s+ref="([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?"'
)
_FIRST_COLUMNS = re.compile(rb'<c r="([A-Z]{1,3})[1-9]')
_ROW_NUMBER = re.compile(rb'<row r="([1-9][0-9]{0,6})"')


def xlsx_extent(archive: zipfile.ZipFile, part: str) -> Extent:
    """The grid calamine builds for one sheet part, as :func:`xlsx_measure` finds it."""
    return xlsx_measure(archive, part)[0]


def xlsx_measure(archive: zipfile.ZipFile, part: str) -> tuple[Extent, bool]:
    """The grid calamine builds for one sheet part, and whether it is sure.

    Sure, for a plain sheet: take a bound (the ``<dimension>`` record, or the first
    block's cells) and scan once for any cell tag that is not plainly inside it.
    Finding none, the bound holds. Otherwise every cell is placed one by one, the
    way calamine places them in a plain sheet: good for naming a far cell, but not
    sure (calamine may read an odd sheet otherwise), so the caller reads it apart."""
    with archive.open(part) as stream:
        bound = _bound(stream.read(_CHUNK))
    if bound.columns and bound.rows == 0:  # no dimension record: the rows' own numbers
        with archive.open(part) as stream:
            found = _rows_as_they_come(stream, bound.columns)
        if found is not None:
            return found, True
    elif bound.cells and bound.cells <= _BOUND_CAP:
        outside = _outside(bound)
        with archive.open(part) as stream:
            if not any(_odd(chunk) or outside.search(chunk) for chunk in _chunks(stream)):
                return bound, True
    with archive.open(part) as stream:
        return _xlsx_extent_cell_by_cell(stream), False


def _odd(chunk: bytes) -> bool:
    """A prefixed cell, or a NUL (a UTF-16 part, or not XML): not a plain sheet."""
    return b":c" in chunk or b"\x00" in chunk


#: A bound above this is checked cell by cell rather than trusted.
_BOUND_CAP = 5_000_000


def _rows_as_they_come(stream: IO[bytes], columns: int) -> Extent | None:
    """One pass for a sheet without a dimension record: the rows' own numbers as they
    come, each block's cells checked against the columns and the highest row seen so
    far (its own rows included). In the usual file a row's number comes before its
    cells, so every cell passes and the rows seen are the bound; None for anything
    else (a cell beyond, without a reference, prefixed), which is then placed cell by
    cell. Half the time of reading the rows first and the cells after."""
    last = 0
    outside = None
    for chunk in _chunks(stream):
        numbers = _ROW_NUMBER.findall(chunk)
        if numbers:
            last = max(last, *map(int, numbers))
            if last * columns > _BOUND_CAP:
                return None
        if outside is None or outside[0] != last:
            outside = (last, _outside(Extent(last, columns)) if last else _ANY_CELL)
        if _odd(chunk) or outside[1].search(chunk):
            return None
    return Extent(last, columns) if last else None


_ANY_CELL = re.compile(rb"<c(?=[\s>/])")


def _bound(head: bytes) -> Extent:
    """The dimension record's corner, else the widest of the first block's cells (with
    no rows: the caller finds them)."""
    found = _DIMENSION.search(head)
    if found and found.group(3):
        return Extent(int(found.group(4)), column_number(found.group(3).decode()))
    columns = set(_FIRST_COLUMNS.findall(head))
    if not columns:
        return Extent()
    return Extent(0, column_number(max(columns, key=lambda c: (len(c), c)).decode()))


def _outside(bound: Extent) -> re.Pattern[bytes]:
    """A cell tag that is not plainly inside ``bound``: any ``<c`` that is not, to its
    closing ``>``, a first attribute ``r="A1"`` within the bound followed only by other
    lower-case keys (none beginning with ``r``), one space apart, with double-quoted
    values free of ``<`` and ``>``: the way Excel and the usual libraries write cells."""
    inside = _at_most(column_letters(bound.columns), "A", "Z")
    rows = _at_most(str(bound.rows), "0", "9", leading="1")
    others = r'(?: [a-qs-z][a-z]*+="[^"<>]*+")*+'
    return re.compile(rf'<c(?! r="(?:{inside})(?:{rows})"{others}/?>)(?=[\s>/])'.encode())


def _at_most(top: str, low: str, high: str, leading: str | None = None) -> str:
    """A regex for strings up to ``top`` in the order of spreadsheet columns (shorter
    first, then alphabetical) or, with ``leading``, numbers without leading zeros."""
    first = leading or low
    # Possessive: a shorter string's tail is never given back (what follows is never
    # another character of the same kind), which spares the search backtracking.
    shorter = f"[{first}-{high}][{low}-{high}]{{0,{len(top) - 2}}}+" if len(top) > 1 else None
    same = []
    for i, char in enumerate(top):
        start = first if i == 0 else low
        if char > start:
            rest = len(top) - i - 1
            same.append(f"{top[:i]}[{start}-{chr(ord(char) - 1)}][{low}-{high}]{{{rest}}}")
    same.append(top)
    return "|".join(([shorter] if shorter else []) + same)


def _xlsx_extent_cell_by_cell(stream: IO[bytes]) -> Extent:
    """As calamine places cells: ``<row r>`` sets the row, ``</row>`` moves to the next,
    a cell with ``r`` is there and one without follows the last; self-closing ignored."""
    row = column = last_row = last_column = 0
    for chunk in _chunks(stream):
        for closing, name, attributes in _TAG.findall(chunk):
            if attributes.endswith(b"/"):
                continue
            if closing:
                if name == b"row":
                    row, column = row + 1, 0
                continue
            found = _R_ATTR.search(attributes)
            reference = _REFERENCE.fullmatch((found.group(1) or found.group(2)) if found else b"")
            if name == b"row":
                if reference:
                    row = int(reference.group(2)) - 1
                continue
            if reference and reference.group(1):
                row_here = int(reference.group(2)) - 1
                column = column_number(reference.group(1).decode()) - 1
            else:
                row_here = row
            last_row, last_column = max(last_row, row_here + 1), max(last_column, column + 1)
            column += 1
    return Extent(last_row, last_column)


_UNIQUE_COUNT = re.compile(rb"<(?:[\w.-]+:)?sst\b[^>]*?\suniqueCount\s*=\s*[\"']\s*(\d+)")
_STRING_ITEM = re.compile(rb"<(?:[\w.-]+:)?si[\s>/]")


def check_shared_strings(archive: zipfile.ZipFile, file_name: str) -> None:
    """Refuse a string table that claims far more strings than it holds: calamine
    reserves the claimed number on opening, and a hundred billion aborts it."""
    part = next((n for n in archive.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if part is None:
        return
    claimed: int | None = None
    held = 0
    with archive.open(part) as stream:
        for chunk in _chunks(stream):
            if claimed is None:
                found = _UNIQUE_COUNT.search(chunk)
                claimed = int(found.group(1)) if found else 0
            held += len(_STRING_ITEM.findall(chunk))
    if claimed and claimed > 2 * held + 100_000:
        raise TooBig(
            f"{file_name} is damaged: it says it holds {claimed:,} pieces of text but holds "
            f"{held:,}. Open it in your spreadsheet program, save it again, and import that."
        )


# -- ods -----------------------------------------------------------------------------------

_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>"
)
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated\s*=\s*["\'](\d+)')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated\s*=\s*["\'](\d+)')
_HAS_VALUE = re.compile(rb"office:value-type\s*=|table:formula\s*=")
_TABLE_NAME = re.compile(rb'table:name\s*=\s*"([^"]*)"')


def ods_extents(path: Path) -> list[tuple[str, Extent]]:
    """Each table's grid as calamine builds it, repeats expanded: a filled cell repeated
    16,384 times on a row repeated 5,000 times is 82 million cells. Calamine also keeps
    every filled cell of every row before it shapes the grid; that count is taken as a
    grid one row high so it is held to the same limit."""
    tables: list[tuple[str, Extent]] = []
    name = ""
    rows_before = last_row = widest = kept = 0
    row_repeat = column = pending = row_end = 0
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        for chunk in _chunks(stream):
            for closing, tag, attributes in _ODS_TAG.findall(chunk):
                empty_element = attributes.endswith(b"/")
                if tag == b"table":
                    if closing:
                        tables.append((name, Extent(last_row, widest)))
                        tables.append((name, Extent(1, kept)))
                    elif not empty_element:
                        found = _TABLE_NAME.search(attributes)
                        name = found.group(1).decode("utf-8", "replace") if found else "?"
                        rows_before = last_row = widest = kept = 0
                elif tag == b"table-row":
                    if not closing:
                        found = _ROWS_REPEATED.search(attributes)
                        wanted = int(found.group(1)) if found else 1
                        row_repeat = min(wanted, max(_ODS_MAX_ROWS - rows_before, 0))
                        column = pending = row_end = 0
                    if closing or empty_element:
                        if row_end:
                            last_row = rows_before + row_repeat
                            widest = max(widest, row_end)
                        rows_before += row_repeat
                elif not closing:  # a cell (calamine expands <cell/> to a start and end)
                    found = _COLUMNS_REPEATED.search(attributes)
                    repeat = int(found.group(1)) if found else 1
                    skipped = min(pending, max(_ODS_MAX_COLUMNS - column, 0))
                    column += skipped
                    kept += skipped
                    repeat = min(repeat, max(_ODS_MAX_COLUMNS - column, 0))
                    if not empty_element or _HAS_VALUE.search(attributes):
                        column += repeat
                        kept += repeat
                        row_end, pending = column, 0
                    else:
                        pending = repeat
    return tables


def check_ods(path: Path, max_cells: int) -> None:
    for sheet, extent in ods_extents(path):
        refuse_if_vast(path.name, sheet, extent, max_cells)


# -- finding a sheet's part in an xlsx -----------------------------------------------------

_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the named sheet (through the workbook's relationships).
    Parsed with defusedxml: an entity trick in these small parts is refused."""
    from defusedxml import ElementTree

    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rid = next(
        (
            el.get(_RELATIONSHIP)
            for el in book.iter()
            if el.tag.endswith("}sheet") and el.get("name") == sheet
        ),
        None,
    )
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (el.get("Target") for el in rels if el.get("Id") == rid and rid is not None), None
    )
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def check_xlsx_sheet(path: Path, sheet: str, max_cells: int) -> bool:
    """Refuse the sheet before calamine builds it if its grid is over ``max_cells``.
    True when the sheet is plain and measured for sure (calamine may read it here);
    False when it must be read in a child process."""
    with zipfile.ZipFile(path) as archive:
        part = sheet_part(archive, sheet)
        if part is None or part not in archive.namelist():
            return True  # calamine says what is missing, without building anything
        extent, sure = xlsx_measure(archive, part)
        refuse_if_vast(path.name, sheet, extent, max_cells)
        return sure
