"""Figures for each report (pure functions) and their PDF rendering."""
