"""Who collects for whom: the processor account that takes a customer's money follows the reseller's
billing mode.

Invoices are issued in the name of ``issuer_key`` (the hoster, or the reseller of a reseller's company);
the money is collected by ``collector_of(issuer_key)``:

- the hoster's own invoices (direct companies, resellers' wholesale invoices): the hoster's account;
- ``reseller_bills``: the reseller's own account;
- ``hoster_bills_hoster_processor``: the hoster's account; the reseller is owed its margin (statements,
  paid out by app/payments/payouts.py);
- ``hoster_bills_reseller_processor``: the reseller's account, as the hoster configured it (the hoster runs
  the collection in the reseller's name, into the reseller's account; the reseller then owes the hoster its
  wholesale invoices, as in ``reseller_bills``).

Each payment records its collector (``payments.collected_by``), so the console can say whose account
took it. A reseller that changes its billing mode changes who collects the invoices made from then on; an
invoice made before keeps the collector of the mode it was issued under (``collector_of_invoice``): the one
stamped on it when it was made (``Invoice.collected_by``, ``stamp``), or for one made before migration 0035, the
one its accruals say.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.models import BillingMode, Invoice, Reseller


def collector_of(session: Session, issuer_key: str) -> str:
    """The key ("hoster" or "reseller:<id>") of whose processor account collects ``issuer_key``'s invoices."""
    if issuer_key == HOSTER_KEY:
        return HOSTER_KEY
    reseller = session.get(Reseller, int(issuer_key.split(":", 1)[1]))
    if reseller is not None and reseller.billing_mode == BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value:
        return HOSTER_KEY
    return issuer_key


def collection_on(session: Session, issuer_key: str) -> bool:
    """Whether the ``payment_collection`` switch lets Prorata collect ``issuer_key``'s invoices: the
    reseller's own setting when it has one, else the hoster's."""
    from app.models import Hoster

    if issuer_key != HOSTER_KEY:
        reseller = session.get(Reseller, int(issuer_key.split(":", 1)[1]))
        if reseller is not None and reseller.payment_collection is not None:
            return reseller.payment_collection
    hoster = session.get(Hoster, 1)
    return bool(hoster.payment_collection) if hoster is not None else False


def collector_of_invoice(session: Session, invoice: Invoice) -> str:
    """Whose processor account collects ``invoice``: as the billing mode it was issued under says, not the
    reseller's mode now (a reseller that changed its mode: app/services/resellers_admin.py): the collector
    stamped on it (``Invoice.collected_by``); unstamped (made before migration 0035), in the margin mode when its
    accruals are margins (``settlement.issue_modes``), and one without accruals follows the mode now
    (``collector_of``)."""
    from app.billing.settlement import issue_modes

    if invoice.issuer_reseller_id is None:
        return HOSTER_KEY
    if invoice.collected_by is not None:
        return invoice.collected_by
    key = reseller_key(invoice.issuer_reseller_id)
    margin = issue_modes(session, invoice.issuer_reseller_id, [invoice.id]).get(invoice.id)
    if margin is None:
        return collector_of(session, key)
    return HOSTER_KEY if margin else key


def stamp(session: Session, invoice: Invoice) -> str | None:
    """What ``Invoice.collected_by`` a document about to be issued gets: None for the hoster's own (it collects
    them); a credit note, its credited invoice's collector (it gives back what that one collected, and reverses
    that one's accruals); any other of a reseller, the collector it has (a run's correction note of the days
    another collector collected has its own, app/billing/company_bill.py ``_by_collector``; a copy ``modify``
    opens, its credited invoice's), else as ``collector_of_invoice`` infers it: by its accruals (a run's draft
    made before migration 0035), or the reseller's mode now (a manual draft; a draft is made and issued in one
    mode: app/services/resellers_admin.py refuses a change with drafts open)."""
    if invoice.issuer_reseller_id is None:
        return None
    if invoice.collected_by is None and invoice.credits_id is not None:
        return collector_of_invoice(session, session.get(Invoice, invoice.credits_id))
    return collector_of_invoice(session, invoice)


def collectors_of_invoices(session: Session, invoices: Iterable[tuple[int, int | None]]) -> dict[int, str]:
    """``collector_of_invoice`` for many invoices at once, by the same rule: (invoice id, its issuer reseller
    id) pairs -> invoice id -> its collector's key. A few queries per reseller and page of ids
    (``settlement.issue_modes``), not one per invoice: a collection run may cover 100,000 invoices."""
    from app.billing.settlement import issue_modes

    out: dict[int, str] = {}
    by_reseller: dict[int, list[int]] = {}
    for invoice_id, reseller_id in invoices:
        if reseller_id is None:
            out[invoice_id] = HOSTER_KEY
        else:
            by_reseller.setdefault(reseller_id, []).append(invoice_id)
    for reseller_id, ids in sorted(by_reseller.items()):
        key = reseller_key(reseller_id)
        modes = issue_modes(session, reseller_id, sorted(set(ids)))
        now = None
        for invoice_id in ids:
            margin = modes.get(invoice_id)
            if margin is None:
                now = now or collector_of(session, key)
                out[invoice_id] = now
            else:
                out[invoice_id] = HOSTER_KEY if margin else key
    return out
