"""The "Customers in control" section: one page of tabs, one tab per kind of power
customers hold (scrutiny reviews, consultations, inspections, the community fund,
You Choose). Each tab lives in its own feature package; this package only holds them."""
