"""US ACH direct debit: authorisations to debit US bank accounts, and a debit run written as a NACHA file."""
