"""The Tenant Satisfaction Measures report and what is published with it."""
