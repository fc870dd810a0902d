"""Spreadsheets in and out.

``reading`` opens any file safely (size and shape checks, .xls in a child
process, cell values as UK officers write them, column mappings); ``writing``
makes every workbook the same way (title rows, formats, formula-safe cells).
The feature packages (``people``, ``surveys``, ``events``, ``rewards``,
``training``, ``reports``) hold each feature's imports and exports;
``imports`` the import history and undo.
"""
