"""``import profile`` and ``report impact`` as an officer runs them: the customer profile
loaded from a housing system's figures or a tenancy export (never into the register), a
bad file refused with one sentence and nothing changed, and --json with every table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acceptance.test_cli import digest, run
from tests.backends import rows
from tests.conftest import MakeTarget


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, make_db_target: MakeTarget) -> str:
    path = make_db_target(tmp_path_factory.mktemp("impact-cli"), "demo.sqlite")
    done = run("--db", str(path), "demo", "--people", "300", "--seed", "3")
    assert done.returncode == 0, done.stderr
    return path


def _count(db: str, sql: str) -> int:
    return int(rows(db, sql)[0][0])


def test_profile_from_figures_dry_run_then_load(db: str, tmp_path: Path) -> None:
    figures = tmp_path / "figures.csv"
    figures.write_text(
        "Dimension,Category,Count\nAge band,16-24,120\nAge band,75+,80\n"
        "Tenure,General needs,900\nTenure,Leaseholder,150\nArea,Riverside,700\n"
    )
    before = _count(db, "select count(*) from base_profile")
    dry = run("--db", str(db), "import", "profile", str(figures), "--dry-run")
    assert dry.returncode == 0 and "Dry run: nothing was written." in dry.stdout
    assert _count(db, "select count(*) from base_profile") == before
    done = run("--db", str(db), "import", "profile", str(figures), "--as-of", "2026-03-31")
    assert done.returncode == 0, done.stderr
    assert _count(db, "select count(*) from base_profile") == 5  # the old profile replaced
    assert _count(db, "select sum(count) from base_profile where dimension='tenure'") == 1050
    assert _count(db, "select count(*) from audit_entries where action='base_profile.load'") == 1
    report = run(
        "--db",
        str(db),
        "report",
        "impact",
        "--year",
        "2025",
        "-o",
        str(tmp_path / "r.pdf"),
        "--base",
        "table",
    )
    assert report.returncode == 0, report.stderr
    assert "Tenure: Customer profile from the housing system, as at 31 March 2026" in report.stdout
    assert "Ethnicity: No base figures for this dimension" in report.stdout


def test_profile_from_a_tenancy_export_adds_nobody(db: str, tmp_path: Path) -> None:
    export = tmp_path / "tenancies.csv"
    export.write_text(
        "Tenancy ref,Name,Date of birth,Gender,Tenure,Estate\n"
        "T1,Ann Smith,1950-02-01,F,General needs,Riverside\n"
        "T2,Bob Jones,1990-05-05,Male,Leaseholder,Riverside\n"
        "T3,Cy Ode,,M,Sheltered,Fleet Meadows\n"
    )
    people = _count(db, "select count(*) from people")
    done = run("--db", str(db), "import", "profile", str(export), "--as-of", "2026-03-31", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["shape"] == "tenancy export"
    assert summary["profile"]["sex"] == {"female": 1, "male": 2}
    assert summary["profile"]["age_band"] == {"75_plus": 1, "35_44": 1, "unknown": 1}
    assert _count(db, "select count(*) from people") == people


def test_a_bad_cell_is_one_sentence_and_changes_nothing(db: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Dimension,Category,Count\nSex,Female,600\nSex,Male,lots\n")
    before = rows(db, "select * from base_profile order by id")
    done = run("--db", str(db), "import", "profile", str(bad))
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "bad.csv, row 3, column Count: the count is not a whole number."
    )
    assert "lots" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert rows(db, "select * from base_profile order by id") == before


def test_a_count_below_zero_is_named_as_such(db: str, tmp_path: Path) -> None:
    """-5 is a whole number; saying it is not sent the officer looking for a typo."""
    bad = tmp_path / "minus.csv"
    bad.write_text("Dimension,Category,Count\nSex,Female,600\nSex,Male,-5\n")
    before = rows(db, "select * from base_profile order by id")
    done = run("--db", str(db), "import", "profile", str(bad))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "engagement-desktop: minus.csv, row 3, column Count: the count is below zero: "
        "a count of people cannot be."
    ]
    assert rows(db, "select * from base_profile order by id") == before


def test_figures_as_at_a_year_no_report_covers_are_refused(db: str, tmp_path: Path) -> None:
    figures = tmp_path / "figures.csv"
    figures.write_text("Dimension,Category,Count\nSex,Female,600\n")
    before = rows(db, "select * from base_profile order by id")
    done = run("--db", str(db), "import", "profile", str(figures), "--as-of", "9999-12-31")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "engagement-desktop: Figures as at: 31/12/9999 is not a plausible date "
        "(give one from 1900 to 2200)"
    ]
    assert rows(db, "select * from base_profile order by id") == before


def test_report_json_prints_every_table(db: str, tmp_path: Path) -> None:
    done = run(
        "--db",
        str(db),
        "report",
        "impact",
        "--year",
        "2025",
        "-o",
        str(tmp_path / "r.pdf"),
        "--xlsx",
        str(tmp_path / "r.xlsx"),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    tables = {t["key"]: t for t in result["tables"]}
    assert {"summary", "costs", "training", "outcomes", "profile_sex", "tsm"} <= set(tables)
    for table in tables.values():
        for r, c in table["hidden"]:
            assert table["rows"][r][c] is None
    summary = {row[0].strip(): row[1] for row in tables["summary"]["rows"]}
    assert isinstance(summary["Total cost"], float)  # pounds
    assert summary["Total cost"] == next(r[1] for r in tables["costs"]["rows"] if r[0] == "Total")


def test_report_text_shows_money_in_pounds(db: str, tmp_path: Path) -> None:
    done = run("--db", str(db), "report", "impact", "--year", "2025", "-o", str(tmp_path / "t.pdf"))
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.strip().startswith("Total cost:"))
    assert "£" in line


def test_loading_a_profile_backs_up_first(db: str, tmp_path: Path) -> None:
    """The profile import replaced the whole customer profile with no safety backup
    (people and survey imports make one first); a dry run still makes none."""
    figures = tmp_path / "figures.csv"
    figures.write_text("Dimension,Category,Count\nSex,Female,600\nSex,Male,500\n")
    before = rows(db, "select dimension, category, count from base_profile order by id")
    dry = run("--db", str(db), "import", "profile", str(figures), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(run("--db", str(db), "backup", "--list", "--json").stdout)["backups"] == []
    done = run("--db", str(db), "import", "profile", str(figures), "--as-of", "2026-03-31")
    assert done.returncode == 0, done.stderr
    listed = run("--db", str(db), "backup", "--list", "--json")
    found = json.loads(listed.stdout)["backups"]
    assert [b["reason"] for b in found] == ["profile-import"]
    kept = "select dimension, category, count from base_profile order by id"
    assert rows(found[0]["file"], kept) == before  # the profile as it was, in the backup
    assert _count(db, "select count(*) from base_profile") == 2


def test_a_report_year_not_started_is_refused(db: str, tmp_path: Path) -> None:
    """A year starting next calendar year has not started today (it printed figures);
    refused as ``report board`` refuses a quarter not started."""
    from datetime import date

    year = date.today().year + 1
    out = tmp_path / "future.pdf"
    before = digest(db)
    done = run("--db", str(db), "report", "impact", "--year", str(year), "-o", str(out))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"engagement-desktop: {year}/{(year + 1) % 100:02d} (1 April {year} to 31 March "
        f"{year + 1}) has not started yet: choose a year up to today's."
    ]
    assert not out.exists() and digest(db) == before


def test_an_output_that_is_a_folder_is_refused_before_anything_is_written(
    db: str, tmp_path: Path
) -> None:
    """The PDF was written and then the workbook failed, with only the failure said."""
    folder = tmp_path / "figures.xlsx"
    folder.mkdir()
    pdf = tmp_path / "new.pdf"
    for report in (("impact", "--year", "2025"), ("board", "--quarter", "2025Q1")):
        done = run("--db", str(db), "report", *report, "-o", str(pdf), "--xlsx", str(folder))
        assert done.returncode == 1
        assert done.stderr.strip().endswith(
            f"{folder} is a folder, not a file: give the name of a new file to write."
        )
        assert not pdf.exists() and list(folder.iterdir()) == []
    missing = run(
        "--db", str(db), "report", "impact", "--year", "2025", "-o", str(tmp_path / "no" / "r.pdf")
    )
    assert missing.returncode == 1 and "is not a folder (it is a file, or it does not exist)" in (
        missing.stderr
    )
