"""`mailing` on the demo as an officer's script runs it: a group, an event and everyone
involved, each recipient checked against the database (consent for the channel, the
channel preferred, no exclusion for an invitation, one per household), the files looked
at, the run in contact history; and bad input refused in one sentence with nothing
recorded."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.acceptance.test_cli import run

#: The demo is made for the day the mailing runs: who is a current member, excluded or
#: consenting is decided on that day (a demo of a fixed day goes stale as terms end).
TODAY = date.today().isoformat()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("mailings") / "demo.sqlite"
    made = run("--db", str(db), "demo", "--people", "600", "--today", TODAY)
    assert made.returncode == 0, made.stderr
    return db


def _latest(db: Path, person_id: int, purpose: str) -> bool:
    with closing(sqlite3.connect(db)) as connection:
        row = connection.execute(
            "SELECT given FROM consents WHERE person_id = ? AND purpose = ? "
            "ORDER BY recorded_at DESC, id DESC LIMIT 1",
            (person_id, purpose),
        ).fetchone()
    return bool(row and row[0])


def _people(db: Path, ids: list[int]) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        marks = ",".join("?" * len(ids))
        return connection.execute(
            "SELECT id, preferred_contact, archived, household_id, address_line1, postcode "
            f"FROM people WHERE id IN ({marks})",
            ids,
        ).fetchall()


def _history(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT COUNT(*) FROM contact_history").fetchone()[0]


def _check(db: Path, summary: dict, channel: str) -> list[tuple]:
    assert summary["recipients"] == len(summary["recipient_ids"]) > 0
    assert summary["selected"] == summary["recipients"] + sum(summary["left_out"].values())
    rows = _people(db, summary["recipient_ids"])
    assert len(rows) == summary["recipients"]
    for person_id, preferred, archived, _household, line1, postcode in rows:
        assert not archived
        assert _latest(db, person_id, "hold_data") and _latest(db, person_id, f"contact_{channel}")
        assert preferred in (None, channel)
        if channel == "post":
            assert line1 and postcode
    return rows


def test_everyone_involved_by_post_one_per_household(demo_db: Path, tmp_path: Path) -> None:
    before = _history(demo_db)
    out = tmp_path / "letters.pdf"
    result = run(
        "--db", str(demo_db), "mailing", "--everyone-involved", "--channel", "post",
        "--one-per-household", "--invitation", "--letters", "welcome", "-o", str(out), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert set(summary) >= {"selected", "recipients", "left_out", "files"}
    assert summary["files"] == [str(out)]
    for reason in ("erased", "archived", "excluded", "no_consent", "prefers_other",
                   "incomplete_address", "same_household"):  # fmt: skip
        assert summary["left_out"].get(reason, 0) > 0, reason
    rows = _check(demo_db, summary, "post")
    households = [h for _id, _p, _a, h, _l, _pc in rows if h is not None]
    assert len(households) == len(set(households))
    reader = PdfReader(out)
    assert len(reader.pages) >= summary["recipients"]
    assert "Welcome" in reader.pages[0].extract_text()
    assert _history(demo_db) == before + summary["recipients"]


def test_group_and_event(demo_db: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(demo_db)) as connection:
        event_id = connection.execute(
            "SELECT event_id FROM attendance GROUP BY event_id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()[0]
        groups = [  # the groups with members today, the largest first
            name
            for (name,) in connection.execute(
                "SELECT g.name FROM groups g JOIN memberships m ON m.group_id = g.id "
                "WHERE m.term_start <= :d AND (m.term_end IS NULL OR m.term_end >= :d) "
                "AND (m.left_on IS NULL OR m.left_on > :d) "
                "GROUP BY g.id ORDER BY COUNT(*) DESC",
                {"d": TODAY},
            )
        ]
    assert groups
    labels = tmp_path / "labels.pdf"
    # A demo group has about five members: on some days none of one group's may be
    # written to by post (a sentence, exit 1); the first group that has one is labelled.
    for group in groups:
        result = run(
            "--db", str(demo_db), "mailing", "--group", group, "--labels", "L7163",
            "--start-at", "3", "-o", str(labels), "--json",
        )  # fmt: skip
        if result.returncode == 0:
            break
        assert "can be sent this" in result.stderr and not labels.exists()
    assert result.returncode == 0, result.stderr
    _check(demo_db, json.loads(result.stdout), "post")
    assert "Page 1 of" in PdfReader(labels).pages[0].extract_text()

    listing = tmp_path / "invited.csv"
    result = run(
        "--db", str(demo_db), "mailing", "--event", str(event_id), "--channel", "email",
        "--list", "-o", str(listing), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    _check(demo_db, summary, "email")
    text = listing.read_text(encoding="utf-8-sig")
    assert all(ref in text for ref in summary["recipient_references"] if ref)

    drafts = tmp_path / "drafts"
    result = run(
        "--db", str(demo_db), "mailing", "--event", str(event_id), "--channel", "email",
        "--eml", "-o", str(drafts), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert any(p.suffix == ".ics" for p in drafts.iterdir())
    assert len(list(drafts.glob("*.eml"))) == json.loads(result.stdout)["recipients"]


def test_bad_input_is_one_sentence_and_records_nothing(demo_db: Path, tmp_path: Path) -> None:
    before = _history(demo_db)
    template = tmp_path / "letter.txt"
    template.write_text("Subject: Hello\nDear {{ first_name }},\nSee you at {{ evnt_title }}.\n")
    bad = run(
        "--db", str(demo_db), "mailing", "--everyone-involved", "--letters", "x",
        "--template-file", str(template), "-o", str(tmp_path / "a.pdf"),
    )  # fmt: skip
    assert bad.returncode == 1
    assert "Line 2: {{ evnt_title }} is not a merge field; did you mean event_title?" in bad.stderr
    picture = tmp_path / "letter.docx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n not a document")
    not_doc = run(
        "--db", str(demo_db), "mailing", "--everyone-involved", "--letters", "x",
        "--template-file", str(picture), "-o", str(tmp_path / "b.pdf"),
    )  # fmt: skip
    assert not_doc.returncode == 1 and "is not a Word document" in not_doc.stderr
    with closing(sqlite3.connect(demo_db)) as connection:  # an event nobody is on the register of
        connection.execute(
            "INSERT INTO events (uuid, title, event_type_id, starts_at, status, staff_hours, "
            "staff_hourly_rate_pence, created_at, updated_at) SELECT 'empty-event', 'Empty', "
            "MIN(id), '2026-12-01 18:00:00', 'planned', 0, 0, '2026-11-01', '2026-11-01' "
            "FROM event_types"
        )
        empty_id = connection.execute("SELECT id FROM events WHERE uuid = 'empty-event'").fetchone()
        connection.commit()
    empty = run(
        "--db", str(demo_db), "mailing", "--event", str(empty_id[0]), "--labels", "L7160",
        "-o", str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert empty.returncode == 1 and "Nobody is in that selection" in empty.stderr
    usage = run("--db", str(demo_db), "mailing", "--list", "-o", str(tmp_path / "d.csv"))
    assert usage.returncode == 2 and "say who it is for" in usage.stderr
    assert all(len(r.stderr.strip().splitlines()) == 1 for r in (bad, not_doc, empty))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.docx", "letter.txt"]
    assert _history(demo_db) == before
    nobody = run(
        "--db", str(demo_db), "mailing", "--outcome", "999999", "--list", "-o",
        str(tmp_path / "e.csv"),
    )  # fmt: skip
    assert nobody.returncode == 1 and "no item with the number 999999" in nobody.stderr


def test_two_audiences_are_refused_as_two_not_as_none(demo_db: Path, tmp_path: Path) -> None:
    """Both --everyone-involved and --group given: "say who it is for" would read as if
    neither had been."""
    before = _history(demo_db)
    both = run(
        "--db", str(demo_db), "mailing", "--everyone-involved", "--group", "Reading Group",
        "--list", "-o", str(tmp_path / "both.csv"),
    )  # fmt: skip
    assert both.returncode == 2
    assert both.stderr.strip().splitlines() == [
        "engagement-desktop mailing: error: choose only one audience, not --everyone-involved "
        "and --group together"
    ]
    assert not list(tmp_path.iterdir()) and _history(demo_db) == before
