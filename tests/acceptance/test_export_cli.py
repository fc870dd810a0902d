"""`export` as a script runs it."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.acceptance.test_cli import run


def test_training_matrix_export_reopens(tmp_path: Path, db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "400", "--seed", "3").returncode == 0
    out = tmp_path / "matrix.xlsx"
    result = run("--db", str(db), "export", "training-matrix", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    sheet = openpyxl.load_workbook(out)["Training matrix"]
    assert sheet.max_row == summary["rows"] + 3  # title, period, headings
    assert sheet.max_column == summary["columns"] + 2
    assert sheet["A3"].value == "Person" and sheet.freeze_panes == "C4"
    assert sheet["A1"].value.endswith("— Fenland Vale Homes (demo)")


def test_unknown_table_is_usage_error(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.db"), "export", "nonsense", "-o", str(tmp_path / "x"))
    assert result.returncode == 2


def test_impact_report_and_table_exports(tmp_path: Path, db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "300", "--seed", "2").returncode == 0
    pdf, xlsx = tmp_path / "impact.pdf", tmp_path / "impact.xlsx"
    result = run(
        "--db",
        str(db),
        "report",
        "impact",
        "--year",
        "2025",
        "-o",
        str(pdf),
        "--xlsx",
        str(xlsx),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["year"] == 2025 and figures["summary"]["events_held"] > 0
    summary = {
        r[0]: r[1]
        for r in openpyxl.load_workbook(xlsx)["Summary"].iter_rows(min_row=4, values_only=True)
    }
    assert summary["Events and meetings held"] == figures["summary"]["events_held"]
    attendance = tmp_path / "attendance.xlsx"
    exported = json.loads(
        run("--db", str(db), "export", "attendance", "-o", str(attendance), "--json").stdout
    )
    sheet = openpyxl.load_workbook(attendance, read_only=True)["Attendance"]
    assert sum(1 for _ in sheet.iter_rows()) == exported["rows"] + 3
    wrong = run("--db", str(db), "report", "impact", "--year", "2025", "-o", str(tmp_path / "x"))
    assert wrong.returncode == 1 and "must end in .pdf" in wrong.stderr
