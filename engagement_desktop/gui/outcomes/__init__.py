""" "You said, we did": the Outcomes page and its editor."""
