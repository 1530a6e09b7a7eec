"""The return reason codes banks send back with a returned direct debit, and what each means (in English: the
core's catalog says them in the reader's language, app/payments/bank_returns.py ``reason_words``).

Kept apart from the returns imports (app/payments/sepa/returns.py, app/payments/ach/returns.py, which export
them as ``REASONS``) so that what only names a reason, as ``prorata audit`` does, loads neither SQLAlchemy nor
the models (issue 12).
"""
from __future__ import annotations

# SEPA (ISO 20022 reason codes of camt.054 and pain.002)
SEPA = {
    "AC01": "incorrect account number", "AC04": "account closed", "AC06": "account blocked",
    "AC13": "debtor is a consumer", "AG01": "transaction forbidden on this account",
    "AG02": "invalid bank operation code", "AM04": "insufficient funds", "AM05": "duplicate collection",
    "BE05": "creditor not recognised", "CNOR": "creditor bank not reachable", "DNOR": "debtor bank not reachable",
    "FF01": "invalid file format", "MD01": "no mandate", "MD02": "mandate data missing or wrong",
    "MD06": "refund requested by the debtor", "MD07": "debtor deceased", "MS02": "refused by the debtor",
    "MS03": "reason not given", "RC01": "BIC incorrect", "RR01": "regulatory reason", "RR02": "regulatory reason",
    "RR03": "regulatory reason", "RR04": "regulatory reason", "SL01": "specific service of the debtor bank",
    # Not an ISO code: what Prorata stores for a reason of the bank's own (RtrInf/Rsn/Prtry, StsRsnInf/Rsn/Prtry),
    # whose own code and words the reversal's reason keeps (app/payments/sepa/returns.py).
    "PRTY": "bank-proprietary reason (not an ISO 20022 code)",
}
# US ACH (NACHA return reason codes)
ACH = {
    "R01": "insufficient funds", "R02": "account closed", "R03": "no account, unable to locate account",
    "R04": "invalid account number", "R05": "unauthorised debit to a consumer account",
    "R06": "returned at the originating bank's request", "R07": "authorisation revoked by the customer",
    "R08": "payment stopped", "R09": "uncollected funds", "R10": "customer advises not authorised",
    "R11": "customer advises entry not in accordance with the terms of the authorisation",
    "R12": "account sold to another bank", "R14": "account holder deceased", "R15": "beneficiary deceased",
    "R16": "account frozen", "R20": "non-transaction account", "R23": "credit entry refused by the receiver",
    "R24": "duplicate entry", "R29": "corporate customer advises not authorised",
}
