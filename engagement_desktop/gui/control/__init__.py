"""Customers in control: one section whose page has a tab per kind of customer power."""
