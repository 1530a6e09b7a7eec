"""Payments: customer accounts, the append-only ledger, manual payments, allocation, credit, refunds,
reversals and aging. Each function works inside the caller's unit of work."""
