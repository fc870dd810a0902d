"""Numbers and places no one means, typed at the command line: each is one sentence
saying what is wrong, never "Something unexpected went wrong" or a traceback, and the
database is as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.acceptance.test_cli import digest, run

HUGE = "99999999999999999999"  # past the largest whole number a database column holds


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("odd") / "demo.sqlite"
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    return db


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("command", "words"),
    [
        (("points", "balance", f"#{HUGE}"), "too large for a record number"),
        (("events", "sheet", HUGE, "-o", "s.pdf"), "too large for a record number"),
        (("import", "undo", HUGE), "too large for a record number"),
        (("report", "impact", "--year", "0", "-o", "i.pdf"), "0 is not a year to report on"),
        (("report", "impact", "--year", "9999", "-o", "i.pdf"), "9999 is not a year"),
        # --year 0 was taken as "the current year" (1 and -1 were refused)
        (
            ("points", "statement", "#1", "--year", "0", "-o", "s.pdf"),
            "0 is not a year to report on: give the year it starts in, e.g. 2026.",
        ),
        (
            ("points", "statements", "--year", "0", "-o", "s.pdf"),
            "0 is not a year to report on: give the year it starts in, e.g. 2026.",
        ),
        (("report", "board", "--quarter", "9999Q1", "-o", "b.pdf"), "9999 is not a year"),
        (("points", "year-end", "--year", "9999"), "9999 is not a year"),
    ],
)
def test_a_number_out_of_range_is_one_sentence(
    demo: Path, tmp_path: Path, command: tuple[str, ...], words: str
) -> None:
    before = digest(demo)
    result = run(
        "--db", str(demo), *(str(tmp_path / c) if c.endswith(".pdf") else c for c in command)
    )
    assert result.returncode == 1
    assert words in result.stderr and "unexpected" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(demo) == before
    assert not list(tmp_path.iterdir())  # no report written


@pytest.mark.sqlite_only
def test_an_output_under_a_file_is_one_sentence(demo: Path, tmp_path: Path) -> None:
    """`-o notes.txt/list.xlsx` named the temporary ".partial" file and printed two
    "Exception ignored" tracebacks from the workbook writer after it."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    for command in (
        ("export", "people", "-o", str(blocker / "list.xlsx")),
        ("report", "impact", "--year", "2025", "-o", str(blocker / "impact.pdf")),
    ):
        result = run("--db", str(demo), *command)
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            f"engagement-desktop: {command[-1]} cannot be written: {blocker} is not a folder "
            "(it is a file, or it does not exist). Choose another place to save it."
        ]
