"""The credit applied to an invoice as it was issued, as its document shows it (app/documents/content.py
``Applied``): "Credit applied" lines below the total, then the amount due.

When an invoice is issued, the account's credit (a payment kept as credit, a credit note's credit) is applied
to it in the issue's own transaction (app/payments/ledger.py ``_apply_credit_on_issue``). The PDF is made
after that transaction (app/services/document_store.py), or, if storing it failed, the first time the invoice
is shown, sent or printed, and is kept unchanged from then on: the figures it shows must therefore be those of
the issue, the same whenever it is made. So an allocation counts here only if it is

- the issue's own: recorded at the very instant of the invoice's own ledger entry (the issue records the credit
  it applies at that instant, ``_apply_credit_on_issue``; anything allocated later, by hand, by a payment, a
  collection or a credit note, is recorded at its own instant). Not its date: an allocation is dated no earlier
  than its invoice nor than its money existed (app/payments/allocation.py ``allocate``), so credit applied to an
  invoice dated back before the payment that made the credit is dated after the invoice's issue date,
- positive and not a take-back (a later take-back, a payment that did not hold, leaves the issued document
  as it was), and
- from a source that existed when the invoice was posted to the account: a payment recorded before the
  invoice's own ledger entry, or a credit note posted before it or with it (a billing run posts the documents
  of a batch at one instant, then applies the account's credit to its invoices at that instant: a credit note
  of the batch is the issue's credit as much as one posted earlier, as ``invoices issue`` would show it).

Read in one statement for many invoices (``applied_at_issue``), as a batch of PDFs reads them.
"""
from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.documents.content import Applied
from app.models import Invoice
from app.models.payments import Allocation, EntryKind, LedgerEntry, Payment

KINDS = ("invoice", "wholesale")  # what credit is applied to (app/payments/allocation.py ``ALLOCATABLE``)
NOTE_KINDS = (EntryKind.CREDIT_NOTE.value, EntryKind.STATEMENT.value)  # what a credit note is posted as
PAGE = 500  # ids per IN (...), under every backend's bound-parameter limit


def applied_at_issue(session: Session, invoices: list[Invoice]) -> dict[int, tuple[Applied, ...]]:
    """invoice id -> the credit applied to it at issue (see the module's docstring), in the order it was
    applied; () for a draft, a credit note, a statement, or an invoice no credit settled when it was issued."""
    out: dict[int, tuple[Applied, ...]] = {inv.id: () for inv in invoices}
    ids = [inv.id for inv in invoices if inv.kind in KINDS and inv.number is not None]
    a = Allocation.__table__.c
    posted = aliased(LedgerEntry.__table__)  # the invoice's own entry, written in the issue's transaction
    note_entry = aliased(LedgerEntry.__table__)  # the credit note's, when the credit is a credit note's
    note = aliased(Invoice.__table__)
    p = Payment.__table__.c
    found: dict[int, list[Applied]] = {}
    for start in range(0, len(ids), PAGE):
        q = (select(a.invoice_id, a.amount, p.received_on, note.c.number)
             .select_from(Allocation.__table__)
             .join(posted, and_(posted.c.document_id == a.invoice_id, posted.c.kind == EntryKind.INVOICE.value))
             .outerjoin(Payment.__table__, p.id == a.payment_id)
             .outerjoin(note_entry, note_entry.c.document_id == a.credit_note_id)
             .outerjoin(note, note.c.id == a.credit_note_id)
             .where(a.invoice_id.in_(ids[start:start + PAGE]), a.amount > 0, a.takes_back_id.is_(None),
                    a.recorded_at == posted.c.recorded_at,  # the issue's own (see the module's docstring)
                    or_(and_(a.payment_id.is_not(None), p.recorded_at < posted.c.recorded_at),
                        # at the same instant: a credit note the same issue posted (a run's batch posts its
                        # documents at one instant, credit notes and invoices alike, then applies the credit)
                        and_(a.credit_note_id.is_not(None), note_entry.c.recorded_at <= posted.c.recorded_at,
                             note_entry.c.kind.in_(NOTE_KINDS))))
             .order_by(a.invoice_id, a.id))
        for r in session.execute(q):
            found.setdefault(r.invoice_id, []).append(
                Applied(r.amount, r.received_on if r.number is None else None, r.number))
    out.update({k: tuple(v) for k, v in found.items()})
    return out
