"""The Groups page: groups, memberships and terms of office, and their exports."""
