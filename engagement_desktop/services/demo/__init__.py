"""Realistic, repeatable demo data for trying the program and for benchmarks.

``generate_demo(store, people=2000, seed=1, today=None)`` fills an empty database
with three scheme years of history up to today (the computer's date unless given);
the modules beside this one each build one part of the landlord's world.
"""

from __future__ import annotations

from engagement_desktop.services.demo.generate import (
    NOT_EMPTY,
    DemoSummary,
    check_request,
    generate_demo,
)

__all__ = ["NOT_EMPTY", "DemoSummary", "check_request", "generate_demo"]
