"""Points statements: the right lines and balance, readable names, large print, what a
closed year's end did, lines that say things once, and "Page x of y" in each letter."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.rewards.points_statement import statements
from engagement_desktop.reports.rewards.statement_pdf import StatementsCancelled, write_statements
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.services.rewards import ledger, year_end
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def members(store: Store) -> dict[str, int]:
    lukasz = people.add_person(
        store,
        PersonChanges(
            fields={
                "first_name": "Łukasz",
                "last_name": "Wójcik",
                "address_line1": "3 Linden Way",
                "town": "Spalding",
                "postcode": "pe11 1aa",
                "reference": "T100",
            },
            support_needs=[("large_print", "")],
        ),
        hold_data=GIVEN,
    ).id
    siobhan = people.add_person(
        store,
        {"first_name": "Siobhán", "last_name": "Ní Bhriain", "reference": "T200"},
        hold_data=GIVEN,
    ).id
    ledger.manual_award(store, lukasz, 40, "Helped at the summer fun day", on=date(2025, 3, 1))
    ledger.manual_award(store, lukasz, 25, "Scrutiny review of damp and mould", on=date(2025, 6, 1))
    ledger.manual_award(store, siobhan, 10, "Mystery shopping", on=date(2025, 9, 1))
    return {"lukasz": lukasz, "siobhan": siobhan}


def test_statement_figures(store: Store, members: dict[str, int]) -> None:
    with store.session() as session:
        [statement] = list(statements(session, 2025, [members["lukasz"]], today=date(2026, 1, 5)))
    assert statement.opening == 40
    assert [(line.points, line.balance) for line in statement.lines] == [(25, 65)]
    assert statement.closing == 65
    assert (statement.worth_points, statement.worth_pence) == (50, 5000)
    assert statement.large_print
    assert statement.address == ["Łukasz Wójcik", "3 Linden Way", "Spalding", "PE11 1AA"]


def test_pdf_prints_names_as_typed(store: Store, members: dict[str, int], tmp_path: Path) -> None:
    with store.session() as session:
        path, count = write_statements(
            tmp_path / "all.pdf",
            statements(session, 2025),
            landlord="Fenland Vale Homes",
            today=date(2026, 4, 2),
        )
    assert count == 2
    text = pdf_text(path)
    assert "Łukasz Wójcik" in text and "Siobhán Ní Bhriain" in text
    assert "Your reward points statement 2025/26" in text
    assert "2 April 2026" in text
    assert "£50.00" in text
    assert len(PdfReader(path).pages) == 2


def test_large_print_is_bigger(store: Store, members: dict[str, int], tmp_path: Path) -> None:
    sizes = {}
    for large in (False, True):
        with store.session() as session:
            path, _ = write_statements(
                tmp_path / f"{large}.pdf",
                statements(session, 2025, [members["siobhan"]]),
                landlord="L",
                large_print=large,
            )
        sizes[large] = _largest_text(path)
    assert sizes[True] >= 1.4 * sizes[False]


def _largest_text(path: Path) -> float:
    fonts: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            fonts.append(tm[0] * size)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return max(fonts)


def test_nothing_to_print_and_cancel(store: Store, members: dict[str, int], tmp_path: Path) -> None:
    with store.session() as session, pytest.raises(EngagementError, match="Nobody has points"):
        write_statements(tmp_path / "none.pdf", statements(session, 2010, []), landlord="L")
    with store.session() as session, pytest.raises(StatementsCancelled):
        many = list(statements(session, 2025)) * 30
        write_statements(tmp_path / "c.pdf", many, landlord="L", progress=lambda d, t: False)
    assert not list(tmp_path.glob("*.pdf*"))


def _sizes(path: Path) -> list[tuple[int, float]]:
    """(page, font size in points) of every piece of text, footers included."""
    found: list[tuple[int, float]] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            page: int = number,
        ) -> None:
            if text.strip():
                found.append((page, abs(tm[0] * cm[0]) * size))

        page.extract_text(visitor_text=visit)
    return found


def test_large_print_is_16pt_everywhere_footer_and_table_included(
    store: Store, members: dict[str, int], tmp_path: Path
) -> None:
    with store.session() as session:
        path, _ = write_statements(
            tmp_path / "large.pdf", statements(session, 2025), landlord="L", large_print=True
        )
    sizes = _sizes(path)
    assert sizes and min(size for _, size in sizes) >= 16
    assert "Page 1 of 1" in pdf_text(path)


def test_each_letter_numbers_its_own_pages(store: Store, tmp_path: Path) -> None:
    busy = people.add_person(store, {"first_name": "Ada", "last_name": "Busy"}, hold_data=GIVEN).id
    quiet = people.add_person(store, {"first_name": "Bo", "last_name": "Quiet"}, hold_data=GIVEN).id
    for day in range(1, 61):
        ledger.manual_award(store, busy, 1, f"Helping out {day}", on=date(2025, 5, 1 + day % 28))
    ledger.manual_award(store, quiet, 5, "Survey help", on=date(2025, 5, 1))
    with store.session() as session:
        path, count = write_statements(
            tmp_path / "batch.pdf", statements(session, 2025), landlord="L", large_print=False
        )
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert count == 2 and len(pages) >= 3
    *busy_pages, quiet_page = pages
    # greeted as every letter greets: the title and surname, else the first name
    assert "Dear Ada," in busy_pages[0] and "Dear Bo," in quiet_page
    for number, text in enumerate(busy_pages, start=1):
        assert f"Page {number} of {len(busy_pages)}" in text
    assert "Page 1 of 1" in quiet_page


def test_closed_year_says_what_its_year_end_did(store: Store, tmp_path: Path) -> None:
    rich = people.add_person(
        store, {"first_name": "Zoë", "last_name": "O'Neill"}, hold_data=GIVEN
    ).id
    keeper = people.add_person(
        store, {"first_name": "Aoife", "last_name": "Byrne"}, hold_data=GIVEN
    ).id
    few = people.add_person(
        store, {"first_name": "Seán", "last_name": "Murphy"}, hold_data=GIVEN
    ).id
    ledger.manual_award(store, rich, 130, "Scrutiny review", on=date(2025, 7, 1))
    ledger.manual_award(store, keeper, 60, "Inspections", on=date(2025, 8, 1))
    ledger.manual_award(store, few, 30, "Survey help", on=date(2025, 9, 1))
    ledger.manual_award(store, rich, 10, "Webinar", on=date(2026, 5, 1))
    year_end.commit(
        store,
        2025,
        {keeper: year_end.Choice("carry_over")},
        default=year_end.Choice("voucher", provider="Love2shop"),
    )
    with store.session() as session:
        closed = {s.name: s for s in statements(session, 2025)}
        path, _ = write_statements(tmp_path / "closed.pdf", closed.values(), landlord="L")
        [after] = list(statements(session, 2026, [rich], today=date(2026, 6, 1)))
    letters = {name: text for name, text in zip(closed, _letters(path), strict=True)}
    assert "you can choose" not in pdf_text(path)
    assert "100 of them became a £100.00 shopping voucher (Love2shop)" in letters["Zoë O'Neill"]
    assert "The other 30 carried over to 2026/27" in letters["Zoë O'Neill"]
    assert "You chose to keep your 60 points" in letters["Aoife Byrne"]
    assert "not enough for a voucher" in letters["Seán Murphy"]
    # The conversion is the last line of 2025/26 however late the run; 2026/27 starts after it.
    assert closed["Zoë O'Neill"].lines[-1].points == -100
    assert closed["Zoë O'Neill"].closing == 30
    assert after.opening == 30 and [line.points for line in after.lines] == [10]


def _letters(path: Path) -> list[str]:
    """The text of each letter of a batch, split where a letter's page 1 begins."""
    letters: list[str] = []
    for page in PdfReader(path).pages:
        text = page.extract_text()
        if "Page 1 of" in text:
            letters.append("")
        letters[-1] += " ".join(text.split()) + " "
    return letters


def test_lines_do_not_repeat_the_event_type(store: Store, tmp_path: Path) -> None:
    from sqlalchemy import select

    from engagement_desktop.services.events import events
    from engagement_desktop.services.rewards import rules
    from engagement_desktop.services.rewards.attendance_points import attendance_reason
    from engagement_desktop.store.models import EventType, LedgerEntry

    with store.session() as session:
        webinar = session.scalar(select(EventType.id).where(EventType.name == "Webinar"))
    rules.add_rule(
        store,
        {
            "event_type_id": webinar,
            "points": 5,
            "effective_from": date(2025, 4, 1),
            "description": "Webinar",
        },
    )
    person = people.add_person(
        store,
        {"first_name": "Ann", "last_name": "Lee", "involvement_status": "subscribed"},
        hold_data=GIVEN,
    ).id
    event = events.create_event(
        store,
        {
            "title": "Webinar: complaints",
            "event_type_id": webinar,
            "starts_at": datetime(2025, 10, 13, 12),
        },
    ).id
    events.mark_many(store, event, [person], "attended")
    with store.transaction() as session:  # a line written before the fix, as the demo did
        session.add(
            LedgerEntry(
                person_id=person,
                entry_date=date(2025, 11, 1),
                points=5,
                kind="earned",
                reason="Webinar: Webinar: new homes",
                source="attendance",
                source_key="legacy:1",
                recorded_by="test",
            )
        )
    with store.session() as session:
        reasons = session.scalars(select(LedgerEntry.reason).order_by(LedgerEntry.id)).all()
        path, _ = write_statements(tmp_path / "s.pdf", statements(session, 2025), landlord="L")
    assert reasons[0] == "Webinar: complaints"
    text = pdf_text(path)
    assert "Webinar: complaints" in text and "Webinar: new homes" in text
    assert "Webinar: Webinar" not in text
    assert attendance_reason("Training session", "Training: Fire safety") == "Training: Fire safety"
    assert attendance_reason("Open event", "Repairs open day") == "Open event: Repairs open day"
    assert attendance_reason("Meeting", "Meetings review") == "Meeting: Meetings review"


def test_long_ledger_with_a_long_name_runs_over_pages_and_keeps_every_line(
    store: Store, tmp_path: Path
) -> None:
    """The letters are drawn without platypus: a long name and address, lines that wrap
    in their column, a table over several pages with its headings on each, and bold
    figures followed straight by their full stop."""
    name = "Zoë Łukasz O'Neill Ní Bhriain"
    long_line = "Flat 12, Ó Súilleabháin Court, a building with a very long name indeed"
    person = people.add_person(
        store,
        {
            "first_name": "Zoë Łukasz",
            "last_name": "O'Neill Ní Bhriain",
            "address_line1": long_line,
            "town": "Spalding",
            "postcode": "PE11 1AA",
        },
        hold_data=GIVEN,
    ).id
    wordy = "Scrutiny review of damp and mould around Holbeach Drove, with a written report"
    for day in range(75):
        reason = f"{wordy} {day}" if day % 9 == 4 else f"Helping out {day}"
        ledger.manual_award(store, person, 2, reason, on=date(2025, 4, 2 + day % 28))
    with store.session() as session:
        path, count = write_statements(
            tmp_path / "long.pdf",
            statements(session, 2025, [person], today=date(2026, 1, 5)),
            landlord="Fenland Vale Homes & Co <Ltd>",
            today=date(2026, 1, 5),
        )
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    text = " ".join(pages)
    assert count == 1 and len(pages) >= 3
    assert "Dear Zoë Łukasz," in text and "Fenland Vale Homes & Co <Ltd>" in text
    assert name in text  # the whole name on the address
    assert "Flat 12, Ó Súilleabháin Court, a building with a very long" in text
    for number, page in enumerate(pages, start=1):
        assert "Date What for Points Balance" in page
        assert f"Page {number} of {len(pages)}" in page
    for day in range(75):
        if day % 9 != 4:
            assert f"Helping out {day} +2" in text
    assert text.count("Scrutiny review of damp and mould") == 8  # days 4, 13, … 67
    assert "150 points. Under the scheme" in text
    assert "are worth £150.00. At the year end" in text
