"""Engagement Desktop: offline customer-involvement records for social landlords."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Engagement Desktop"
