"""Reading the audit trail: who changed what and when, named at read time."""
