"""Sheet rows written as XML straight into the workbook.

openpyxl spends about 8 µs on every cell it writes, even in write-only mode:
200,000 attendance rows of 11 columns took 18 s of the 22 s an export took.
So ``write_workbook`` lets openpyxl write everything but the rows (styles,
widths, title and header rows, frozen panes, autofilter, print set-up) and this
module then puts each sheet's rows into the saved file as text: numbers as
numbers, dates as dates, every string as an inline string (which a spreadsheet
never runs as a formula), each cell in the style the writer registered for its
column (money, wrapped text, bold totals) or for itself (:class:`Styled`).
"""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, NamedTuple
from xml.sax.saxutils import escape

#: Points a line of 11-point text takes; a row of wrapped text is this times its lines.
LINE_HEIGHT = 15
#: Rows turned into text between progress reports (and checks for Cancel).
STEP = 2_000

Progress = Callable[[int, int | None], bool | None]


class Cancelled(Exception):
    """Raised when progress answers False; the caller removes the file."""


class Styled(NamedTuple):
    """A value with a style of the sheet's own (``Sheet.styles``), e.g. a training
    record's date shown as "Expired 01/03/2025" on a dark red fill."""

    value: Any
    style: str


class CellStyles(NamedTuple):
    """The ``s`` attribute (``' s="7"'`` or ``""``) a column's cells take, by value type."""

    text: str
    number: str
    date: str
    datetime: str


@dataclass
class SheetRows:
    """What goes into one sheet below the rows openpyxl wrote.

    ``plain`` and ``bold`` hold a :class:`CellStyles` per column (bold for totals);
    ``money`` is the style for numbers on a row labelled "... (£)", plain and bold;
    ``styled`` maps a :class:`Styled` key to its ``s`` attribute.
    """

    rows: Iterable[Sequence[Any]]
    columns: int
    first_row: int  # the sheet row the first data row goes on
    plain: Sequence[CellStyles]
    bold: Sequence[CellStyles]
    money: tuple[str, str]
    totals: Sequence[Sequence[Any]] = ()
    styled: Mapping[str, str] | None = None
    wrap_widths: Sequence[float | None] = ()  # characters a line, for each wrapped column
    header_lines: int = 1


def stream_sheets(
    path: Path,
    sheets: dict[int, SheetRows],
    clean: Callable[[str], str],
    progress: Progress | None = None,
    done: int = 0,
    total: int | None = None,
) -> tuple[int, dict[int, int]]:
    """Put the rows of sheet number n (1-based) into ``path``, a workbook openpyxl saved
    with only the rows above the table there. Returns the rows done so far and the
    data rows written per sheet."""
    rebuilt = path.with_name(path.name + ".rows")
    written: dict[int, int] = {}
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as out,
        ):
            for info in source.infolist():
                match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
                number = int(match.group(1)) if match else 0
                if number not in sheets:
                    out.writestr(info, source.read(info))
                    continue
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with out.open(entry, "w", force_zip64=True) as handle:
                    skeleton = source.read(info).decode("utf-8")
                    done, written[number] = _write_sheet(
                        handle, skeleton, sheets[number], clean, progress, done, total
                    )
        os.replace(rebuilt, path)
    finally:
        rebuilt.unlink(missing_ok=True)
    return done, written


def _write_sheet(
    handle: IO[bytes],
    skeleton: str,
    spec: SheetRows,
    clean: Callable[[str], str],
    progress: Progress | None,
    done: int,
    total: int | None,
) -> tuple[int, int]:
    if progress is not None and progress(done, total) is False:  # Cancel before each sheet
        raise Cancelled
    from openpyxl.utils import get_column_letter  # here, not at start-up: openpyxl is big

    head, rest = skeleton.split("<sheetData>", 1)
    above, tail = rest.split("</sheetData>", 1)
    letters = [get_column_letter(i) for i in range(1, max(spec.columns, 1) + 1)]
    chunk: list[str] = []
    number = spec.first_row - 1
    handle.write(re.sub(r'<dimension ref="[^"]*"/>', "", head).encode("utf-8"))
    if spec.header_lines > 1:  # a spreadsheet does not grow a row for wrapped text itself
        height = spec.header_lines * LINE_HEIGHT
        above = re.sub(
            rf'<row r="{spec.first_row - 1}"',
            f'<row r="{spec.first_row - 1}" ht="{height}" customHeight="1"',
            above,
        )
    handle.write(f"<sheetData>{above}".encode())
    for values in spec.rows:
        number += 1
        chunk.append(_row(number, values, letters, spec, spec.plain, spec.money[0], clean))
        if len(chunk) == STEP:
            handle.write("".join(chunk).encode("utf-8"))
            chunk = []
            done += STEP
            if progress is not None and progress(done, total) is False:
                raise Cancelled
    done += len(chunk)
    last_data = number
    for values in spec.totals:
        number += 1
        chunk.append(_row(number, values, letters, spec, spec.bold, spec.money[1], clean))
    handle.write("".join(chunk).encode("utf-8"))
    filtered = f"{letters[-1]}{max(last_data, spec.first_row - 1)}"
    tail = re.sub(r'(<autoFilter ref="[A-Z]+\d+:)[A-Z]+\d+"', rf'\g<1>{filtered}"', tail)
    handle.write(f"</sheetData>{tail}".encode())
    return done, last_data - spec.first_row + 1


def _row(
    number: int,
    values: Sequence[Any],
    letters: Sequence[str],
    spec: SheetRows,
    styles: Sequence[CellStyles],
    money: str,
    clean: Callable[[str], str],
) -> str:
    cells = []
    lines = 1
    # A row whose label says "(£)" holds money in every column (a figures table).
    money_row = bool(values) and isinstance(values[0], str) and values[0].endswith("(£)")
    for letter, style, value, wrap in zip(letters, styles, values, spec.wrap_widths, strict=False):
        if value is None or value == "":
            continue
        kind = type(value)
        if kind is str:  # the common cases first, inline: 2 million cells in a big export
            text = clean(value)
            if wrap and (len(text) > wrap - 1 or "\n" in text):
                lines = max(lines, wrapped_lines(text, wrap))
            keep = ' xml:space="preserve"' if text != text.strip() else ""
            cells.append(
                f'<c r="{letter}{number}"{style.text} t="inlineStr">'
                f"<is><t{keep}>{escape(text)}</t></is></c>"
            )
        elif kind is int:
            number_style = money if money_row else style.number
            cells.append(f'<c r="{letter}{number}"{number_style}><v>{value}</v></c>')
        elif kind is Styled:
            s = f' s="{spec.styled[value.style]}"' if spec.styled else ""
            cells.append(_cell(f"{letter}{number}", value.value, s, s, s, s, clean))
        else:
            number_style = money if money_row else style.number
            ref = f"{letter}{number}"
            cells.append(
                _cell(ref, value, style.text, number_style, style.date, style.datetime, clean)
            )
    height = f' ht="{lines * LINE_HEIGHT}" customHeight="1"' if lines > 1 else ""
    return f'<row r="{number}"{height}>{"".join(cells)}</row>'


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped at word breaks in a column ``width`` characters wide."""
    room = max(1, int(width) - 1)
    total = 0
    for paragraph in text.splitlines() or [""]:
        used = 0
        count = 1
        for word in paragraph.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need > room and used:
                count += 1 + (len(word) - 1) // room
                used = len(word) % room or room
            else:
                used = need
                if used > room:
                    count += (used - 1) // room
                    used = used % room or room
        total += count
    return min(total, 15)  # a longer note shows its start; the cell holds it all


def _cell(
    ref: str, value: Any, text: str, number: str, day: str, moment: str, clean: Callable
) -> str:
    if isinstance(value, str):
        cleaned = clean(value)
        keep = ' xml:space="preserve"' if cleaned != cleaned.strip() else ""
        return f'<c r="{ref}"{text} t="inlineStr"><is><t{keep}>{escape(cleaned)}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f'<c r="{ref}"{number}><v>{value!r}</v></c>'
    if isinstance(value, Decimal) and value.is_finite():
        return f'<c r="{ref}"{number}><v>{value}</v></c>'
    if isinstance(value, date):  # a datetime too; openpyxl is loaded by now (it wrote the rest)
        from openpyxl.utils.datetime import to_excel

        style = moment if isinstance(value, datetime) else day
        return f'<c r="{ref}"{style}><v>{to_excel(value)!r}</v></c>'
    return _cell(ref, str(value), text, number, day, moment, clean)
