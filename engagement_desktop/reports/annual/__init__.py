"""The annual report to customers: four pages of plain English in large type (what you
told us, what we did, how to get involved, the year in numbers), from the same figures
as the impact assessment, with its small-number suppression."""
