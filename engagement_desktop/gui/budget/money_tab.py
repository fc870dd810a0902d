"""Settings > Money: staff on-costs, yearly overheads and the value of an hour
volunteered with its source. Values are read and given back as settings; the Settings
dialog saves them with the rest in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from engagement_desktop.gui.forms.ui_money_settings import Ui_MoneySettings
from engagement_desktop.services.common.money import money, parse_pounds

LABELS = {
    "staff_on_cost_percent": "Staff on-costs",
    "overheads_pence_per_year": "Overheads a year",
    "volunteer_hour_value_pence": "Value of an hour volunteered",
    "volunteer_hour_value_source": "Where the figure comes from",
    "customer_facing_pence_per_year": "Customer-facing budgets a year",
}


class MoneySettings(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MoneySettings()
        ui.setupUi(self)
        self.fields: dict[str, QWidget] = {
            "staff_on_cost_percent": ui.onCostSpin,
            "overheads_pence_per_year": ui.overheadsEdit,
            "volunteer_hour_value_pence": ui.hourValueEdit,
            "volunteer_hour_value_source": ui.hourSourceEdit,
            "customer_facing_pence_per_year": ui.customerFacingEdit,
        }
        self.problems: dict[str, str] = {}

    def show_values(self, values: Mapping[str, Any]) -> None:
        ui = self.ui
        ui.onCostSpin.setValue(float(values.get("staff_on_cost_percent") or 0))
        ui.overheadsEdit.setText(money(int(values.get("overheads_pence_per_year") or 0))[1:])
        ui.hourValueEdit.setText(money(int(values.get("volunteer_hour_value_pence") or 0))[1:])
        ui.hourSourceEdit.setText(str(values.get("volunteer_hour_value_source") or ""))
        ui.hourSourceEdit.setCursorPosition(0)  # a long source reads from its start
        facing = int(values.get("customer_facing_pence_per_year") or 0)
        ui.customerFacingEdit.setText(money(facing)[1:])

    def values(self) -> dict[str, Any]:
        """The settings as typed; amounts that are not pounds are kept in ``problems``
        (and left out) so the dialog shows them beside their fields."""
        ui = self.ui
        self.problems = {}
        percent = round(ui.onCostSpin.value(), 1)
        found: dict[str, Any] = {
            "staff_on_cost_percent": int(percent) if percent.is_integer() else percent,
            "volunteer_hour_value_source": " ".join(ui.hourSourceEdit.text().split()),
        }
        for key, edit in (
            ("overheads_pence_per_year", ui.overheadsEdit),
            ("volunteer_hour_value_pence", ui.hourValueEdit),
            ("customer_facing_pence_per_year", ui.customerFacingEdit),
        ):
            try:
                found[key] = parse_pounds(edit.text()) or 0
            except ValueError as exc:
                self.problems[key] = str(exc)
        return found
