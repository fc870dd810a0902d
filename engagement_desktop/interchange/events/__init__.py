"""Events and expense claims to Excel."""
