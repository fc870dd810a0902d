"""``privacy erase`` and ``privacy retention`` as an officer runs them: refusals change nothing."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.acceptance.confined import (
    listing,
    one_line,
    remove_shared,
    run_unprivileged,
    shared_folder,
)
from tests.acceptance.test_cli import digest, run
from tests.backends import is_server, rows


@pytest.fixture
def demo(db_target: str) -> tuple[str, str]:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "200", "--seed", "2").returncode == 0
    reference = rows(
        db,
        "SELECT reference FROM people p WHERE reference IS NOT NULL AND "
        "(SELECT count(*) FROM people q WHERE q.reference = p.reference) = 1 AND "
        "EXISTS (SELECT 1 FROM ledger_entries l WHERE l.person_id = p.id) "
        "ORDER BY id LIMIT 1",
    )[0][0]
    return db, str(reference)


def refused(result: object, db: Path, before: str) -> None:
    assert result.returncode == 1  # type: ignore[attr-defined]
    assert len(result.stderr.strip().splitlines()) == 1  # type: ignore[attr-defined]
    assert digest(db) == before


def test_refusals_leave_the_file_as_it_was(demo: tuple[str, str]) -> None:
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


@pytest.mark.sqlite_only
def test_read_only_file_is_refused(demo: tuple[str, str], tmp_path: Path) -> None:
    source, reference = demo
    folder = shared_folder(tmp_path)
    try:
        home = folder / "home"
        home.mkdir(mode=0o777)
        home.chmod(0o777)
        db = folder / "engagement.sqlite"
        shutil.copy(source, db)
        db.chmod(0o444)
        before = (digest(db), listing(folder))
        ran = run_unprivileged(
            "--db",
            str(db),
            "privacy",
            "erase",
            reference,
            "--confirm",
            "--points",
            "keep",
            home=home,
        )
        assert f"{db} is read-only (the file is read-only): nothing was changed." in one_line(ran)
        assert (digest(db), listing(folder)) == before
    finally:
        remove_shared(folder)


def test_a_shared_reference_needs_the_person_chosen(demo: tuple[str, str]) -> None:
    db, _reference = demo
    shared, first, second = rows(
        db,
        "SELECT reference, min(id), max(id) FROM people WHERE reference IS NOT NULL "
        "GROUP BY reference HAVING count(*) > 1 ORDER BY reference LIMIT 1",
    )[0]
    before = digest(db)
    ambiguous = run("--db", str(db), "privacy", "erase", shared, "--confirm", "--points", "keep")
    refused(ambiguous, db, before)
    assert "--person-id" in ambiguous.stderr
    chosen = run(
        "--db",
        str(db),
        "privacy",
        "erase",
        shared,
        "--person-id",
        str(second),
        "--confirm",
        "--points",
        "keep",
        "--json",
    )
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["person_id"] == second
    household = rows(db, "SELECT household_id, reference FROM people WHERE id = :id", id=first)[0]
    assert household == (household[0], shared)  # the one still living there keeps it all


def test_erase_then_review(demo: tuple[str, str], tmp_path: Path) -> None:
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
    assert summary["erased"] and summary["points"] == "forfeit"
    # A safety backup was made first (it still holds them, until rotation ages it out);
    # the database, its WAL and the logs hold nothing of them.
    backups = logs / "backups"
    assert [p.name for p in backups.iterdir() if "erasure" in p.name]
    kept = [p for p in logs.rglob("*") if p.is_file() and backups not in p.parents]
    files = kept
    if not is_server(db):  # the file and its write-ahead log are scrubbed
        assert summary["wal_truncated"]
        wal = Path(db).with_name(Path(db).name + "-wal")
        files = [Path(db), *([wal] if wal.exists() else []), *kept]
    assert reference.encode() not in b"".join(p.read_bytes() for p in files)
    again = run("--db", str(db), "privacy", "erase", f"#{summary['person_id']}", "--confirm")
    assert again.returncode == 1 and "erased already" in again.stderr

    review = run("--db", str(db), "privacy", "retention", "--json")
    assert review.returncode == 0, review.stderr
    figures = json.loads(review.stdout)
    assert summary["person_id"] not in {p["person_id"] for p in figures["people"]}
    assert figures["periods"]["retention_import_changes_days"] == 90


def test_points_kept_are_said_in_words(demo: tuple[str, str], tmp_path: Path) -> None:
    """`--points keep` ended the sentence "...; 85 points keep."."""
    db, reference = demo
    env = {"ENGAGEMENT_DATA_DIR": str(tmp_path / "data")}
    done = run(
        "--db", str(db), "privacy", "erase", reference, "--confirm", "--points", "keep", env=env
    )
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        r"Person #\d+ erased: [\d,]+ records anonymised or removed in \d+ tables; "
        r"[1-9][\d,]* points kept as an anonymous balance\.",
        done.stdout.strip(),
    ), done.stdout
