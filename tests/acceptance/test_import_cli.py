"""`import people`, `import survey` and `report tsm` exactly as the issue specifies them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acceptance.test_cli import run
from tests.backends import fingerprint
from tests.conftest import MakeTarget
from tests.unit.import_corpus import files, tsm


def digest(target: Path | str) -> str:
    return fingerprint(str(target))


def test_people_import_json_and_repeat(tmp_path: Path, db_target: str) -> None:
    db = db_target
    rows = files.good_rows()
    rows[2][7] = "31/02/1961"
    export = files.tenancy_export(tmp_path, rows)
    dry = run("--db", str(db), "import", "people", str(export), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    summary = json.loads(dry.stdout)
    assert {
        k: summary[k]
        for k in ("rows_read", "created", "updated", "unchanged", "duplicates_in_file")
    } == {"rows_read": 4, "created": 3, "updated": 0, "unchanged": 0, "duplicates_in_file": 0}
    assert summary["errors"] == [
        {"row": 7, "column": "DOB", "message": "'31/02/1961' is not a date"}
    ]
    first = json.loads(run("--db", str(db), "import", "people", str(export), "--json").stdout)
    again = json.loads(run("--db", str(db), "import", "people", str(export), "--json").stdout)
    assert first["created"] == 3 and (again["created"], again["unchanged"]) == (0, 3)


def test_a_mapping_file_missing_or_not_json_is_said_plainly(tmp_path: Path, db_target: str) -> None:
    """Not Python's "[Errno 2] No such file or directory" or "Expecting value: line 1
    column 1 (char 0)": what is wrong with the file, and where in it."""
    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    before = digest(db)
    export = files.tenancy_export(tmp_path, files.good_rows())
    missing = tmp_path / "map.json"
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "Forename": "first_name",\n    Surname\n}\n', encoding="utf-8")
    said = {
        missing: f"{missing} does not exist.",
        broken: f'{broken} is not valid JSON (line 3, column 5): a name in "double quotes" '
        "was expected.",
    }
    for what in ("people", "survey"):
        for mapping, sentence in said.items():
            args = ["--db", str(db), "import", what, str(export), "--mapping", str(mapping)]
            refused = run(*args, *(["--survey", "S"] if what == "survey" else []))
            assert refused.returncode == 1
            assert refused.stderr.strip().splitlines() == [f"engagement-desktop: {sentence}"]
    assert digest(db) == before


def tenants(db: Path, folder: Path, *references: str) -> None:
    """The tenants a survey's references are for, imported as the officer would first."""
    lines = ["Tenancy reference,First name,Last name"]
    lines += [f"{ref},Tenant,Number {n}" for n, ref in enumerate(references, 1)]
    path = folder / "tenants.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("--db", str(db), "import", "people", str(path), "--json")
    assert done.returncode == 0, done.stderr


def test_survey_import_and_tsm_report(tmp_path: Path, db_target: str) -> None:
    db = db_target
    returns = tsm.write(tmp_path)
    tenants(db, tmp_path, "T0001", "T0002", "T0003", "T0004")
    imported = run(
        "--db",
        str(db),
        "import",
        "survey",
        str(returns),
        "--survey",
        "TSM 2025",
        "--period-start",
        "2025-04-01",
        "--period-end",
        "2026-03-31",
        "--json",
    )
    assert imported.returncode == 0, imported.stderr
    summary = json.loads(imported.stdout)
    assert {
        k: summary[k]
        for k in (
            "rows_read",
            "responses_created",
            "linked_to_people",
            "anonymous",
            "errors",
            "tsm_questions_recognised",
        )
    } == {
        "rows_read": 6,
        "responses_created": 6,
        "linked_to_people": 0,
        "anonymous": 6,
        "errors": [],
        "tsm_questions_recognised": ["TP01", "TP02", "TP08"],
    }
    report = run(
        "--db",
        str(db),
        "report",
        "tsm",
        "--survey",
        "TSM 2025",
        "--json",
        "-o",
        str(tmp_path / "tsm.pdf"),
    )
    assert report.returncode == 0, report.stderr
    result = json.loads(report.stdout)
    assert result["survey"] == "TSM 2025" and result["respondents"] == 5
    assert result["measures"]["TP01"] | {"ci95": None} == {
        "satisfied": 3,
        "base": 4,
        "percent": 75.0,
        "ci95": None,
    }
    assert len(result["measures"]["TP01"]["ci95"]) == 2
    assert (tmp_path / "tsm.pdf").stat().st_size > 1000

    history = json.loads(run("--db", str(db), "import", "history", "--json").stdout)
    assert [(h["kind"], h["survey"], h["undone_at"]) for h in history] == [
        ("survey", "TSM 2025", None),
        ("people", None, None),  # the tenants, imported first
    ]
    undone = run("--db", str(db), "import", "undo", str(history[0]["batch_id"]))
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.strip() == (
        "6 survey responses removed, and the survey they were in, now empty."
    )
    gone = run("--db", str(db), "report", "tsm", "--survey", "TSM 2025", "--json")
    assert gone.returncode == 1 and "no survey called 'TSM 2025'" in gone.stderr
    again = run("--db", str(db), "import", "undo", str(history[0]["batch_id"]))
    assert again.returncode == 1 and "already undone" in again.stderr
    back = run("--db", str(db), "import", "survey", str(returns), "--survey", "TSM 2025", "--json")
    assert json.loads(back.stdout)["responses_created"] == 6  # importing again adds them back


def test_unknown_reference_is_a_problem_and_a_blank_one_stays_anonymous(
    tmp_path: Path, db_target: str, make_db_target: MakeTarget
) -> None:
    db = db_target
    tenants(db, tmp_path, "T0001")
    returns = tmp_path / "returns.csv"
    returns.write_text(
        "Tenancy reference,How satisfied are you with the service?\n"
        "T0001,Very satisfied\nT9999999,Fairly satisfied\n,Very dissatisfied\n",
        encoding="utf-8",
    )
    before = digest(db)
    dry = run("--db", str(db), "import", "survey", str(returns), "--survey", "S", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "responses added: 2 (1 linked to people, 1 anonymous)" in dry.stdout
    assert (
        "row 3, Tenancy reference: is not a reference on file: correct it, or leave it blank "
        "for an anonymous return; left out" in dry.stdout
    )
    assert "T9999999" not in dry.stdout + dry.stderr  # the reference itself is not echoed
    assert digest(db) == before
    done = json.loads(
        run("--db", str(db), "import", "survey", str(returns), "--survey", "S", "--json").stdout
    )
    assert (done["rows_read"], done["responses_created"], done["anonymous"]) == (3, 2, 1)
    assert done["errors"] == [
        {
            "row": 3,
            "column": "Tenancy reference",
            "message": "is not a reference on file: correct it, or leave it blank for an "
            "anonymous return; left out",
        }
    ]
    nobody = make_db_target(tmp_path, "new.db")  # no reference is on file
    first = run("--db", str(nobody), "import", "survey", str(returns), "--survey", "S")
    assert first.returncode == 0, first.stderr
    assert "responses added: 1 (0 linked to people, 1 anonymous)" in first.stdout
    assert "row 2, Tenancy reference: is not a reference on file" in first.stdout
    assert "add --keep-unknown-references" in first.stdout
    kept = run(
        "--db", str(db), "import", "survey", str(returns), "--survey", "Kept", "--json",
        "--keep-unknown-references",
    )  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    done = json.loads(kept.stdout)
    # the unknown reference kept, linked to no one; the known one still linked
    assert (done["responses_created"], done["linked_to_people"], done["errors"]) == (3, 1, [])


def test_broken_files_exit_1_and_write_nothing(tmp_path: Path, db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "100").returncode == 0
    before = digest(db)
    bomb = files.zip_bomb(tmp_path)
    notes = tmp_path / "notes.csv"
    notes.write_bytes(b"")
    for path, what in ((bomb, "people"), (files.truncated(tmp_path), "people"), (notes, "survey")):
        args = ["--db", str(db), "import", what, str(path)]
        if what == "survey":
            args += ["--survey", "X"]
        result = run(*args)
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert digest(db) == before
    missing = run("--db", str(db), "report", "tsm", "--survey", "Nope")
    assert missing.returncode == 1 and "no survey called 'Nope'" in missing.stderr


@pytest.mark.sqlite_only
def test_commands_that_only_read_never_leave_a_database_behind(tmp_path: Path) -> None:
    """A mistyped --db path, a preview, a report or a bad file: no empty database."""
    db = tmp_path / "n.sqlite"
    export = files.tenancy_export(tmp_path, files.good_rows())
    preview = run("--db", str(db), "import", "people", str(export), "--dry-run", "--json")
    assert preview.returncode == 0 and json.loads(preview.stdout)["created"] == 4
    for command in (("import", "history"), ("report", "tsm", "--survey", "TSM")):
        refused = run("--db", str(db), *command)
        assert refused.returncode == 1 and "There is no database at" in refused.stderr
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert run("--db", str(db), "import", "people", str(empty)).returncode == 1
    assert not db.exists()


def test_numbered_answers_from_the_command_line(tmp_path: Path, db_target: str) -> None:
    db = db_target
    coded = tsm.write_numbered(tmp_path)
    tenants(db, tmp_path, "T0001", "T0002", "T0003", "T0004")
    imported = run(
        "--db",
        str(db),
        "import",
        "survey",
        str(coded),
        "--survey",
        "Coded",
        "--numbered-answers",
        "first-best",
        "--json",
    )
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["responses_created"] == 4
    report = json.loads(run("--db", str(db), "report", "tsm", "--survey", "Coded", "--json").stdout)
    assert report["measures"]["TP01"] | {"ci95": None} == {
        "satisfied": 2,
        "base": 3,
        "percent": 66.7,
        "ci95": None,
    }
