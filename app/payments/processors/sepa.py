"""The ``sepa`` processor: SEPA direct debit by file. It sends nothing; its settings are the creditor's
identity that a pain.008 collection file carries (app/payments/sepa/batch.py): the name, the IBAN the money
goes to, the BIC and the creditor identifier. None of them is a secret."""
from __future__ import annotations

from app.payments.processors.base import Capability, Processor


class SepaProcessor(Processor):
    name = "sepa"
    label = "SEPA direct debit (pain.008 files)"
    capabilities = frozenset({Capability.DIRECT_DEBIT})
    settings_fields = {"name": "the creditor's name as the bank knows it (at most 70 characters)",
                       "iban": "the creditor's IBAN, which the debits are paid into",
                       "bic": "the creditor bank's BIC (needed by pain.008.001.02)",
                       "creditor_id": "the SEPA creditor identifier, such as DE98ZZZ09999999999"}
    required_settings = ("name", "iban", "creditor_id")

    @classmethod
    def check_settings(cls, settings: dict) -> dict:
        from app.payments.sepa import identifiers
        from app.values.text import check_text

        clean = super().check_settings(settings)
        clean["name"] = check_text(str(clean["name"]).strip()[:70], "name", field="the name")
        clean["iban"] = identifiers.iban(clean["iban"])
        clean["creditor_id"] = identifiers.creditor_id(clean["creditor_id"])
        found = identifiers.bic(clean.get("bic"))
        if found is None:
            clean.pop("bic", None)
        else:
            clean["bic"] = found
        return clean
