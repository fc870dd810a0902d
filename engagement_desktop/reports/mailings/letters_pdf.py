"""Merged letters drawn straight onto the canvas: letterhead, the address where a window
envelope shows it, date and reference, the subject, the text and the sign-off, with
"Page x of y" per letter. Large print (16 pt and over everywhere, footer included) for
those who need it.

Platypus lays out a paragraph at ~0.5 ms and a letter at several; a letter here is a
few dozen wrapped lines of one font, so it is laid out by hand: 5,000 letters in a
few seconds (tests/benchmarks/mailings_bench.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.common.fonts import register_fonts
from engagement_desktop.reports.common.page_numbers import fit_text, number_room

Progress = Callable[[int, int | None], bool | None]
MARGIN = 20 * mm
ADDRESS_TOP = 50 * mm  # a DL window envelope shows 45-90 mm from the top, 20 mm in
ADDRESS_WIDTH = 95 * mm
BOTTOM = 22 * mm
FOOTER_BASELINE = 10 * mm
NORMAL_SIZE = 11.0
LARGE_SIZE = 16.0


class LettersCancelled(EngagementError):
    """The run was cancelled; no file was written."""


@dataclass(frozen=True)
class Letter:
    """One merged letter."""

    address: Sequence[str]  # addressee first, UK order
    reference: str | None
    date_text: str
    subject: str
    body: str  # paragraphs separated by blank lines; single newlines kept
    footer: str
    large_print: bool


@dataclass(frozen=True)
class Sender:
    landlord: str
    lines: Sequence[str]
    sign_off: str
    officer: str


Line = tuple[str, float, str, float]  # font, size, text, x


def _layout(letter: Letter, sender: Sender, regular: str, bold: str) -> list[list[tuple]]:
    """The letter's pages, each a list of (font, size, x, y, text)."""
    width, height = A4
    size = LARGE_SIZE if letter.large_print else NORMAL_SIZE
    small = size if letter.large_print else size * 0.85
    leading = size * 1.35
    text_width = width - 2 * MARGIN
    first: list[tuple] = []
    # Letterhead, top right.
    y = height - 18 * mm
    right = width - MARGIN
    head = [(bold, size * 1.15, sender.landlord)] + [
        (regular, small, line) for line in sender.lines
    ]
    for font, font_size, text in head:
        first.append((font, font_size, -right, y, text))  # negative x: right-aligned
        y -= font_size * 1.3
    # Address block, left, where the window is; date and reference on the right.
    y_address = height - ADDRESS_TOP
    y = y_address
    for line in letter.address:
        for part in simpleSplit(line, regular, size, ADDRESS_WIDTH) or [""]:
            first.append((regular, size, MARGIN, y, part))
            y -= leading
    y_right = min(y_address, first[-1][3] if first else y_address)
    y_right = y_address
    for text in (
        letter.date_text,
        f"Our reference: {letter.reference}" if letter.reference else "",
    ):
        if text:
            first.append((regular, small, -right, y_right, text))
            y_right -= small * 1.35
    y = min(y, y_right, height - 95 * mm) - leading
    pages: list[list[tuple]] = [first]

    def place(font: str, font_size: float, text: str, gap: float = 0.0) -> None:
        nonlocal y
        lead = font_size * 1.35
        y -= gap
        if y - lead < BOTTOM:
            pages.append([])
            y = height - 25 * mm
        pages[-1].append((font, font_size, MARGIN, y, text))
        y -= lead

    if letter.subject:
        for part in simpleSplit(letter.subject, bold, size * 1.15, text_width):
            place(bold, size * 1.15, part)
        y -= size * 0.6
    for paragraph in letter.body.split("\n\n"):
        lines = paragraph.split("\n")
        for index, line in enumerate(lines):
            parts = simpleSplit(line, regular, size, text_width) if line.strip() else [""]
            for number, part in enumerate(parts):
                place(regular, size, part, gap=size * 0.55 if index == number == 0 else 0.0)
    y -= size * 0.8
    for number, line in enumerate([*sender.sign_off.splitlines(), "", "", sender.officer]):
        place(regular, size, line, gap=size * 0.55 if number == 0 else 0.0)
    place(regular, size, sender.landlord)
    return pages


def write_letters(
    path: str | os.PathLike[str],
    letters: Iterable[Letter],
    sender: Sender,
    *,
    title: str = "Letters",
    total: int | None = None,
    progress: Progress | None = None,
) -> tuple[Path, int]:
    """One PDF, a letter after another (each numbering its own pages). Written to a
    ``.partial`` file first, so a failed or cancelled run leaves nothing behind."""
    regular, bold = register_fonts()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    width = A4[0]
    count = 0
    try:
        canvas = Canvas(str(partial), pagesize=A4, pageCompression=1)
        canvas.setTitle(title)
        canvas.setAuthor(sender.landlord)
        for letter in letters:
            pages = _layout(letter, sender, regular, bold)
            footer_size = LARGE_SIZE if letter.large_print else 8.0
            footer = fit_text(
                letter.footer,
                regular,
                footer_size,
                width - 2 * MARGIN - number_room(regular, footer_size),
            )
            for number, page in enumerate(pages, start=1):
                current = None
                for font, size, x, y, text in page:
                    if (font, size) != current:
                        canvas.setFont(font, size)
                        current = (font, size)
                    if x < 0:
                        canvas.drawRightString(-x, y, text)
                    else:
                        canvas.drawString(x, y, text)
                canvas.setFont(regular, footer_size)
                canvas.drawString(MARGIN, FOOTER_BASELINE, footer)
                canvas.drawRightString(
                    width - MARGIN, FOOTER_BASELINE, f"Page {number} of {len(pages)}"
                )
                canvas.showPage()
            count += 1
            if progress is not None and count % 100 == 0 and progress(count, total) is False:
                raise LettersCancelled("Letters cancelled; no file was written.")
        if not count:
            raise EngagementError("There are no letters to print.")
        canvas.save()
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(count, total)
    return target, count
