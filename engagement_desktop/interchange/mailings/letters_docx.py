"""The letters as one Word document (python-docx), a letter a page or more, for an
officer who finishes letters in Word. Large print letters are set in 16 pt."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from engagement_desktop.errors import EngagementError


def write_letters_docx(
    path: str | os.PathLike[str],
    letters: Sequence,  # reports.mailings.letters_pdf.Letter (duck-typed: no reports import)
    *,
    landlord: str,
    letterhead: Sequence[str],
    sign_off: str,
    officer: str,
) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    if not letters:
        raise EngagementError("There are no letters to write.")
    document = docx.Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(18)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    document.core_properties.title = "Letters"
    document.core_properties.author = landlord
    for index, letter in enumerate(letters):
        size = Pt(16 if letter.large_print else 11)

        def add(text: str, *, bold: bool = False, right: bool = False, size=size) -> None:  # type: ignore[no-untyped-def]
            paragraph = document.add_paragraph()
            if right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            lines = text.split("\n")
            for number, line in enumerate(lines):
                run = paragraph.add_run(line)
                run.bold = bold
                run.font.size = size
                if number < len(lines) - 1:
                    run.add_break()

        add(landlord, bold=True, right=True)
        if letterhead:
            add("\n".join(letterhead), right=True)
        add("\n".join(letter.address))
        add(
            letter.date_text + (f"\nOur reference: {letter.reference}" if letter.reference else ""),
            right=True,
        )
        if letter.subject:
            add(letter.subject, bold=True)
        for paragraph in letter.body.split("\n\n"):
            add(paragraph)
        add(f"{sign_off}\n\n\n{officer}\n{landlord}")
        if index < len(letters) - 1:
            document.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        document.save(str(partial))
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EngagementError(f"Could not write {target}: {exc.strerror or exc}") from exc
    return target
