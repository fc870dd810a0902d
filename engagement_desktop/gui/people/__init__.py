"""The People page and everything about one person: the editor and its tabs,
consent, duplicates and merging, exclusions from forums.
"""
