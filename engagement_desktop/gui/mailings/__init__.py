"""Mailings in the window: the mailing dialog (who, channel, what to make, the counts
before anything is made), the letter template editor, the Mailings settings tab and
the contact history shown on a person's History tab."""
