"""The points ledger and balances to Excel."""
