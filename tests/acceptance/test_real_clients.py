"""Every workbook the program writes opens in LibreOffice Calc, and every PDF passes
``qpdf --check``: our own readers are forgiving, the officer's and the Board's
programs are not.

All workbooks go to LibreOffice in one call (it starts once, ~5 s) with a profile
of its own, so a LibreOffice already running on the machine neither answers for it
nor blocks it. Skipped, saying why, where soffice or qpdf is not installed
(``.ci/run`` installs both).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from engagement_desktop.cli import main
from engagement_desktop.commands.export import TABLES
from tests.conftest import MakeTarget

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
QPDF = shutil.which("qpdf")


def cli(*args: str) -> None:
    assert main(list(args)) == 0, args


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory, make_db_target: MakeTarget) -> Iterator[Path]:
    """A small demo database and every workbook and PDF the program makes from it."""
    folder = tmp_path_factory.mktemp("outputs")
    db = make_db_target(folder, "demo.db")
    cli("--db", db, "demo", "--people", "300", "--seed", "5")
    for table in TABLES:
        cli("--db", db, "export", table, "-o", str(folder / f"export-{table}.xlsx"))
    year = date.today().year - (1 if date.today().month >= 4 else 2)  # the last whole year
    cli(
        "--db",
        db,
        "report",
        "impact",
        "--year",
        str(year),
        "-o",
        str(folder / "impact.pdf"),
        "--xlsx",
        str(folder / "impact.xlsx"),
    )
    survey = f"TSM perception survey {year}/{(year + 1) % 100:02d}"
    for suffix in ("pdf", "xlsx"):
        cli("--db", db, "report", "tsm", "--survey", survey, "-o", str(folder / f"tsm.{suffix}"))
    bad = folder / "bad.csv"
    bad.write_text(
        "Reference,First name,Last name,Email\nT9,Ann,Bee,not-an-email\nT10,Zoë,Ní Bhriain,\n"
    )
    cli("--db", db, "import", "people", str(bad), "--errors-to", str(folder / "fix.xlsx"))
    cli("--db", db, "events", "sheet", "1", "-o", str(folder / "sign-in.pdf"))
    cli("--db", db, "points", "statements", "--year", str(year), "-o", str(folder / "all.pdf"))
    _year_end_and_one_statement(db, folder, year)
    yield folder


def _year_end_and_one_statement(db: str, folder: Path, year: int) -> None:
    from sqlalchemy import select

    from engagement_desktop.interchange.rewards.export import export_year_end
    from engagement_desktop.services.rewards import year_end
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import LedgerEntry, Person

    store = open_store(db)
    try:
        with store.session() as session:
            export_year_end(session, folder / "year-end.xlsx", year_end.preview(session, year))
            person = session.scalar(
                select(Person.id)
                .join(LedgerEntry, LedgerEntry.person_id == Person.id)
                .where(LedgerEntry.scheme_year == year)
                .limit(1)
            )
    finally:
        store.close()
    assert person
    pdf = str(folder / "statement.pdf")
    # By #id: a tenancy reference may be a household's, shared (the demo's, some days).
    cli("--db", db, "points", "statement", f"#{person}", "--year", str(year), "-o", pdf)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_every_workbook_opens_in_libreoffice(outputs: Path, tmp_path: Path) -> None:
    books = sorted(outputs.glob("*.xlsx"))
    assert len(books) == len(TABLES) + 4  # exports, impact, TSM, rows to fix, year end
    converted = tmp_path / "csv"
    result = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "csv",
            "--outdir",
            str(converted),
            *map(str, books),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr + result.stdout, result.stderr + result.stdout
    for book in books:
        csv = converted / f"{book.stem}.csv"
        assert csv.is_file() and csv.stat().st_size > 0, f"LibreOffice could not open {book.name}"
        first = csv.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        assert first.strip(","), f"{book.name} opened with an empty title row"


@pytest.mark.skipif(QPDF is None, reason="qpdf is not installed")
def test_every_pdf_passes_qpdf_check(outputs: Path) -> None:
    pdfs = sorted(outputs.glob("*.pdf"))
    assert {p.stem for p in pdfs} == {"impact", "tsm", "sign-in", "all", "statement"}
    for pdf in pdfs:
        result = subprocess.run(
            [str(QPDF), "--check", str(pdf)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, f"{pdf.name}: {result.stdout}{result.stderr}"
