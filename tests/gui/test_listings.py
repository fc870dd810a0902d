"""The listing queries behind the list screens (no Qt here: they serve the CLI too)."""

from __future__ import annotations

from datetime import date

from engagement_desktop.services import listings
from engagement_desktop.services.listings import LISTINGS, PEOPLE, Period
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import EqualityProfile, Person


def test_every_list_reads_its_records(sample_store: Store) -> None:
    with sample_store.session() as session:
        people = listings.list_people(session)
        groups = listings.list_groups(session)
        events = listings.list_events(session)
        rewards = listings.list_rewards(session)
        training = listings.list_training(session)
        surveys = listings.list_surveys(session)
    assert len(people) == 5  # the archived person is left out
    assert people[0][1:] == (
        "T000001",
        "Adams, Joan",
        "PE12 3AB",
        "Riverside",
        "Tenant (general needs)",
        "Subscribed member",
        None,  # phone
        None,  # email
    )
    assert [(g[1], g[4]) for g in groups] == [("Customer Scrutiny Panel", 3), ("Riverside TARA", 0)]
    assert events[0][2] == "Scrutiny panel meeting" and events[0][-1] == 3  # newest first
    assert {row[3] for row in rewards} == {30}  # balance is the sum of the entries
    assert training[0][2:4] == ("Safeguarding essentials", "Completed")
    assert surveys[0][1:] == (
        "TSM perception survey 2024/25",
        Period(date(2024, 4, 1), date(2025, 3, 31)),
        "Phone",
        5,
    )


def test_rows_start_with_the_record_id_and_match_the_headings(sample_store: Store) -> None:
    with sample_store.session() as session:
        for listing in LISTINGS.values():
            rows = listing.fetch(session)
            assert rows, listing.name
            assert all(len(row) == len(listing.headings) + 1 for row in rows)
            assert all(isinstance(row[0], int) for row in rows)


def test_search_matches_every_word_in_name_reference_postcode_or_estate(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        assert [r[1] for r in listings.list_people(session, "joan adams")] == ["T000001"]
        assert [r[1] for r in listings.list_people(session, "pe12 3ab")] == ["T000001"]
        assert [r[1] for r in listings.list_people(session, "pe123ab")] == ["T000001"]
        assert [r[1] for r in listings.list_people(session, "t000001")] == ["T000001"]
        riverside = listings.list_people(session, "riverside")
        assert riverside and all(r[4] == "Riverside" for r in riverside)
        assert listings.list_people(session, "nobody-called-this") == []


def test_search_uses_the_folded_search_text_for_accents(sample_store: Store) -> None:
    with sample_store.transaction() as session:
        session.add(
            Person(first_name="Zoë", last_name="Łukasiewicz", search_text="zoe lukasiewicz")
        )
    with sample_store.session() as session:
        found = listings.list_people(session, "Zoë lukasiewicz")
    assert [r[2] for r in found] == ["Łukasiewicz, Zoë"]


def test_like_wildcards_typed_by_the_user_are_taken_literally(sample_store: Store) -> None:
    with sample_store.session() as session:
        assert listings.list_people(session, "%") == []
        assert listings.list_people(session, "_") == []


def test_sorting_happens_in_sql_with_blanks_last(sample_store: Store) -> None:
    with sample_store.transaction() as session:
        session.add(Person(first_name="Nobody", last_name="Without-postcode", postcode=None))
    with sample_store.session() as session:
        up = [r[3] for r in listings.list_people(session, order_by="postcode")]
        down = [r[3] for r in listings.list_people(session, order_by="postcode", descending=True)]
    assert up[-1] is None and down[-1] is None
    assert up[:-1] == sorted(up[:-1], key=str.lower)
    assert down[:-1] == sorted(down[:-1], key=str.lower, reverse=True)


def test_filters_and_archived_people(sample_store: Store) -> None:
    with sample_store.session() as session:
        subscribed = PEOPLE.fetch(session, filters={"status": "subscribed"})
        everyone = PEOPLE.fetch(session, include_archived=True)
        limited = listings.list_people(session, limit=2)
    assert subscribed and {r[6] for r in subscribed} == {"Subscribed member"}
    assert len(everyone) == 6
    assert len(limited) == 2


def test_no_list_shows_equality_monitoring_data() -> None:
    equality = {c.name for c in EqualityProfile.__table__.columns} - {"person_id"}
    for listing in LISTINGS.values():
        sql = str(listing.query()).lower()
        assert "equality_profiles" not in sql, listing.name
        assert not equality & {c.key for c in listing.columns}


def test_headline_counts(sample_store: Store) -> None:
    with sample_store.session() as session:
        counts = dict(listings.headline_counts(session))
    assert counts["People"] == 5
    assert counts["Reward points held"] == 90
    assert counts["Survey responses"] == 5


def test_count_text() -> None:
    assert PEOPLE.count_text(1) == "1 person"
    assert PEOPLE.count_text(12345) == "12,345 people"


def test_search_folds_text_as_the_people_service_stores_it() -> None:
    from engagement_desktop.services.people.people import fold as service_fold

    for text in ["Zoë", "Łukasz", "Søren", "Đorđe", "Straße", "O'NEILL", "Dąbrowska"]:
        assert listings.fold(text) == service_fold(text)
