"""Customers in control: one section whose tabs are scrutiny reviews, consultations,
inspections, the community fund and You Choose voting, each from its own package."""
