"""A direct debit collection run: the issued, open EUR invoices of companies with an active mandate, written
as one pain.008 file (app/payments/sepa/pain008.py, validated against the ISO 20022 schema) for one creditor,
and marked submitted. The debits are booked in bulk (app/payments/debit_booking.py).

What is debited for an invoice is what is left of it once its account's credit is applied: the run first
applies the credit of the accounts it holds to their open invoices, oldest first (allocations the ledger
records and the audit log names "credit applied before collection", as the console's "Apply credit" makes),
then debits only the rest (``collectable``; app/payments/allocation.py ``due_after_credit``, the one rule,
which the invoice's pre-notification follows too). An invoice the credit settles is not debited; a
customer whose payment became credit when the invoice it paid was credited is not charged twice.

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

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.base import utcnow
from app.models.payments import Method
from app.models.processors import DebitStatus, DirectDebit, Mandate, MandateStatus
from app.money import to_text
from app.payments import accounts, allocation, debit_booking
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import Capability
from app.payments.sepa import mandates, pain008
from app.services import audit
from app.values.dates import check_date

SCHEMAS = pain008.SCHEMAS
CENT = Decimal("0.01")

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


def run(session: Session, creditor: str, collection_date: date, *, schema: str = SCHEMAS[0],
        today: date | None = None, actor: str | None = None, invoice_ids: list[int] | None = None,
        progress=None) -> Batch:
    """Submit every open EUR invoice ``creditor`` ("hoster" or a reseller code) collects by direct debit on
    ``collection_date`` (only ``invoice_ids`` when given); returns the pain.008 file (validated) and the
    debits. Nothing is written when there is nothing to collect or the file does not validate.
    ``progress(done, total, message)`` is told of each step."""
    actor = actor or audit.current_actor(session)
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
    step = progress or (lambda done, total, message: None)
    step(0, 4, "reading the open invoices")
    # The accounts are held before what is open is read again: a rival run waits, then finds them paid.
    m = Mandate.__table__.c
    with_mandate = select(m.company_id).where(m.creditor_key == creditor_key, m.status == MandateStatus.ACTIVE.value)
    wanted = debit_booking.candidates(session, "EUR", creditor_key, with_mandate, invoice_ids)
    found = mandates.active_for(session, sorted({inv.company_id for inv in wanted}), creditor_key)
    wanted = [inv for inv in wanted if inv.company_id in found]
    account_ids = debit_booking.hold(session, wanted, "EUR")
    applied = allocation.apply_before_collection(session, list(account_ids.values()), today, actor=actor)
    wanted = collectable(session, debit_booking.still_open(session, wanted))
    found = mandates.active_for(session, sorted({inv.company_id for inv in wanted}), creditor_key)
    step(1, 4, "booking the debits")
    counts = debit_booking.attempts(session, DirectDebit, [inv.id for inv in wanted])
    batch_id = pain008.message_id()
    # Every debit of a run under one mandate goes with the sequence the mandate had when the run began (a
    # first collection of two invoices is two FRST debits); a one-off mandate pays one invoice only.
    sequences: dict[int, str] = {}
    chosen: list[tuple] = []
    for inv, mandate in debited(wanted, found):
        sequence = sequences.setdefault(mandate.id, mandate.sequence)
        amount = inv.open  # what is left once the credit is applied, to the cent (``collectable``)
        e2e = f"PR-{inv.id}-{counts.get(inv.id, 0) + 1}"
        chosen.append((inv, mandate, sequence, amount, e2e))
    if not chosen:
        raise ProrataError.of("nothing_to_debit", creditor=creditor)
    payment_ids = debit_booking.book(session, [
        debit_booking.Debit(inv, account_ids[(inv.company_id, inv.issuer_key)], amount,
                            f"SEPA {mandate.reference} {e2e}", e2e)
        for inv, mandate, sequence, amount, e2e in chosen],
        currency="EUR", method=Method.DIRECT_DEBIT.value, day=collection_date, actor=actor,
        processor=account.processor)
    step(2, 4, "writing the pain.008 file")
    now = utcnow()
    rows, debits, files = [], [], []
    for (inv, mandate, sequence, amount, e2e), pid in zip(chosen, payment_ids):
        notice = NOTICE.format(amount=to_text(amount, "EUR"), invoice=inv.number, date=collection_date.isoformat(),
                               iban=masked(mandate.iban), mandate=mandate.reference,
                               creditor_id=settings["creditor_id"])
        rows.append(dict(reseller_id=inv.reseller_id, invoice_id=inv.id, mandate_id=mandate.id, batch=batch_id,
                         end_to_end_id=e2e, sequence=sequence, amount=amount, currency="EUR",
                         collection_date=collection_date, status=DebitStatus.SUBMITTED.value, payment_id=pid,
                         notice=notice[:400], return_code=None, returned_on=None, actor=actor, created_at=now,
                         version=1))
        debits.append({"invoice": inv.number, "end_to_end_id": e2e, "mandate": mandate.reference,
                       "sequence": sequence, "amount": to_text(amount, "EUR"), "payment": pid, "notice": notice})
        files.append(pain008.Debit(e2e, amount, sequence, collection_date, mandate.reference, mandate.signed_on,
                                   mandate.debtor_name, mandate.iban, f"Invoice {inv.number}"[:140], mandate.bic))
    for start in range(0, len(rows), 2000):
        session.execute(insert(DirectDebit.__table__), rows[start:start + 2000])
    _move_mandates(session, found, sequences, actor)
    total = sum((amount for _, _, _, amount, _ in chosen), Decimal(0))
    creditor_party = pain008.Creditor(settings["name"], settings["iban"], settings["creditor_id"], settings.get("bic"))
    xml = pain008.build(creditor_party, files, schema=schema, msg_id=batch_id)
    step(3, 4, "checking the file against its schema")
    try:
        pain008.validate(xml, schema)
    except pain008.InvalidFile as e:
        raise ProrataError.of("sepa_file_invalid", why=str(e)[:300]) from None
    allocation.audit_applied(session, applied)
    audit.record(session, "submit", "direct_debit_batch", batch_id,
                 after={"creditor": creditor, "collection_date": collection_date.isoformat(), "schema": schema,
                        "count": len(debits), "total": to_text(total, "EUR"),
                        "invoices": [d["invoice"] for d in debits], "payments": payment_ids},
                 reseller_id=account.reseller_id, actor=actor)
    session.expire_all()  # what the caller holds of the rows written in bulk is read afresh
    step(4, 4, "done")
    return Batch(batch_id, creditor, collection_date, schema, xml, debits, total)


def collectable(session: Session, wanted: list[debit_booking.OpenInvoice]) -> list[debit_booking.OpenInvoice]:
    """Of ``wanted`` (open, oldest first, as ``debit_booking.still_open`` reads them), those a run debits
    something for, each with ``open`` set to what it debits: what is left of it once its account's credit is
    applied to the account's open invoices oldest first (``allocation.due_after_credit``), to the cent. Those
    the credit settles are left out. A run (SEPA here, ACH in app/payments/ach/run.py) and an invoice's
    pre-notification (app/payments/sepa/notices.py) both go by it. Writes nothing."""
    due = allocation.due_after_credit(session, [inv.id for inv in wanted], {inv.id: inv.open for inv in wanted})
    out = []
    for inv in wanted:
        amount = due[inv.id].quantize(CENT)
        if amount > 0:
            inv.open = amount
            out.append(inv)
    return out


def debited(wanted: list[debit_booking.OpenInvoice], found: dict[int, Mandate]):
    """(invoice, mandate) for each of ``wanted`` (open, oldest first) that a run debits under ``found`` (company id
    -> its active mandate with the creditor): those with a mandate, and under a one-off mandate only the first.
    The run and the invoice's pre-notification (app/payments/sepa/notices.py) both go by it."""
    seen: set[int] = set()
    for inv in wanted:
        mandate = found.get(inv.company_id)
        if mandate is None or (mandate.id in seen and mandate.sequence == "OOFF"):
            continue
        seen.add(mandate.id)
        yield inv, mandate


def _move_mandates(session: Session, found: dict[int, Mandate], sequences: dict[int, str], actor: str) -> None:
    """A recurring mandate's first debit moves it on to RCUR; a one-off mandate is used up."""
    by_id = {m.id: m for m in found.values()}
    first = sorted(mid for mid, seq in sequences.items() if seq == "FRST" and by_id[mid].sequence == "FRST")
    t = Mandate.__table__.c
    for start in range(0, len(first), 500):
        session.execute(update(Mandate.__table__).where(t.id.in_(first[start:start + 500]), t.sequence == "FRST")
                        .values(sequence="RCUR", version=t.version + 1))
    for mid in sorted(mid for mid, seq in sequences.items() if seq == "OOFF"):
        m = by_id[mid]
        session.refresh(m)
        mandates.set_status(session, m, MandateStatus.USED.value, actor=actor, why="collected")
