"""One quarter's Board report: the gathered figures and the tables printed from them,
shared by the PDF, the workbook and ``--json`` (so they can never disagree)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engagement_desktop.reports.board.gather import BoardFigures
from engagement_desktop.reports.board.tables import all_tables
from engagement_desktop.reports.impact.report_table import ReportTable
from engagement_desktop.services.common.money import pounds_value


@dataclass
class BoardReport:
    figures: BoardFigures
    _tables: list[ReportTable] | None = None

    def tables(self) -> list[ReportTable]:
        if self._tables is None:
            self._tables = all_tables(self.figures)
        return self._tables

    def table(self, key: str) -> ReportTable:
        return next(t for t in self.tables() if t.key == key)

    @property
    def title(self) -> str:
        return f"Board report {self.figures.quarter.label}"

    def as_json(self) -> dict[str, Any]:
        """Every table and KPI with its numerator and denominator; money in pounds."""
        b = self.figures
        t = b.budget.true_cost
        people, attendances = b.summary.people_involved, b.summary.attendances

        def fig(f: Any) -> dict[str, Any]:
            value = None if f.value is None else round(f.value, 2)
            return {"value": value, "numerator": f.numerator, "denominator": f.denominator}

        return {
            "quarter": b.quarter.code,
            "quarter_period": [b.quarter.start.isoformat(), b.quarter.end.isoformat()],
            "quarter_to_date": b.quarter.part,
            "year_to_date": [b.year_to_date.start.isoformat(), b.year_to_date.end.isoformat()],
            "kpis": [
                {
                    "measure": k.measure.key,
                    "label": k.measure.label,
                    "definition": k.measure.definition,
                    "unit": "percent" if k.measure.percent else "count",
                    "target": k.target,
                    "expected_by_now": None if k.expected is None else round(k.expected, 1),
                    "status": k.status,
                    "why": k.why,
                    **fig(k.figure),
                    "quarters": [{"period": label} | fig(f) for label, f in k.quarters],
                    "years": [{"period": label} | fig(f) for label, f in k.years],
                }
                for k in b.kpis
            ],
            "spend": {
                "by_category_pence": dict(b.budget.costs.by_category),
                "spent": pounds_value(t.spent_pence),
                "staff_on_costs": pounds_value(t.on_cost_pence),
                "overheads": pounds_value(t.overheads_pence),
                "true_cost": pounds_value(t.total_pence),
                "no_overheads_because": t.no_overheads_because,
                "people_involved": people,
                "attendances": attendances,
                "true_cost_per_person": {
                    "value": pounds_value(round(t.total_pence / people)) if people else None,
                    "numerator": pounds_value(t.total_pence),
                    "denominator": people,
                },
                "true_cost_per_attendance": {
                    "value": (
                        pounds_value(round(t.total_pence / attendances)) if attendances else None
                    ),
                    "numerator": pounds_value(t.total_pence),
                    "denominator": attendances,
                },
            },
            "volunteer_hours": {
                "quarter": b.hours_quarter.hours,
                "year_to_date": b.hours.hours,
                "people": b.hours.people,
                "value_per_hour": pounds_value(b.hours.value_per_hour_pence),
                "value_source": b.hours.value_source,
                "social_value": pounds_value(b.hours.social_value_pence),
            },
            "overdue_items": b.overdue_count,
            "risks": b.risks,
            "tables": [table.as_json() for table in self.tables()],
        }
