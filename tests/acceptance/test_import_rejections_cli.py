"""Imports that cannot add anything fail (exit 1, one line); survey columns holding
personal details are named and left out, on screen and in --json."""

from __future__ import annotations

import json
from pathlib import Path

from tests.acceptance.test_cli import digest, run
from tests.hostile import corpus


def _csv(folder: Path, name: str, rows: list[list[str]]) -> Path:
    path = folder / name
    path.write_text(corpus.csv_text(rows), encoding="utf-8")
    return path


def test_every_row_rejected_exits_1_and_writes_nothing(tmp_path: Path, db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    before = digest(db)
    people = _csv(
        tmp_path,
        "p.csv",
        [["Forename", "Surname", "DOB"], ["Ann", "Ellis\x00", "x"], ["Bo", "Ng", "31/02/1961"]],
    )
    errors = tmp_path / "fix.xlsx"
    result = run("--db", str(db), "import", "people", str(people), "--errors-to", str(errors))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "engagement-desktop: None of the 2 rows of p.csv can be imported (each has a problem, "
        "listed above); nothing was written."
    ]
    assert "row 2, Surname: holds a hidden control character (U+0000)" in result.stdout
    assert "row 3, DOB:" in result.stdout and errors.exists()
    survey = _csv(
        tmp_path, "s.csv", [["Email", "Any comments?"], ["a@x.org", "fine\x01"], ["b@x.org", ""]]
    )
    result = run("--db", str(db), "import", "survey", str(survey), "--survey", "S", "--json")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "None of the 2 rows of s.csv can be imported (1 with problems, 1 with no answers)" in (
        result.stderr
    )
    assert json.loads(result.stdout)["errors"][0]["column"] == "Any comments?"
    assert digest(db) == before


def test_personal_details_named_and_left_out(tmp_path: Path, db_target: str) -> None:
    db = db_target
    rows = [
        ["Email", "Address", "Phone", "Any comments?"],
        ["a@x.org", "1 Linden Way", "01234 567890", "Good"],
    ]
    returns = _csv(tmp_path, "returns.csv", rows)
    text = run("--db", str(db), "import", "survey", str(returns), "--survey", "S", "--dry-run")
    assert text.returncode == 0, text.stderr
    assert "  left out as personal details, not answers: Address, Phone" in text.stdout
    done = run("--db", str(db), "import", "survey", str(returns), "--survey", "S", "--json")
    summary = json.loads(done.stdout)
    assert summary["personal_details_left_out"] == ["Address", "Phone"]
    assert summary["responses_created"] == 1
    contacts = _csv(
        tmp_path,
        "contacts.csv",
        [
            ["Tenancy Ref", "Name", "Address", "Phone", "Estate"],
            ["T1", "Ann Ellis", "1 Linden Way", "01234", "Vale"],
        ],
    )
    refused = run("--db", str(db), "import", "survey", str(contacts), "--survey", "S")
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "engagement-desktop: contacts.csv looks like a contact list, not survey returns: it has "
        "personal details (Address, Phone) and no column that is a question, so nothing was "
        "imported."
    ]


def test_the_rows_to_fix_never_overwrite_the_file_being_imported(
    tmp_path: Path, db_target: str
) -> None:
    """`--errors-to` naming the file being imported replaced the officer's spreadsheet
    with the rows to fix; a folder that is not there was found only after the import."""
    import openpyxl

    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    before = digest(db)
    book = openpyxl.Workbook()
    book.active.append(["Forename", "Surname", "DOB"])
    book.active.append(["Ann", "Ellis", "31/02/1961"])
    book.active.append(["Bo", "Ng", None])
    source = tmp_path / "list.xlsx"
    book.save(source)
    original = source.read_bytes()
    for target, words in (
        (source, "--errors-to is the file being imported: choose another name"),
        (tmp_path / "gone" / "fix.xlsx", "does not exist; nothing was imported"),
    ):
        result = run("--db", str(db), "import", "people", str(source), "--errors-to", str(target))
        assert result.returncode == 1 and words in result.stderr, result.stderr
    assert source.read_bytes() == original and digest(db) == before


def test_a_column_no_field_takes_is_named_not_lost(tmp_path: Path, db_target: str) -> None:
    """Two "Forename" columns, the second holding surnames: it imported "new: 2" and
    said nothing of the column it left out."""
    db = db_target
    people = _csv(
        tmp_path,
        "dup.csv",
        [
            ["Forename", "Forename", "Post Code"],
            ["Ann", "Lee", "PE12 3AB"],
            ["Bo", "Ng", "PE1 1AA"],
        ],
    )
    result = run("--db", str(db), "import", "people", str(people), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["columns_not_imported"] == ["Forename (2)"]
    shown = run("--db", str(db), "import", "people", str(people), "--dry-run")
    assert "columns not imported (give them a field with --mapping): Forename (2)" in shown.stdout


def test_the_rows_to_fix_go_where_asked_and_are_named(tmp_path: Path, db_target: str) -> None:
    """`--errors-to out` (a folder) wrote a sibling `out.xlsx`, `err.csv` wrote `err.xlsx`,
    a file already there was replaced, and neither text nor --json said where it went."""
    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    rows = [["Forename", "Surname", "DOB"], ["Ann", "Ellis", "x"], ["Bo", "Ng", ""]]
    people = _csv(tmp_path, "p.csv", rows)
    folder = tmp_path / "out"
    folder.mkdir()
    before = digest(db)
    csv = run(
        "--db", str(db), "import", "people", str(people), "--errors-to", f"{tmp_path}/err.csv"
    )
    assert csv.returncode == 1 and csv.stderr.strip().splitlines() == [
        "engagement-desktop: --errors-to writes an Excel workbook, so its name must end .xlsx "
        "(such as err.xlsx), or be a folder that exists; nothing was imported."
    ]
    assert not list(tmp_path.glob("err*")) and digest(db) == before
    inside = folder / "p - rows to fix.xlsx"
    text = run(
        "--db", str(db), "import", "people", str(people), "--errors-to", str(folder), "--dry-run"
    )
    assert text.returncode == 0, text.stderr
    assert f"  rows to fix written to {inside}" in text.stdout and inside.exists()
    assert not (tmp_path / "out.xlsx").exists()
    again = run(
        "--db", str(db), "import", "people", str(people), "--errors-to", str(folder), "--dry-run"
    )
    assert again.returncode == 1 and again.stderr.strip() == (
        f"engagement-desktop: {inside} already exists: choose another name, or add "
        "--overwrite to replace it; nothing was imported."
    )
    replaced = run(
        "--db", str(db), "import", "people", str(people), "--errors-to", str(inside),
        "--overwrite", "--dry-run", "--json",
    )  # fmt: skip
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)["errors_written_to"] == str(inside)
    assert digest(db) == before
