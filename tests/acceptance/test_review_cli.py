"""``review list|show|report`` as a script would run them on the demo: the figures agree
with counts made here straight from the database; a wrong id is one line, exit 1."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

TODAY = "2026-12-05"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reviews") / "demo.sqlite"
    done = run("--db", str(path), "demo", "--people", "300", "--seed", "3", "--today", TODAY)
    assert done.returncode == 0, done.stderr
    return path


def test_list_and_show_agree_with_the_register(demo: Path) -> None:
    listed = run("--db", str(demo), "review", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    reviews = json.loads(listed.stdout)["reviews"]
    finished = next(r for r in reviews if r["stage"] == "Complete")
    with closing(sqlite3.connect(demo)) as con:
        register = con.execute(
            "SELECT o.response, o.status FROM review_recommendations r "
            "JOIN outcomes o ON o.id = r.outcome_id WHERE r.review_id = ?",
            (finished["id"],),
        ).fetchall()
        scrutiny_items = con.execute(
            "SELECT count(*) FROM outcomes WHERE source = 'scrutiny'"
        ).fetchone()[0]
    agreed = [s for r, s in register if r in ("accepted", "partly")]
    assert finished["recommendations"] == len(register) == scrutiny_items
    assert finished["accepted"] == len(agreed)
    assert finished["implemented"] == agreed.count("done")
    shown = run("--db", str(demo), "review", "show", str(finished["id"]), "--json")
    detail = json.loads(shown.stdout)
    assert [r["number"] for r in detail["recommendations"]] == list(range(1, len(register) + 1))
    assert detail["lead"] and detail["team"] and detail["evidence"]


def test_report_pdf_and_a_wrong_id(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    done = run("--db", str(demo), "review", "report", "1", "-o", str(out))  # as the others
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Recommendations, responses and the action plan" in text
    assert "Page 1 of" in text
    missing = run("--db", str(demo), "review", "show", "999")
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "999" in missing.stderr
    assert run("--db", str(demo), "review", "show", "x").returncode == 2


def test_a_consultation_feedback_letter_goes_through_the_mailings(
    demo: Path, tmp_path: Path
) -> None:
    from datetime import date

    with closing(sqlite3.connect(demo)) as con:
        cid, policy = con.execute(
            "SELECT id, policy FROM consultations WHERE feedback_sent_on IS NULL"
        ).fetchone()
    out = tmp_path / "feedback.pdf"
    done = run(
        "--db", str(demo), "mailing", "--consultation", str(cid),
        "--letters", "consultation_feedback", "-o", str(out), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sent = json.loads(done.stdout)["recipients"]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert f"What you told us about our {policy}" in text
    with closing(sqlite3.connect(demo)) as con:
        (when,) = con.execute(
            "SELECT feedback_sent_on FROM consultations WHERE id = ?", (cid,)
        ).fetchone()
        letters = con.execute(
            "SELECT count(*) FROM contact_history WHERE what = 'Letter: Consultation feedback'"
        ).fetchone()[0]
    assert when == date.today().isoformat() and letters == sent > 0
