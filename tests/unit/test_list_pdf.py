"""A list on paper: what it lists on every page, upright or landscape as it needs."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from engagement_desktop.reports.common.list_pdf import (
    ListCancelled,
    ListDocument,
    write_list_pdf,
)


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_every_page_says_what_it_lists(tmp_path: Path) -> None:
    rows = [[f"Łukasz {n:03d}", "3 Mar 2025"] for n in range(120)]
    document = ListDocument(
        "People",
        "Tenure: Leaseholder",
        ["Name", "Joined"],
        rows,
        len(rows),
        count="120 people",
        landlord="Fenland Vale Homes",
        printed=date(2026, 12, 5),
    )
    path = write_list_pdf(document, tmp_path / "people.pdf")
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages > 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width < height  # two columns fit upright
    for number, page in enumerate(reader.pages, start=1):
        words = " ".join(page.extract_text().split())
        assert "Fenland Vale Homes" in words and "Tenure: Leaseholder · 120 people" in words
        assert "Name Joined" in words  # the headings on every page
        assert f"Page {number} of {pages}" in words and "printed 5 Dec 2026" in words
    text = text_of(path)
    assert all(f"Łukasz {n:03d}" in text for n in range(120))
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_a_wide_list_turns_landscape(tmp_path: Path) -> None:
    headings = [f"Column {n}" for n in range(9)]
    document = ListDocument("Events", "All events", headings, [["x"] * 9], 1, widths=[16] * 9)
    page = PdfReader(write_list_pdf(document, tmp_path / "wide.pdf")).pages[0]
    assert page.mediabox.width > page.mediabox.height


def test_cancelled_leaves_no_file(tmp_path: Path) -> None:
    rows = [["a"]] * 500
    document = ListDocument("People", "All people", ["Name"], rows, len(rows))
    with pytest.raises(ListCancelled):
        write_list_pdf(document, tmp_path / "x.pdf", lambda done, total: done == 0)
    assert list(tmp_path.iterdir()) == []
