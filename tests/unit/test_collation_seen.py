"""Opening a database does not load ICU (a tenth of the window's memory) just to learn
that its name keys are still current, yet keys made by another ICU are still remade.

Each opening runs in a fresh Python process: this test process loaded ICU long ago,
and a loaded ICU is simply asked its version.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import text

from engagement_desktop.services.listings import PEOPLE
from engagement_desktop.services.people import people
from engagement_desktop.store import collation
from engagement_desktop.store.engine import open_store
from tests.consent import GIVEN

REPO = Path(__file__).resolve().parents[2]

#: Opens the database as the window does, then says whether ICU was loaded and how
#: People is listed.
OPEN = """
import json, sys
from engagement_desktop.services.listings import PEOPLE
from engagement_desktop.store.engine import open_store
store = open_store({db!r})
icu_loaded = "icu" in sys.modules
with store.session() as session:
    names = [row[2] for row in PEOPLE.fetch(session)]
store.close()
print(json.dumps({{"icu_loaded": icu_loaded, "names": names}}))
"""


def open_fresh(db: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, "-c", OPEN.format(db=str(db))],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def make_database(db: Path) -> None:
    store = open_store(db)
    try:
        for first, last in (("Ali", "Öztürk"), ("Ben", "Oakley"), ("Cara", "Owen")):
            people.add_person(store, {"first_name": first, "last_name": last}, hold_data=GIVEN)
    finally:
        store.close()


IN_ORDER = ["Oakley, Ben", "Owen, Cara", "Öztürk, Ali"]


def test_a_second_opening_leaves_icu_unloaded(db_path: Path, isolated_data_dir: Path) -> None:
    make_database(db_path)
    (isolated_data_dir / collation.SEEN_NAME).unlink(missing_ok=True)
    first = open_fresh(db_path)
    assert first["icu_loaded"]  # nothing known yet: ICU is asked, and its answer kept
    second = open_fresh(db_path)
    assert not second["icu_loaded"]
    assert first["names"] == second["names"] == IN_ORDER


def test_keys_of_another_icu_are_remade_though_its_version_was_remembered(
    db_path: Path, isolated_data_dir: Path
) -> None:
    """The remembered version only ever confirms keys; it never hides a stale one."""
    make_database(db_path)
    open_fresh(db_path)  # learns the version
    assert not open_fresh(db_path)["icu_loaded"]  # and remembers it
    store = open_store(db_path)
    with store.transaction() as session:
        session.execute(text("UPDATE people SET name_sort_key = x'00' WHERE first_name = 'Ali'"))
        session.execute(
            text("UPDATE settings SET value = '\"en_GB shifted, ICU 1.0\"' WHERE key = :k"),
            {"k": collation.MARKER},
        )
    store.close()
    found = open_fresh(db_path)
    assert found["icu_loaded"] and found["names"] == IN_ORDER


def test_a_new_icu_build_is_asked_again(db_path: Path, isolated_data_dir: Path) -> None:
    """A remembered answer from another PyICU build (an upgrade since) is not trusted,
    even when it names the version the keys were made by."""
    make_database(db_path)
    open_fresh(db_path)  # learns the version
    store = open_store(db_path)
    with store.transaction() as session:
        session.execute(text("UPDATE people SET name_sort_key = x'00' WHERE first_name = 'Ali'"))
        session.execute(
            text("UPDATE settings SET value = '\"en_GB shifted, ICU 1.0\"' WHERE key = :k"),
            {"k": collation.MARKER},
        )
    store.close()
    seen = isolated_data_dir / collation.SEEN_NAME
    recorded = json.loads(seen.read_text(encoding="utf-8"))
    recorded["build"][0][1] += 1  # another size: another build
    recorded["version"] = "en_GB shifted, ICU 1.0"
    seen.write_text(json.dumps(recorded), encoding="utf-8")
    found = open_fresh(db_path)
    assert found["icu_loaded"] and found["names"] == IN_ORDER
    store = open_store(db_path)
    try:
        with store.session() as session:
            assert [row[2] for row in PEOPLE.fetch(session)] == IN_ORDER
    finally:
        store.close()
