"""`audit` as an officer or a script reads it: one person's history, filters, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from engagement_desktop.services.people import people
from engagement_desktop.store.engine import open_store
from tests.acceptance.test_cli import digest, run
from tests.consent import GIVEN


def make_db(db: str) -> str:
    store = open_store(db, actor="Priya")
    try:
        zoe = people.add_person(
            store,
            {"first_name": "Zoë", "last_name": "Ní Bhriain", "reference": "T0001"},
            hold_data=GIVEN,
        )
        people.edit_person(store, zoe.id, {"postcode": "PE12 3AB"})
        people.add_person(store, {"first_name": "Ann", "last_name": "Lee"}, hold_data=GIVEN)
    finally:
        store.close()
    return db


def test_one_persons_history_reads_with_her_name_newest_first(
    tmp_path: Path, db_target: str
) -> None:
    db = make_db(db_target)
    text = run("--db", str(db), "audit", "--person", "T0001")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].endswith("Priya  Edited Zoë Ní Bhriain")
    assert "    postcode: — -> PE12 3AB" in lines
    assert not any("Ann Lee" in line for line in lines)
    as_json = run("--db", str(db), "audit", "--person", "T0001", "--json")
    found = json.loads(as_json.stdout)
    assert found["total"] == len(found["entries"]) >= 3  # added, consent, edited
    assert found["entries"][0]["changes"]["postcode"] == ["—", "PE12 3AB"]
    assert {e["subject"] for e in found["entries"]} == {"Zoë Ní Bhriain"}


def test_filters_by_officer_and_dates(tmp_path: Path, db_target: str) -> None:
    db = make_db(db_target)
    nobody = json.loads(run("--db", str(db), "audit", "--officer", "Sam", "--json").stdout)
    priya = json.loads(run("--db", str(db), "audit", "--officer", "priya", "--json").stdout)
    past = json.loads(run("--db", str(db), "audit", "--to", "2020-01-01", "--json").stdout)
    assert nobody["total"] == 0 and past["total"] == 0 and priya["total"] >= 5
    limited = run("--db", str(db), "audit", "--limit", "2")
    assert "Showing the newest 2 of" in limited.stdout


def test_bad_input_is_one_line_and_changes_nothing(tmp_path: Path, db_target: str) -> None:
    db = make_db(db_target)
    before = digest(db)
    for args, says in [
        (("--person", "T9999"), "Nobody has the reference 'T9999'."),
        (("--person", "#999"), "There is no person with id 999."),
        (("--from", "2026-02-01", "--to", "2026-01-01"), "is before --from"),
    ]:
        result = run("--db", str(db), "audit", *args)
        assert result.returncode == 1 and says in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    typo = run("--db", str(db), "audit", "--from", "1 March")  # argparse: usage, then why
    assert typo.returncode == 2 and "'1 March' is not a date like 2026-04-01" in typo.stderr
    assert digest(db) == before
    missing = run("--db", str(tmp_path / "none.db"), "audit")
    assert missing.returncode == 1 and not (tmp_path / "none.db").exists()


def test_a_day_off_the_calendar_is_one_sentence(tmp_path: Path, db_target: str) -> None:
    """It was "Something unexpected went wrong (ValueError/OverflowError)"."""
    db = make_db(db_target)
    before = digest(db)
    for args, said in [
        (("--from", "0001-01-01"), "From: 01/01/0001"),
        (("--to", "9999-12-31"), "To: 31/12/9999"),
    ]:
        result = run("--db", str(db), "audit", *args)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.strip().splitlines() == [
            f"engagement-desktop: {said} is not a plausible date (give one from 1900 to 2200)"
        ]
    assert digest(db) == before
