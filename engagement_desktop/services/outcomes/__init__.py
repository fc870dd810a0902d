""" "You said, we did" outcomes."""
