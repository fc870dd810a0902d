"""Events: the events themselves, their details and types, invitations, check-in
at the door (walk-ins are saved in ``checkin``), and expense claims.
"""
