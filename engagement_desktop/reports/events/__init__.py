"""Paper for events: the sign-in sheet (drawn in ``signin_sheet``)."""
