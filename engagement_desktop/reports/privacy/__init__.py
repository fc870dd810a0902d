"""Data protection outputs: the subject access export (a readable PDF and a workbook in one zip)."""
