"""The Surveys page's tables: TSM results, results by estate/area or tenure, questions,
responses. Each is a few rows of text worked out once from what the services return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from engagement_desktop.gui.common.table_model import Index, format_datetime
from engagement_desktop.services.surveys.details import QuestionLine, ResponseLine
from engagement_desktop.services.surveys.measure_sets import shipped_sets
from engagement_desktop.services.surveys.results import GroupResults, TsmResults

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
SMALL_TEXT = QBrush(QColor("#6b6b6b"))
ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class Cell:
    text: str
    tip: str | None = None
    small: bool = False  # too few answers to lean on: shown grey


class TextTableModel(QAbstractTableModel):
    """Rows of ready-made cells; numbers right-aligned."""

    def __init__(self, headings: Sequence[str], numeric: Sequence[int] = (), parent=None):
        super().__init__(parent)
        self.headings = list(headings)
        self.numeric = set(numeric)
        self.rows: list[list[Cell]] = []

    def set_rows(self, rows: list[list[Cell]], headings: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        if headings is not None:
            self.headings = list(headings)
        self.rows = rows
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column].text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self.rows[index.row()][index.column()].text
        if role == _ALIGN:
            return _RIGHT if index.column() in self.numeric else _LEFT
        if role == _TIP:
            cell = self.rows[index.row()][index.column()]
            return cell.tip or (cell.text if len(cell.text) > 30 else None)
        if role == _FOREGROUND and self.rows[index.row()][index.column()].small:
            return SMALL_TEXT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self.headings[section]
        if role == _ALIGN:
            return _RIGHT if section in self.numeric else _LEFT
        return None


def interval(low_high: tuple[float, float] | None) -> str:
    return f"{low_high[0]:.1f} – {low_high[1]:.1f}" if low_high else ""


def results_model(parent: QObject) -> TextTableModel:
    return TextTableModel(
        ("Measure", "Question", "Satisfied", "Base", "Result", "95% interval"), (2, 3, 4), parent
    )


def results_rows(results: TsmResults) -> list[list[Cell]]:
    rows = []
    ms = results.measure_set
    for code, measure in results.measures.items():
        only = ms.measures[code].filter
        base_note = (
            f"Only tenants with: {ms.filters[only].name.lower()}" if only in ms.filters else None
        )
        rows.append(
            [
                Cell(code),
                Cell(ms.names[code], tip=f"{ms.names[code]}. {base_note or ''}".strip()),
                Cell(f"{measure.satisfied:,}"),
                Cell(f"{measure.base:,}", tip=base_note),
                Cell(f"{measure.percent:.1f}%" if measure.percent is not None else "–"),
                Cell(interval(measure.ci95)),
            ]
        )
    return rows


def breakdown_rows(
    groups: list[GroupResults], codes: list[str], small: int
) -> tuple[list[str], list[list[Cell]]]:
    """Headings and rows: one row per estate/area or tenure, one column per measure."""
    headings = ["Group", "Respondents", *codes]
    rows = []
    for group in groups:
        cells = [Cell(group.group), Cell(f"{group.results.respondents:,}")]
        for code in codes:
            measure = group.results.measures.get(code)
            if measure is None or measure.base == 0:
                cells.append(Cell("–", tip="No valid answers"))
                continue
            few = measure.base < small
            cells.append(
                Cell(
                    f"{measure.percent:.1f}% ({measure.base:,})",
                    tip=f"{measure.satisfied:,} of {measure.base:,} satisfied; 95% interval "
                    f"{interval(measure.ci95)}"
                    + (f". Fewer than {small} answers: too few to compare." if few else ""),
                    small=few,
                )
            )
        rows.append(cells)
    return headings, rows


def questions_model(parent: QObject) -> TextTableModel:
    headings = ("#", "Measure", "Question", "Answers", "Not understood")
    return TextTableModel(headings, (0, 3, 4), parent)


def _code_names() -> dict[str, str]:
    """Every shipped set's question codes and names (codes do not repeat across sets)."""
    names: dict[str, str] = {}
    for one in shipped_sets().values():
        names.update({code: f.name for code, f in one.filters.items()})
        names.update(one.names)
    return names


def questions_rows(questions: list[QuestionLine]) -> list[list[Cell]]:
    names = _code_names()
    return [
        [
            Cell(str(q.position)),
            Cell(q.code or "", tip=names.get(q.code) if q.code else None),
            Cell(q.text),
            Cell(f"{q.answers:,}"),
            Cell(
                f"{q.not_understood:,}" if q.code else "",
                tip="Kept as typed; left out of the results" if q.not_understood else None,
            ),
        ]
        for q in questions
    ]


def responses_model(parent: QObject) -> TextTableModel:
    return TextTableModel(
        ("Completed", "Person", "Reference (as typed)", "Response no."), (3,), parent
    )


def responses_rows(responses: list[ResponseLine]) -> list[list[Cell]]:
    return [
        [
            Cell(format_datetime(r.completed_at)),
            Cell(r.person or ANONYMOUS),
            Cell(r.reference or ""),
            Cell(str(r.id)),
        ]
        for r in responses
    ]
