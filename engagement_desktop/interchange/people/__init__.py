"""People from a tenancy export or any spreadsheet (rows, matching, the import
planned then committed),
and the people export.
"""
