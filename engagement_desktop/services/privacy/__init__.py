"""Data protection duties: where a person's data lives (``where``), the subject access
export, erasure by anonymisation and the retention review.

``where.PERSONAL`` is the one list of every table that holds something about a person
and how their rows are found; ``where.NOT_ABOUT_PEOPLE`` names every other table with
the reason. A test walks the schema and fails when a table is in neither, so a table
added later cannot be left out of a subject access export or an erasure.
"""
