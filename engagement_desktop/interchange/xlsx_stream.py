"""Big sheets written as XML straight into the workbook.

openpyxl spends about 8 µs on every cell it writes, even in write-only mode:
200,000 attendance rows of 11 columns took 18 s of the 22 s an export took.
For a sheet longer than ``STREAM_ROWS`` rows, ``write_workbook`` lets openpyxl
write everything else (styles, widths, frozen header, autofilter) with the
header row and one probe row holding a date and a date-time; this module then
replaces that sheet's rows in the saved file with the real ones, written as
text: numbers as numbers, dates as dates in the probe's styles, and every
string as an inline string (which a spreadsheet never runs as a formula).
"""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

#: Sheets longer than this are streamed; shorter ones stay entirely with openpyxl.
STREAM_ROWS = 20_000
#: Rows turned into text between progress reports (and checks for Cancel).
STEP = 2_000

Progress = Callable[[int, int | None], bool | None]


class Cancelled(Exception):
    """Raised when progress answers False; the caller removes the file."""


def stream_sheets(
    path: Path,
    sheets: dict[int, tuple[Iterable[Sequence[Any]], int]],
    clean: Callable[[str], str],
    progress: Progress | None = None,
    done: int = 0,
    total: int | None = None,
) -> tuple[int, dict[int, int]]:
    """Put the rows of sheet number n (1-based) into ``path``, a workbook openpyxl
    saved with a header and a probe row there. ``sheets`` maps n to (rows, columns).
    Returns the rows done so far and the rows written per sheet."""
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
                rows, columns = sheets[number]
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with out.open(entry, "w", force_zip64=True) as handle:
                    skeleton = source.read(info).decode("utf-8")
                    done, written[number] = _write_sheet(
                        handle, skeleton, rows, columns, clean, progress, done, total
                    )
        os.replace(rebuilt, path)
    finally:
        rebuilt.unlink(missing_ok=True)
    return done, written


def _write_sheet(
    handle: IO[bytes],
    skeleton: str,
    rows: Iterable[Sequence[Any]],
    columns: int,
    clean: Callable[[str], str],
    progress: Progress | None,
    done: int,
    total: int | None,
) -> tuple[int, int]:
    head, rest = skeleton.split("<sheetData>", 1)
    body, tail = rest.split("</sheetData>", 1)
    header = body[: body.index("</row>") + len("</row>")]
    date_style = _style(body, "A2")
    datetime_style = _style(body, "B2")
    letters = [get_column_letter(i) for i in range(1, max(columns, 1) + 1)]
    last = letters[-1]
    chunk: list[str] = []
    number = 1
    handle.write(re.sub(r'<dimension ref="[^"]*"/>', "", head).encode("utf-8"))
    handle.write(f"<sheetData>{header}".encode())
    for values in rows:
        number += 1
        cells = []
        for letter, value in zip(letters, values, strict=False):
            if value is None or value == "":
                continue
            ref = f"{letter}{number}"
            if isinstance(value, bool):
                cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            elif isinstance(value, datetime):
                serial = to_excel(value)
                cells.append(f'<c r="{ref}" s="{datetime_style}"><v>{serial!r}</v></c>')
            elif isinstance(value, date):
                cells.append(f'<c r="{ref}" s="{date_style}"><v>{to_excel(value)!r}</v></c>')
            else:
                text = clean(str(value))
                keep = ' xml:space="preserve"' if text != text.strip() else ""
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t{keep}>{escape(text)}</t></is></c>')
        chunk.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(chunk) == STEP:
            handle.write("".join(chunk).encode("utf-8"))
            chunk = []
            done += STEP
            if progress is not None and progress(done, total) is False:
                raise Cancelled
    handle.write("".join(chunk).encode("utf-8"))
    done += len(chunk)
    tail = re.sub(r'<autoFilter ref="[^"]*"', f'<autoFilter ref="A1:{last}{number}"', tail)
    handle.write(f"</sheetData>{tail}".encode())
    return done, number - 1


def _style(rows: str, ref: str) -> str:
    """The style number openpyxl gave the probe cell ``ref`` (a date or a date-time)."""
    match = re.search(rf'<c r="{ref}"[^>]*?\ss="(\d+)"', rows)
    if match is None:  # no style: the date would show as a plain number
        raise ValueError(f"The probe cell {ref} has no style")
    return match.group(1)
