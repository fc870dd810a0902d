"""Training: the Training page, the training matrix, needs, records, sessions,
courses and appraisals.
"""
