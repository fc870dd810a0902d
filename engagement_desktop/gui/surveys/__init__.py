"""Surveys and the Tenant Satisfaction Measures: the Surveys page, its chart,
how a survey was run, and its outputs.
"""
