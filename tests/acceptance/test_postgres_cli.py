"""A database on a PostgreSQL server as a user meets it: named by URL or ENGAGEMENT_DB,
and when the server is down, the password wrong, the database newer or busy, one line,
exit 1, nothing changed. (Everything else runs on the server through ``db_target``.)"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from engagement_desktop import cli
from engagement_desktop.store import engine, server
from tests.acceptance.test_cli import digest, run
from tests.backends import execute, is_server

on_server = pytest.mark.skipif(
    "not config.getoption('--pg-url') and not __import__('os').environ.get('ENGAGEMENT_TEST_DB')",
    reason="needs a PostgreSQL server (ENGAGEMENT_TEST_DB or --pg-url)",
)


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_a_server_that_is_down_is_one_line() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://officer:s3cret-pw@127.0.0.1:{port}/engagement"
    result = run("--db", url, "check")
    assert result.returncode == 1
    message = one_line(result.stderr)
    assert "the server cannot be reached" in message and "nothing was changed" in message
    assert "s3cret-pw" not in message and "***" in message


def test_a_server_name_that_is_not_found_says_so() -> None:
    """A mistyped server name (or no network) is not the server refusing us."""
    url = "postgresql+psycopg://officer:s3cret-pw@no-such-host.invalid/engagement"
    result = run("--db", url, "check")
    assert result.returncode == 1
    message = one_line(result.stderr)
    assert "no server of that name was found" in message, message
    assert "s3cret-pw" not in message


@pytest.mark.parametrize(
    ("address", "scheme"),
    [("mysql://officer:s3cret-pw@db.example/engagement", "mysql"), ("foo://bar", "foo")],
)
def test_an_address_of_another_kind_is_one_sentence(
    address: str, scheme: str, tmp_path: Path
) -> None:
    """It was "Something unexpected went wrong (ModuleNotFoundError/NoSuchModuleError)"."""
    said = (
        f"engagement-desktop: Cannot open a {scheme}:// address: only a database file or a "
        "postgresql:// address is supported; nothing was done."
    )
    for ran in (
        run("--db", address, "check"),
        run("audit", env={"ENGAGEMENT_DB": address}),
        run("--db", address, "backup", str(tmp_path / "copy.sqlite")),
    ):
        assert ran.returncode == 1 and ran.stdout == ""
        assert one_line(ran.stderr) == said and "s3cret-pw" not in ran.stderr
    assert list(tmp_path.iterdir()) == []


#: The program run with psycopg not importable, as in a source install without the
#: ``postgres`` extra: a finder refuses psycopg (and its binary half) before any other.
WITHOUT_PSYCOPG = """
import runpy, sys
from importlib.abc import MetaPathFinder

class NotInstalled(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("psycopg", "psycopg_binary", "psycopg_c"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
sys.argv[0] = "engagement-desktop"
runpy.run_module("engagement_desktop", run_name="__main__", alter_sys=True)
"""


def test_without_the_driver_team_mode_is_one_sentence_saying_how_to_get_it(
    tmp_path: Path,
) -> None:
    with socket.socket() as probe:  # a port nothing listens on: the driver is asked first
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://officer:s3cret-pw@127.0.0.1:{port}/engagement"
    data = tmp_path / "data folder"
    for how in (["--db", url, "check"], ["demo", "--people", "100"]):
        result = subprocess.run(
            [sys.executable, "-c", WITHOUT_PSYCOPG, *how],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "ENGAGEMENT_DATA_DIR": str(data), "ENGAGEMENT_DB": url},
        )
        assert result.returncode == 1, result.stderr
        message = one_line(result.stderr)
        assert "Team mode on PostgreSQL needs the PostgreSQL driver (psycopg)" in message
        assert 'python -m pip install ".[postgres]"' in message
        assert "installer, which carries it" in message and "nothing was changed" in message
        assert "s3cret-pw" not in message and "Something unexpected" not in message
        assert result.stdout == ""
    assert not data.exists()  # nothing written: no database, no log, no settings


@on_server
def test_a_wrong_password_is_one_line(db_target: str) -> None:
    wrong = make_url(db_target).set(password="not-the-password")
    probe = create_engine(wrong)
    try:
        probe.connect().close()
        pytest.skip("this server lets anyone in without a password (trust)")
    except Exception:
        pass
    finally:
        probe.dispose()
    result = run("--db", wrong.render_as_string(hide_password=False), "check")
    assert result.returncode == 1
    message = one_line(result.stderr)
    assert "refused the user name or password" in message
    assert "not-the-password" not in message


@on_server
def test_a_database_from_a_newer_version_is_refused_untouched(db_target: str) -> None:
    assert run("--db", db_target, "demo", "--people", "100").returncode == 0
    execute(db_target, "UPDATE alembic_version SET version_num = '0999'")
    before = digest(db_target)
    for command in (("check",), ("demo", "--people", "100"), ("audit",)):
        result = run("--db", db_target, *command)
        assert result.returncode == 1
        assert "made by a newer version of Engagement Desktop" in one_line(result.stderr)
    assert digest(db_target) == before


@on_server
def test_the_environment_names_the_server(db_target: str) -> None:
    made = run("demo", "--people", "100", env={"ENGAGEMENT_DB": db_target})
    assert made.returncode == 0, made.stderr
    checked = run("check", "--json", env={"ENGAGEMENT_DB": db_target})
    assert checked.returncode == 0, checked.stderr
    figures = json.loads(checked.stdout)
    assert figures["counts"]["people"] == 100 and figures["healthy"] is True
    assert figures["database"] == make_url(db_target).render_as_string(hide_password=True)


@on_server
def test_a_write_waiting_past_the_lock_timeout_is_one_line(
    db_target: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_server(db_target)
    assert run("--db", db_target, "demo", "--people", "100").returncode == 0
    before = digest(db_target)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 1)
    other = create_engine(db_target)
    with other.connect() as holder, holder.begin():  # another officer's long write
        holder.execute(text(f"SELECT pg_advisory_xact_lock({server.WRITE_LOCK_KEY})"))
        code = cli.main(["--db", db_target, "points", "year-end", "--year", "2024", "--commit"])
    other.dispose()
    assert code == 1
    message = one_line(capsys.readouterr().err)
    assert "The database is busy" in message and "nothing was changed" in message
    assert digest(db_target) == before


@on_server
def test_the_people_search_has_its_trigram_index(db_target: str) -> None:
    probe = create_engine(db_target)
    with probe.connect() as connection:
        names = set(
            connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'people'")
            ).scalars()
        )
    probe.dispose()
    assert {"ix_people_search_text_trgm", "ix_people_known_as_trgm"} <= names
