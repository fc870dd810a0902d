"""Training and development: courses, records with expiry, needs, appraisals, conferences."""
