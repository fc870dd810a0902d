"""Compiled Qt Designer forms (see form_compiler.py)."""
