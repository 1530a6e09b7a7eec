"""Reseller payouts as a SEPA credit transfer file (pain.001, sepaxml's SepaTransfer, validated against the
schema it ships).

A payout batch pays each reseller what the hoster owes it in EUR, as ``payouts.add`` counts it (its
statements settled first with what its payments left unallocated, no more than was owed on the execution date and
after: ``payouts.payable``; ``hoster_bills_hoster_processor``:
app/payments/payouts.py), or the amounts given, records each payout and writes one pain.001 from the
hoster's account (its ``sepa`` processor account: name, IBAN, BIC) to each reseller's. A reseller's account
is the one its own ``sepa`` processor account names (the account its debits are paid into), configured by
the reseller or by the hoster for it; a reseller without one is refused by name, nothing written. Recording
and writing are one unit of work: a file that does not validate writes no payout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.errors import MESSAGES, ProrataError
from app.money import to_text
from app.payments import payouts
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import minor_units
from app.services import audit
from app.values.dates import check_date

SCHEMA = "pain.001.001.03"

MESSAGES.setdefault("payout_no_account", "{reseller} has no bank account Prorata knows to pay into: configure "
                                         "its SEPA account with `prorata processors configure {reseller} sepa --set "
                                         "name=... --set iban=... --set creditor_id=...`; nothing was paid out")
MESSAGES.setdefault("payout_no_debtor", "the hoster has no SEPA account to pay from: configure one with "
                                        "`prorata processors configure hoster sepa ...`")
MESSAGES.setdefault("nothing_to_pay_out", "the hoster owes no reseller anything in EUR")
MESSAGES.setdefault("transfer_file_invalid", "the pain.001 file did not validate against its schema: {why}; "
                                             "nothing was paid out")


@dataclass
class TransferFile:
    batch: str
    execution_date: date
    xml: bytes
    transfers: list[dict] = field(default_factory=list)
    total: Decimal = Decimal(0)

    def as_json(self) -> dict:
        return {"batch": self.batch, "execution_date": self.execution_date.isoformat(), "schema": SCHEMA,
                "count": len(self.transfers), "total": to_text(self.total, "EUR"), "transfers": self.transfers}


def pay_out(session: Session, execution_date: date, *, amounts: dict[str, object] | None = None,
            actor: str | None = None) -> TransferFile:
    """Record a payout to each reseller (``amounts``: reseller code -> amount; default: all it is owed in EUR)
    dated ``execution_date``, and return the pain.001 that pays them."""
    from sepaxml import SepaTransfer
    from sepaxml.validation import ValidationError

    actor = actor or audit.current_actor(session)
    check_date(execution_date, "--date")
    hoster = processor_accounts.find(session, HOSTER_KEY, "sepa")
    if hoster is None:
        raise ProrataError.of("payout_no_debtor")
    cfg = hoster.settings or {}
    config = {"name": cfg["name"], "IBAN": cfg["iban"], "batch": True, "currency": "EUR"}
    if cfg.get("bic"):
        config["BIC"] = cfg["bic"]
    sepa = SepaTransfer(config, schema=SCHEMA, clean=True)
    if amounts is None:  # as ``payouts.add`` counts it: its statements settled first with the reseller's credit
        amounts = payouts.payable(session, execution_date, "EUR", actor=actor)
    if not amounts:
        raise ProrataError.of("nothing_to_pay_out")
    transfers = []
    for code, amount in sorted(amounts.items()):
        r = payouts._reseller(session, code)
        account = processor_accounts.find(session, reseller_key(r.id), "sepa")
        if account is None:
            raise ProrataError.of("payout_no_account", reseller=code)
        to = account.settings or {}
        entry = payouts.add(session, code, amount, execution_date, currency="EUR",
                            reference=f"SEPA {execution_date.isoformat()}", actor=actor)  # the entry's kind says payout
        e2e = f"PO-{entry.id}"
        payment = {"name": to["name"], "IBAN": to["iban"], "amount": minor_units(entry.amount, "EUR"),
                   "execution_date": execution_date, "description": f"Payout {execution_date.isoformat()} {code}",
                   "endtoend_id": e2e}
        if to.get("bic"):
            payment["BIC"] = to["bic"]
        sepa.add_payment(payment)
        transfers.append({"reseller": code, "amount": to_text(entry.amount, "EUR"), "iban": to["iban"],
                          "end_to_end_id": e2e, "entry": entry.id})
    try:
        xml = sepa.export(validate=True, pretty_print=True)
    except ValidationError as e:
        raise ProrataError.of("transfer_file_invalid", why=str(e.__cause__ or e)[:300]) from None
    total = sum((Decimal(t["amount"]) for t in transfers), Decimal(0))
    batch = sepa.msg_id[:35]
    audit.record(session, "submit", "payout_batch", batch,
                 after={"execution_date": execution_date.isoformat(), "count": len(transfers),
                        "total": to_text(total, "EUR"), "resellers": [t["reseller"] for t in transfers]},
                 actor=actor)
    return TransferFile(batch, execution_date, xml, transfers, total)
