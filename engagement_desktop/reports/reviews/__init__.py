"""Reports for scrutiny reviews: the end-of-review report PDF."""
