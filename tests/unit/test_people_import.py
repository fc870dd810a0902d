"""People imports: messy files give the right counts or a clear error; nothing twice."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.imports.running import ImportCancelled
from engagement_desktop.interchange.imports.undo import undo_import
from engagement_desktop.interchange.people.commit import commit_import
from engagement_desktop.interchange.people.plan import plan_import, write_error_rows
from engagement_desktop.interchange.people.rows import split_name
from engagement_desktop.interchange.reading import mapping as mappings
from engagement_desktop.interchange.reading.readers import Limits, UnreadableFile, read_table
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, ImportBatch, Person
from tests.consent import GIVEN
from tests.unit.import_corpus import files


def run_import(store: Store, path: Path, **options) -> dict:
    table = read_table(path)
    mapping = mappings.guess_mapping(table.headings)
    return commit_import(store, table, mapping, file_name=path.name, **options).plan.summary()


def db_digest(store: Store) -> str:
    with store.session() as session:
        rows = session.execute(select(Person).order_by(Person.id)).scalars().all()
        return hashlib.sha256(
            repr(
                [
                    (
                        p.id,
                        p.reference,
                        p.first_name,
                        p.last_name,
                        p.postcode,
                        p.email,
                        p.mobile,
                        p.date_of_birth,
                        p.tenure,
                    )
                    for p in rows
                ]
            ).encode()
        ).hexdigest()


def test_headings_map_themselves() -> None:
    guessed = mappings.guess_mapping([*files.HEADINGS, "Payment Ref", "Notes"])
    assert guessed["Tenancy Ref"] == "reference" and guessed["Payment Ref"] is None  # used once
    assert guessed["Forename"] == "first_name" and guessed["DOB"] == "date_of_birth"
    assert guessed["Post Code"] == "postcode" and guessed["Notes"] is None
    assert mappings.guess_mapping(["Tel No", "Contact Number"])["Tel No"] == "phone"


def test_a_mapping_file_naming_one_column_keeps_the_other_guesses() -> None:
    guessed = mappings.guess_mapping(["Tenancy Ref", "Forename", "Surname", "Tel", "Day No"])
    assert guessed["Tel"] == "phone" and guessed["Day No"] is None
    chosen = mappings.with_chosen(guessed, {"Day No": "phone"})
    assert chosen == {
        "Tenancy Ref": "reference",
        "Forename": "first_name",
        "Surname": "last_name",
        "Tel": None,  # phone is the column the officer named
        "Day No": "phone",
    }


def test_title_rows_dates_and_households(store: Store, tmp_path: Path) -> None:
    path = files.tenancy_export(tmp_path, files.good_rows())
    table = read_table(path)
    assert table.header_row == 4 and table.row_numbers[0] == 5
    summary = run_import(store, path)
    assert (summary["created"], summary["errors"]) == (4, [])
    with store.session() as session:
        people_on_file = {p.first_name: p for p in session.scalars(select(Person))}
    zoe = people_on_file["Zoë"]
    assert (zoe.reference, zoe.postcode, zoe.mobile) == ("T0001", "PE11 1AA", "07700 900123")
    assert str(zoe.date_of_birth) == "1961-02-28" and zoe.tenure == "general_needs"
    assert str(people_on_file["Łukasz"].date_of_birth) == "1961-02-26"  # Excel serial 22338
    assert people_on_file["Ann"].reference == "T0001"  # household member, own record


def test_importing_twice_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = files.tenancy_export(tmp_path, files.good_rows())
    run_import(store, path)
    before = db_digest(store)
    again = run_import(store, path)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 4)
    assert db_digest(store) == before
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1


def test_errors_name_row_and_column_and_duplicates(store: Store, tmp_path: Path) -> None:
    rows = files.good_rows()
    rows[2][7] = "31/02/1961"
    rows[3][5] = "PE11"
    rows.append(list(files.good_rows()[0]))  # the same row twice in the file
    path = files.tenancy_export(tmp_path, rows)
    table = read_table(path)
    with store.session() as session:
        plan = plan_import(session, table, mappings.guess_mapping(table.headings))
    summary = plan.summary()
    assert summary["errors"] == [
        {"row": 7, "column": "DOB", "message": "'31/02/1961' is not a date"},
        {"row": 8, "column": "Post Code", "message": "'PE11' is not a UK postcode (e.g. PE12 3AB)"},
    ]
    assert (summary["created"], summary["duplicates_in_file"]) == (2, 1)
    fix = write_error_rows(plan, tmp_path / "fix.xlsx")
    sheet = openpyxl.load_workbook(fix).active
    assert [c.value for c in sheet[3]][-1] == "Problem"  # under the title and period rows
    assert sheet.max_row == 5 and "is not a date" in sheet.cell(4, 11).value
    again = read_table(fix)  # fixed and re-imported: the title rows are not taken for headings
    assert again.header_row == 3 and again.headings[-1] == "Problem" and len(again.rows) == 2


def test_update_fill_blanks_and_skip(store: Store, tmp_path: Path) -> None:
    zoe = people.add_person(
        store,
        {"first_name": "Zoë", "last_name": "O'Neill", "reference": "T0001", "town": "Boston"},
        hold_data=GIVEN,
    ).id
    path = files.tenancy_export(tmp_path, files.good_rows()[:1])
    assert run_import(store, path, on_match="skip")["unchanged"] == 1
    summary = run_import(store, path, on_match="fill-blanks")
    assert summary["updated"] == 1
    with store.session() as session:
        person = session.get(Person, zoe)
        assert person.town == "Boston" and person.postcode == "PE11 1AA"
    run_import(store, path, on_match="update")
    with store.session() as session:
        assert session.get(Person, zoe).town == "Spalding"


def test_blank_cells_never_overwrite(store: Store, tmp_path: Path) -> None:
    ann = people.add_person(
        store,
        {
            "first_name": "Ann",
            "last_name": "O'Neill",
            "reference": "T0001",
            "email": "ann@example.org",
        },
        hold_data=GIVEN,
    ).id
    run_import(store, files.tenancy_export(tmp_path, [files.good_rows()[1]]))
    with store.session() as session:
        assert session.get(Person, ann).email == "ann@example.org"


def test_rows_matching_several_people_are_not_guessed(store: Store, tmp_path: Path) -> None:
    for _ in range(2):
        people.add_person(
            store,
            {"first_name": "Zoë", "last_name": "O'Neill", "email": "zoe@example.org"},
            hold_data=GIVEN,
        )
    path = files.tenancy_export(tmp_path, files.good_rows()[:1])
    table = read_table(path)
    with store.session() as session:
        plan = plan_import(session, table, mappings.guess_mapping(table.headings))
    assert plan.count("ambiguous") == 1
    assert "matches 2 people" in plan.problems[0].message


def test_merged_header_cells(tmp_path: Path) -> None:
    rows = [[r[0], r[1], r[2], r[3], r[4], *r[5:]] for r in files.good_rows()]
    table = read_table(files.tenancy_export(tmp_path, rows, merged_address=True))
    assert table.headings[3:5] == ["Address", "Address (5)"]


def test_cp1252_csv_with_pound_sign(store: Store, tmp_path: Path) -> None:
    table = read_table(files.cp1252_csv(tmp_path))
    assert table.encoding == "Windows-1252"
    assert table.rows[0][4] == "Owes £5 for the trip"
    assert run_import(store, files.cp1252_csv(tmp_path))["created"] == 2


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: _write(d / "empty.xlsx", b""), "is empty"),
        (
            lambda d: _write(d / "notes.xlsx", b"just some notes, not a workbook"),
            "cannot be read as a spreadsheet",
        ),
        (lambda d: files.truncated(d), "cannot be read as a spreadsheet"),
        (lambda d: files.zip_bomb(d), "refused as unsafe"),
        (lambda d: files.tenancy_export(d, [], title_rows=False), "no rows of data"),
        (lambda d: _write(d / "photo.jpg", b"\xff\xd8\xff"), "is not a spreadsheet"),
        (lambda d: files.stray_far_cell(d), "reaches cell XFD1048576.*Ctrl\\+End"),
    ],
    ids=["empty", "not-a-workbook", "truncated", "zip-bomb", "headers-only", "jpeg", "stray-cell"],
)
def test_bad_files_are_refused_clearly(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(UnreadableFile, match=message):
        read_table(make(tmp_path))


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = files.tenancy_export(tmp_path, files.good_rows())
    with pytest.raises(UnreadableFile, match="the limit set in Settings"):
        read_table(path, limits=Limits(max_file_mb=0.001))


def test_cancel_leaves_the_database_as_before(store: Store, tmp_path: Path) -> None:
    rows = [
        [
            f"T{n:05d}",
            "Zoë",
            f"Person{n}",
            "1 Way",
            "Spalding",
            "PE11 1AA",
            "Assured",
            None,
            None,
            None,
        ]
        for n in range(2500)
    ]
    path = files.tenancy_export(tmp_path, rows)
    table = read_table(path)
    before = db_digest(store)
    mapping = mappings.guess_mapping(table.headings)
    with pytest.raises(ImportCancelled):
        commit_import(store, table, mapping, file_name="x", progress=lambda done, _: done < 2000)
    assert db_digest(store) == before
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_a_cancel_at_the_last_word_still_rolls_back(store: Store, tmp_path: Path) -> None:
    """The import's final report comes just before its commit: refusing it there leaves
    nothing behind (a Cancel after it is refused by the program's task instead)."""
    row = ["T00001", "Zoë", "Ní Bhriain", "1 Way", "Spalding", "PE11 1AA", "Assured"]
    path = files.tenancy_export(tmp_path, [[*row, None, None, None]])
    table = read_table(path)
    before = db_digest(store)
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        reports.append((done, total))
        return done < total

    with pytest.raises(ImportCancelled):
        commit_import(
            store, table, mappings.guess_mapping(table.headings), file_name="x", progress=progress
        )
    assert reports == [(1, 1)]
    assert db_digest(store) == before


def test_undo_a_batch(store: Store, tmp_path: Path) -> None:
    zoe = people.add_person(
        store,
        {"first_name": "Zoë", "last_name": "O'Neill", "reference": "T0001", "town": "Boston"},
        hold_data=GIVEN,
    ).id
    path = files.tenancy_export(tmp_path, files.good_rows())
    table = read_table(path)
    batch = commit_import(store, table, mappings.guess_mapping(table.headings), file_name="x").batch
    assert batch is not None
    # Zoë got address, town, postcode, tenure, date of birth, mobile and email
    assert undo_import(store, batch.id) == {"removed": 3, "fields_restored": 7}
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1
        assert session.get(Person, zoe).town == "Boston"
    with pytest.raises(EngagementError, match="already undone"):
        undo_import(store, batch.id)


def test_imported_people_can_be_edited_and_each_is_listed_for_undo(
    store: Store, tmp_path: Path
) -> None:
    """New people are written without the ORM: their edit counter still starts at 1 (an
    edit form's save is then checked against it) and the batch notes each one once."""
    from engagement_desktop.store.models import ImportChange

    path = files.tenancy_export(tmp_path, files.good_rows())
    table = read_table(path)
    batch = commit_import(store, table, mappings.guess_mapping(table.headings), file_name="x").batch
    assert batch is not None
    with store.session() as session:
        added = {
            pid: version for pid, version in session.execute(select(Person.id, Person.version))
        }
        noted = session.scalars(
            select(ImportChange.record_id).where(
                ImportChange.batch_id == batch.id, ImportChange.action == "created"
            )
        ).all()
    assert set(added.values()) == {1} and sorted(noted) == sorted(added)
    zoe = next(iter(added))
    assert people.edit_person(store, zoe, {"town": "Boston"}).version == 2
    assert undo_import(store, batch.id)["removed"] == len(added)


def test_every_field_an_import_reads_is_one_it_stores() -> None:
    """A new person's row is the stored fields updated with the file's values: a field
    the mapping offers but the import does not store would reach the insert unknown."""
    from engagement_desktop.interchange.people.plan import STORED

    read = set(mappings.PEOPLE_FIELDS) - {"full_name", "area"}  # split / looked up
    read -= {f for f in read if f.startswith("consent_")}  # recorded as consents
    assert read <= set(STORED) and "area_id" in STORED


def test_new_estates_are_created_once(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Forename", "Surname", "Estate"])
    sheet.append(["Zoë", "O'Neill", "Meadowbank"])
    sheet.append(["Ann", "Lee", "meadowbank"])
    path = tmp_path / "estates.xlsx"
    book.save(path)
    run_import(store, path)
    with store.session() as session:
        assert session.scalars(select(Area.name)).all() == ["Meadowbank"]


def test_an_officers_own_list_imports_without_a_row_lost_to_a_placeholder(
    store: Store, tmp_path: Path
) -> None:
    """A first-week list: "none" for no email, "ex-dir" for an unlisted phone, a
    two-digit year of birth, a year alone, an estate typed three ways and a duplicate.
    Nearly half the rows were refused for the placeholders; "23/02/37" was "in the
    future"; "1935" was "more than 120 years ago"; the estate took the first row's
    "oakfield"; and the duplicate did not say which row it repeats."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First Name", "Surname", "Tel", "E-mail", "DOB", "Estate", "Post Code"])
    sheet.append(["Zoë", "Ní Bhriain", "ex-dir", "none", "23/02/37", "oakfield", "PE12 3AB"])
    sheet.append(["Łukasz", "O'Neill", "-", "N/A", None, "Oakfield", "PE12 3AB"])
    sheet.append(["Ann", "Lee", "01234 567890", "ann@example.org", 1935, "OAKFIELD", None])
    sheet.append(["Zoë", "Ní Bhriain", None, None, "23/02/1937", None, "pe12 3ab"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    with store.session() as session:
        plan = plan_import(session, table, mappings.guess_mapping(table.headings))
    by_row = {row.row: row for row in plan.rows}
    assert by_row[2].action == by_row[3].action == "new"
    assert by_row[2].values["date_of_birth"].year == 1937
    assert "email" not in by_row[2].values and "phone" not in by_row[2].values
    assert [(p.row, p.column) for p in plan.problems] == [(4, "DOB")]
    assert plan.problems[0].message.startswith("'1935' is a year only: give the whole date")
    assert by_row[5].action == "duplicate" and by_row[5].duplicate_of == 2
    assert plan.new_areas == ["Oakfield"]


def test_consent_answers_in_the_file_are_recorded_once_and_undone_with_it(
    store: Store, tmp_path: Path
) -> None:
    """An officer's list says who agreed to be contacted. It could not be imported, so
    every person came in with no consent and no mailing reached them. A Y/N column is
    now recorded as consent given or refused ("Imported"), for every way of contact; a
    column for one way goes over it; importing again records nothing; undo removes it."""
    from engagement_desktop.services.people.consents import current_consents

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First Name", "Surname", "Post Code", "Consent to contact Y/N", "Email consent"])
    sheet.append(["Zoë", "Ní Bhriain", "PE12 3AB", "Y", "No"])
    sheet.append(["Łukasz", "O'Neill", "PE12 3AC", "n", None])
    sheet.append(["Ann", "Lee", "PE12 3AD", None, None])
    sheet.append(["Bob", "Hale", "PE12 3AE", "maybe", None])
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    mapping = mappings.guess_mapping(table.headings)
    assert mapping["Consent to contact Y/N"] == "consent_contact"
    assert mapping["Email consent"] == "consent_email"
    result = commit_import(store, table, mapping, file_name=path.name)
    summary = result.plan.summary()
    assert summary["consents"] == 8 and summary["created"] == 3
    assert summary["errors"] == [
        {
            "row": 5,
            "column": "Consent to contact Y/N",
            "message": "'maybe' is not yes or no (Y or N)",
        }
    ]
    with store.session() as session:
        ids = {p.first_name: p.id for p in session.scalars(select(Person))}
        zoe = current_consents(session, ids["Zoë"])
        lukasz = current_consents(session, ids["Łukasz"])
        given = {k: v.given for k, v in zoe.items()}
        assert given == dict.fromkeys(("contact_post", "contact_phone", "contact_text"), True) | {
            "contact_email": False
        }
        assert zoe["contact_post"].method == "import"
        assert not any(v.given for v in lukasz.values()) and len(lukasz) == 4
        assert current_consents(session, ids["Ann"]) == {}
    again = commit_import(store, table, mapping, file_name=path.name)
    assert again.batch is None and again.plan.summary()["consents"] == 0  # nothing new
    undone = undo_import(store, result.batch.id)
    assert undone["removed"] == 3
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_list_of_members_comes_in_as_members(store: Store, tmp_path: Path) -> None:
    """An officer's list of the residents' panel came in as one-off contacts, so no
    points rule paid them: new people can be subscribed members, unless a row says
    otherwise; people already on file keep theirs."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First Name", "Surname", "Post Code", "Involvement"])
    sheet.append(["Zoë", "Ní Bhriain", "PE12 3AB", None])
    sheet.append(["Ann", "Lee", "PE12 3AC", "One-off contact"])
    path = tmp_path / "panel.xlsx"
    book.save(path)
    table = read_table(path)
    mapping = mappings.guess_mapping(table.headings)
    commit_import(store, table, mapping, file_name=path.name, new_involvement="subscribed")
    with store.session() as session:
        found = dict(session.execute(select(Person.first_name, Person.involvement_status)).all())
    assert found == {"Zoë": "subscribed", "Ann": "one_off"}
    with store.session() as session, pytest.raises(EngagementError, match="involvement"):
        plan_import(session, table, mapping, new_involvement="chair")


def test_mapping_saved_by_name_and_as_json(store: Store, tmp_path: Path) -> None:
    guessed = mappings.guess_mapping(files.HEADINGS)
    mappings.save_mapping(store, "Monthly tenancy export", "people", guessed)
    with store.session() as session:
        assert mappings.saved_mappings(session, "people") == {"Monthly tenancy export": guessed}
    path = mappings.write_mapping_file(tmp_path / "map.json", "people", guessed)
    assert mappings.read_mapping_file(path, "people") == guessed
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(EngagementError, match=r"bad.json is not valid JSON \(line 1, column 2\)"):
        mappings.read_mapping_file(tmp_path / "bad.json", "people")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_footer_line_is_an_error_on_the_files_own_name_column(
    store: Store, tmp_path: Path
) -> None:
    """A report footer ("Page 1 of 1") has no name; the error names the column as the
    file does ("Name"), not the program's field."""
    path = tmp_path / "report.csv"
    path.write_text('Tenancy No,Name,Post Code\n100236,"SMITH, Mary",PE21 6QQ\nPage 1 of 1,,\n')
    summary = run_import(store, path)
    assert summary["created"] == 1
    assert summary["errors"] == [
        {"row": 3, "column": "Name", "message": "no name: a first or last name is needed"}
    ]


def test_a_cover_sheet_first_names_the_other_sheets(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Cover"
    book.active["A1"] = "Tenant survey 2025: results from Acme Research"
    book.create_sheet("Responses").append(["Tenancy Ref", "Forename"])
    book["Responses"].append(["T1", "Zoë"])
    book.save(tmp_path / "cover.xlsx")
    with pytest.raises(
        UnreadableFile, match=r"\(Cover\) has no header row.*other sheets: Responses"
    ):
        read_table(tmp_path / "cover.xlsx")
    assert read_table(tmp_path / "cover.xlsx", "Responses").rows == [["T1", "Zoë"]]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mrs Siobhán O'Neill-Ní Bhriain", ("Mrs", "Siobhán", "O'Neill-Ní Bhriain")),
        ("Mary Anne van der Berg", (None, "Mary Anne", "van der Berg")),
        ("Zoë Łukasz Ní Bhriain", (None, "Zoë Łukasz", "Ní Bhriain")),
        ("SMITH, Mary", (None, "Mary", "SMITH")),
        ("Dr. Ann Lee", ("Dr.", "Ann", "Lee")),
    ],
)
def test_full_names_keep_surname_particles(typed: str, expected: tuple) -> None:
    assert split_name(typed) == expected
