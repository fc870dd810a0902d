"""Points statements: their figures and the letters."""
