"""SEPA direct debit: mandates, the pain.008 collection file, pre-notifications, and returned debits."""
