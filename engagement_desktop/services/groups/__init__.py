"""Groups, memberships and terms of office."""
