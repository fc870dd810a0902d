"""Points statements: the right lines and balance, readable names, large print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.points_statement import statements
from engagement_desktop.reports.statement_pdf import StatementsCancelled, write_statements
from engagement_desktop.services import people
from engagement_desktop.services.people import PersonChanges
from engagement_desktop.services.rewards import ledger
from engagement_desktop.store.engine import Store


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
    ).id
    siobhan = people.add_person(
        store, {"first_name": "Siobhán", "last_name": "Ní Bhriain", "reference": "T200"}
    ).id
    ledger.manual_award(store, lukasz, 40, "Helped at the summer fun day", on=date(2025, 3, 1))
    ledger.manual_award(store, lukasz, 25, "Scrutiny review of damp and mould", on=date(2025, 6, 1))
    ledger.manual_award(store, siobhan, 10, "Mystery shopping", on=date(2025, 9, 1))
    return {"lukasz": lukasz, "siobhan": siobhan}


def test_statement_figures(store: Store, members: dict[str, int]) -> None:
    with store.session() as session:
        [statement] = list(statements(session, 2025, [members["lukasz"]]))
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
