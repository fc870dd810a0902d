"""``ballot count ID --json`` as a script uses it on the demo: the figures agree with a
recount made here straight from the database with sqlite3, and a mistake is one line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ballots") / "demo.sqlite"
    done = run("--db", str(path), "demo", "--people", "400", "--seed", "3", "--today", "2026-12-05")
    assert done.returncode == 0, done.stderr
    return path


def recount(db: Path, ballot_id: int) -> dict:
    """The count made independently of the program: plain SQL on the tables."""
    with sqlite3.connect(db) as con:
        per = dict(
            con.execute(
                "SELECT p.title, COUNT(v.id) FROM ballot_proposals p LEFT JOIN ballot_votes v "
                "ON v.proposal_id = p.id WHERE p.ballot_id = ? GROUP BY p.id",
                (ballot_id,),
            ).fetchall()
        )
        spoilt = con.execute(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = ? AND spoilt", (ballot_id,)
        ).fetchone()[0]
        refused = con.execute(
            "SELECT duplicates_refused FROM ballots WHERE id = ?", (ballot_id,)
        ).fetchone()[0]
        doubled = con.execute(
            "SELECT COUNT(*) FROM (SELECT voter_key FROM ballot_voters WHERE ballot_id = ? "
            "GROUP BY voter_key HAVING COUNT(*) > 1)",
            (ballot_id,),
        ).fetchone()[0]
    return {"per": per, "spoilt": spoilt, "refused": refused, "doubled": doubled}


@pytest.mark.parametrize("ballot_id", [1, 2])
def test_the_count_agrees_with_a_recount_from_the_database(demo: Path, ballot_id: int) -> None:
    done = run("--db", str(demo), "ballot", "count", str(ballot_id), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    again = recount(demo, ballot_id)
    assert summary["ballot"] == ballot_id
    assert summary["per_proposal"] == again["per"]
    assert summary["spoilt"] == again["spoilt"]
    assert summary["votes"] == sum(again["per"].values()) + again["spoilt"]
    assert summary["duplicates_refused"] == again["refused"] > 0
    assert again["doubled"] == 0
    best = max(again["per"].values())
    assert again["per"][summary["leading"]] == best
    assert summary["final"] is (ballot_id == 1)
    # an open ballot has a running count, not a winner
    assert summary["winner"] == (summary["leading"] if ballot_id == 1 else None)


def test_the_list_and_an_open_count_agree_and_name_no_winner(demo: Path) -> None:
    listing = run("--db", str(demo), "ballot", "list")
    done = run("--db", str(demo), "ballot", "count", "2")
    summary = json.loads(run("--db", str(demo), "ballot", "count", "2", "--json").stdout)
    voted, papers = summary["voters"], summary["votes"]
    (line,) = [row for row in listing.stdout.splitlines() if row.strip().startswith("2 ")]
    assert f"{voted} voted" in line and f"{voted} voted;" in done.stdout
    waiting = summary["paper_waiting"]
    assert voted == papers + waiting
    if waiting:
        assert f"({papers} papers counted, {waiting} paper slip" in line
        assert f"{papers} papers counted (" in done.stdout
    assert done.stdout.startswith("Running count (voting still open): ")
    assert "Winner" not in done.stdout
    assert "Voting is still open, so there is no winner yet" in done.stdout


def test_the_result_sheet_and_the_list(demo: Path, tmp_path: Path) -> None:
    listing = run("--db", str(demo), "ballot", "list", "--json")
    assert [b["status"] for b in json.loads(listing.stdout)] == ["open", "closed"]
    target = tmp_path / "result.pdf"
    done = run("--db", str(demo), "ballot", "sheet", "1", "-o", str(target))
    assert done.returncode == 0, done.stderr
    text = PdfReader(target).pages[0].extract_text()
    assert "Final result" in text and "Page 1 of 1" in text


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("ballot", "count", "99"), "There is no ballot with id 99."),
        (
            ("ballot", "sheet", "1", "-o", "result.txt"),
            "-o result.txt: the file's name must end in .pdf (such as result.pdf).",
        ),
        (("ballot", "sheet", "1"), "Give the file to write with -o FILE.pdf."),
    ],
)
def test_a_mistake_is_one_line_and_exit_1(demo: Path, args: tuple[str, ...], says: str) -> None:
    before = demo.read_bytes()
    done = run("--db", str(demo), *args)
    assert done.returncode == 1
    assert done.stderr.strip().endswith(says) and len(done.stderr.strip().splitlines()) == 1
    assert demo.read_bytes() == before


def test_usage_errors_exit_2(demo: Path) -> None:
    assert run("--db", str(demo), "ballot", "count", "abc").returncode == 2
