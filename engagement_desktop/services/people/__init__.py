"""People: adding and changing a person, their details and summary, consent,
finding duplicates and merging them, exclusions from forums.
"""
