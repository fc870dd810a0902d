"""You Choose: participatory budgeting ballots (a pot, proposals, votes at the door,
on paper and by post, the count and the result), with votes kept secret by the shape
of the tables (store/models/ballots.py)."""
