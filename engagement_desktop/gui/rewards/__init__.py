"""Reward points: the Rewards page, awards and corrections, points rules,
vouchers, statements and the year-end wizard.
"""
