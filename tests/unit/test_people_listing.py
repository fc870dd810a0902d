"""The People list's filters and the Excel export of any list, without Qt."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from engagement_desktop.interchange.people.export import HEADINGS
from engagement_desktop.interchange.writing.list_export import export_listing
from engagement_desktop.interchange.writing.xlsx_export import ExportCancelled
from engagement_desktop.services.listings import PEOPLE
from engagement_desktop.services.listings.first_screen import count, first_ids, matching
from engagement_desktop.services.people import consents, people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Group, Membership, Person
from tests.consent import GIVEN


def add(store: Store, first: str, last: str, **fields: object) -> int:
    return people.add_person(
        store, {"first_name": first, "last_name": last, **fields}, hold_data=GIVEN
    ).id


@pytest.fixture
def town(store: Store) -> dict[str, int]:
    """Five people with different groups, needs and consents."""
    ids = {
        "zoe": add(store, "Zoë", "O'Neill", postcode="pe12 3ab", email="zoe@example.org"),
        "lukasz": add(store, "Łukasz", "Nowak", phone="01205 123456"),
        "siobhan": add(store, "Siobhán", "Ní Bhriain", tenure="leaseholder"),
        "tom": add(store, "Tom", "Hughes"),
        "gone": add(store, "Ann", "Archived"),
    }
    people.archive_person(store, ids["gone"])
    today = date.today()
    with store.transaction() as session:
        panel = Group(name="Customer Scrutiny Panel", kind="formal")
        old = Group(name="Old Forum", kind="informal")
        session.add_all([panel, old])
        session.flush()
        session.add_all(
            [
                Membership(group_id=panel.id, person_id=ids["zoe"], term_start=today),
                # ended last year: not a current member
                Membership(
                    group_id=panel.id,
                    person_id=ids["tom"],
                    term_start=today - timedelta(days=800),
                    term_end=today - timedelta(days=400),
                ),
                Membership(group_id=old.id, person_id=ids["lukasz"], term_start=today),
            ]
        )
        ids["panel"], ids["old"] = panel.id, old.id
    people.edit_person(
        store, ids["lukasz"], PersonChanges(support_needs=[("interpreter", "Polish")])
    )
    people.edit_person(store, ids["siobhan"], PersonChanges(support_needs=[("large_print", "")]))
    # Zoë: email given, still current. Łukasz: phone given, then withdrawn.
    # Siobhán: only hold_data (not a contact consent). Tom: nothing.
    earlier = datetime(2025, 1, 1, 10, 0)
    consents.record_consent(store, ids["zoe"], "contact_email", True, "in_person", when=earlier)
    consents.record_consent(store, ids["lukasz"], "contact_phone", True, "phone", when=earlier)
    consents.record_consent(
        store, ids["lukasz"], "contact_phone", False, "phone", when=earlier + timedelta(days=3)
    )
    consents.record_consent(store, ids["siobhan"], "hold_data", True, "paper_form", when=earlier)
    return ids


def names(store: Store, **options: object) -> set[str]:
    with store.session() as session:
        return {row[2] for row in PEOPLE.fetch(session, **options)}  # type: ignore[arg-type]


def test_group_filter_finds_current_members_only(store: Store, town: dict[str, int]) -> None:
    assert names(store, filters={"group": town["panel"]}) == {"O'Neill, Zoë"}
    assert names(store, filters={"group": "any"}) == {"O'Neill, Zoë", "Nowak, Łukasz"}


def test_support_need_filter(store: Store, town: dict[str, int]) -> None:
    assert names(store, filters={"support": "any"}) == {"Nowak, Łukasz", "Ní Bhriain, Siobhán"}
    assert names(store, filters={"support": "interpreter"}) == {"Nowak, Łukasz"}
    assert names(store, filters={"support": "none"}) == {"O'Neill, Zoë", "Hughes, Tom"}


def test_consent_filter_follows_the_latest_row_per_purpose(
    store: Store, town: dict[str, int]
) -> None:
    assert names(store, filters={"consent": "any"}) == {"O'Neill, Zoë"}
    assert names(store, filters={"consent": "contact_email"}) == {"O'Neill, Zoë"}
    assert names(store, filters={"consent": "contact_phone"}) == set()  # withdrawn later
    assert names(store, filters={"consent": "none"}) == {
        "Nowak, Łukasz",
        "Ní Bhriain, Siobhán",
        "Hughes, Tom",
    }
    # Giving it again makes the newest row count.
    consents.record_consent(store, town["lukasz"], "contact_phone", True, "phone")
    assert names(store, filters={"consent": "contact_phone"}) == {"Nowak, Łukasz"}


def test_filters_combine_with_search(store: Store, town: dict[str, int]) -> None:
    assert names(store, search="nowak", filters={"support": "any", "group": "any"}) == {
        "Nowak, Łukasz"
    }
    assert names(store, search="zoe", filters={"support": "any"}) == set()


def test_archived_hidden_shown_or_alone(store: Store, town: dict[str, int]) -> None:
    assert "Archived, Ann" not in names(store)
    assert "Archived, Ann" in names(store, include_archived=True)
    assert names(store, include_archived="only") == {"Archived, Ann"}


def test_search_finds_phone_email_and_compact_postcode(store: Store, town: dict[str, int]) -> None:
    assert names(store, search="01205 123") == {"Nowak, Łukasz"}
    assert names(store, search="zoe@example") == {"O'Neill, Zoë"}
    assert names(store, search="PE123AB") == {"O'Neill, Zoë"}
    assert names(store, search="siobhan ni") == {"Ní Bhriain, Siobhán"}


def test_ids_then_rows_give_the_same_list_as_one_query(store: Store, town: dict[str, int]) -> None:
    with store.session() as session:
        whole = PEOPLE.fetch(session, order_by="postcode", descending=True)
        ids = PEOPLE.fetch_ids(session, order_by="postcode", descending=True)
        rows = PEOPLE.fetch_rows(session, ids)
        assert PEOPLE.fetch_rows(session, []) == {}
    assert [row[0] for row in whole] == ids
    assert [rows[i] for i in ids] == whole


def test_rows_read_a_batch_at_a_time_keep_the_lists_order_and_skip_the_gone(
    store: Store, town: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What an export or a printed list reads: batches smaller than the list, the rows
    still in list order, and an id no longer there (erased meanwhile) left out."""
    from engagement_desktop.services.listings import base
    from engagement_desktop.services.listings.in_order import rows_in_order

    monkeypatch.setattr(base, "ID_BATCH", 2)
    with store.session() as session:
        ids = PEOPLE.fetch_ids(session, order_by="postcode", descending=True)
        rows = list(rows_in_order(PEOPLE, session, [*ids[:2], 999_999, *ids[2:]]))
        whole = PEOPLE.fetch(session, order_by="postcode", descending=True)
    assert len(ids) == 4
    assert rows == whole


def test_export_writes_the_filtered_sorted_list(
    store: Store, town: dict[str, int], tmp_path: Path
) -> None:
    people.add_person(
        store, {"first_name": "=cmd|' /C calc'!A0", "last_name": "@Evil"}, hold_data=GIVEN
    )
    seen: list[tuple[int, int | None]] = []
    with store.session() as session:
        result = export_listing(
            session,
            PEOPLE,
            tmp_path / "people",
            filters={"support": "none"},
            sort=("name", True),
            progress=lambda done, total: seen.append((done, total)) or True,
        )
        shown = PEOPLE.fetch(session, filters={"support": "none"}, order_by="name", descending=True)
    assert result.path == tmp_path / "people.xlsx" and result.rows == len(shown) == 3
    last_column = openpyxl.utils.get_column_letter(len(HEADINGS))
    assert seen[-1] == (3, 3)
    sheet = openpyxl.load_workbook(result.path).active
    assert sheet.freeze_panes == "B4" and sheet.auto_filter.ref == f"A3:{last_column}6"
    assert sheet["A2"].value.startswith("Support needs: No support needs; produced")
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
    assert values[0] == list(HEADINGS)
    named = [f"{row[3]}, {row[2]}" for row in values[1:]]
    assert named == [row[2] for row in shown]
    assert named[0] == "O'Neill, Zoë"
    evil = next(row for row in sheet.iter_rows(min_row=4) if row[3].value.startswith("@"))
    assert evil[3].data_type == "s" and evil[2].data_type == "s"  # text, never a formula


def test_people_export_has_what_an_officer_writes_and_rings_with(
    store: Store, town: dict[str, int], tmp_path: Path
) -> None:
    people.edit_person(
        store,
        town["zoe"],
        PersonChanges(
            fields={
                "address_line1": "Flat 2, Ferry Lane",
                "town": "Holbeach",
                "preferred_contact": "email",
            }
        ),
    )
    with store.session() as session:
        result = export_listing(session, PEOPLE, tmp_path / "people.xlsx")
    sheet = openpyxl.load_workbook(result.path).active
    rows = [
        dict(zip(HEADINGS, row, strict=True))
        for row in sheet.iter_rows(min_row=4, values_only=True)
    ]
    by_name = {row["First name"]: row for row in rows}
    assert set(by_name) == {"Zoë", "Łukasz", "Siobhán", "Tom"}  # not the archived
    zoe, lukasz, siobhan = by_name["Zoë"], by_name["Łukasz"], by_name["Siobhán"]
    assert (zoe["Address line 1"], zoe["Town"], zoe["Postcode"]) == (
        "Flat 2, Ferry Lane",
        "Holbeach",
        "PE12 3AB",
    )
    assert zoe["Preferred contact"] == "Email" and zoe["Groups now"] == "Customer Scrutiny Panel"
    assert zoe["Consent: Contact by email"] == "Yes" and zoe["Consent: Hold my details"] == "Yes"
    assert lukasz["Consent: Contact by phone"] == "Withdrawn"
    assert lukasz["Support needs"] == "Interpreter / other language (Polish)"
    assert lukasz["Groups now"] == "Old Forum"
    assert siobhan["Tenure"] == "Leaseholder" and siobhan["Support needs"] == "Large print"
    assert by_name["Tom"]["Groups now"] is None  # his term ended
    assert zoe["Involvement"] in {"One-off contact", "Subscribed member"}


def test_cancelled_export_writes_nothing(
    store: Store, town: dict[str, int], tmp_path: Path
) -> None:
    with store.transaction() as session:
        session.execute(
            insert(Person),
            [{"first_name": f"P{i}", "last_name": "Many", "search_text": ""} for i in range(4500)],
        )
    out = tmp_path / "exports"
    out.mkdir()
    with store.session() as session, pytest.raises(ExportCancelled):
        export_listing(session, PEOPLE, out / "big.xlsx", progress=lambda done, total: False)
    assert list(out.iterdir()) == []


def test_a_first_screen_from_the_top_of_the_list_or_none_when_the_search_is_rare(
    store: Store,
) -> None:
    """first_ids walks a bounded stretch of the name index: a common search gets the
    same first rows as the whole search; a rare one gets None (read every match)."""
    for number in range(60):
        add(store, f"Anna{number:02d}", f"Aaron{number:02d}", postcode=f"PE{number % 3} 1AA")
    add(store, "Zoë", "Zygmunt", postcode="NG7 9ZZ")
    with store.session() as session:
        common = PEOPLE.fetch_ids(session, "aaron", "name", False)
        assert first_ids(PEOPLE, session, 10, "aaron", "name", probe=20) == common[:10]
        assert (
            first_ids(PEOPLE, session, 10, "pe1", "name", probe=20, probe_most=60)
            == (PEOPLE.fetch_ids(session, "pe1", "name", False)[:10])
        )
        assert first_ids(PEOPLE, session, 10, "zoe", "name", probe=20) is None
        assert first_ids(PEOPLE, session, 10, "aaron", "postcode", probe=20) is None
        assert count(PEOPLE, session, "aaron") == len(common) == 60
        assert matching(PEOPLE, session, [*common[:5], 999_999], "anna0") == set(common[:5])


@pytest.mark.sqlite_only
def test_a_search_no_index_answers_reads_the_narrow_search_index(store: Store) -> None:
    """A rare two-letter word reads the columns it is matched against, not every column
    of every person (SQLite scans the covering index), and finds the same people."""
    found = add(store, "Lois", "Byrne", known_as=None)
    nick = add(store, "Ann", "Kerr", known_as="MOIRA")
    add(store, "Tom", "Hughes")
    with store.session() as session:
        stmt = PEOPLE.id_query("oi", ordered=False)
        connection = session.connection()
        sql = str(stmt.compile(connection, compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN people USING COVERING INDEX ix_people_search_scan" in plan
        assert set(session.execute(stmt).scalars()) == {found, nick}


def test_a_nickname_is_found_in_any_case(store: Store) -> None:
    """The nickname is matched with a plain LIKE on SQLite (no lower() per row): still in
    any case, and a % or _ typed is a character, not a wildcard."""
    moira = add(store, "Ann", "Kerr", known_as="MOIRA")
    percent = add(store, "Bo", "Lund", known_as="Ten%_Off")
    add(store, "Tom", "Hughes", known_as="Tenpence")
    with store.session() as session:
        for typed, expected in [("oi", {moira}), ("Moi", {moira}), ("n%_o", {percent})]:
            assert set(PEOPLE.fetch_ids(session, typed)) == expected, typed
