"""The demo generator: repeatable, refuses non-empty databases, and its data hangs together."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.demo import NOT_EMPTY, DemoSummary, generate_demo
from engagement_desktop.services.people.people import search_text_for
from engagement_desktop.store.engine import Store, open_store

N = 300
#: The day the demo is made as of (it defaults to the computer's date).
TODAY = date(2026, 12, 5)
IN_90_DAYS = TODAY + timedelta(days=90)
HASHED_TABLES = (
    "people",
    "households",
    "memberships",
    "events",
    "attendance",
    "ledger_entries",
    "consents",
    "equality_profiles",
    "training_records",
    "outcomes",
)


def _make(folder: Path, name: str, people: int = N, seed: int = 1) -> tuple[Store, DemoSummary]:
    store = open_store(folder / f"{name}.sqlite", actor="test.officer")
    return store, generate_demo(store, people=people, seed=seed, today=TODAY)


def _digest(store: Store) -> str:
    digest = hashlib.sha256()
    with store.engine.connect() as connection:
        for table in HASHED_TABLES:
            for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _scalar(store: Store, sql: str) -> object:
    with store.engine.connect() as connection:
        return connection.execute(text(sql)).scalar()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    """One demo database shared by the read-only checks."""
    store, summary = _make(tmp_path_factory.mktemp("demo"), "demo")
    yield store, summary
    store.close()


def test_same_seed_gives_identical_data(demo: tuple[Store, DemoSummary], tmp_path: Path) -> None:
    again, summary = _make(tmp_path, "again")
    try:
        assert summary == demo[1]
        assert _digest(again) == _digest(demo[0])
    finally:
        again.close()


def test_different_seed_gives_different_data(
    demo: tuple[Store, DemoSummary], tmp_path: Path
) -> None:
    other, _ = _make(tmp_path, "other", seed=2)
    try:
        assert _digest(other) != _digest(demo[0])
    finally:
        other.close()


def test_refuses_a_database_with_people_and_leaves_it_unchanged(
    demo: tuple[Store, DemoSummary],
) -> None:
    store = demo[0]
    before = _digest(store)
    audits = _scalar(store, "SELECT COUNT(*) FROM audit_entries")
    with pytest.raises(EngagementError) as raised:
        generate_demo(store, people=N, seed=3)
    assert str(raised.value) == NOT_EMPTY
    assert _digest(store) == before
    assert _scalar(store, "SELECT COUNT(*) FROM audit_entries") == audits


def test_a_register_too_small_or_too_large_is_refused_before_any_work(store: Store) -> None:
    """Nothing bounded a demo from above: 10**20 people ran until killed."""
    for people in (99, 250_001, 10**20):
        with pytest.raises(EngagementError) as raised:
            generate_demo(store, people=people)
        assert str(raised.value) == f"Demo data is for 100 to 250,000 people, not {people:,}."
    assert _scalar(store, "SELECT COUNT(*) FROM audit_entries") == 0


def test_cancelling_writes_nothing(store: Store) -> None:
    calls: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 40

    with pytest.raises(EngagementError):
        generate_demo(store, people=N, progress=cancel_midway)
    assert len(calls) > 1
    for table in ("people", "areas", "attendance", "audit_entries"):
        assert _scalar(store, f"SELECT COUNT(*) FROM {table}") == 0
    generate_demo(store, people=N)  # still empty, so a second try works
    assert _scalar(store, "SELECT COUNT(*) FROM people") == N


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    store = open_store(tmp_path / "p.sqlite", actor="test.officer")
    try:
        generate_demo(store, people=N, progress=lambda d, t: seen.append((d, t)) and None)
    finally:
        store.close()
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_names_include_accents_and_apostrophes(tmp_path: Path) -> None:
    store, _ = _make(tmp_path, "names", people=2000)
    try:
        with store.engine.connect() as connection:
            names = [
                f"{first} {last}"
                for first, last in connection.execute(
                    text("SELECT first_name, last_name FROM people")
                )
            ]
    finally:
        store.close()
    assert any(not name.isascii() for name in names)
    assert any("'" in name for name in names)


def test_search_text_is_what_the_people_service_would_store(
    demo: tuple[Store, DemoSummary],
) -> None:
    with demo[0].engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT first_name, last_name, reference, postcode, email, phone, mobile, "
                "search_text FROM people ORDER BY id LIMIT 50"
            )
        ).all()
    for *fields, stored in rows:
        assert stored == search_text_for(*fields)


def test_no_balance_ever_goes_below_zero(demo: tuple[Store, DemoSummary]) -> None:
    with demo[0].engine.connect() as connection:
        rows = connection.execute(
            text("SELECT person_id, points FROM ledger_entries ORDER BY person_id, entry_date, id")
        ).all()
    assert any(points < 0 for _, points in rows), "expected a year-end conversion"
    balance: dict[int, int] = {}
    for person, points in rows:
        balance[person] = balance.get(person, 0) + points
        assert balance[person] >= 0


def test_references_all_point_somewhere(demo: tuple[Store, DemoSummary]) -> None:
    store = demo[0]
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    orphans = _scalar(
        store,
        (
            "SELECT COUNT(*) FROM attendance a LEFT JOIN events e ON e.id = a.event_id "
            "LEFT JOIN people p ON p.id = a.person_id WHERE e.id IS NULL OR p.id IS NULL"
        ),
    )
    assert orphans == 0


def test_earned_points_come_from_present_members(demo: tuple[Store, DemoSummary]) -> None:
    wrong = _scalar(
        demo[0],
        (
            "SELECT COUNT(*) FROM ledger_entries l JOIN attendance a ON a.id = l.attendance_id "
            "WHERE l.kind = 'earned' AND (a.status NOT IN ('attended', 'walk_in') "
            "OR l.source_key NOT LIKE 'attendance:' || a.uuid || ':%')"
        ),
    )
    assert wrong == 0
    assert _scalar(demo[0], "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'earned'")


def test_only_one_audit_entry(demo: tuple[Store, DemoSummary]) -> None:
    """One entry for the whole demo, and the erasure of the one person it shows erased
    (mailings leave them out as erased)."""
    with demo[0].engine.connect() as connection:
        rows = connection.execute(text("SELECT action FROM audit_entries ORDER BY id")).all()
    assert [r[0] for r in rows] == ["privacy.erase", "demo.generate"]


def test_cases_an_officer_must_spot_are_there(demo: tuple[Store, DemoSummary]) -> None:
    store = demo[0]
    checks = {
        "a member past the consecutive-term limit": (
            "SELECT COUNT(*) FROM (SELECT person_id FROM memberships m JOIN groups g "
            "ON g.id = m.group_id WHERE g.max_consecutive_terms IS NOT NULL "
            "GROUP BY m.group_id, person_id HAVING COUNT(*) > MAX(g.max_consecutive_terms))"
        ),
        "a term ending within 90 days": (
            "SELECT COUNT(*) FROM memberships WHERE left_on IS NULL "
            f"AND term_end BETWEEN '{TODAY}' AND '{IN_90_DAYS}'"
        ),
        "training expiring within 90 days": (
            f"SELECT COUNT(*) FROM training_records WHERE expires_on BETWEEN '{TODAY}' "
            f"AND '{IN_90_DAYS}'"
        ),
        "an overdue outcome": (
            f"SELECT COUNT(*) FROM outcomes WHERE status != 'done' AND due_on < '{TODAY}'"
        ),
        "a subscribed member": "SELECT COUNT(*) FROM people WHERE involvement_status='subscribed'",
        "an interpreter need": "SELECT COUNT(*) FROM support_needs WHERE need = 'interpreter'",
        "a written equality objection": (
            "SELECT COUNT(*) FROM equality_profiles WHERE written_objection"
        ),
        "a consent withdrawal or refusal": "SELECT COUNT(*) FROM consents WHERE NOT given",
        "a voucher payout": "SELECT COUNT(*) FROM reward_payouts WHERE provider = 'Love2shop'",
        "an exclusion": "SELECT COUNT(*) FROM exclusions",
        "consultative group seats": "SELECT SUM(seats) FROM group_seats",
    }
    missing = [what for what, sql in checks.items() if not _scalar(store, sql)]
    assert missing == []


def test_counts_scale_with_people(demo: tuple[Store, DemoSummary], tmp_path: Path) -> None:
    small = demo[1]
    bigger_store, bigger = _make(tmp_path, "bigger", people=3 * N)
    bigger_store.close()
    assert (small.people, bigger.people) == (N, 3 * N)
    assert small.events >= 100  # about 40 a year even for a small landlord
    assert bigger.attendance > 2 * small.attendance
    assert 4 * N < small.attendance < 6 * N  # about five register rows a person, all years
    assert bigger.consents > small.consents
    assert small.outcomes >= 10
    assert small.groups >= 10


def test_two_years_of_tsm_returns_from_tenants(demo: tuple[Store, DemoSummary]) -> None:
    """The Surveys page, dashboard and impact assessment have this year and last to show."""
    from engagement_desktop.services.surveys.results import tsm_results

    store, summary = demo
    assert summary.surveys == 2 and summary.survey_responses >= 2 * 120
    assert (
        _scalar(
            store,
            "SELECT COUNT(*) FROM survey_responses r JOIN people p ON p.id = r.person_id "
            "WHERE p.tenure NOT IN ('general_needs', 'sheltered')",
        )
        == 0
    )
    households = _scalar(
        store,
        "SELECT COUNT(DISTINCT p.reference) FROM survey_responses r JOIN people p"
        " ON p.id = r.person_id JOIN surveys s ON s.id = r.survey_id"
        " WHERE s.name = 'TSM perception survey 2025/26'",
    )
    with store.session() as session:
        latest = tsm_results(session, "TSM perception survey 2025/26")
    # one response per household: joint tenants who both answered count once
    assert latest.respondents == households >= 100 and len(latest.measures) == 12
    tp01, tp09 = latest.measures["TP01"], latest.measures["TP09"]
    assert 55 <= tp01.percent <= 90  # set at 73% with area moods and 120 people
    assert tp09.base < tp01.base / 2  # only those who complained are asked


def test_uuids_are_version_4(demo: tuple[Store, DemoSummary]) -> None:
    import uuid

    with demo[0].engine.connect() as connection:
        values = connection.execute(text("SELECT uuid FROM attendance LIMIT 500")).scalars().all()
    assert len(set(values)) == len(values) == 500
    assert all(str(uuid.UUID(v)) == v and uuid.UUID(v).version == 4 for v in values)


def test_nothing_is_recorded_as_made_after_today(demo: tuple[Store, DemoSummary]) -> None:
    """Planned events (and their invitations) were "created" four weeks before they
    start, which for one five weeks ahead is next week: a subject access export showed
    records made in the future."""
    from sqlalchemy import func, select

    from engagement_desktop.store.models import Attendance, Event

    store, _summary = demo
    tomorrow = datetime.combine(TODAY + timedelta(days=1), datetime.min.time())
    with store.session() as session:
        for model in (Event, Attendance):
            latest = session.scalar(select(func.max(model.created_at)))
            assert latest is not None and latest < tomorrow, model.__name__


def test_the_customer_profile_counts_the_same_customers_in_every_table(
    demo: tuple[Store, DemoSummary],
) -> None:
    """Customers with no area were left out of the area counts only, so the TSM report
    printed 1,982 customers by age and 1,932 by estate."""
    with demo[0].engine.connect() as connection:
        totals = dict(
            connection.execute(
                text("SELECT dimension, SUM(count) FROM base_profile GROUP BY dimension")
            ).all()
        )
    assert set(totals) >= {"age_band", "tenure", "area"}
    assert len(set(totals.values())) == 1, totals
