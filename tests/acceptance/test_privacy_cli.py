"""``privacy erase`` and ``privacy retention`` as an officer runs them: refusals change nothing."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.acceptance.test_cli import digest, run


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "a.db"
    assert run("--db", str(db), "demo", "--people", "200", "--seed", "2").returncode == 0
    with sqlite3.connect(db) as connection:
        reference = connection.execute(
            "SELECT reference FROM people p WHERE reference IS NOT NULL AND "
            "(SELECT count(*) FROM people q WHERE q.reference = p.reference) = 1 AND "
            "EXISTS (SELECT 1 FROM ledger_entries l WHERE l.person_id = p.id) LIMIT 1"
        ).fetchone()[0]
    connection.close()
    return db, reference


def refused(result: object, db: Path, before: str) -> None:
    assert result.returncode == 1  # type: ignore[attr-defined]
    assert len(result.stderr.strip().splitlines()) == 1  # type: ignore[attr-defined]
    assert digest(db) == before


def test_refusals_leave_the_file_as_it_was(demo: tuple[Path, str]) -> None:
    db, reference = demo
    before = digest(db)
    preview = run("--db", str(db), "privacy", "erase", reference)
    refused(preview, db, before)
    assert "Nothing changed" in preview.stderr and "keeps attendance" in preview.stderr
    refused(run("--db", str(db), "privacy", "erase", "NO-SUCH-REF", "--confirm"), db, before)
    unsettled = run("--db", str(db), "privacy", "erase", reference, "--confirm")
    refused(unsettled, db, before)
    assert "--points" in unsettled.stderr
    refused(run("--db", str(db), "privacy", "retention", "--anonymise"), db, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_read_only_file_is_refused(demo: tuple[Path, str]) -> None:
    db, reference = demo
    before = digest(db)
    db.chmod(0o444)
    try:
        result = run(
            "--db", str(db), "privacy", "erase", reference, "--confirm", "--points", "keep"
        )
        refused(result, db, before)
    finally:
        db.chmod(0o644)


def test_erase_then_review(demo: tuple[Path, str], tmp_path: Path) -> None:
    db, reference = demo
    logs = tmp_path / "data"
    env = {"ENGAGEMENT_DATA_DIR": str(logs)}
    done = run(
        "--db",
        str(db),
        "privacy",
        "erase",
        reference,
        "--confirm",
        "--points",
        "forfeit",
        "--json",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["erased"] and summary["points"] == "forfeit" and summary["wal_truncated"]
    data = db.read_bytes() + b"".join(p.read_bytes() for p in logs.rglob("*") if p.is_file())
    assert reference.encode() not in data
    again = run("--db", str(db), "privacy", "erase", f"#{summary['person_id']}", "--confirm")
    assert again.returncode == 1 and "erased already" in again.stderr

    review = run("--db", str(db), "privacy", "retention", "--json")
    assert review.returncode == 0, review.stderr
    figures = json.loads(review.stdout)
    assert summary["person_id"] not in {p["person_id"] for p in figures["people"]}
    assert figures["periods"]["retention_import_changes_days"] == 90
