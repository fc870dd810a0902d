"""The field kit: events taken out to the estate in a pack file and brought back."""
