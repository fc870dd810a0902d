"""WCAG 2.2 contrast, and every colour pair the program sets, read from its sources.

Where colours come from: ``resources/style.qss``; every style sheet, inline style and
colour literal in the code under ``engagement_desktop/gui`` (``QColor(...)``, ``"#rrggbb"``,
``setStyleSheet`` strings, f-strings and ``.format`` templates filled from the module's
own constants); and colours taken from the palette in code (``palette.color(group,
role)``, ``placeholderText()``, ``palette(role)`` in a sheet). Nothing here lists colours:
a colour added tomorrow is checked tomorrow.

How pairs are made: a sheet's ``color`` against its own ``background``, else against
the rule it sits in (``QWidget#CheckinWindow`` for ``QWidget#CheckinWindow QLabel``), else
against the window and base colours of the palette. Input borders against what is
around them, at 3:1. Colours set side by side (a tuple of background and text) against
each other. A colour on its own is text (4.5:1 against the window and base colours)
unless it is light, when it is a background (4.5:1 against the palette's text). A rule
for ``:disabled`` is exempt: greyed out means disabled, and nothing else.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import re
import string
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

import engagement_desktop.gui as gui_package

ROOT = Path(__file__).resolve().parents[2]
GUI = Path(gui_package.__file__).resolve().parent
TEXT, LARGE_TEXT, BORDER = 4.5, 3.0, 3.0
_COLOUR = re.compile(
    r"#[0-9a-fA-F]{8}\b|#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|rgba?\([^)]*\)|palette\([\w-]+\)"
    r"|\b(?:white|black|red|green|blue|yellow|grey|gray|transparent)\b"
)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_INPUTS = ("QLineEdit", "QComboBox", "QSpinBox", "QDateEdit", "QTextEdit", "::indicator")
_TEXTUAL = (QLabel, QAbstractButton, QLineEdit, QGroupBox)
_TEXT_ROLES = {"Text", "WindowText", "ButtonText", "PlaceholderText", "BrightText"}


@dataclass(frozen=True)
class Pair:
    """One thing drawn on another, where it was found, and the contrast it needs."""

    where: str
    fore: QColor
    back: QColor
    needed: float

    @property
    def ratio(self) -> float:
        return contrast(self.fore, self.back)

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.fore.name()} on {self.back.name()} is "
            f"{self.ratio:.2f}:1, needs {self.needed}:1"
        )


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def over(colour: QColor, back: QColor) -> QColor:
    """A translucent colour as it shows on ``back``."""
    alpha = colour.alphaF()
    mixed = [
        alpha * a + (1 - alpha) * b
        for a, b in zip(colour.getRgbF()[:3], back.getRgbF()[:3], strict=True)
    ]
    return QColor.fromRgbF(*mixed)


def contrast(fore: QColor, back: QColor) -> float:
    fore = over(fore, back) if fore.alpha() < 255 else fore
    high, low = sorted((luminance(fore), luminance(back)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette_colour(group: str, role: str) -> QColor:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorGroup[group], QPalette.ColorRole[role])


def backdrops() -> list[QColor]:
    """What text with no background of its own sits on: windows and input fields."""
    return [palette_colour("Active", "Window"), palette_colour("Active", "Base")]


def parse_colour(token: str) -> QColor | None:
    token = token.strip()
    found = re.fullmatch(r"palette\(([\w-]+)\)", token)
    if found:
        role = "".join(part.capitalize() for part in found.group(1).split("-"))
        role = {"Placeholdertext": "PlaceholderText"}.get(role, role)
        return palette_colour("Active", role)
    if token == "transparent":
        return None
    found = re.fullmatch(r"rgba?\(([^)]*)\)", token)
    if found:
        parts = [float(p) for p in found.group(1).split(",")]
        alpha = parts[3] if len(parts) > 3 else 1.0
        return QColor.fromRgbF(parts[0] / 255, parts[1] / 255, parts[2] / 255, alpha)
    colour = QColor.fromString(token)
    return colour if colour.isValid() else None


def colours_in(value: str) -> list[QColor]:
    return [c for c in (parse_colour(m.group(0)) for m in _COLOUR.finditer(value)) if c]


def declarations(body: str) -> dict[str, str]:
    out = {}
    for part in body.split(";"):
        if ":" in part:
            name, value = part.split(":", 1)
            out[name.strip().lower()] = value.strip()
    return out


def background_of(decls: dict[str, str]) -> QColor | None:
    for key in ("background-color", "background"):
        if key in decls:
            found = colours_in(decls[key])
            if found:
                return found[0]
            if "transparent" in decls[key]:
                return None
    return None


def _base(compound: str) -> str:
    return re.split(r"::|:|\[", compound, maxsplit=1)[0]


def sheet_pairs(sheet: str, where: str) -> list[Pair]:
    """The pairs of one style sheet (rules with selectors, or an inline declaration list)."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules = [(sel.strip(), declarations(body)) for sel, body in _RULE.findall(sheet)]
    if not rules:
        rules = [("", declarations(sheet))]
    fills: dict[str, QColor] = {}  # selector (its compounds joined) -> background
    for selectors, decls in rules:
        back = background_of(decls)
        for selector in selectors.split(","):
            if back is not None and ":" not in selector:  # not a state's or a part's fill
                fills[" ".join(_base(c) for c in selector.split() if c != ">")] = back
    # the widget a sheet dresses is painted by its one-compound ID rule (QWidget#CheckinWindow)
    roots = [fills[k] for k in fills if " " not in k and "#" in k]
    pairs = []
    for selectors, decls in rules:
        for selector in selectors.split(","):
            selector = selector.strip()
            if ":disabled" in selector:
                continue
            compounds = [_base(c) for c in selector.split() if c != ">"]
            own = background_of(decls)
            if own is None and compounds:
                own = fills.get(" ".join(compounds)) or fills.get(compounds[-1].split("#")[0])
            around: list[QColor] = []
            for depth in range(len(compounds) - 1, 0, -1):
                if " ".join(compounds[:depth]) in fills:
                    around = [fills[" ".join(compounds[:depth])]]
                    break
            around = around or roots[:1] or backdrops()
            label = f"{where} [{selector or 'inline'}]"
            needed = TEXT if not large(decls) else LARGE_TEXT
            for fore in colours_in(decls.get("color", "")):
                for back in [own] if own is not None else around:
                    pairs.append(Pair(f"{label} text", fore, back, needed))
            if "selection-color" in decls and "selection-background-color" in decls:
                for fore in colours_in(decls["selection-color"]):
                    for back in colours_in(decls["selection-background-color"]):
                        pairs.append(Pair(f"{label} selection", fore, back, TEXT))
            border = decls.get("border-color", decls.get("border", ""))
            if not selector or any(kind in selector for kind in _INPUTS):
                for edge in colours_in(border):
                    for back in around:
                        pairs.append(Pair(f"{label} input border", edge, back, BORDER))
    return pairs


def large(decls: dict[str, str]) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold (sizes left to the user's font are not)."""
    found = re.fullmatch(r"([\d.]+)pt", decls.get("font-size", ""))
    if not found:
        return False
    points = float(found.group(1))
    return points >= 18 or (points >= 14 and "bold" in decls.get("font-weight", ""))


class _Filler(string.Formatter):
    """``.format`` templates filled from the module's constants (``{yellow}`` -> YELLOW);
    sizes and anything unknown become 10, which no colour reading depends on."""

    def __init__(self, module: Any) -> None:
        self.module = module

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        value = getattr(self.module, str(key).upper(), getattr(self.module, str(key), None))
        return value if isinstance(value, str) else "10"


def _text_of(node: ast.AST, module: Any) -> str | None:
    """A string literal or f-string as the running program has it, where that is knowable."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        if "{{" in text or re.search(r"\{[a-z_]+\}", text):
            try:
                return _Filler(module).format(text)
            except (KeyError, IndexError, ValueError):
                return text
        return text
    if isinstance(node, ast.JoinedStr):
        parts = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(str(part.value))
            elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
                value = getattr(module, part.value.id, None)
                parts.append(value if isinstance(value, str) else "?")
            else:
                parts.append("?")
        return "".join(parts)
    return None


def _is_light(colour: QColor) -> bool:
    return luminance(colour) > 0.4


def code_pairs() -> list[Pair]:
    """Every colour pair set in the code under gui/ (compiled forms included)."""
    pairs: list[Pair] = []
    for path in sorted(GUI.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        name = ".".join(path.relative_to(GUI.parent.parent).with_suffix("").parts)
        module = importlib.import_module(name.removesuffix(".__init__"))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        grouped: set[int] = set()
        for node in ast.walk(tree):
            where = f"{relative}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, (ast.Tuple, ast.List)):
                found = [(n, _text_of(n, module)) for n in node.elts]
                colours = [
                    (n, QColor.fromString(t))
                    for n, t in found
                    if t and re.fullmatch(r"#[0-9a-fA-F]{3,8}", t)
                ]
                if len(colours) >= 2:
                    grouped.update(id(n) for n, _c in colours)
                    for (_n, one), (_m, other) in itertools.pairwise(colours):
                        pairs.append(Pair(f"{where} side by side", one, other, TEXT))
            elif isinstance(node, ast.Call):
                pairs.extend(_palette_pick(node, where))
                pairs.extend(_rgb_call(node, where))
        for node in ast.walk(tree):
            text = _text_of(node, module) if id(node) not in grouped else None
            if not text:
                continue
            where = f"{relative}:{getattr(node, 'lineno', 0)}"
            if re.fullmatch(r"\s*#[0-9a-fA-F]{3,8}\s*", text):
                pairs.extend(_alone(QColor.fromString(text.strip()), where))
            elif re.search(r"(^|[\s;{])(color|background(-color)?|border(-color)?)\s*:", text):
                for style in re.findall(r"style=['\"]([^'\"]*)['\"]", text) or [text]:
                    pairs.extend(sheet_pairs(style, where))
    return pairs


def _alone(colour: QColor, where: str) -> list[Pair]:
    """A colour on its own: a light one is a background, anything else may be text."""
    if _is_light(colour):
        text = palette_colour("Active", "Text")
        return [Pair(f"{where} background under text", text, colour, TEXT)]
    return [Pair(f"{where} text", colour, back, TEXT) for back in backdrops()]


def _rgb_call(node: ast.Call, where: str) -> list[Pair]:
    """``QColor(255, 236, 179)``: numbers rather than a name."""
    if not (isinstance(node.func, ast.Name) and node.func.id == "QColor"):
        return []
    numbers = [a.value for a in node.args if isinstance(a, ast.Constant)]
    if len(numbers) < 3 or len(numbers) != len(node.args):
        return []
    colour = QColor(*[int(n) for n in numbers])
    return [] if colour.alpha() == 0 else _alone(colour, where)


def _palette_pick(node: ast.Call, where: str) -> list[Pair]:
    """``palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)`` and
    ``palette().placeholderText()``: the colour this machine's palette gives, as text.
    Code never needs the Disabled group for a disabled widget (Qt paints those itself),
    so code that picks it paints something enabled grey."""
    func = node.func
    if not isinstance(func, ast.Attribute):
        return []
    if func.attr == "placeholderText" and not node.args:
        role = ("Active", "PlaceholderText")
    elif func.attr == "color" and len(node.args) == 2:
        names = [a.attr for a in node.args if isinstance(a, ast.Attribute)]
        if len(names) != 2 or names[0] not in QPalette.ColorGroup.__members__:
            return []
        role = (names[0], names[1])
    else:
        return []
    if role[1] not in _TEXT_ROLES:
        return []
    fore = palette_colour(*role)
    return [Pair(f"{where} palette {role[0]} {role[1]}", fore, b, TEXT) for b in backdrops()]


def resource_pairs() -> list[Pair]:
    sheet = ROOT / "resources" / "style.qss"
    return sheet_pairs(sheet.read_text(encoding="utf-8"), "resources/style.qss")


def drawn_pairs(window: QWidget, where: str) -> list[Pair]:
    """Text as a window actually draws it: each shown, enabled label, button and field's
    text colour against the colour most of its area (inside any frame) is painted in."""
    image = window.grab().toImage()
    scale = image.width() / max(window.width(), 1)
    pairs = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _TEXTUAL) or not widget.isVisibleTo(window):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if not widget.isEnabled() or not text.strip():
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        inset = min(4, widget.height() // 4)  # inside a frame or focus ring
        area = QRect(top_left, widget.size()).adjusted(inset, inset, -inset, -inset)
        area = area.intersected(window.rect())
        if area.isEmpty():
            continue
        counts: Counter[int] = Counter()
        step = max(1, int(min(area.width(), area.height()) * scale) // 12)
        for x in range(int(area.left() * scale), int((area.right() + 1) * scale), step):
            for y in range(int(area.top() * scale), int((area.bottom() + 1) * scale), step):
                counts[image.pixel(x, y)] += 1
        back = QColor(counts.most_common(1)[0][0])
        fore = widget.palette().color(widget.foregroundRole())
        font = widget.font()
        big = font.pointSizeF() >= 18 or (font.pointSizeF() >= 14 and font.bold())
        name = widget.objectName() or type(widget).__name__
        pairs.append(Pair(f"{where} {name}", fore, back, LARGE_TEXT if big else TEXT))
    return pairs
