"""The community fund's papers: the panel pack (one page per application with the
scores to fill) and the decision letters (through the mailing work's letters)."""
