"""The point size of every piece of text in a PDF, for the large-print checks."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def text_sizes(path: Path) -> list[float]:
    """Each non-blank piece of text's size as printed (its font size scaled by the text
    and page matrices), page by page."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.append(abs(tm[3] * cm[3]) * size if cm else abs(tm[3]) * size)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes
