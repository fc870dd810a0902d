"""Sizing a sheet before calamine builds it: the same grid calamine would build, found
from the cells themselves, whatever the dimension record says."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from engagement_desktop.interchange.reading import sheet_size
from engagement_desktop.interchange.reading.readers import UnreadableFile, read_table
from tests.hostile import corpus


def _calamine_grid(path: Path) -> tuple[int, int]:
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Returns")
    rows = sheet.to_python(skip_empty_area=False)
    return len(rows), max((len(r) for r in rows), default=0)


def _extent(path: Path) -> tuple[int, int]:
    with zipfile.ZipFile(path) as archive:
        found = sheet_size.xlsx_extent(archive, "xl/worksheets/sheet1.xml")
    return found.rows, found.columns


_CELL = st.tuples(
    st.integers(1, 40),  # row
    st.integers(1, 30),  # column
    st.sampled_from(["ref", "no-ref", "prefixed", "late-r", "empty"]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cells=st.lists(_CELL, max_size=12),
    dimension=st.sampled_from([None, "A1:D3", "A1:XFD1048576", "A1:B2"]),
    block=st.sampled_from([1 << 20, 97, 23]),
)
def test_the_grid_is_the_one_calamine_builds(
    tmp_path: Path, cells, dimension, block, monkeypatch
) -> None:
    """Stray cells anywhere, with or without references, prefixed, with ``r`` not first,
    or formatted but empty: the measured grid is never smaller than calamine's (what
    keeps the process alive), and is calamine's own unless rows of formatted empty
    cells trail the data (counted when the sheet has no dimension record). The part is
    read in blocks; small ones put rows and cells on either side of a block's end."""
    monkeypatch.setattr(sheet_size, "_CHUNK", block)
    extra = []
    for row, column, how in cells:
        ref = f"{sheet_size.column_letters(column)}{row}"
        value = "<is><t>x</t></is>"
        extra.append(
            {
                "ref": f'<row r="{row}"><c r="{ref}" t="inlineStr">{value}</c></row>',
                "no-ref": f'<row r="{row}">' + '<c t="inlineStr">' + value + "</c>" * 1 + "</row>",
                "prefixed": f'<row r="{row}"><x:c xmlns:x="{corpus._MAIN}" r="{ref}" '
                f't="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></row>',
                "late-r": f'<row r="{row}"><c t="inlineStr" r="{ref}">{value}</c></row>',
                "empty": f'<row r="{row}"><c r="{ref}" s="0"/></row>',
            }[how]
        )
    path = corpus.xlsx(
        tmp_path, "t.xlsx", corpus.sheet_xml(dimension=dimension, extra_rows="".join(extra))
    )
    measured, built = _extent(path), _calamine_grid(path)
    assert measured[0] >= built[0] and measured[1] >= built[1]
    if not any(how == "empty" for _, _, how in cells):
        assert measured == built


def test_far_cells_are_found_whatever_the_dimension_says(tmp_path: Path) -> None:
    for build in (
        corpus.far_cell_no_dimension,
        corpus.far_cell_lying_dimension,
        corpus.far_cell_late_dimension,
    ):
        assert _extent(build(tmp_path)) == (1_048_576, 16_384)
    assert _extent(corpus.far_cell_without_references(tmp_path)) == (1_048_576, 20)
    # A tag longer than the block the part is read in is read whole.
    assert _extent(corpus.far_cell_long_tag(tmp_path)) == (1_048_576, 16_384)


def test_a_formatted_empty_far_cell_does_not_refuse_the_file(tmp_path: Path) -> None:
    """calamine skips ``<c r="XFD1048576" s="1"/>``: so does the measure, and it reads."""
    far = '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    path = corpus.xlsx(tmp_path, "styled.xlsx", corpus.sheet_xml(extra_rows=far))
    assert _extent(path) == (3, 4)
    assert len(read_table(path).rows) == 2


def test_ods_tables_measured_with_their_repeats(tmp_path: Path) -> None:
    (name, grid), (_, kept) = sheet_size.ods_extents(corpus.ods_repeated(tmp_path))
    assert (name, grid) == ("Returns", sheet_size.Extent(5_003, 16_384))
    assert kept == sheet_size.Extent(1, 4 * 3 + 16_384)  # filled cells held before shaping
    usual = sheet_size.ods_extents(corpus.ods_usual_tail(tmp_path))
    assert usual[0] == ("Returns", sheet_size.Extent(3, 4))
    small = corpus.ods(
        tmp_path,
        "small.ods",
        '<table:table-row table:number-rows-repeated="4">'
        f"{corpus._ods_cell('y', 6)}</table:table-row>",
    )
    (_, measured), _ = sheet_size.ods_extents(small)
    sheet = CalamineWorkbook.from_path(str(small)).get_sheet_by_name("Returns")
    rows = sheet.to_python(skip_empty_area=False)
    assert (measured.rows, measured.columns) == (len(rows), len(rows[0])) == (7, 6)


def test_limits_refuse_before_reading(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match=r"reaches cell XFD1048576"):
        read_table(corpus.far_cell_lying_dimension(tmp_path))
    with pytest.raises(UnreadableFile, match=r"holds 100,000,000,000 pieces of text but holds 1"):
        read_table(corpus.lying_shared_strings(tmp_path))
    with pytest.raises(UnreadableFile, match=r"gave up"):
        read_table(corpus.xls_lying_dimension(tmp_path))


def test_xls_is_read_in_a_child(tmp_path: Path) -> None:
    table = read_table(corpus.xls_plain(tmp_path))
    assert (table.sheet, table.headings[:2], len(table.rows)) == (
        "Returns",
        ["Forename", "Surname"],
        2,
    )


@pytest.mark.parametrize("top", ["A", "Z", "AB", "AZ", "ZZ", "XFD"])
def test_column_bound_pattern(top: str) -> None:
    pattern = re.compile(f"^(?:{sheet_size._at_most(top, 'A', 'Z')})$")
    limit = sheet_size.column_number(top)
    for number in range(1, 17_000):
        assert bool(pattern.match(sheet_size.column_letters(number))) == (number <= limit)


@pytest.mark.parametrize("top", ["1", "9", "10", "666", "20001", "1048576"])
def test_row_bound_pattern(top: str) -> None:
    pattern = re.compile(f"^(?:{sheet_size._at_most(top, '0', '9', leading='1')})$")
    for number in [*range(1, 30_000), 1_048_575, 1_048_576, 1_048_577, 9_999_999]:
        assert bool(pattern.match(str(number))) == (number <= int(top))
