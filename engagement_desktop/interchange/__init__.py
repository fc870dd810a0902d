"""Spreadsheets in and out: readers, the import pipeline and Excel export."""
