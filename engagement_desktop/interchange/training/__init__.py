"""Training records and the matrix to Excel."""
