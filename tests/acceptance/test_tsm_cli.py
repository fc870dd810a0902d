"""``survey set`` / ``survey show`` and ``report tsm --json`` on the demo's two TSM surveys."""

from __future__ import annotations

import json
from pathlib import Path

from engagement_desktop.reports.dashboard import latest_tsm_survey
from engagement_desktop.store.engine import open_store
from tests.acceptance.test_cli import digest, run


def latest_survey(db: str) -> str:
    """The demo's latest TSM survey: which year that is depends on the day it is made
    (2025/26 until the 2026/27 fieldwork ends in February 2027)."""
    store = open_store(db)
    try:
        with store.session() as session:
            name = latest_tsm_survey(session)
    finally:
        store.close()
    assert name is not None and name.startswith("TSM perception survey ")
    return name


def test_officer_records_the_survey_and_the_report_prints_every_table(
    tmp_path: Path, db_target: str
) -> None:
    db = db_target
    assert run("--db", db, "demo", "--people", "300").returncode == 0
    latest = latest_survey(db)
    done = run(
        "--db", db, "survey", "set", latest, "--homes-lcra", "2037", "--method", "mixed",
        "--responses-by", "phone=20", "--responses-by", "online=2",
        "--carried-out-by", "Acme Research Ltd", "--weighting", "None", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["method_counts"] == {"online": 2, "phone": 20}
    shown = run("--db", db, "survey", "show", latest)
    assert "Carried out by: Acme Research Ltd" in shown.stdout

    report = run("--db", db, "report", "tsm", "--survey", latest, "--json")
    assert report.returncode == 0, report.stderr
    figures = json.loads(report.stdout)
    lcra = figures["sample_size"]["rows"][0]
    assert lcra[:4] == ["Low-cost rental (LCRA)", 2037, 5, 324]
    assert lcra[5] == max(0, 324 - figures["respondents"])
    tables = figures["tables"]
    assert len(tables["measures"]["rows"]) == 12
    assert all(row[7] is not None for row in tables["measures"]["rows"])  # last year's
    assert tables["methods"]["rows"][:2] == [["Online", None, None], ["Phone", None, None]]
    assert [t["title"] for t in tables["profile"]] == ["Age", "Tenure", "Estate / area"]
    text = run("--db", db, "report", "tsm", "--survey", latest)
    assert "short of what is needed" in text.stdout or "which meets it" in text.stdout


def test_a_wrong_value_is_one_sentence_and_changes_nothing(tmp_path: Path, db_target: str) -> None:
    db = db_target
    assert run("--db", str(db), "demo", "--people", "150").returncode == 0
    latest = latest_survey(db)
    before = digest(db)
    bad = run("--db", str(db), "survey", "set", latest, "--period-start", "2099-01-01")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        "engagement-desktop: Period to: is before the period starts"
    ]
    far = run("--db", str(db), "survey", "set", latest, "--period-end", "9999-12-31")
    assert far.returncode == 1
    assert far.stderr.strip().splitlines() == [
        "engagement-desktop: Period to: 31/12/9999 is not a plausible date "
        "(give one from 1990 to 2200)"
    ]
    early = run("--db", str(db), "survey", "set", latest, "--period-start", "1989-04-01")
    assert early.returncode == 1  # no return can be from then: the import refuses them
    assert early.stderr.strip().splitlines() == [
        "engagement-desktop: Period from: 01/04/1989 is not a plausible date "
        "(give one from 1990 to 2200)"
    ]
    missing = run("--db", str(db), "survey", "set", "No such survey", "--weighting", "None")
    assert missing.returncode == 1 and "There is no survey called" in missing.stderr
    assert digest(db) == before


def test_a_count_by_method_past_the_homes_cap_is_refused(db_target: str) -> None:
    db = db_target
    assert run("--db", db, "demo", "--people", "150").returncode == 0
    latest = latest_survey(db)
    before = digest(db)
    huge = run("--db", db, "survey", "set", latest, "--responses-by", "phone=99999999999999999999")
    assert huge.returncode == 1
    assert huge.stderr.strip().splitlines() == [
        "engagement-desktop: Responses by method: are whole numbers from 0 to 10,000,000"
    ]
    assert digest(db) == before
