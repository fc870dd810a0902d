"""Hostile files, built by hand in a folder: every way a file has been seen to crash a
reader, and the plain awkward ones (empty, a folder, UTF-16, NUL bytes, a 10 MB cell).

Each builder writes one file and returns its path. Workbooks are written byte by byte
(zip members, XML, BIFF records inside a compound file) so a builder can make the lies
real programs never write: a missing, wrong or late ``<dimension>``, a shared-string
count of a hundred billion, a row repeated thousands of times.
"""

from __future__ import annotations

import secrets
import struct
import zipfile
from pathlib import Path

HEADER = ("Forename", "Surname", "Postcode", "How satisfied are you with the service?")
ROWS = (
    ("Ann", "Ellis", "PE11 1AA", "Very satisfied"),
    ("Bo", "Ng", "PE11 1AB", "Fairly satisfied"),
)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _letters(column: int) -> str:
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(
    *,
    dimension: str | None = "A1:D3",
    before_dimension: str = "",
    extra_rows: str = "",
    doctype: str = "",
) -> str:
    """A sheet of HEADER and ROWS; ``extra_rows`` goes after them in <sheetData>."""
    rows = [
        f'<row r="{r}">'
        + "".join(_cell(f"{_letters(c)}{r}", v) for c, v in enumerate(values, 1))
        + "</row>"
        for r, values in enumerate((HEADER, *ROWS), start=1)
    ]
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{_MAIN}">'
        f"{before_dimension}{dim}<sheetData>{''.join(rows)}{extra_rows}</sheetData></worksheet>"
    )


def xlsx(
    folder: Path,
    name: str,
    sheet: str,
    *,
    workbook_doctype: str = "",
    shared_strings: str | None = None,
) -> Path:
    """A workbook of one sheet called "Returns" holding ``sheet`` (its XML)."""
    macro = name.endswith(".xlsm")
    kind = "sheet.macroEnabled.main+xml" if macro else "sheet.main+xml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
            '/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            f'"application/vnd.ms-excel.{kind}"/><Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet'
            '+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>{workbook_doctype}<workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_REL}"><sheets><sheet name="Returns" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared_strings is not None:
        parts["xl/sharedStrings.xml"] = shared_strings
    path = folder / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return path


FAR = _cell("XFD1048576", "x")


def far_cell_no_dimension(folder: Path, suffix: str = ".xlsx") -> Path:
    return xlsx(folder, f"far-nodim{suffix}", sheet_xml(dimension=None, extra_rows=_far_row()))


def far_cell_lying_dimension(folder: Path, suffix: str = ".xlsx") -> Path:
    return xlsx(folder, f"far-lying{suffix}", sheet_xml(dimension="A1:C10", extra_rows=_far_row()))


def far_cell_late_dimension(folder: Path, suffix: str = ".xlsx") -> Path:
    """The true dimension, but after 70 KB of comment: past where a quick look reads."""
    padding = "<!--" + "x" * 70_000 + "-->"
    sheet = sheet_xml(dimension="A1:XFD1048576", before_dimension=padding, extra_rows=_far_row())
    return xlsx(folder, f"far-late{suffix}", sheet)


def far_cell_long_tag(folder: Path) -> Path:
    """The far cell's tag carries 3 MB of attribute: longer than the blocks the sheet is
    measured in, so a reader that cut the tag in two would lose its reference."""
    filler = secrets.token_hex(1_500_000)  # random, so the file is no zip bomb
    far = (
        f'<row r="1048576"><c r="XFD1048576" t="inlineStr" x="{filler}"><is><t>x</t></is></c></row>'
    )
    return xlsx(folder, "far-longtag.xlsx", sheet_xml(dimension=None, extra_rows=far))


_V = "<is><t>x</t></is>"

#: Far cells calamine places where a quick reading of the XML would not (found in review):
#: calamine keeps a cell's LAST ``r``, needs no space before a key, reads ``<`` and ``>``
#: inside quoted values, takes any prefix, expands ``<row/>`` and skips comments.
ODD_FAR_CELLS: dict[str, tuple[str, str | None]] = {
    "second r": (f'<row r="3"><c r="A3" r="XFD1048576" t="inlineStr">{_V}</c></row>', "A1:D3"),
    "no space before r": (f'<row r="3"><c t="inlineStr"r="XFD1048576">{_V}</c></row>', None),
    "'>' in a value": (f'<row r="3"><c x=">" r="XFD1048576" t="inlineStr">{_V}</c></row>', None),
    "prefix x+:c": (f'<row r="3"><x+:c r="XFD1048576" t="inlineStr">{_V}</x+:c></row>', None),
    "self-closing far row": (
        f'<row r="1048576"/><row><c r="XFD1"/><c t="inlineStr">{_V}</c></row>',
        None,
    ),
    "comment hides the row": (
        f'<row r="1048576"><!--<row r="1">--><c r="XFD1"><v>1</v></c>'
        f'<c t="inlineStr">{_V}</c></row>',
        None,
    ),
}


def odd_far_cell(folder: Path, name: str) -> Path:
    extra, dimension = ODD_FAR_CELLS[name]
    sheet = sheet_xml(dimension=dimension, extra_rows=extra)
    return xlsx(folder, "odd-" + "".join(c for c in name if c.isalnum()) + ".xlsx", sheet)


def far_cell_long_tag_with_less_than(folder: Path) -> Path:
    """A '<' inside a 3 MB value: where a block is cut, the reference after it is lost."""
    filler = secrets.token_hex(1_500_000)
    far = f'<row r="1048576"><c x="<{filler}" r="XFD1048576" t="inlineStr">{_V}</c></row>'
    return xlsx(folder, "far-longtag-lt.xlsx", sheet_xml(dimension=None, extra_rows=far))


def far_cell_without_references(folder: Path) -> Path:
    """Cells with no ``r``: placed by counting, the last row a million down and 20 wide."""
    cells = "".join(f'<c t="inlineStr"><is><t>{i}</t></is></c>' for i in range(20))
    return xlsx(folder, "far-norefs.xlsx", sheet_xml(extra_rows=f'<row r="1048576">{cells}</row>'))


def _far_row() -> str:
    return f'<row r="1048576">{FAR}</row>'


def lying_shared_strings(folder: Path) -> Path:
    """A string table that says it holds a hundred billion strings (it holds one)."""
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}" count="1" '
        'uniqueCount="100000000000"><si><t>Forename</t></si></sst>'
    )
    return xlsx(folder, "sst-lies.xlsx", sheet_xml(), shared_strings=sst)


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


def billion_laughs(folder: Path) -> Path:
    """Entity expansion in the workbook part and in the sheet."""
    sheet = sheet_xml(doctype=LAUGHS).replace("<t>Ann</t>", "<t>&lol9;</t>")
    return xlsx(folder, "laughs.xlsx", sheet, workbook_doctype=LAUGHS)


def truncated(folder: Path) -> Path:
    whole = xlsx(folder, "whole.xlsx", sheet_xml())
    data = whole.read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb(folder: Path) -> Path:
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (200 * 1024 * 1024))
    return path


def ods(folder: Path, name: str, table: str) -> Path:
    """An OpenDocument spreadsheet whose only table is ``table`` (its rows' XML)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Returns">'
        f"{_ods_rows()}{table}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    path = folder / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
            'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry'
            ' manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
            'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
            'type="text/xml"/></manifest:manifest>',
        )
    return path


def _ods_cell(text: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{times}><text:p>{text}</text:p>'
        "</table:table-cell>"
    )


def _ods_rows() -> str:
    return "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in values) + "</table:table-row>"
        for values in (HEADER, *ROWS)
    )


def ods_repeated(folder: Path) -> Path:
    """A filled cell repeated across every column, on a row repeated 5,000 times: 82
    million cells once expanded (under the reader's own cap of 100 million)."""
    row = (
        '<table:table-row table:number-rows-repeated="5000">'
        f"{_ods_cell('x', 16_384)}</table:table-row>"
    )
    return ods(folder, "repeated.ods", row)


def ods_usual_tail(folder: Path) -> Path:
    """As LibreOffice saves: empty cells and rows repeated to the edge of the sheet."""
    tail = (
        '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
    )
    return ods(folder, "usual.ods", tail)


# -- .xls: BIFF8 records in a compound file (the OLE2 container Excel 97-2003 wrote) --------


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _label(row: int, col: int, text: str) -> bytes:
    encoded = text.encode("latin-1")
    return _record(0x0204, struct.pack("<HHHHB", row, col, 15, len(encoded), 0) + encoded)


def xls(
    folder: Path,
    name: str,
    *,
    dimension: tuple[int, int, int, int] = (0, 3, 0, 4),
    far: tuple[int, int] | None = None,
) -> Path:
    """One sheet of HEADER and ROWS; DIMENSIONS says ``dimension`` (first row, last row + 1,
    first column, last column + 1); ``far`` adds a number at that (row, column)."""
    bof = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
    sheet_name = b"Returns"
    boundsheet_size = 4 + 8 + len(sheet_name)
    globals_ = bof + _record(0x0042, struct.pack("<H", 1200))
    start = len(globals_) + boundsheet_size + 4  # the sheet follows the globals' EOF
    globals_ += _record(0x0085, struct.pack("<IBBBB", start, 0, 0, len(sheet_name), 0) + sheet_name)
    globals_ += _record(0x000A, b"")
    sheet = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0))
    sheet += _record(0x0200, struct.pack("<IIHHH", *dimension, 0))
    for r, values in enumerate((HEADER, *ROWS)):
        sheet += b"".join(_label(r, c, v) for c, v in enumerate(values))
    if far:
        sheet += _record(0x0203, struct.pack("<HHHd", *far, 15, 1.0))
    sheet += _record(0x000A, b"")
    return compound_file(folder / name, {"Workbook": globals_ + sheet})


def compound_file(path: Path, streams: dict[str, bytes]) -> Path:
    """A minimal compound file (512-byte sectors; every stream padded to 4,096 bytes or
    more so none lives in the mini stream), as Excel and Office encryption write them."""
    sector = 512
    data = b""
    entries = []
    for name, body in streams.items():
        body = body.ljust(max(4096, -(-len(body) // sector) * sector), b"\0")
        entries.append((name, len(data) // sector, len(body)))
        data += body
    dir_sector = len(data) // sector
    fat_sector = dir_sector + 1
    count = fat_sector + 1
    fat = []
    for _, first, size in entries:
        sectors = size // sector
        fat += [first + i + 1 for i in range(sectors - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFE, 0xFFFFFFFD]  # the directory (one sector), the FAT itself
    fat += [0xFFFFFFFF] * (128 - len(fat))
    directory = _dir_entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1 if entries else 0xFFFFFFFF)
    for number, (name, first, size) in enumerate(entries, start=1):
        right = number + 1 if number < len(entries) else 0xFFFFFFFF
        directory += _dir_entry(name, 2, first, size, right=right)
    directory = directory.ljust(sector, b"\0")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, dir_sector, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
        + struct.pack("<I", fat_sector)
        + b"\xff" * (109 * 4 - 4)
    )
    assert len(header) == 512 and count * sector == len(data) + 2 * sector
    path.write_bytes(header + data + directory + struct.pack("<128I", *fat))
    return path


def _dir_entry(
    name: str,
    kind: int,
    first: int,
    size: int,
    *,
    child: int = 0xFFFFFFFF,
    right: int = 0xFFFFFFFF,
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBBIII", len(encoded), kind, 1, 0xFFFFFFFF, right, child)
        + b"\0" * 16
        + b"\0" * 4
        + b"\0" * 16
        + struct.pack("<IQ", first, size)
    )


def xls_plain(folder: Path) -> Path:
    return xls(folder, "plain.xls")


def xls_far_cell(folder: Path) -> Path:
    """A number in column 65,535 of row 65,536 (BIFF8 stores columns in 16 bits): four
    billion cells; the DIMENSIONS record says the sheet is A1:D3."""
    return xls(folder, "far.xls", far=(65_535, 65_535))


def xls_lying_dimension(folder: Path) -> Path:
    """A DIMENSIONS record claiming four billion rows by 65,535 columns."""
    return xls(folder, "dimension.xls", dimension=(0, 0xFFFFFFFF, 0, 0xFFFF))


def encrypted(folder: Path) -> Path:
    """What Excel writes when a workbook has a password: a compound file, named .xlsx."""
    return compound_file(
        folder / "locked.xlsx",
        {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"\x01" * 64},
    )


# -- text files ---------------------------------------------------------------------------


def csv_text(rows: list[list[str]]) -> str:
    return "".join(",".join(row) + "\r\n" for row in rows)


def plain_rows() -> list[list[str]]:
    return [list(HEADER), *map(list, ROWS)]


def utf16_csv(folder: Path) -> Path:
    """Excel's "Unicode Text": UTF-16 with a byte-order mark, tab separated."""
    path = folder / "unicode.txt"
    text = "".join("\t".join(row) + "\r\n" for row in plain_rows())
    path.write_bytes(text.encode("utf-16"))  # BOM first
    return path


def nul_csv(folder: Path) -> Path:
    """A NUL byte inside a surname (and a bell in an answer) on the second data row."""
    rows = plain_rows()
    rows[2][1] = "Ng\x00"
    rows[2][3] = "Fairly\x07satisfied"
    path = folder / "nul.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def big_cell_csv(folder: Path) -> Path:
    rows = plain_rows()
    rows[1][3] = "x" * (10 * 1024 * 1024)
    path = folder / "big-cell.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def wide_csv(folder: Path) -> Path:
    """1,000 columns: the usual four and 996 more questions."""
    extra = [f"Question {n}" for n in range(5, 1001)]
    rows = [[*HEADER, *extra], *([*row, *("Yes" for _ in extra)] for row in ROWS)]
    path = folder / "wide.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def directory(folder: Path) -> Path:
    path = folder / "a-folder.xlsx"
    path.mkdir()
    return path
