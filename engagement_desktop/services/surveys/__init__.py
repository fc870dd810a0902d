"""Survey returns and the Tenant Satisfaction Measures: answers, how each survey
was run (what the regulator asks to be published), and the TSM figures.
"""
