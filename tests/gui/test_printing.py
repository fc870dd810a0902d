"""Printing as people expect: names any system accepts, and a long list still prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.common.printing import (
    PREVIEW_MOST_PAGES,
    page_count,
    preview_pdf,
    safe_file_name,
)
from engagement_desktop.reports.common.list_pdf import ListDocument, write_list_pdf
from tests.gui.print_helpers import pdf_text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Involvement Impact Assessment 2025/26", "Involvement Impact Assessment 2025-26.pdf"),
        ('Panel: "Repairs" <draft> a\\b|c?*', "Panel Repairs draft a b c.pdf"),
        ("Minutes. ", "Minutes.pdf"),
        ("CON", "CON (document).pdf"),
        ("///", "---.pdf"),
        ("", "document.pdf"),
    ],
)
def test_suggested_names_are_valid_everywhere(title: str, expected: str) -> None:
    assert safe_file_name(title, ".pdf") == expected


def test_a_long_list_goes_straight_to_the_print_dialog_and_keeps_its_page_range(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"Person {n:05d}", f"PE{n % 30} 1AB"] for n in range(3000)]
    source = write_list_pdf(
        ListDocument("People", "All people", ["Name", "Postcode"], rows, len(rows)),
        tmp_path / "long.pdf",
    )
    assert page_count(source) > PREVIEW_MOST_PAGES
    printed = tmp_path / "printed.pdf"

    def never(_dialog: QPrintPreviewDialog) -> int:
        raise AssertionError("a preview of this many pages would need gigabytes")

    def pages_2_to_3(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert "/" not in printer.docName()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", never)
    monkeypatch.setattr(QPrintDialog, "exec", pages_2_to_3)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert preview_pdf(parent, source, "People 2025/26")
    text = pdf_text(printed)
    assert page_count(printed) == 2
    assert f"Page 2 of {page_count(source)}" in text and "Page 1 of" not in text
