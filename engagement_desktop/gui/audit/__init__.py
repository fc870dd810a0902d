"""The audit trail on screen: the Audit page and a person's History tab."""
