"""Cells that cannot be kept (hidden control characters) and survey columns that are
personal details rather than answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from engagement_desktop.errors import EngagementError
from engagement_desktop.interchange.people.commit import commit_import
from engagement_desktop.interchange.people.plan import plan_import
from engagement_desktop.interchange.people.rows import clean_row
from engagement_desktop.interchange.reading.mapping import guess_mapping
from engagement_desktop.interchange.reading.readers import Table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Person, SurveyResponse

TP01 = (
    "Taking everything into account, how satisfied or dissatisfied are you with the "
    "service provided by your landlord?"
)


def table(headings: list[str], rows: list[list[Any]]) -> Table:
    return Table("f.csv", "f", ["f"], 1, headings, rows, list(range(2, len(rows) + 2)))


@pytest.mark.parametrize(
    "hidden",
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x0b",
        "\u202e",
        "\u2067",
        "\u200b",
        "\ufeff",
        "\x85",
        "\x9b",
        "\xad",
        "\u2028",
    ],
)
def test_a_hidden_control_character_rejects_the_row_by_column(hidden: str) -> None:
    # inside a word: at its edge a zero-width character is taken out, as typed by hand
    row = clean_row(5, {"last_name": f"N{hidden}g", "first_name": "Bo"}, {"last_name": "Surname"})
    assert [(p.row, p.column) for p in row.problems] == [(5, "Surname")]
    assert f"U+{ord(hidden):04X}" in row.problems[0].message
    assert "Ng" not in row.problems[0].message  # never the cell's text


def test_tabs_and_line_breaks_are_not_control_problems() -> None:
    row = clean_row(2, {"last_name": "Ng", "address_line1": "1 Linden Way\r\nFlat\t2"}, {})
    assert row.problems == []


def test_right_to_left_names_and_the_joiners_they_use_are_kept() -> None:
    names = {
        "last_name": "\u0645\u062d\u0645\u062f\u200f",
        "first_name": "\u0645\u06cc\u200c\u0631\u0627",
    }
    assert clean_row(2, names, {}).problems == []  # Arabic with an RLM, Persian with a ZWNJ


def test_a_name_typed_with_a_direction_override_is_stored_without_it(store: Store) -> None:
    from engagement_desktop.services.people import people
    from tests.consent import GIVEN

    person = people.add_person(
        store, {"first_name": "Zo\u00eb\u200b", "last_name": "\u202eLLEN\u202c O'Neill"}, GIVEN
    )
    assert (person.first_name, person.last_name) == ("Zo\u00eb", "LLEN O'Neill")


def test_names_are_stored_composed_however_they_arrive(store: Store) -> None:
    """A name typed with a combining accent (pasted from a Mac, or a decomposing export)
    is held composed (NFC), by hand and by import alike: so it matches itself, and a
    search, a duplicate check or a sort never sees two spellings of one name."""
    from engagement_desktop.services.people import people
    from tests.consent import GIVEN

    typed = people.add_person(store, {"first_name": "Zoe\u0308", "last_name": "Ni\u0301"}, GIVEN)
    assert (typed.first_name, typed.last_name) == ("Zo\u00eb", "N\u00ed")
    data = table(["Forename", "Surname"], [["Aoife", "Ni\u0301 Bhriain"], ["Bo", "Ng"]])
    commit_import(store, data, guess_mapping(data.headings), file_name="f.csv")
    with store.session() as session:
        names = set(session.scalars(select(Person.last_name)))
    assert names == {"N\u00ed", "N\u00ed Bhriain", "Ng"}


def test_a_name_or_address_is_one_line_however_it_arrives(store: Store) -> None:
    """A line break typed or pasted into a name (or a cell with Alt+Enter in Excel) would
    break every letter and label it is printed on: it is held as one line."""
    from engagement_desktop.services.people import people
    from tests.consent import GIVEN

    typed = people.add_person(
        store, {"first_name": "Zoë\n", "last_name": "O'Neill\r\nNí  Bhriain"}, GIVEN
    )
    assert (typed.first_name, typed.last_name) == ("Zoë", "O'Neill Ní Bhriain")
    data = table(["Forename", "Surname", "Address 1"], [["Łukasz", "Multi\nLine", "1\tOak\nWay"]])
    commit_import(store, data, guess_mapping(data.headings), file_name="f.csv")
    with store.session() as session:
        found = session.execute(
            select(Person.last_name, Person.address_line1).where(Person.first_name == "Łukasz")
        ).one()
    assert tuple(found) == ("Multi Line", "1 Oak Way")


def test_a_survey_name_holds_no_hidden_characters(store: Store) -> None:
    data = table(["Email", TP01], [["a@x.org", "Very satisfied"]])
    plan = plan_survey(data, guess_survey_mapping(data), keep_unknown_references=True)
    with pytest.raises(EngagementError, match=r"hidden control character .U\+202E"):
        commit_survey(store, plan, survey_name="Zo\u202eë 2026", file_name="f.csv", sha256="x")


def test_a_nul_in_a_name_is_never_stored(store: Store) -> None:
    data = table(["Forename", "Surname"], [["Ann", "El\x00lis"], ["Bo", "Ng"]])
    with store.session() as session:
        plan = plan_import(session, data, guess_mapping(data.headings))
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Surname")]
    commit_import(store, data, guess_mapping(data.headings), file_name="f.csv")
    with store.session() as session:
        assert session.scalars(select(Person.last_name)).all() == ["Ng"]


def test_a_survey_return_with_a_control_character_is_not_imported(store: Store) -> None:
    data = table(
        ["Email", TP01], [["a@x.org", "Very\x00 satisfied"], ["b@x.org", "Very satisfied"]]
    )
    plan = plan_survey(data, guess_survey_mapping(data), keep_unknown_references=True)
    assert [(p.row, p.column) for p in plan.problems] == [(2, TP01)]
    commit_survey(store, plan, survey_name="S", file_name="f.csv", sha256="x")
    with store.session() as session:
        stored = session.scalars(select(SurveyResponse.answers)).all()
    assert "\x00" not in json.dumps(stored) and len(stored) == 1


def test_a_survey_comment_with_a_soft_hyphen_is_imported(store: Store) -> None:
    """A comment pasted from a document keeps its invisible soft hyphen: the return is
    not lost for it (names are held to the stricter rule, answers only to controls)."""
    comment = "Repairs take too long; the caretaker is won\xadderful"
    data = table(["Email", TP01, "Any other comments?"], [["a@x.org", "Very satisfied", comment]])
    plan = plan_survey(data, guess_survey_mapping(data), keep_unknown_references=True)
    assert plan.problems == []
    commit_survey(store, plan, survey_name="S", file_name="f.csv", sha256="x")
    with store.session() as session:
        assert len(session.scalars(select(SurveyResponse.id)).all()) == 1


CONTACTS = ["Tenancy Ref", "Name", "Address", "Phone", "Mobile No", "Date of birth", "Estate"]


def test_personal_details_are_not_questions(store: Store) -> None:
    headings = ["Tenancy Ref", "Address", "Telephone", "DOB", TP01, "Any other comments?"]
    data = table(
        headings, [["T1", "1 Linden Way", "01234 567890", "1/2/1960", "Very satisfied", "ok"]]
    )
    mapping = guess_survey_mapping(data)
    assert mapping["Tenancy Ref"] == "reference"
    assert {h: mapping[h] for h in ("Address", "Telephone", "DOB")} == dict.fromkeys(
        ("Address", "Telephone", "DOB")
    )
    assert mapping[TP01] == "question:TP01" and mapping["Any other comments?"] == "question"
    plan = plan_survey(data, mapping, keep_unknown_references=True)
    assert plan.personal_details == ["Address", "Telephone", "DOB"]
    # chosen as questions by hand (a saved mapping), they are still left out
    plan = plan_survey(
        data,
        mapping | {"Address": "question", "Telephone": "question"},
        keep_unknown_references=True,
    )
    assert plan.personal_details == ["Address", "Telephone", "DOB"]
    commit_survey(store, plan, survey_name="S", file_name="f.csv", sha256="x")
    with store.session() as session:
        stored = json.dumps(session.scalars(select(SurveyResponse.answers)).all())
    assert "Linden" not in stored and "01234" not in stored and "Very satisfied" in stored


def test_a_question_mentioning_the_phone_is_still_a_question() -> None:
    heading = "How easy was it to reach us by phone?"
    data = table(["Email", heading], [["a@x.org", "Easy"]])
    assert guess_survey_mapping(data)[heading] == "question"


def test_a_contact_list_is_refused_as_survey_returns() -> None:
    data = table(
        CONTACTS, [["T1", "Ann Ellis", "1 Linden Way", "01234", "07700", "1/2/60", "Vale"]]
    )
    with pytest.raises(EngagementError, match=r"looks like a contact list.*Address, Phone"):
        plan_survey(data, guess_survey_mapping(data), keep_unknown_references=True)
