"""Events: the Events page and month view, the event editor and its invitations,
event types, the register, check-in at the door (and walk-ins), printing the
sign-in sheet, and expense claims.
"""
