"""Sheets calamine would read otherwise than a quick look at their XML (found in review):
the measure is either sure and no smaller than calamine's grid, or not sure, and then the
sheet is read in a child process; either way the data of a small one is read."""

# ruff: noqa: E501 (a table of sheets, one per line)

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from engagement_desktop.interchange.reading import sheet_size
from engagement_desktop.interchange.reading.readers import read_table
from tests.hostile import corpus

V = "<is><t>x</t></is>"
C = f'<c t="inlineStr">{V}</c>'
#: Small grids, safe to give calamine here; their far versions are in tests/hostile.
ODD = {
    "second r": (f'<row r="3"><c r="A3" r="Z70" t="inlineStr">{V}</c></row>', "A1:D3"),
    "second r, no dimension": (f'<row r="3"><c r="A3" r="Z70" t="inlineStr">{V}</c></row>', None),
    "no space before r": (f'<row r="60"><c t="inlineStr"r="Z60">{V}</c></row>', None),
    "no space before a second r": (f'<row r="3"><c r="A3" t="inlineStr"r="Z61">{V}</c></row>', None),
    "key 'foo r'": (f'<row r="80"><c foo r="A1" t="inlineStr">{V}</c></row>', None),
    "'>' in a value": (f'<row r="3"><c x=">" r="Z90" t="inlineStr">{V}</c></row>', None),
    "'>' after the reference": (f'<row r="3"><c r="A3" x=">" r="Z91" t="inlineStr">{V}</c></row>', "A1:D3"),
    "prefix x+:c": (f'<row r="3"><x+:c r="Z95" t="inlineStr">{V}</x+:c></row>', None),
    "prefix :c": (f'<row r="3"><:c r="Z96" t="inlineStr">{V}</:c></row>', None),
    "row ended with a prefix": ('<row r="3"></row>' + "<x+:row></x+:row>" * 40 + f"<row>{C}</row>", None),
    "comment resets the row": (f'<row r="99"><!--<row r="1">-->{C}</row>', None),
    "PI resets the row": (f'<row r="99"><?x <row r="1"> ?>{C}</row>', None),
    "self-closing row, then a row without r": (f'<row r="50"/><row><c r="J1"/>{C}</row>', None),
    "self-closing cells move the column": ('<row r="3">' + "<c/>" * 20 + C + "</row>", None),
    "r spaced from its value": (f'<row r="3"><c r = "Z31" t="inlineStr">{V}</c></row>', "A1:D3"),
}  # fmt: skip


def _measured(path: Path) -> tuple[tuple[int, int], bool]:
    with zipfile.ZipFile(path) as archive:
        found, sure = sheet_size.xlsx_measure(archive, "xl/worksheets/sheet1.xml")
    return (found.rows, found.columns), sure


@pytest.mark.parametrize("extra, dimension", list(ODD.values()), ids=list(ODD))
def test_an_odd_sheet_is_not_trusted_and_is_still_read(
    tmp_path: Path, extra: str, dimension: str | None
) -> None:
    path = corpus.xlsx(tmp_path, "t.xlsx", corpus.sheet_xml(dimension=dimension, extra_rows=extra))
    built = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Returns")
    rows = built.to_python(skip_empty_area=False)
    measured, sure = _measured(path)
    assert not sure or (measured[0] >= len(rows) and measured[1] >= max(map(len, rows)))
    table = read_table(path)  # through the child when not sure: the same rows
    assert table.headings[:2] == ["Forename", "Surname"]
    assert len(table.rows) == sum(1 for row in rows[1:] if any(v != "" for v in row))


def test_a_plain_sheet_is_measured_for_sure(tmp_path: Path) -> None:
    """The usual file is measured here, exactly, and not sent to a child."""
    plain = f'<row r="7"><c r="F7" s="1" t="inlineStr">{V}</c><c r="G7" s="2"/></row>'
    for dimension in (None, "A1:G7"):
        path = corpus.xlsx(tmp_path, f"p{dimension is None}.xlsx", corpus.sheet_xml(
            dimension=dimension, extra_rows=plain))  # fmt: skip
        assert _measured(path) == ((7, 7), True)


def test_far_odd_cells_are_refused_without_calamine_here(tmp_path: Path) -> None:
    """Never handed to calamine in this process: not sure (read apart), or found far."""
    for name in corpus.ODD_FAR_CELLS:
        measured, sure = _measured(corpus.odd_far_cell(tmp_path, name))
        assert not sure or measured[0] * measured[1] > 5_000_000, name
    measured, sure = _measured(corpus.far_cell_long_tag_with_less_than(tmp_path))
    assert not sure or measured == (1_048_576, 16_384)
