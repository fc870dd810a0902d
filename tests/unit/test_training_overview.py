"""What the Training page reads, narrowed by person; a new record saved with its certificate."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.services.people.summary import person_summary
from engagement_desktop.services.training import development, overview, records
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import AuditEntry
from tests.consent import GIVEN


def _person(store: Store, first: str, last: str = "Test") -> int:
    return people.add_person(store, {"first_name": first, "last_name": last}, hold_data=GIVEN).id


def test_new_record_and_its_certificate_are_one_save(store: Store, tmp_path: Path) -> None:
    course = records.save_course(store, None, {"title": "First aid", "valid_months": 36})
    who = _person(store, "Zoë")
    scan = tmp_path / "first aid.pdf"
    scan.write_bytes(b"%PDF-1.4 first aid")
    record = records.save_record(
        store,
        None,
        {"person_id": who, "course_id": course.id, "status": "completed", "on_date": date.today()},
        certificate=scan,
    )
    assert records.certificate_path(store, record).read_bytes() == b"%PDF-1.4 first aid"
    with store.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "training_records")
        ).all()
    assert [e.action for e in entries] == ["training.add"]  # one transaction, one entry
    assert "certificate_file" in entries[0].changes


def test_lines_name_people_and_narrow_to_one(store: Store) -> None:
    safeguarding = records.save_course(store, None, {"title": "Safeguarding", "valid_months": 12})
    conference = records.save_course(store, None, {"title": "TPAS", "kind": "conference"})
    joan, amir = _person(store, "Joan", "Adams"), _person(store, "Amir", "Okafor")
    soon = date.today() - timedelta(days=330)  # runs out in about a month
    gone = date.today() - timedelta(days=400)  # ran out a month ago
    for who, day in ((joan, soon), (amir, gone)):
        records.save_record(
            store,
            None,
            {"person_id": who, "course_id": safeguarding.id, "status": "completed", "on_date": day},
        )
    went = records.save_record(
        store,
        None,
        {"person_id": amir, "course_id": conference.id, "status": "attended", "on_date": soon},
    )
    development.add_need(store, joan, "Chairing", source="request")
    with store.session() as session:
        lines = overview.expiring_lines(session, date.today())
        assert [(x.name, x.state) for x in lines] == [
            ("Okafor, Amir", "expired"),
            ("Adams, Joan", "expiring"),
        ]
        assert [x.name for x in overview.expiring_lines(session, date.today(), person_id=joan)] == [
            "Adams, Joan"
        ]
        [missing] = overview.feedback_lines(session, date.today())
        assert (missing.record_id, missing.course) == (went.id, "TPAS")
        assert overview.feedback_lines(session, date.today(), person_id=joan) == []
        assert [n.description for n in overview.open_needs(session, person_id=joan)] == ["Chairing"]
        assert overview.open_needs(session, person_id=amir) == []
        courses = {c.title: c.records for c in overview.course_lines(session)}
        assert courses == {"Safeguarding": 2, "TPAS": 1}
        found = overview.find_people(session, "okaf")
        assert found == [(amir, "Okafor, Amir")]


def test_overdue_appraisal_names_its_group_and_appraisals_reach_the_person_page(
    store: Store,
) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel", "needs_appraisal": True})
    joan = _person(store, "Joan", "Adams")
    groups.add_membership(store, panel.id, joan, term_start=date(2022, 1, 10))
    with store.session() as session:
        [late] = overview.overdue_appraisals(session, date.today())
    assert (late.name, late.group_id, late.group) == ("Adams, Joan", panel.id, "Scrutiny Panel")
    held = date.today() - timedelta(days=10)
    appraisal = development.save_appraisal(
        store,
        None,
        {"person_id": joan, "group_id": panel.id, "held_on": held, "appraiser": "Officer"},
        new_needs=["Reading budgets", " "],
    )
    with store.session() as session:
        assert overview.overdue_appraisals(session, date.today()) == []
        [line] = overview.appraisal_lines(session, person_id=joan)
        assert (line.group, line.held_on, line.appraiser) == ("Scrutiny Panel", held, "Officer")
        values = overview.appraisal_values(session, appraisal.id)
        assert values["found"] == ["Reading budgets"]
        summary = person_summary(session, joan)
    assert [(a.held_on, a.group) for a in summary.appraisals] == [(held, "Scrutiny Panel")]
    assert summary.next_appraisal_due == appraisal.next_due_on
    assert summary.open_needs == ["Reading budgets"]


def test_matrix_workbook_keeps_formula_like_text_as_text_and_can_be_cancelled(
    store: Store, tmp_path: Path
) -> None:
    import openpyxl

    from engagement_desktop.interchange.training.export import export_matrix
    from engagement_desktop.interchange.writing.xlsx_export import ExportCancelled
    from engagement_desktop.services.training.matrix import training_matrix

    course = records.save_course(store, None, {"title": "=HYPERLINK(1)"})
    who = _person(store, "=cmd", "+Sum")
    records.save_record(store, None, {"person_id": who, "course_id": course.id})
    with store.session() as session:
        matrix = training_matrix(session)
    target = tmp_path / "matrix.xlsx"
    with pytest.raises(ExportCancelled):
        export_matrix(matrix, target, progress=lambda done, total: False)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    seen: list[tuple[int, int | None]] = []
    export_matrix(matrix, target, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and seen[0][0] == 0
    sheet = openpyxl.load_workbook(target)["Training matrix"]
    assert sheet["A4"].value == "+Sum, =cmd" and sheet["A4"].data_type == "s"
    assert sheet["C3"].value == "=HYPERLINK(1)" and sheet["C3"].data_type == "s"


def test_matrix_people_sorted_as_read_not_by_bytes(store: Store) -> None:
    from engagement_desktop.services.training.matrix import training_matrix

    course = records.save_course(store, None, {"title": "Induction"})
    for first, last in (("Orla", "Byrne"), ("Hélène", "Bénard"), ("Amy", "Bell")):
        records.save_record(
            store, None, {"person_id": _person(store, first, last), "course_id": course.id}
        )
    with store.session() as session:
        matrix = training_matrix(session)
    assert [name for _pid, name, _ref in matrix.people] == [
        "Bell, Amy",
        "Bénard, Hélène",
        "Byrne, Orla",
    ]


def test_matrix_filters_as_the_page_offers_them(store: Store) -> None:
    """A group means its members today (not who stood down); a person narrows within it."""
    from engagement_desktop.services.training.matrix import filtered_matrix

    induction = records.save_course(store, None, {"title": "Induction"})
    first_aid = records.save_course(store, None, {"title": "First aid"})
    joan, amir, orla = (_person(store, n) for n in ("Joan", "Amir", "Orla"))
    for who in (joan, amir, orla):
        for course in (induction, first_aid):
            records.save_record(store, None, {"person_id": who, "course_id": course.id})
    panel = groups.add_group(store, {"name": "Scrutiny Panel"})
    groups.add_membership(store, panel.id, joan, term_start=date(2022, 1, 10))
    left = groups.add_membership(store, panel.id, amir, term_start=date(2022, 1, 10))
    groups.end_membership(store, left.id, date.today() - timedelta(days=1))

    def shown(**filters: int | None) -> tuple[list[int], list[str]]:
        with store.session() as session:
            matrix = filtered_matrix(session, **filters)
        return [pid for pid, _n, _r in matrix.people], [title for _c, title in matrix.courses]

    assert shown() == ([amir, joan, orla], ["First aid", "Induction"])
    assert shown(group_id=panel.id) == ([joan], ["First aid", "Induction"])
    assert shown(group_id=panel.id, course_id=induction.id) == ([joan], ["Induction"])
    assert shown(person_id=orla) == ([orla], ["First aid", "Induction"])
    assert shown(group_id=panel.id, person_id=orla) == ([], [])


def test_workbook_cells_shared_between_rows_land_in_every_row(store: Store, tmp_path: Path) -> None:
    import openpyxl

    from engagement_desktop.interchange.training.export import export_matrix
    from engagement_desktop.services.training.matrix import training_matrix

    course = records.save_course(store, None, {"title": "Induction"})
    other = records.save_course(store, None, {"title": "Chairing"})
    day = date(2026, 3, 2)
    for first in ("Ann", "Ben", "Cat"):
        who = _person(store, first)
        for made in (course, other):  # the same status and date twice in a row, three rows
            records.save_record(
                store,
                None,
                {"person_id": who, "course_id": made.id, "status": "completed", "on_date": day},
            )
    with store.session() as session:
        matrix = training_matrix(session)
    sheet = openpyxl.load_workbook(export_matrix(matrix, tmp_path / "m.xlsx"))["Training matrix"]
    cells = [c for row in sheet.iter_rows(min_row=4, min_col=3) for c in row]
    assert [c.coordinate for c in cells] == ["C4", "D4", "C5", "D5", "C6", "D6"]
    assert {c.value for c in cells} == {datetime(2026, 3, 2)}  # a real date, not text
    assert {c.number_format for c in cells} == {'"✓ Done "dd/mm/yyyy'}
    assert {c.fill.fgColor.rgb for c in cells} == {"0070AD47"}


def _luminance(rgb: str) -> float:
    """WCAG relative luminance of an RRGGBB colour."""
    channels = [int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_matrix_states_differ_in_greyscale_and_in_words() -> None:
    """Printed in black and white, or read by someone who cannot tell red from green,
    every state still looks different: its fill's lightness differs from every other
    state's by a tenth or more, its words differ, and its text is readable (4.5:1)."""
    from engagement_desktop.interchange.training.export import LOOKS

    fills: dict[str, float] = {}
    for key, look in LOOKS.items():
        fills[look.fill or "FFFFFF"] = _luminance(look.fill or "FFFFFF")
        light, dark = sorted((_luminance(look.fill or "FFFFFF"), _luminance(look.font)))
        assert (dark + 0.05) / (light + 0.05) >= 4.5, key
    levels = sorted(fills.values())
    assert all(b - a >= 0.1 for a, b in pairwise(levels))
    assert len({look.words for look in LOOKS.values()}) == len(LOOKS)
    assert len(fills) == len(LOOKS) - 1  # "✓ Done" and "✓ Valid to" share the green
