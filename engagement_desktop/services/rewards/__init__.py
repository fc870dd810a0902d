"""Reward points kept like money: rules, an append-only ledger, the year-end run."""
