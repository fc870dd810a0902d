"""`export` as a script runs it."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.acceptance.test_cli import run


def test_training_matrix_export_reopens(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("--db", str(db), "demo", "--people", "400", "--seed", "3").returncode == 0
    out = tmp_path / "matrix.xlsx"
    result = run("--db", str(db), "export", "training-matrix", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    sheet = openpyxl.load_workbook(out)["Training matrix"]
    assert sheet.max_row == summary["rows"] + 1
    assert sheet.max_column == summary["columns"] + 2
    assert sheet["A1"].value == "Person" and sheet.freeze_panes == "C2"


def test_unknown_table_is_usage_error(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.db"), "export", "nonsense", "-o", str(tmp_path / "x"))
    assert result.returncode == 2
