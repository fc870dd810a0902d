"""Messy spreadsheets made on the fly, like the ones officers receive."""
