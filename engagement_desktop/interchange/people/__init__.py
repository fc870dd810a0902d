"""People from a tenancy export or any spreadsheet (rows, matching, the import),
and the people export.
"""
