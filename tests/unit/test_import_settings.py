"""The two numbers the Surveys page and the import wizard keep: homes and the size limit."""

from __future__ import annotations

import pytest

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common.settings import get_setting, save_settings
from engagement_desktop.store.engine import Store


def test_defaults_and_saving(store: Store) -> None:
    with store.session() as session:
        assert get_setting(session, "import_max_mb") == 50
    save_settings(store, {"homes_count": 1200, "import_max_mb": 80})
    with store.session() as session:
        assert (get_setting(session, "homes_count"), get_setting(session, "import_max_mb")) == (
            1200,
            80,
        )


@pytest.mark.parametrize(
    "values",
    [{"homes_count": -1}, {"homes_count": "many"}, {"import_max_mb": 0}, {"import_max_mb": True}],
)
def test_nonsense_is_refused(store: Store, values: dict) -> None:
    with pytest.raises(ValidationError) as refused:
        save_settings(store, values)
    assert "whole number" in next(iter(refused.value.errors.values()))
