"""``privacy sar`` as an officer runs it: the zip for one person, refusals in one line
with nothing written, and the workbook and PDF opened by real clients."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.acceptance.test_cli import run
from tests.backends import fingerprint, is_server, rows
from tests.conftest import MakeTarget

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, make_db_target: MakeTarget) -> str:
    path = make_db_target(tmp_path_factory.mktemp("sar-cli"), "demo.db")
    made = run("--db", str(path), "demo", "--people", "300", "--seed", "2")
    assert made.returncode == 0, made.stderr
    return path


def _one(db: str, sql: str) -> list[tuple]:
    return rows(db, sql)


def _digest(path: Path | str) -> str:
    """What the database holds (the file itself may be checkpointed from its WAL)."""
    if is_server(str(path)):
        return fingerprint(str(path))
    with sqlite3.connect(path) as connection:
        dump = "\n".join(connection.iterdump())
    return hashlib.sha256(dump.encode()).hexdigest()


def test_json_names_the_tables_and_files_and_the_zip_holds_them(db: str, tmp_path: Path) -> None:
    reference, person_id = _one(
        db,
        "SELECT reference, min(id) FROM people WHERE reference IS NOT NULL "
        "AND id IN (SELECT person_id FROM consents) GROUP BY reference HAVING count(*) = 1 "
        "LIMIT 1",
    )[0]
    out = tmp_path / "request.zip"
    result = run("--db", str(db), "privacy", "sar", reference.lower(), "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["person"] == reference.lower() and summary["person_id"] == person_id
    assert summary["tables"]["people"] == 1 and summary["tables"]["consents"] >= 1
    attended = _one(db, f"SELECT count(*) FROM attendance WHERE person_id = {person_id}")[0][0]
    assert summary["tables"]["attendance"] == attended
    with zipfile.ZipFile(out) as bundle:
        assert bundle.namelist() == summary["files"]
        assert {Path(n).suffix for n in bundle.namelist()} == {".pdf", ".xlsx"}
        assert all("/" not in n and reference in n for n in bundle.namelist())
        assert bundle.testzip() is None
    entry = _one(db, "SELECT action, table_name, record_id FROM audit_entries ORDER BY id DESC")
    assert entry[0] == ("privacy.sar", "people", person_id)


def test_a_shared_reference_asks_which_person_and_person_id_chooses(
    db: str, tmp_path: Path
) -> None:
    reference, count, first = _one(
        db,
        "SELECT reference, count(*), min(id) FROM people WHERE reference IS NOT NULL "
        "GROUP BY reference HAVING count(*) > 1 LIMIT 1",
    )[0]
    out = tmp_path / "shared.zip"
    before = _digest(db)
    refused = run("--db", str(db), "privacy", "sar", reference, "-o", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert len(refused.stderr.strip().splitlines()) == 1
    assert f"shared by {count} people" in refused.stderr and "--person-id" in refused.stderr
    assert _digest(db) == before
    chosen = run(
        "--db", str(db), "privacy", "sar", reference, "--person-id", str(first), "-o", str(out)
    )
    assert chosen.returncode == 0, chosen.stderr
    assert out.exists() and f"record {first}" in chosen.stdout


def test_an_unknown_reference_writes_nothing(db: str, tmp_path: Path) -> None:
    out = tmp_path / "nobody.zip"
    before = _digest(db)
    result = run("--db", str(db), "privacy", "sar", "NO-SUCH-REF", "-o", str(out), "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == "engagement-desktop: Nobody has the reference 'NO-SUCH-REF'."
    assert list(tmp_path.iterdir()) == [] and _digest(db) == before


def test_someone_without_a_reference_is_found_by_record_number(db: str, tmp_path: Path) -> None:
    """A walk-in has no tenancy reference: ``#ID`` names them, as ``privacy erase`` takes it
    (it was "Nobody has the reference '#68'")."""
    person_id = _one(db, "SELECT min(id) FROM people WHERE reference IS NULL")[0][0]
    out = tmp_path / "walk-in.zip"
    result = run("--db", str(db), "privacy", "sar", f"#{person_id}", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["person_id"] == person_id and out.exists()
    before = _digest(db)
    missing = run("--db", str(db), "privacy", "sar", "#999999", "-o", str(tmp_path / "no.zip"))
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.strip().splitlines() == [
        "engagement-desktop: There is no person with id 999999."
    ]
    assert not (tmp_path / "no.zip").exists() and _digest(db) == before


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbook_and_qpdf_passes_the_pdf(db: str, tmp_path: Path) -> None:
    reference = _one(
        db,
        "SELECT reference FROM people WHERE reference IS NOT NULL "
        "GROUP BY reference HAVING count(*) = 1 LIMIT 1",
    )[0][0]
    out = tmp_path / "request.zip"
    assert run("--db", str(db), "privacy", "sar", reference, "-o", str(out)).returncode == 0
    with zipfile.ZipFile(out) as bundle:
        bundle.extractall(tmp_path / "unzipped")
    xlsx = next((tmp_path / "unzipped").glob("*.xlsx"))
    converted = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path / "csv"),
            str(xlsx),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    first_sheet = next((tmp_path / "csv").glob("*.csv")).read_text(
        encoding="utf-8", errors="replace"
    )
    assert "Your details" in first_sheet and reference in first_sheet
    qpdf = shutil.which("qpdf")
    if qpdf:
        pdf = next((tmp_path / "unzipped").glob("*.pdf"))
        assert subprocess.run([qpdf, "--check", str(pdf)], capture_output=True).returncode == 0


def test_a_folder_that_is_not_there_is_one_line_and_no_audit_entry(db: str, tmp_path: Path) -> None:
    reference = _one(
        db,
        "SELECT reference FROM people WHERE reference IS NOT NULL "
        "GROUP BY reference HAVING count(*) = 1 LIMIT 1",
    )[0][0]
    before = _digest(db)
    out = tmp_path / "gone" / "request.zip"
    result = run("--db", str(db), "privacy", "sar", reference, "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"engagement-desktop: {out} cannot be written: {out.parent} is not a folder (it is a "
        "file, or it does not exist). Choose another place to save it."
    ]
    assert list(tmp_path.iterdir()) == [] and _digest(db) == before
