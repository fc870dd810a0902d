"""Customers in control, part one: scrutiny reviews (stages, team, evidence,
recommendations as "you said, we did" items with the Board's response and the action
plan), policy consultations (who was asked, what they said, what changed), and estate
inspections and mystery shopping (checklists, scored visits, the trend per place).

Every change is one call, one transaction, its audit entry inside it."""
