"""Two real processes doing the same thing at once end as if one ran after the other.

Each race starts two ``engagement-desktop`` processes (or a service call in a second
Python) at the same moment on one demo database, then compares the counts with a single
run's and checks the file with ``check --full``. Before writes took the write lock as they
began, two imports of one people file both added everyone.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance.test_cli import run
from tests.backends import PostgresDatabases, rows
from tests.benchmarks.imports_bench import write_people, write_survey
from tests.conftest import MakeTarget

PEOPLE_ROWS = 4_000
SURVEY_ROWS = 3_000


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "engagement_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def together(*commands: Sequence[str]) -> list[tuple[int, str, str]]:
    """Start every command before waiting for any; (exit code, stdout, stderr) each."""
    running = [start(*command) for command in commands]
    return [(p.wait(timeout=240), *p.communicate()) for p in running]


def count(db: Path | str, table: str) -> int:
    return int(rows(str(db), f"SELECT count(*) FROM {table}")[0][0])


def healthy(db: Path) -> None:
    checked = run("--db", str(db), "check", "--full", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert json.loads(checked.stdout)["healthy"] is True


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, make_db_target: MakeTarget) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("two-writers")
    demo = make_db_target(folder, "demo.sqlite")
    made = run("--db", str(demo), "demo", "--people", "300")
    assert made.returncode == 0, made.stderr
    return {
        "demo": demo,
        "people": write_people(folder / "tenancies.xlsx", PEOPLE_ROWS),
        "survey": write_survey(folder / "returns.xlsx", SURVEY_ROWS),
    }


@pytest.fixture
def db(
    corpus: dict[str, Any], tmp_path: Path, pg_databases: PostgresDatabases | None
) -> Iterator[str]:
    if pg_databases is not None:
        copy = pg_databases.new(copy_of=corpus["demo"])
        yield copy
        pg_databases.drop(copy)
        return
    yield str(shutil.copy(corpus["demo"], tmp_path / "register.sqlite"))


def test_two_imports_of_one_people_file(corpus: dict[str, Any], db: str) -> None:
    before = count(db, "people")
    command = ("--db", str(db), "import", "people", str(corpus["people"]), "--json")
    results = together(command, command)
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    created = sorted(json.loads(out)["created"] for _, out, _ in results)
    assert created[0] == 0 and created[1] > 3_000  # the second found everyone on file
    assert count(db, "people") == before + created[1]
    assert count(db, "import_batches") == 1  # the second had nothing to change
    healthy(db)


def test_two_imports_of_one_survey_file(corpus: dict[str, Any], db: str) -> None:
    surveys, responses = count(db, "surveys"), count(db, "survey_responses")
    command = (
        "--db", str(db), "import", "survey", str(corpus["survey"]), "--survey", "TSM", "--json",
        "--keep-unknown-references",
    )  # fmt: skip
    results = together(command, command)
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    added = sorted(json.loads(out)["responses_created"] for _, out, _ in results)
    assert added == [0, SURVEY_ROWS]
    assert count(db, "surveys") == surveys + 1
    assert count(db, "survey_responses") == responses + SURVEY_ROWS
    healthy(db)


def test_people_and_survey_imports_racing(corpus: dict[str, Any], db: str) -> None:
    before, responses = count(db, "people"), count(db, "survey_responses")
    people = ("--db", str(db), "import", "people", str(corpus["people"]), "--json")
    survey = ("--db", str(db), "import", "survey", str(corpus["survey"]), "--survey", "TSM",
              "--keep-unknown-references")  # fmt: skip
    (people_code, people_out, people_err), (survey_code, _, survey_err) = together(people, survey)
    assert (people_code, survey_code) == (0, 0), people_err + survey_err
    assert count(db, "people") == before + json.loads(people_out)["created"]
    assert count(db, "survey_responses") == responses + SURVEY_ROWS
    healthy(db)


WALK_IN = """
    import sys
    from engagement_desktop.services.events.checkin import add_walk_in
    from engagement_desktop.store.engine import open_store

    store = open_store(sys.argv[1])
    done = add_walk_in(
        store,
        int(sys.argv[2]),
        {"first_name": "Zoë Łukasz", "last_name": "O'Neill Ní Bhriain", "postcode": "PE1 1AA"},
        hold_data=True,
    )
    print(done.person_id)
"""


def test_a_walk_in_racing_an_import(corpus: dict[str, Any], db: str) -> None:
    before = count(db, "people")
    event_id = rows(db, "SELECT min(id) FROM events WHERE status = 'held'")[0][0]
    importer = start("--db", str(db), "import", "people", str(corpus["people"]), "--json")
    walk_in = start_python(WALK_IN, str(db), str(event_id))
    assert walk_in.wait(timeout=240) == 0, walk_in.communicate()[1]
    assert importer.wait(timeout=240) == 0, importer.communicate()[1]
    created = json.loads(importer.communicate()[0])["created"]
    assert count(db, "people") == before + created + 1
    statuses = rows(
        db,
        "SELECT a.status FROM attendance a JOIN people p ON p.id = a.person_id "
        "WHERE a.event_id = :event AND p.first_name = 'Zoë Łukasz'",
        event=event_id,
    )
    assert statuses == [("walk_in",)]
    healthy(db)


MEMBERS = """
    import sys
    from datetime import date
    from engagement_desktop.services.people.people import HoldDataConsent, add_person
    from engagement_desktop.services.rewards.ledger import manual_award
    from engagement_desktop.store.engine import open_store

    store = open_store(sys.argv[1])
    for n in range(40):
        person = add_person(
            store,
            {"first_name": f"Member{n}", "last_name": "Ó Briain"},
            hold_data=HoldDataConsent("paper_form"),
        )
        manual_award(store, person.id, 50 + n * 5, "Scrutiny review", on=date(2024, 7, 1))
"""


def test_two_year_end_commits_at_once(db_target: str) -> None:
    db = db_target
    setup = start_python(MEMBERS, str(db))
    assert setup.wait(timeout=120) == 0, setup.communicate()[1]
    command = ("--db", str(db), "points", "year-end", "--year", "2024", "--commit", "--json")
    results = together(command, command)
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    converted = rows(
        db, "SELECT count(*), -sum(points) FROM ledger_entries WHERE source = 'year_end'"
    )[0]
    assert converted[0] == 40  # one conversion each, not two
    assert count(db, "reward_payouts") == 40
    lines = [json.loads(out)["lines"] for _, out, _ in results]
    assert {line["status"] for both in lines for line in both} == {"converted"}
    healthy(db)
