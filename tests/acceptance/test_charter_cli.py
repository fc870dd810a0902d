"""A Scottish landlord at the command line: ``demo --regime scotland``, then
``report satisfaction`` with ``--by involvement`` and ``--report-card``."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from tests.acceptance.test_cli import digest, run

LATEST = "Charter tenant satisfaction survey 2025/26"


def test_scottish_demo_breakdown_and_report_card(tmp_path: Path, db_target: str) -> None:
    db = db_target
    made = run(
        "--db", db, "demo", "--people", "300", "--regime", "scotland", "--today", "2026-12-05"
    )
    assert made.returncode == 0, made.stderr
    whole = json.loads(
        run("--db", db, "report", "satisfaction", "--survey", LATEST, "--json").stdout
    )
    assert whole["measure_set"] == "scotland_charter"
    assert list(whole["measures"]) == ["I1", "I2", "I5", "I7", "I12", "I13", "I25"]

    split = run(
        "--db", db, "report", "satisfaction", "--survey", LATEST, "--by", "involvement",
        "-o", str(tmp_path / "by.xlsx"), "--json",
    )  # fmt: skip
    assert split.returncode == 0, split.stderr
    found = json.loads(split.stdout)
    assert found["measures"] == whole["measures"]
    groups = found["breakdown"]["measures"]["I5"]
    assert set(groups) <= {"Involved members", "Everyone else"}
    shown = [g for g in groups.values() if not g["suppressed"]]
    if len(shown) == len(groups):  # nothing hidden: the groups add up to the whole
        assert sum(g["base"] for g in groups.values()) == whole["measures"]["I5"]["base"]
    sheet_rows = [
        row
        for ws in openpyxl.load_workbook(tmp_path / "by.xlsx").worksheets
        for row in ws.iter_rows(values_only=True)
    ]
    assert any(row[0] == "Results by involvement" for row in sheet_rows)

    card = run(
        "--db", db, "report", "satisfaction", "--survey", LATEST, "--report-card",
        "-o", str(tmp_path / "card.pdf"),
    )  # fmt: skip
    assert card.returncode == 0, card.stderr
    pages = PdfReader(tmp_path / "card.pdf").pages
    assert len(pages) == 1 and "Clydeforth Housing Association" in pages[0].extract_text()


def test_a_report_card_needs_a_pdf_and_changes_nothing(tmp_path: Path, db_target: str) -> None:
    db = db_target
    run("--db", db, "demo", "--people", "150", "--regime", "scotland", "--today", "2026-12-05")
    before = digest(db)
    bad = run("--db", db, "report", "satisfaction", "--survey", LATEST, "--report-card")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        "engagement-desktop: Give the file to write with -o FILE.pdf."
    ]
    assert digest(db) == before
