"""Mailings on paper: letters (one PDF, a letter per person in posting order, large
print where asked) and address labels on Avery L7160 / L7163 sheets; ``make`` turns a
prepared mailing into its files and records it in contact history."""
