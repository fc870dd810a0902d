"""People are listed as a person would list them: Öztürk with the Os, Łukasik with the
Ls, Ó Briain with the Os, O'Neill beside Oneill, smith beside Smith; in the People
list, the people export, the statements batch and the sign-in sheet alike, and the key
behind it stays in step with every way a name is written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import create_engine, select, text

from engagement_desktop.interchange.people.commit import commit_import
from engagement_desktop.interchange.reading import mapping as mappings
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.writing.list_export import export_listing
from engagement_desktop.reports.events.signin_sheet import sheet_data
from engagement_desktop.reports.rewards.points_statement import statements
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.events import events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.listings import PEOPLE
from engagement_desktop.services.people import people
from engagement_desktop.services.people.merge import merge_people
from engagement_desktop.services.rewards import ledger
from engagement_desktop.store import collation, health, migrate
from engagement_desktop.store.collation import name_sort_key, sorted_texts
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import EventType, Person, Setting
from tests.consent import GIVEN

#: (first name, surname) in the order a reader expects.
IN_ORDER = [
    ("Fay", "Carter"),
    ("Deniz", "Çelik"),
    ("Gus", "Davies"),
    ("Dan", "Lewis"),
    ("Łukasz", "Łukasik"),
    ("Eve", "Lyons"),
    ("Ben", "Oakley"),
    ("Siobhán", "Ó Briain"),
    ("Pat", "Oneill"),
    ("Zoë", "O'Neill"),
    ("Cara", "Owen"),
    ("Ali", "Öztürk"),
    ("Emre", "Şahin"),
    ("ann", "Smith"),
    ("Bob", "smith"),
    ("Amy", "Zander"),
]
LISTED = [f"{last}, {first}" for first, last in IN_ORDER]
WRITTEN = [f"{first} {last}" for first, last in IN_ORDER]


@pytest.fixture
def cast(store: Store) -> dict[str, int]:
    """Everyone added in a muddled order (reversed pairs), so insertion order proves nothing."""
    muddled = IN_ORDER[1::2] + IN_ORDER[::2]
    return {
        f"{first} {last}": people.add_person(
            store, {"first_name": first, "last_name": last}, hold_data=GIVEN
        ).id
        for first, last in muddled
    }


def listed(store: Store, **options: object) -> list[str]:
    with store.session() as session:
        return [row[2] for row in PEOPLE.fetch(session, **options)]  # type: ignore[arg-type]


def test_the_key_sorts_as_a_reader_expects() -> None:
    shuffled = sorted(IN_ORDER, key=lambda name: name[1][::-1])
    assert sorted(shuffled, key=lambda n: name_sort_key(*n)) == IN_ORDER
    # The surname comes first whatever the first name; case never outranks it.
    assert name_sort_key("Zoe", "Smith") < name_sort_key("Al", "Smithers")
    assert name_sort_key("Zoe", "SMITH") < name_sort_key("Al", "Smithers")
    assert sorted_texts(["Zoë", "Öztürk", "Oakley", "Łukasz", "Lyons"]) == [
        "Łukasz",
        "Lyons",
        "Oakley",
        "Öztürk",
        "Zoë",
    ]


def test_people_list_sorts_by_name_both_ways(store: Store, cast: dict[str, int]) -> None:
    assert listed(store) == LISTED
    assert listed(store, order_by="name", descending=True) == LISTED[::-1]
    with store.session() as session:
        ids = PEOPLE.fetch_ids(session, order_by="name")
        pages = [PEOPLE.fetch_rows(session, ids[i : i + 5]) for i in range(0, len(ids), 5)]
    assert [page[i][2] for page in pages for i in ids if i in page] == LISTED


def test_people_export_is_in_name_order(store: Store, cast: dict[str, int], tmp_path: Path) -> None:
    with store.session() as session:
        result = export_listing(session, PEOPLE, tmp_path / "people", sort=("name", False))
    sheet = openpyxl.load_workbook(result.path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(row for row in rows if "Last name" in row)  # under the title rows
    last, first = header.index("Last name"), header.index("First name")
    names = [f"{row[last]}, {row[first]}" for row in rows[rows.index(header) + 1 :]]
    assert names == LISTED


def test_statements_batch_is_in_name_order(store: Store, cast: dict[str, int]) -> None:
    for name, person_id in cast.items():
        ledger.manual_award(store, person_id, 10, f"Points for {name}", on=date(2025, 6, 1))
    with store.session() as session:
        batch = [s.address[0] for s in statements(session, 2025)]
    assert batch == WRITTEN


def test_sign_in_sheet_is_in_name_order(store: Store, cast: dict[str, int]) -> None:
    with store.session() as session:
        type_id = session.scalar(select(EventType.id).order_by(EventType.id))
    event = events.save_event(
        store,
        None,
        {"title": "Meadowbank pop-up", "event_type_id": type_id, "starts_at": datetime(2026, 6, 2)},
    )
    invite(store, event.id, person_ids=list(cast.values()))
    with store.session() as session:
        sheet = sheet_data(session, event.id)
    assert [row[1] for row in sheet.invitees] == WRITTEN
    assert [row[0] for row in sheet.invitees] == list(range(1, len(WRITTEN) + 1))


def test_renaming_moves_a_person_in_the_list(store: Store, cast: dict[str, int]) -> None:
    people.edit_person(store, cast["Amy Zander"], {"last_name": "Ozanne"})
    assert listed(store).index("Ozanne, Amy") == LISTED.index("Öztürk, Ali")
    people.edit_person(store, cast["Amy Zander"], {"first_name": "Aaron"})
    assert listed(store).index("Ozanne, Aaron") == LISTED.index("Öztürk, Ali")


def test_a_merge_that_fills_a_name_refreshes_its_key(store: Store) -> None:
    nameless = people.add_person(
        store, {"first_name": "", "last_name": "Öztürk"}, hold_data=GIVEN
    ).id
    named = people.add_person(
        store, {"first_name": "Ali", "last_name": "Öztürk"}, hold_data=GIVEN
    ).id
    merge_people(store, nameless, named)
    with store.session() as session:
        person = session.get(Person, nameless)
        assert person is not None and person.first_name == "Ali"
        assert person.name_sort_key == name_sort_key("Ali", "Öztürk")


def test_imported_people_sort_with_the_rest(store: Store, tmp_path: Path) -> None:
    people.add_person(store, {"first_name": "Ben", "last_name": "Oakley"}, hold_data=GIVEN)
    people.add_person(store, {"first_name": "Amy", "last_name": "Zander"}, hold_data=GIVEN)
    path = tmp_path / "tenants.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Tenancy reference", "First name", "Surname"])
    book.active.append(["T1", "Ali", "Öztürk"])
    book.active.append(["T2", "Łukasz", "Łukasik"])
    book.save(path)
    table = read_table(path)
    commit_import(store, table, mappings.guess_mapping(table.headings), file_name=path.name)
    assert listed(store) == ["Łukasik, Łukasz", "Oakley, Ben", "Öztürk, Ali", "Zander, Amy"]


def test_demo_people_carry_their_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "demo.sqlite")
    try:
        generate_demo(store, people=150, seed=2)
        with store.session() as session:
            rows = session.execute(
                select(Person.first_name, Person.last_name, Person.name_sort_key)
            ).all()
        assert len(rows) >= 150
        assert all(key == name_sort_key(first, last) for first, last, key in rows)
    finally:
        store.close()


def test_upgrade_gives_existing_people_their_keys_and_check_stays_clean(tmp_path: Path) -> None:
    """A database made before 0008 is upgraded in place; the index needs no collation,
    so the plain sqlite3 integrity check (``check --full``) passes."""
    db = tmp_path / "old.sqlite"
    old = create_engine(f"sqlite:///{db}")
    migrate.upgrade(old, "0006")
    with old.begin() as connection:
        for first, last in IN_ORDER[::-1]:
            connection.execute(
                text(
                    "INSERT INTO people (uuid, first_name, last_name, involvement_status,"
                    " archived, search_text, created_at, updated_at)"
                    " VALUES (:u, :f, :l, 'one_off', 0, '', '2025-01-01', '2025-01-01')"
                ),
                {"u": f"{first}-{last}", "f": first, "l": last},
            )
    old.dispose()
    store = open_store(db)
    try:
        assert store.upgraded_from == "0006"
        assert listed(store) == LISTED
        with store.session() as session:
            keys = session.execute(
                select(Person.first_name, Person.last_name, Person.name_sort_key)
            )
            assert all(key == name_sort_key(first, last) for first, last, key in keys)
    finally:
        store.close()
    report = health.check_file(db, full=True)
    assert report.healthy, report.integrity


def test_keys_made_by_another_collation_are_remade_on_opening(db_path: Path) -> None:
    """A newer ICU may weigh some letters differently: keys of two versions side by side
    would misplace names, so opening remakes them all once."""
    store = open_store(db_path)
    ids = [
        people.add_person(store, {"first_name": f, "last_name": s}, hold_data=GIVEN).id
        for f, s in IN_ORDER
    ]
    with store.transaction() as session:
        session.execute(
            text("UPDATE people SET name_sort_key = x'00' WHERE id = :i"), {"i": ids[-1]}
        )
        session.execute(
            text("UPDATE settings SET value = '\"en_GB shifted, ICU 1.0\"' WHERE key = :k"),
            {"k": collation.MARKER},
        )
    assert listed(store)[0] == "Zander, Amy"  # the stale key puts Amy first
    store.close()
    store = open_store(db_path)
    try:
        assert listed(store) == LISTED
        with store.session() as session:
            marker = session.scalar(select(Setting.value).where(Setting.key == collation.MARKER))
        assert marker == collation.collation_version()
        assert not collation.keep_name_keys_current(store.engine)  # nothing more to do
    finally:
        store.close()
