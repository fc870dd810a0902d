"""``fund list`` as a script uses it: the demo's rounds, applications and awards,
checked against sums made here straight from the database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fund") / "demo.sqlite"
    done = run("--db", str(path), "demo", "--people", "300", "--seed", "4", "--today", "2026-12-05")
    assert done.returncode == 0, done.stderr
    return path


def test_fund_list_json_agrees_with_the_database(demo: Path) -> None:
    done = run("--db", str(demo), "fund", "list", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    with closing(sqlite3.connect(demo)) as con:
        awarded = con.execute(
            "SELECT round_id, SUM(award_pence) FROM fund_applications "
            "WHERE status = 'awarded' GROUP BY round_id"
        ).fetchall()
        paid = con.execute("SELECT SUM(amount_pence) FROM fund_payments").fetchone()[0]
        count = con.execute("SELECT COUNT(*) FROM fund_applications").fetchone()[0]
    by_round = {r["id"]: r for r in listed["rounds"]}
    for round_id, pence in awarded:
        assert by_round[round_id]["awarded"] == round(pence / 100, 2)
    assert sum(r["paid"] for r in listed["rounds"]) == pytest.approx(paid / 100)
    assert len(listed["applications"]) == count
    assert any(a["evaluation_late"] for a in listed["applications"])
    assert {a["status"] for a in listed["applications"]} >= {"awarded", "declined", "received"}


def test_one_round_by_name_and_an_unknown_round_is_one_line(demo: Path) -> None:
    listed = json.loads(run("--db", str(demo), "fund", "list", "--round", "1", "--json").stdout)
    name = listed["rounds"][0]["name"]
    again = run("--db", str(demo), "fund", "list", "--round", name.upper())
    assert again.returncode == 0 and name in again.stdout
    assert {a["round"] for a in listed["applications"]} == {name}
    done = run("--db", str(demo), "fund", "list", "--round", "Nonesuch")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "engagement-desktop: There is no fund round 'Nonesuch'."
    ]


def test_pack_and_letters_make_checked_pdfs_and_history(demo: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    pack = tmp_path / "pack.pdf"
    done = run("--db", str(demo), "fund", "pack", "--round", "2", "-o", str(pack))
    assert done.returncode == 0, done.stderr
    pages = PdfReader(pack).pages
    with closing(sqlite3.connect(demo)) as con:
        waiting = con.execute(
            "SELECT COUNT(*) FROM fund_applications WHERE round_id = 2 AND status = 'received'"
        ).fetchone()[0]
        before = con.execute("SELECT COUNT(*) FROM contact_history").fetchone()[0]
    assert len(pages) == waiting + 1  # a cover, then one page per application
    assert f"Page 2 of {waiting + 1}" in pages[1].extract_text()
    letters = tmp_path / "letters.pdf"
    done = run("--db", str(demo), "fund", "letters", "--round", "1", "-o", str(letters), "--json")
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)["letters"]
    text = "".join(page.extract_text() for page in PdfReader(letters).pages)
    assert "The panel decided to award you" in text and "not to make an award" in text
    with closing(sqlite3.connect(demo)) as con:
        after = con.execute("SELECT COUNT(*) FROM contact_history").fetchone()[0]
    assert after - before == made
    refused = run(
        "--db", str(demo), "fund", "letters", "--round", "2", "-o", str(tmp_path / "x.pdf")
    )
    assert refused.returncode == 1 and "not been decided" not in refused.stderr
    assert "decided yet" in refused.stderr and not (tmp_path / "x.pdf").exists()


SETUP = """
    import sys
    from datetime import date
    from engagement_desktop.services.fund.decisions import decide
    from engagement_desktop.services.fund.rounds import add_application, save_round
    from engagement_desktop.store.engine import open_store

    store = open_store(sys.argv[1])
    fund_round = save_round(store, None, {
        "name": "Race round", "opens_on": date(2026, 4, 1), "closes_on": date(2026, 5, 1),
        "budget_pence": 500_000, "max_award_pence": 200_000, "criteria": "Benefit",
    })
    application = add_application(store, {
        "round_id": fund_round.id, "applicant": "Canal Walkers", "project": "Walks",
        "requested_pence": 100_000, "received_on": date(2026, 4, 2),
    })
    decide(store, application.id, "awarded", "Good", award_pence=100_000,
           decided_on=date(2026, 5, 2))
    print(application.id)
"""
PAY = """
    import sys
    from datetime import date
    from engagement_desktop.errors import EngagementError
    from engagement_desktop.services.fund.decisions import record_payment
    from engagement_desktop.store.engine import open_store

    store = open_store(sys.argv[1])
    try:
        record_payment(store, int(sys.argv[2]), "Stage", 60_000, date(2026, 6, 1))
    except EngagementError as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)
"""


def test_two_payments_at_once_never_pay_more_than_the_award(tmp_path: Path) -> None:
    """Two laptops paying £600 each of a £1,000 award at the same moment: one is paid,
    the other refused in a sentence, as if one had run after the other."""
    import textwrap

    db = tmp_path / "race.sqlite"

    def python(code: str, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    setup = python(SETUP, str(db))
    out, err = setup.communicate(timeout=120)
    assert setup.returncode == 0, err
    application = out.strip().splitlines()[-1]
    racers = [python(PAY, str(db), application) for _ in range(2)]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in racers]
    assert sorted(code for code, _ in results) == [0, 1]
    refused = next(err for code, err in results if code == 1)
    assert "over the award" in refused and "£400.00" in refused
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("SELECT SUM(amount_pence) FROM fund_payments").fetchone()[0] == 60_000
