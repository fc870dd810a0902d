"""`encrypt` / `decrypt` as a script runs them, and every other command on a protected
file: one line and exit 1 for each refusal, the file unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acceptance.test_cli import digest, run

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves

pytest.importorskip("sqlcipher3")

KEY = {"ENGAGEMENT_PASSPHRASE": "tenants' voice 2026"}


def test_encrypt_then_use_then_decrypt_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert run("--db", str(db), "demo", "--people", "120").returncode == 0
    plain = json.loads(run("--db", str(db), "check", "--json").stdout)["counts"]

    done = run("--db", str(db), "encrypt", "--json", env=KEY)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["encrypted"] is True
    assert not db.read_bytes().startswith(b"SQLite format 3")
    before = digest(db)

    again = run("--db", str(db), "encrypt", env=KEY)
    no_key = run("--db", str(db), "export", "people", "-o", str(tmp_path / "p.xlsx"))
    wrong = run("--db", str(db), "check", env={"ENGAGEMENT_PASSPHRASE": "guess"})
    for refused, words in (
        (again, "already protected"),
        (no_key, "This database is protected by a passphrase"),
        (wrong, "passphrase does not open"),
    ):
        assert refused.returncode == 1
        assert words in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert digest(db) == before

    checked = run("--db", str(db), "check", "--json", env=KEY)
    assert json.loads(checked.stdout)["counts"] == plain
    copy = tmp_path / "copy.db"
    assert run("--db", str(db), "backup", str(copy), env=KEY).returncode == 0
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert json.loads(run("--db", str(copy), "check", "--json", env=KEY).stdout)["healthy"]

    assert run("--db", str(db), "decrypt", env=KEY).returncode == 0
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    assert json.loads(run("--db", str(db), "check", "--json").stdout)["counts"] == plain
    twice = run("--db", str(db), "decrypt", env=KEY)
    assert twice.returncode == 1 and "not protected" in twice.stderr


def test_a_short_passphrase_is_refused_and_the_file_left_plain(tmp_path: Path) -> None:
    """Four letters would be no protection for a laptop left on a bus (it is attacked
    offline, at leisure): the passphrase must be at least 10 characters."""
    db = tmp_path / "a.db"
    assert run("--db", str(db), "demo", "--people", "120").returncode == 0
    before = digest(db)
    short = run("--db", str(db), "encrypt", env={"ENGAGEMENT_PASSPHRASE": "a"})
    assert short.returncode == 1
    assert "A passphrase needs at least 10 characters" in short.stderr
    assert "nothing was changed" in short.stderr
    assert len(short.stderr.strip().splitlines()) == 1
    assert digest(db) == before and db.read_bytes().startswith(b"SQLite format 3\x00")
