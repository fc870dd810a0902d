"""The scrutiny reviews, policy consultations and inspections tabs of
"Customers in control", and their editors."""
