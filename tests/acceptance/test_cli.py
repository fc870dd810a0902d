"""The command line as a user or a script runs it: a real process each time."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from engagement_desktop import __version__
from tests.backends import fingerprint, is_server, rows


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def digest(target: Path | str) -> str:
    """A file's bytes, or every row on a database server: equal means nothing changed."""
    return fingerprint(str(target))


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


@pytest.mark.sqlite_only
def test_check_is_read_only_and_full_check_covers_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert run("--db", str(db), "demo", "--people", "150").returncode == 0
    before = digest(db)
    quick = json.loads(run("--db", str(db), "check", "--json").stdout)
    full = json.loads(run("--db", str(db), "check", "--full", "--json").stdout)
    assert (quick["check"], quick["foreign_key_problems"]) == ("quick_check", None)
    assert (full["check"], full["foreign_key_problems"]) == ("integrity_check", 0)
    assert digest(db) == before


def test_demo_check_backup_check(tmp_path: Path, db_target: str) -> None:
    db = db_target
    demo = run("--db", str(db), "demo", "--people", "300", "--seed", "1", "--json")
    assert demo.returncode == 0, demo.stderr
    summary = json.loads(demo.stdout.strip().splitlines()[-1])
    assert summary["people"] == 300

    check = run("--db", str(db), "check", "--json")
    assert check.returncode == 0, check.stderr
    figures = json.loads(check.stdout)
    assert figures["healthy"] is True
    assert figures["integrity"] == ["ok"]
    assert figures["counts"]["people"] == 300
    assert figures["counts"]["events"] > 0 and figures["counts"]["attendance"] > 0

    copy = tmp_path / "backup.db"
    backup = run("--db", str(db), "backup", str(copy))
    assert backup.returncode == 0, backup.stderr
    assert "integrity check: ok" in backup.stdout

    recheck = run("--db", str(copy), "check", "--json")
    assert recheck.returncode == 0
    assert json.loads(recheck.stdout)["counts"] == figures["counts"]


def test_demo_refuses_a_database_with_people(db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "200").returncode == 0
    before = run("--db", str(db), "check", "--json").stdout
    again = run("--db", str(db), "demo", "--people", "200")
    assert again.returncode == 1
    assert "already holds people" in again.stderr
    assert "Traceback" not in again.stderr
    assert run("--db", str(db), "check", "--json").stdout == before


def test_same_seed_same_data(tmp_path: Path, make_db_target) -> None:
    outputs = []
    for name in ("one.db", "two.db"):
        result = run(
            "--db",
            make_db_target(tmp_path, name),
            "demo",
            "--people",
            "200",
            "--seed",
            "7",
            "--json",
        )
        assert result.returncode == 0, result.stderr
        outputs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    outputs[0].pop("database"), outputs[1].pop("database")
    assert outputs[0] == outputs[1]


def test_the_demo_history_ends_on_the_day_given(tmp_path: Path, db_target: str) -> None:
    db = db_target
    made = run("--db", str(db), "demo", "--people", "150", "--today", "2027-05-10")
    assert made.returncode == 0, made.stderr
    ((last_held,),) = rows(db, "SELECT MAX(starts_at) FROM events WHERE status = 'held'")
    years = [y for (y,) in rows(db, "SELECT DISTINCT scheme_year FROM reward_payouts")]
    assert "2027-02-01" < str(last_held) < "2027-05-10"
    assert sorted(years) == [2024, 2025, 2026]
    wrong = run("--db", str(tmp_path / "x.db"), "demo", "--today", "10/05/2027")
    assert wrong.returncode == 2
    assert "'10/05/2027' is not a date like 2026-04-01" in wrong.stderr


def test_a_demo_day_off_the_calendar_is_one_sentence(db_target: str) -> None:
    """``--today 0001-01-01`` / ``9999-12-31`` ended in "Something unexpected went wrong
    (ValueError/OverflowError)"; refused by the bound a period of things done has."""
    db = db_target
    for day, said in [("0001-01-01", "01/01/0001"), ("9999-12-31", "31/12/9999")]:
        refused = run("--db", str(db), "demo", "--people", "150", "--today", day)
        assert refused.returncode == 1 and refused.stdout == ""
        assert refused.stderr.strip().splitlines() == [
            f"engagement-desktop: Today: {said} is not a plausible date "
            "(give one from 1990 to 2200)"
        ]
        if is_server(db):  # a server's database was there (empty) before, and still is
            assert rows(db, "SELECT count(*) FROM people") == [(0,)]
            assert rows(db, "SELECT count(*) FROM audit_entries") == [(0,)]
        else:  # refused before a database file was started
            assert not Path(db).exists()
    made = run("--db", str(db), "demo", "--people", "150", "--today", "1990-01-01")
    assert made.returncode == 0, made.stderr


def test_demo_people_are_bounded_as_the_generator_is(tmp_path: Path) -> None:
    """``--people 99999999999999999999`` ran until killed and ``--people 5`` passed the
    parser's "at least 1" only to fail "needs at least 100": the parser keeps the
    generator's own bounds, and the benchmarks' 250,000 stays allowed."""
    from engagement_desktop.cli import DEMO_PEOPLE, build_parser
    from engagement_desktop.services.demo.generate import MAXIMUM_PEOPLE, MINIMUM_PEOPLE

    assert DEMO_PEOPLE == (MINIMUM_PEOPLE, MAXIMUM_PEOPLE) == (100, 250_000)
    for many in ("5", "99", "250001", "99999999999999999999"):
        refused = run("--db", str(tmp_path / "d.db"), "demo", "--people", many)
        assert refused.returncode == 2 and not (tmp_path / "d.db").exists()
        assert refused.stderr.strip().splitlines()[-1] == (
            "engagement-desktop demo: error: argument --people: must be from 100 to 250,000"
        )
    assert build_parser().parse_args(["demo", "--people", "250000"]).people == 250_000


@pytest.mark.sqlite_only
def test_environment_variable_names_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    missing = run("check", env={"ENGAGEMENT_DB": str(db)})
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert not db.exists()  # checking never creates or changes a database
    assert run("demo", "--people", "100", env={"ENGAGEMENT_DB": str(db)}).returncode == 0
    result = run("check", env={"ENGAGEMENT_DB": str(db)})
    assert result.returncode == 0
    assert str(db) in result.stdout


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("make_target", "message"),
    [
        (lambda tmp: _text_file(tmp), "not a SQLite file"),
        (lambda tmp: tmp / "missing-folder" / "x.db", "does not exist"),
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: _newer_database(tmp), "newer version"),
    ],
    ids=["text-file", "missing-folder", "folder", "newer-version"],
)
def test_bad_databases_give_one_line_and_exit_1(tmp_path: Path, make_target, message: str) -> None:
    target = make_target(tmp_path)
    before = digest(target) if target.is_file() else None
    result = run("--db", str(target), "check")
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    if before is not None:
        assert digest(target) == before


@pytest.mark.sqlite_only
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs a read-only folder (/proc)")
def test_read_only_location_is_refused() -> None:
    result = run("--db", "/proc/engagement.db", "demo", "--people", "100")
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_wrong_usage_exits_2() -> None:
    assert run("no-such-command").returncode == 2
    assert run("demo", "--people", "lots").returncode == 2


def _text_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("not a database\n")
    return path


def _newer_database(folder: Path) -> Path:

    path = folder / "newer.db"
    assert run("--db", str(path), "demo", "--people", "100").returncode == 0
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num='0999'")
    connection.commit()
    connection.close()
    return path


def test_demo_flag_creates_the_demo_database_on_first_run(tmp_path: Path) -> None:
    home = tmp_path / "fresh-user"  # the data folder does not exist yet
    env = {
        "ENGAGEMENT_DATA_DIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "ENGAGEMENT_EXIT_AFTER_PAINT": "1",
    }
    opened = run("--demo", env=env)
    assert opened.returncode == 0, opened.stderr
    assert "window_ready" in opened.stdout
    check = run("--demo", "check", "--json", env=env)
    assert check.returncode == 0
    figures = json.loads(check.stdout)
    assert figures["database"] == str(home / "demo.sqlite")
    assert figures["counts"]["people"] == 2000


def test_first_run_creates_the_default_database_in_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "new-user"
    env = {
        "ENGAGEMENT_DATA_DIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "ENGAGEMENT_EXIT_AFTER_PAINT": "1",
    }
    opened = run(env=env)
    assert opened.returncode == 0, opened.stderr
    assert (home / "engagement.sqlite").exists()
