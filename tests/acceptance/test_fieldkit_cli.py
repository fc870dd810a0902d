"""The field kit as a script drives it: export, check-in and walk-ins on the pack,
then merge with a dry run, decisions in a file, and a second merge that is refused."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from engagement_desktop.services.events import events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import open_store
from engagement_desktop.store.models import EventType
from tests.acceptance.test_cli import digest, run
from tests.consent import GIVEN


def make_db(db: str) -> tuple[int, int]:
    store = open_store(db)
    try:
        with store.session() as session:
            meeting = session.scalar(select(EventType.id).where(EventType.name == "Meeting"))
        ids = [
            people.add_person(
                store,
                {"first_name": f, "last_name": last, "reference": ref, "postcode": "PE12 3AB"},
                hold_data=GIVEN,
            ).id
            for f, last, ref in (
                ("Zoë", "O'Neill", "T01"),
                ("Ann", "Lee", "T02"),
                ("Jo", "Bell", "T03"),
            )
        ]
        when = datetime.combine(date.today() + timedelta(days=1), datetime.min.time())
        event = events.save_event(
            store, None, {"title": "Estate walkabout", "event_type_id": meeting, "starts_at": when}
        ).id
        invite(store, event, person_ids=ids[:2])
        return event, ids[1]
    finally:
        store.close()


def test_export_work_at_the_door_and_merge(tmp_path: Path, db_target: str) -> None:
    event, ann = make_db(db_target)
    pack = tmp_path / "kit.sqlite"
    made = run("--db", db_target, "fieldkit", "export", "-o", str(pack), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["events"] == 1  # the next 7 days by default

    door = run("--db", str(pack), "events", "checkin", str(event), "T01", "--json")
    assert door.returncode == 0, door.stderr
    assert json.loads(door.stdout)["present"] == 1
    refused = run(
        "--db", str(pack), "events", "walk-in", str(event), "--first", "Sam", "--last", "Ng"
    )
    assert refused.returncode == 1 and "--consent" in refused.stderr
    # Jo Bell is on the register at home: the door adds her anyway, and the merge asks.
    for first, last in (("Jo", "Bell"), ("Sam", "Ng")):
        added = run(
            "--db", str(pack), "events", "walk-in", str(event), "--first", first, "--last", last,
            "--postcode", "PE12 3AB", "--consent", "--add-anyway",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    run("--db", str(pack), "events", "checkin", str(event), "T02")
    store = open_store(db_target)  # the office marks Ann's apologies meanwhile
    try:
        events.record_attendance(store, event, ann, status="apologies")
    finally:
        store.close()

    before = digest(db_target)
    dry = run("--db", db_target, "fieldkit", "merge", str(pack), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    review = json.loads(dry.stdout)
    assert (review["attendance"], review["walk_ins"]) == (2, 1)
    assert [d["name"] for d in review["duplicates"]] == ["Jo Bell"]
    assert [c["office"]["status"] for c in review["conflicts"]] == ["apologies"]
    undecided = run("--db", db_target, "fieldkit", "merge", str(pack))
    assert undecided.returncode == 1 and "decisions are needed" in undecided.stderr
    assert len(undecided.stderr.strip().splitlines()) == 1
    assert digest(db_target) == before

    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "walk_ins": {review["duplicates"][0]["walk_in"]: "apart"},
                "conflicts": {review["conflicts"][0]["key"]: "office"},
            }
        ),
        encoding="utf-8",
    )
    merged = run(
        "--db", db_target, "fieldkit", "merge", str(pack), "--resolve", str(answers), "--json"
    )
    assert merged.returncode == 0, merged.stderr
    done = json.loads(merged.stdout)
    assert (done["attendance"], done["walk_ins"], done["matched_existing"]) == (3, 2, 0)
    after = digest(db_target)
    again = run("--db", db_target, "fieldkit", "merge", str(pack), "--conflicts", "pack")
    assert again.returncode == 1 and "already brought back" in again.stderr
    assert digest(db_target) == after


def test_an_answers_file_that_is_missing_or_not_json_is_said_plainly(
    tmp_path: Path, db_target: str
) -> None:
    """Not Python's "[Errno 2]" or "Expecting value: line 1 column 1 (char 0)"."""
    make_db(db_target)
    pack = tmp_path / "kit.sqlite"
    assert run("--db", db_target, "fieldkit", "export", "-o", str(pack)).returncode == 0
    before = digest(db_target)
    missing = tmp_path / "answers.json"
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "walk_ins": {},\n  "conflicts": \n}\n', encoding="utf-8")
    for answers, said in (
        (missing, f"{missing} does not exist."),
        (broken, f"{broken} is not valid JSON (line 4, column 1): a value was expected."),
    ):
        refused = run("--db", db_target, "fieldkit", "merge", str(pack), "--resolve", str(answers))
        assert refused.returncode == 1
        assert refused.stderr.strip().splitlines() == [f"engagement-desktop: {said}"]
    assert digest(db_target) == before
