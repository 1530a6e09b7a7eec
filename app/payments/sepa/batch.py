"""A direct debit collection run: the issued, open EUR invoices of companies with an active mandate, written
as one pain.008 file (sepaxml, validated against the schema it ships) for one creditor, and marked submitted.

Each invoice debited is booked as a direct debit payment on the collection date and allocated to it, so it
is paid from then on; a debit the bank returns is reversed (app/payments/sepa/returns.py) and the invoice is
open again, to be collected by a later run. An invoice already submitted is not in a later run while its
debit stands (it is paid). The ``payment_collection`` switch of the invoice's issuer is honoured: switched
off, its invoices are left out.

The file belongs to the creditor whose ``sepa`` processor account gives the name, IBAN, BIC and creditor
identifier: the hoster's, or a reseller's (``hoster_bills_reseller_processor`` and ``reseller_bills``, as
app/payments/processors/routing.py decides). Each invoice's pre-notification is kept with its debit (and
the invoice's PDF says it: app/payments/sepa/notices.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, company_key, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Invoice, InvoiceKind
from app.models.base import utcnow
from app.models.payments import Method, PaymentAccount
from app.models.processors import DebitStatus, DirectDebit, MandateStatus
from app.money import minor_digits, to_text
from app.payments import accounts, allocation
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import Capability
from app.payments.processors.routing import collection_on, collector_of
from app.payments.sepa import mandates
from app.services import audit
from app.values.dates import check_date

SCHEMAS = ("pain.008.001.02", "pain.008.001.08")

MESSAGES.setdefault("no_sepa_account", "{creditor} has no SEPA creditor account: configure one with `prorata "
                                       "processors configure {creditor} sepa --set name=... --set iban=... --set "
                                       "creditor_id=...`")
MESSAGES.setdefault("sepa_bic_needed", "pain.008.001.02 needs the creditor's BIC: set it with `prorata processors "
                                       "configure {creditor} sepa --set bic=...`, or write pain.008.001.08")
MESSAGES.setdefault("collection_in_past", "the collection date {date} is before today ({today})")
MESSAGES.setdefault("nothing_to_debit", "no issued, open EUR invoice of a company with an active mandate with "
                                        "{creditor} is left to collect")
MESSAGES.setdefault("sepa_schema_unknown", "{value!r} is not a pain.008 version Prorata writes ({known})")
MESSAGES.setdefault("sepa_file_invalid", "the pain.008 file did not validate against its schema: {why}; "
                                         "nothing was submitted")

NOTICE = ("We will collect {amount} EUR for invoice {invoice} by SEPA direct debit on or after {date} from "
          "{iban} under mandate {mandate} (creditor identifier {creditor_id}).")


@dataclass
class Batch:
    """A run's file and what it submitted."""

    batch: str
    creditor: str
    collection_date: date
    schema: str
    xml: bytes
    debits: list[dict] = field(default_factory=list)
    total: Decimal = Decimal(0)

    def as_json(self) -> dict:
        return {"batch": self.batch, "creditor": self.creditor, "collection_date": self.collection_date.isoformat(),
                "schema": self.schema, "count": len(self.debits), "total": to_text(self.total, "EUR"),
                "debits": self.debits}


def masked(iban: str) -> str:
    return f"{iban[:4]}…{iban[-4:]}"


def _cents(amount: Decimal) -> int:
    return int((amount * 10 ** minor_digits("EUR")).to_integral_value())


def run(session: Session, creditor: str, collection_date: date, *, schema: str = SCHEMAS[0],
        today: date | None = None, actor: str | None = None) -> Batch:
    """Submit every open EUR invoice ``creditor`` ("hoster" or a reseller code) collects by direct debit on
    ``collection_date``; returns the pain.008 file (validated) and the debits. Nothing is written when there
    is nothing to collect or the file does not validate."""
    from sepaxml import SepaDD
    from sepaxml.validation import ValidationError

    from app.payments import payments

    actor = actor or audit.current_actor()
    if schema not in SCHEMAS:
        raise ProrataError.of("sepa_schema_unknown", "--schema", value=schema, known=", ".join(SCHEMAS))
    check_date(collection_date, "--collection-date")
    today = today or date.today()
    if collection_date < today:
        raise ProrataError.of("collection_in_past", "--collection-date", date=collection_date.isoformat(),
                              today=today.isoformat())
    creditor_key = accounts.issuer_key_of(session, creditor)
    account = processor_accounts.find(session, creditor_key, capability=Capability.DIRECT_DEBIT)
    if account is None:
        raise ProrataError.of("no_sepa_account", creditor=creditor)
    settings = account.settings or {}
    if schema == "pain.008.001.02" and not settings.get("bic"):
        raise ProrataError.of("sepa_bic_needed", "--schema", creditor=creditor)
    config = {"name": settings["name"], "IBAN": settings["iban"], "batch": True,
              "creditor_id": settings["creditor_id"], "currency": "EUR"}
    if settings.get("bic"):
        config["BIC"] = settings["bic"]
    sepa = SepaDD(config, schema=schema, clean=True)
    batch_id = sepa.msg_id[:35]
    debits: list[dict] = []
    # Every debit of a run under one mandate goes with the sequence the mandate had when the run began (a
    # first collection of two invoices is two FRST debits); a one-off mandate pays one invoice only.
    sequences: dict[int, str] = {}
    for inv, mandate, amount in _candidates(session, creditor_key):
        if mandate.id in sequences and mandate.sequence == "OOFF":
            continue
        sequence = sequences.setdefault(mandate.id, mandate.sequence)
        n = session.scalar(select(func.count()).select_from(DirectDebit).where(DirectDebit.invoice_id == inv.id)) + 1
        e2e = f"PR-{inv.id}-{n}"
        notice = NOTICE.format(amount=to_text(amount, "EUR"), invoice=inv.number, date=collection_date.isoformat(),
                               iban=masked(mandate.iban), mandate=mandate.reference,
                               creditor_id=settings["creditor_id"])
        payment = {"name": mandate.debtor_name, "IBAN": mandate.iban, "amount": _cents(amount), "type": sequence,
                   "collection_date": collection_date, "mandate_id": mandate.reference,
                   "mandate_date": mandate.signed_on, "description": f"Invoice {inv.number}"[:140],
                   "endtoend_id": e2e}
        if mandate.bic:
            payment["BIC"] = mandate.bic
        sepa.add_payment(payment)
        pay_account = session.get(PaymentAccount, accounts.ensure(
            session, customer_key=company_key(inv.company_id), issuer_key=_issuer_key(inv), currency="EUR",
            owner_id=inv.reseller_id, company_id=inv.company_id, customer_reseller_id=None))
        booked = payments.book(session, pay_account, amount, Method.DIRECT_DEBIT.value, collection_date,
                               f"SEPA {mandate.reference} {e2e}", targets=[inv], auto_allocate=False, actor=actor,
                               processor=account.processor, processor_ref=e2e)
        session.add(DirectDebit(reseller_id=inv.reseller_id, invoice_id=inv.id, mandate_id=mandate.id,
                                batch=batch_id, end_to_end_id=e2e, sequence=sequence, amount=amount, currency="EUR",
                                collection_date=collection_date, status=DebitStatus.SUBMITTED.value,
                                payment_id=booked.payment.id, notice=notice[:400], actor=actor,
                                created_at=utcnow(), version=1))
        if sequence == "OOFF":
            mandates.set_status(session, mandate, MandateStatus.USED.value, actor=actor, why=f"collected by {e2e}")
        elif sequence == "FRST" and mandate.sequence == "FRST":
            mandates.set_sequence(session, mandate, "RCUR")
        debits.append({"invoice": inv.number, "end_to_end_id": e2e, "mandate": mandate.reference,
                     "sequence": sequence, "amount": to_text(amount, "EUR"), "payment": booked.payment.id,
                       "notice": notice})
    total = sum((Decimal(d["amount"]) for d in debits), Decimal(0))
    if not debits:
        raise ProrataError.of("nothing_to_debit", creditor=creditor)
    try:
        xml = sepa.export(validate=True, pretty_print=True)
    except ValidationError as e:
        raise ProrataError.of("sepa_file_invalid", why=str(e.__cause__ or e)[:300]) from None
    audit.record(session, "submit", "direct_debit_batch", batch_id,
                 after={"creditor": creditor, "collection_date": collection_date.isoformat(), "schema": schema,
                        "count": len(debits), "total": to_text(total, "EUR"),
                        "invoices": [d["invoice"] for d in debits]},
                 reseller_id=account.reseller_id, actor=actor)
    return Batch(batch_id, creditor, collection_date, schema, xml, debits, total)


def _issuer_key(inv: Invoice) -> str:
    return HOSTER_KEY if inv.issuer_reseller_id is None else reseller_key(inv.issuer_reseller_id)


def _candidates(session: Session, creditor_key: str):
    """(invoice, mandate, open amount) of every invoice this run collects, oldest first."""
    i = Invoice.__table__.c
    issuers = {}
    rows = list(session.scalars(select(Invoice).where(
        i.kind == InvoiceKind.INVOICE.value, i.status.in_(allocation.OPEN), i.currency == "EUR",
        i.company_id.is_not(None)).order_by(i.issue_date, i.id)))
    wanted = []
    for inv in rows:
        key = _issuer_key(inv)
        if key not in issuers:
            issuers[key] = collector_of(session, key) == creditor_key and collection_on(session, key)
        if issuers[key]:
            wanted.append(inv)
    found = mandates.active_for(session, sorted({inv.company_id for inv in wanted}), creditor_key)
    wanted = [inv for inv in wanted if inv.company_id in found]
    settled = allocation.allocated(session, [inv.id for inv in wanted])
    for inv in wanted:
        amount = inv.total - settled[inv.id]
        if amount > 0:
            yield inv, found[inv.company_id], amount.quantize(Decimal("0.01"))
