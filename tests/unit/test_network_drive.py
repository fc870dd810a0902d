"""A SQLite file on a network drive opens in rollback-journal mode and says so.

The detector is a pure function fed the platform's facts; the store is opened with the
detector replaced, and what SQLite really runs (PRAGMA journal_mode) is checked."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from engagement_desktop import cli
from engagement_desktop.errors import DatabaseRefused
from engagement_desktop.services.people import people
from engagement_desktop.store import network_drive
from engagement_desktop.store.engine import open_store
from engagement_desktop.store.network_drive import DRIVE_REMOTE, network_location
from tests.consent import GIVEN

MOUNTINFO = """\
22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
40 22 0:35 / /home rw,relatime shared:2 - ext4 /dev/nvme0n1p3 rw
61 22 0:52 / /mnt/housing rw,relatime shared:30 - cifs //fileserver/housing rw,vers=3.1.1
62 61 0:53 / /mnt/housing/local\\040copy rw,relatime - ext4 /dev/sdb1 rw
63 22 0:54 / /srv/team rw,relatime shared:31 - nfs4 nas:/export/team rw
64 22 0:55 / /home/sam/remote rw,nosuid - fuse.sshfs sam@host:/data rw
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//sam@fileserver/housing on /Volumes/housing (smbfs, nodev, nosuid, mounted by sam)
"""


def linux(path: str) -> str | None:
    return network_location(path, platform="linux", mounts=MOUNTINFO)


def test_a_unc_path_is_a_network_share_on_any_platform() -> None:
    for platform in ("win32", "linux"):
        where = network_location(
            r"\\fileserver\housing\engagement.sqlite", platform=platform, drive_type=None
        )
        assert where == r"the network share \\fileserver\housing"
    assert network_location(r"\\?\UNC\srv\team\e.sqlite", platform="win32") == (
        r"the network share \\srv\team"
    )
    assert network_location(r"\\?\C:\data\e.sqlite", platform="win32") is None


def test_a_mapped_drive_letter_is_asked_of_windows() -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root == "Z:\\" else 3  # 3: DRIVE_FIXED

    assert network_location(r"z:\Team\e.sqlite", platform="win32", drive_type=drive_type) == (
        "the network drive Z:"
    )
    assert (
        network_location(r"C:\Users\sam\e.sqlite", platform="win32", drive_type=drive_type) is None
    )
    assert asked == ["Z:\\", "C:\\"]


def test_cifs_nfs4_and_sshfs_mounts_are_network_but_ext4_is_not() -> None:
    assert linux("/mnt/housing/engagement.sqlite") == "a cifs network mount (/mnt/housing)"
    assert linux("/srv/team/db/e.sqlite") == "a nfs4 network mount (/srv/team)"
    assert linux("/home/sam/remote/e.sqlite") == "a fuse.sshfs network mount (/home/sam/remote)"
    assert linux("/home/sam/engagement.sqlite") is None  # ext4 /home
    assert linux("/srv/teamwork/e.sqlite") is None  # not under /srv/team
    # A local disk mounted inside a share (its path written with \040 for the space).
    assert linux("/mnt/housing/local copy/e.sqlite") is None


def test_a_mac_smb_volume_is_network() -> None:
    where = network_location("/Volumes/housing/e.sqlite", platform="darwin", mounts=MAC_MOUNT)
    assert where == "a smbfs network mount (/Volumes/housing)"
    assert network_location("/Users/sam/e.sqlite", platform="darwin", mounts=MAC_MOUNT) is None


def test_this_computers_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_drive.detect(tmp_path / "e.sqlite") is None


def journal_mode(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


def on_the_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        network_drive, "detect", lambda path: r"the network share \\fileserver\housing"
    )


@pytest.mark.sqlite_only
def test_a_file_on_a_network_drive_runs_with_a_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "e.sqlite"
    local = open_store(path)  # made on a local disk: write-ahead log
    local.close()
    assert journal_mode(path) == "wal"

    on_the_share(monkeypatch)
    store = open_store(path)  # the same file now met on the share: switched back
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        people.add_person(store, {"first_name": "Ada", "last_name": "Ng"}, GIVEN)
        assert not path.with_name("e.sqlite-wal").exists()
        assert store.network_note is not None
        assert "network drive" in store.network_note and "one officer at a time" in (
            store.network_note
        )
    finally:
        store.close()
    assert journal_mode(path) == "delete"  # the file itself says so (header bytes 18-19)


@pytest.mark.sqlite_only
def test_check_says_the_file_is_on_a_network_drive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.sqlite"
    open_store(path).close()
    assert cli.main(["--db", str(path), "check", "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert plain["network_drive"] is None and plain["note"] is None
    on_the_share(monkeypatch)
    assert cli.main(["--db", str(path), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["network_drive"] == r"the network share \\fileserver\housing"
    assert "one officer at a time" in report["note"] and "PostgreSQL" in report["note"]
    assert cli.main(["--db", str(path), "check"]) == 0
    assert "Note: This database is on a network drive" in capsys.readouterr().out


@pytest.mark.sqlite_only
def test_a_wal_file_another_program_holds_is_refused_in_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "e.sqlite"
    open_store(path).close()
    other = sqlite3.connect(path)  # another officer's program, still in WAL mode
    try:
        other.execute("SELECT count(*) FROM people").fetchone()
        on_the_share(monkeypatch)
        before = path.read_bytes()
        with pytest.raises(DatabaseRefused, match="close Engagement Desktop on the other"):
            open_store(path)
        assert path.read_bytes() == before
    finally:
        other.close()
    assert journal_mode(path) == "wal"
