"""The Budget section (budget against spend, true cost, targets and where each measure
stands) and the Money tab of Settings (on-costs, overheads, the value of an hour)."""
