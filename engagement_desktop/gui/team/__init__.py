"""Two officers at once: the officer's own name, and lists that follow the other's work."""
