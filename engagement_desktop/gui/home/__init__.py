"""The Home section: what is on today and this week and what needs seeing to, each line a
way in; on an empty database, the three first steps (``page``, ``ways_in``)."""
