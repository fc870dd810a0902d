"""The Unicode font every PDF uses, for text and chart labels alike.

reportlab's built-in Helvetica has no "Ł" or "ő" (it prints "■ukasz"); DejaVu
Sans, shipped in resources/fonts, covers the names officers actually type.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from engagement_desktop.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the fonts once per process; returns (regular, bold) names."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
