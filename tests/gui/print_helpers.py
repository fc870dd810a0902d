"""Stand-ins for the officer at the print preview: look, press Print, print to a PDF file."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog


def pdf_text(path: Path) -> str:
    """The words of the PDF as a reader (pdftotext) gets them, spaces evened out."""
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


class Preview(NamedTuple):
    """What the officer saw: the preview's title and the name print-to-file offers."""

    title: str
    doc_name: str


def print_to_pdf(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[Preview]:
    """Every print preview opened is recorded, and "printed" to ``target`` as a PDF file."""
    shown: list[Preview] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        shown.append(Preview(dialog.windowTitle(), dialog.printer().docName()))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    return shown
