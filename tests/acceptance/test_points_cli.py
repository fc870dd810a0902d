"""`points` commands as a script runs them: balance, statement, year end twice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import ledger
from engagement_desktop.store.engine import open_store
from tests.acceptance.test_cli import digest, run
from tests.consent import GIVEN


def make_db(db: str) -> str:
    store = open_store(db)
    try:
        zoe = people.add_person(
            store,
            {
                "first_name": "Zoë",
                "last_name": "O'Neill",
                "reference": "T0001",
                "involvement_status": "subscribed",
            },
            hold_data=GIVEN,
        )
        people.add_person(
            store,
            {"first_name": "Ann", "last_name": "O'Neill", "reference": "T0001"},
            hold_data=GIVEN,
        )  # same household
        lukasz = people.add_person(
            store,
            {"first_name": "Łukasz", "last_name": "Nowak", "reference": "T0002"},
            hold_data=GIVEN,
        )
        ledger.manual_award(store, zoe.id, 120, "Scrutiny review", on=date(2025, 6, 1))
        ledger.manual_award(store, lukasz.id, 55, "Estate inspections", on=date(2025, 7, 1))
    finally:
        store.close()
    return db


def test_balance_statement_and_year_end(tmp_path: Path, db_target: str) -> None:
    db = make_db(db_target)
    shared = run("--db", str(db), "points", "balance", "T0001")
    assert shared.returncode == 1 and "shared by 2 people" in shared.stderr

    balance = run("--db", str(db), "points", "balance", "t0002", "--json")
    assert balance.returncode == 0, balance.stderr
    assert json.loads(balance.stdout) | {"person_id": 0} == {
        "person_id": 0,
        "reference": "T0002",
        "name": "Łukasz Nowak",
        "balance": 55,
        "convertible_points": 50,
        "worth_pence": 5000,
    }

    pdf = tmp_path / "statement.pdf"
    statement = run(
        "--db", str(db), "points", "statement", "T0002", "--year", "2025", "-o", str(pdf)
    )
    assert statement.returncode == 0, statement.stderr
    assert "Łukasz Nowak" in PdfReader(pdf).pages[0].extract_text()

    preview = json.loads(
        run("--db", str(db), "points", "year-end", "--year", "2025", "--json").stdout
    )
    assert (preview["committed"], preview["to_convert"], preview["value_pence"]) == (
        False,
        2,
        150_00,
    )
    first = json.loads(
        run("--db", str(db), "points", "year-end", "--year", "2025", "--commit", "--json").stdout
    )
    assert (first["converted"], first["points"]) == (2, 150)
    again = json.loads(
        run("--db", str(db), "points", "year-end", "--year", "2025", "--commit", "--json").stdout
    )
    assert again["converted"] == 2 and again["to_convert"] == 0 and again["points"] == 150
    after = json.loads(run("--db", str(db), "points", "balance", "T0002", "--json").stdout)
    assert after["balance"] == 5


def test_unknown_reference_is_one_line(tmp_path: Path, db_target: str) -> None:
    db = make_db(db_target)
    result = run("--db", str(db), "points", "statement", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert result.stderr.strip() == "engagement-desktop: Nobody has the reference 'NOPE'."
    assert not (tmp_path / "x.pdf").exists()


def test_catch_up_previews_then_pays_attendance_recorded_before_the_rule(
    tmp_path: Path, db_target: str
) -> None:
    from datetime import datetime

    from engagement_desktop.services.events import events
    from engagement_desktop.services.rewards import rules
    from tests.unit.test_rewards import type_id

    db = make_db(db_target)
    store = open_store(db)
    try:
        with store.session() as session:
            lukasz = people.find_by_reference(session, "T0002")[0].id
        people.edit_person(store, lukasz, {"involvement_status": "subscribed"})
        meeting = events.create_event(
            store,
            {
                "title": "Residents' forum",
                "event_type_id": type_id(store, "Meeting"),
                "starts_at": datetime(2026, 5, 12, 18),
            },
        ).id
        events.record_attendance(store, meeting, lukasz, status="attended")
        rules.add_rule(
            store,
            {
                "event_type_id": type_id(store, "Meeting"),
                "points": 15,
                "effective_from": date(2026, 4, 1),
            },
        )
    finally:
        store.close()

    preview = run("--db", str(db), "points", "catch-up", "--since", "2026-04-01")
    assert preview.returncode == 0, preview.stderr
    assert "Preview (nothing written): This would pay 15 points to 1 member" in preview.stdout
    assert "Łukasz Nowak (T0002): 15 points for 1 attendance" in preview.stdout
    paid = json.loads(
        run(
            "--db", str(db), "points", "catch-up", "--since", "2026-04-01", "--commit", "--json"
        ).stdout
    )
    assert (paid["committed"], paid["points"], paid["members"][0]["name"]) == (
        True,
        15,
        "Łukasz Nowak",
    )
    after = json.loads(run("--db", str(db), "points", "balance", "T0002", "--json").stdout)
    assert after["balance"] == 55 + 15
    bad = run("--db", str(db), "points", "catch-up", "--since", "1st April")
    assert bad.returncode == 2 and "'1st April' is not a date like 2026-04-01" in bad.stderr


def test_catch_up_refuses_a_day_no_report_covers_in_one_sentence(db_target: str) -> None:
    db = make_db(db_target)
    before = digest(db)
    for option, day, shown in (
        ("--since", "0001-01-01", "Since: 01/01/0001"),
        ("--until", "9999-12-31", "Until: 31/12/9999"),
    ):
        since = [] if option == "--since" else ["--since", "2026-04-01"]
        bad = run("--db", db, "points", "catch-up", *since, option, day, "--commit")
        assert bad.returncode == 1
        assert bad.stderr.strip().splitlines() == [
            f"engagement-desktop: {shown} is not a plausible date (give one from 1900 to 2200)"
        ]
    backwards = run(
        "--db", db, "points", "catch-up", "--since", "2026-04-01", "--until", "2026-03-31"
    )
    assert backwards.returncode == 1
    assert backwards.stderr.strip() == (  # it read "Since: is after 31 March 2026"
        "engagement-desktop: Since: 1 April 2026 is after the end, 31 March 2026"
    )
    assert digest(db) == before
