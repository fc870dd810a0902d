"""Every operation a user can do: one function, one transaction that decides from
what it reads inside it, one audit entry. No Qt.

One package per feature, named as in ``gui/``: ``people``, ``groups``,
``outcomes``, ``events``, ``rewards``, ``training``, ``surveys``. ``listings``
holds the read side of every list screen; ``common`` the checks, audit trail and
settings every service uses; ``demo`` the demo database.
"""
