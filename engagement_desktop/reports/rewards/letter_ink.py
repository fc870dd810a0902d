"""Text for a batch of letters written straight into reportlab's page streams.

Pure-Python reportlab spends most of a batch turning each ``drawString`` into PDF
operators: per call it formats every number (``fp_str``), splits the text into font
subsets, escapes it and measures it character by character. A batch of statements
says the same few thousand strings over and over (dates, amounts, the six kinds of
line, the letterhead), so here each distinct string is measured and encoded once per
document and its operators reused. Positions are formatted with ``%.2f``.

Only for fixed layouts drawn by our own code (the points statements); the reports
with flowing text stay on platypus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

Run = tuple[str, str]  # (text, font name)
Word = tuple[str, str, bool]  # (word, font name, a space before it)
_MARKUP = re.compile(r"(<b>|</b>|<br/>)")


@dataclass(frozen=True)
class Line:
    """One wrapped line: its runs (each in one font) and its width in points."""

    runs: tuple[Run, ...]
    width: float


class Ink:
    """Measures and encodes strings for one canvas (font subsets belong to a document)."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._doc = canvas._doc
        self._shown: dict[tuple[str, str, float], str] = {}
        self._widths: dict[tuple[str, str], float] = {}
        self._wrapped: dict[tuple[str, float, float], list[Line]] = {}
        self._moved: dict[tuple[float, str, str, float], str] = {}

    def width(self, text: str, font: str, size: float) -> float:
        """Width of ``text`` in points; measured once per string and font."""
        key = (text, font)
        unit = self._widths.get(key)
        if unit is None:
            unit = self._widths[key] = stringWidth(text, font, 1000.0) / 1000.0
        return unit * size

    def show(self, text: str, font: str, size: float) -> str:
        """The operators that set ``font`` at ``size`` and show ``text`` (inside BT/ET)."""
        key = (text, font, size)
        shown = self._shown.get(key)
        if shown is None:
            face = getFont(font)
            escape = self._canvas._escape
            shown = self._shown[key] = " ".join(
                f"{face.getSubsetInternalName(subset, self._doc)} {size:g} Tf ({escape(chunk)}) Tj"
                for subset, chunk in face.splitString(text, self._doc)
            )
        return shown

    def at(self, x: float, y: float, text: str, font: str, size: float) -> str:
        """``text`` with its left end at (x, y)."""
        return f"1 0 0 1 {x:.2f} {y:.2f} Tm {self.show(text, font, size)}"

    def moved(self, dx: float, text: str, font: str, size: float) -> str:
        """``text`` after moving ``dx`` points right of where the last piece of text
        started on this line (``Td``): the cells of a table row after the first need
        no position of their own, so their operators are made once."""
        key = (dx, text, font, size)
        op = self._moved.get(key)
        if op is None:
            op = self._moved[key] = f"{dx:.2f} 0 Td {self.show(text, font, size)}"
        return op

    def fit(self, text: str, font: str, size: float, room: float) -> list[Line]:
        """Plain text as one line when it fits ``room`` (nearly always), else wrapped."""
        width = self.width(text, font, size)
        if width <= room:
            return [Line(((text, font),), width)]
        return self.wrap([[(text, font)]], size, room)

    def right(self, x: float, y: float, text: str, font: str, size: float) -> str:
        """``text`` ending at x."""
        return self.at(x - self.width(text, font, size), y, text, font, size)

    def line_at(self, x: float, y: float, line: Line, size: float) -> str:
        """A wrapped line of one or more runs; each run continues where the last ended."""
        shown = " ".join(self.show(text, font, size) for text, font in line.runs)
        return f"1 0 0 1 {x:.2f} {y:.2f} Tm {shown}"

    def wrap(self, paragraph: list[list[Run]], size: float, room: float) -> list[Line]:
        """Greedy word wrap of a paragraph (a list of hard lines, each a list of runs) to
        ``room`` points; a word wider than the room is broken between characters, and
        text glued to a run before it ("<b>30 points</b>.") stays on its line."""
        lines: list[Line] = []
        for hard in paragraph:
            current: list[Word] = []
            used = 0.0
            for word, font, spaced in _words(hard):
                gap = self.width(" ", current[-1][1], size) if current and spaced else 0.0
                wide = self.width(word, font, size)
                if current and spaced and used + gap + wide > room:
                    lines.append(self._line(current, size))
                    current, used, gap = [], 0.0, 0.0
                while wide > room and len(word) > 1:  # an unbroken word wider than the column
                    cut = len(word) - 1
                    while cut > 1 and self.width(word[:cut], font, size) > room:
                        cut -= 1
                    lines.append(self._line([(word[:cut], font, False)], size))
                    word = word[cut:]
                    wide = self.width(word, font, size)
                current.append((word, font, spaced))
                used += gap + wide
            lines.append(self._line(current, size))
        return lines

    def wrap_markup(
        self, markup: str, regular: str, bold: str, size: float, room: float
    ) -> list[Line]:
        """``wrap`` of a paragraph in the letters' markup; the same paragraph (the
        letterhead, the greeting's wording, the sign-off) is wrapped once."""
        key = (markup, size, room)
        lines = self._wrapped.get(key)
        if lines is None and "<" not in markup and "&" not in markup:
            return self.fit(markup, regular, size, room)
        if lines is None:
            lines = self.wrap(runs_of(markup, regular, bold), size, room)
            if len(self._wrapped) < 10_000:  # the per-person ones need not be kept
                self._wrapped[key] = lines
        return lines

    def _line(self, words: list[Word], size: float) -> Line:
        """Words joined into runs of one font each, the spaces kept inside the runs."""
        texts: list[str] = []
        fonts: list[str] = []
        for word, font, spaced in words:
            text = f" {word}" if spaced and texts else word
            if fonts and fonts[-1] == font:
                texts[-1] += text
            else:
                texts.append(text)
                fonts.append(font)
        width = sum(self.width(text, font, size) for text, font in zip(texts, fonts, strict=True))
        return Line(tuple(zip(texts, fonts, strict=True)), width)


def _words(runs: list[Run]) -> list[Word]:
    """(word, font, space before it) of a hard line's runs."""
    words: list[Word] = []
    spaced = False
    for text, font in runs:
        parts = text.split()
        for number, part in enumerate(parts):
            words.append((part, font, spaced or number > 0 or text[:1].isspace()))
            spaced = False
        spaced = spaced or not parts or text[-1:].isspace()
    return words


def runs_of(markup: str, regular: str, bold: str) -> list[list[Run]]:
    """The little markup the letters use (``<b>``, ``<br/>`` and escaped text) as hard
    lines of (text, font) runs."""
    lines: list[list[Run]] = [[]]
    font = regular
    for piece in _MARKUP.split(markup):
        if piece == "<b>":
            font = bold
        elif piece == "</b>":
            font = regular
        elif piece == "<br/>":
            lines.append([])
        elif piece:
            lines[-1].append((unescape(piece), font))
    return lines
