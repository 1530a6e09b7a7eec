"""What a company invoice accrued to its reseller, kept in step with the lines the customer is billed.

A billing run writes one accrual (the reseller's cost, or its margin in the margin mode) for each line it
bills, with the draft. An invoice that carries deferred invoices bills their lines too, while their accruals
stay with them. What the hoster provided is owed whatever the reseller's documents say; only usage (the
company's events, a run's late corrections) changes a cost. So, for the invoice and the deferred invoices it
carries:

- a credit note keeps their costs (``reverse``): the days it gives back to the customer were provided. In the
  margin mode the reseller's margin for them becomes minus the cost: each of the note's lines accrues its
  (negative) amount as margin (24.00 billed, margin 12.00: credited, -12.00). A note net of a late give-back
  (app/services/credited_lines.py) charges that give-back again on a line of its own, which accrues so too;
- ``modify`` (a credit note and a draft copy of what it gave back): the note accrues as any credit note; the
  copy bills the lines again, so in the margin mode the margins the note took come back on it (``copy``), and
  the costs stay on the invoice credited. Deleting the copy leaves what a plain credit leaves;
- a draft's accruals follow its lines (``follow_edit``), never its costs: an edit that changes a billed line's
  quantity or price, rewrites it or drops it keeps its cost. In the margin mode a billed line's margin changes by
  what the line bills more or less (``_edited``: 10 x 7.00 with a cost of 40.00 edited to 1 x 7.00 earns
  7.00 - 40.00 = -33.00); a dropped one's becomes minus its cost (``_unbilled``). A billed line is billed
  whatever way the edit gives it back: kept, changed in the window, or written out again as text
  (``invoices._retyped`` makes that the billed line again);
- a line without a plan (free text, a manual invoice's) costs the hoster nothing: in the cost mode it accrues
  nothing; in the margin mode all its net is the reseller's margin (as a minimum top-up's,
  app/billing/company_bill.py), on a run's draft as it is edited (``follow_edit``), on a manual invoice when
  it is issued (``accrue_manual``);
- crediting a settlement (a statement, or the hoster's invoice of costs) gives back what it settled to the
  next settlement (``release``), or to the copy ``modify`` opens (``retake``): the void document paid
  nothing, so the next one pays (or bills) it again.

Deleting a draft deletes its accruals with it (``invoices._delete_rows``), so a deleted copy leaves what
the credit note left; the delete is refused when a settlement took them meanwhile. Accruals are only ever added or
deleted, never changed (``app/storage/row_security.py``), but for the settlement that takes them
(``settled_by_id``): an accrual a settlement took already is reversed by a negative one instead of being
deleted.

Each function works inside the caller's unit of work, after the caller claimed the invoice.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models import Accrual, BillingMode, Invoice, InvoiceKind, InvoiceLine, Reseller

COST, MARGIN = "cost", "margin"
_COPIED = ("reseller_id", "kind", "company_id", "line_kind", "plan_id", "extra_code", "description", "quantity",
           "unit_price", "start", "end", "currency", "amount")


def billed_by(session: Session, invoice_id: int) -> list[Accrual]:
    """The accruals of the lines invoice ``invoice_id`` bills: its own and those of the deferred invoices it
    carries, in the order they were written. Not the VAT a margin-mode settlement passed on for the issued
    document (app/billing/settlement.py): that follows the document, which a credit note or a copy is not."""
    # The invoices first, then their accruals by their ids (``ix_invoices_carried_into``, ``ix_accruals_invoice``:
    # migration 0028). Asked in one statement (``invoice_id = ? OR invoice_id IN (...)``), PostgreSQL guessed half
    # the accruals and read them all in id order.
    carried = session.scalars(select(Invoice.id).where(Invoice.carried_into_id == invoice_id))
    return list(session.scalars(select(Accrual).where(Accrual.invoice_id.in_([invoice_id, *carried]),
                                                      Accrual.line_kind != "vat")
                                .order_by(Accrual.id)))


def _values(acc: Accrual) -> dict:
    return {k: getattr(acc, k) for k in _COPIED} | {"boundary": acc.boundary}


def _add(session: Session, values: dict, invoice_id: int, sign: int = 1, **changed) -> None:
    values = values | {"quantity": sign * values["quantity"], "amount": sign * values["amount"]}
    session.add(Accrual(**(values | changed), invoice_id=invoice_id))


def reverse(session: Session, invoice_id: int, note: Invoice) -> None:
    """What credit note ``note`` of invoice ``invoice_id`` accrues, dated on the note. The hoster provided what
    the invoice (and the deferred invoices it carries) billed whatever the note says: a cost stays as it is; in
    the margin mode the customer is given back a line's amount, so the reseller's margin for it falls by that
    amount (from what the customer paid less the cost to minus the cost, as ``_unbilled``): each of the note's
    lines accrues its (negative) amount as margin, a line that charges a give-back again its positive one."""
    accruals = billed_by(session, invoice_id)
    margin = next((acc for acc in accruals if acc.kind == MARGIN), None)
    if margin is None:  # the cost mode (or no reseller): the cost stays
        return
    costs = Counter(_accrual_key(acc) for acc in accruals if acc.kind == COST)
    for ln in lines(session, note.id):
        key = (ln.kind, ln.company_id or note.company_id, ln.plan_id, ln.extra_code, -Decimal(ln.quantity),
               ln.start, ln.end)
        if costs[key] > 0:  # a line of days billed in the cost mode (before a change of mode): its cost stays
            costs[key] -= 1
            continue
        session.add(Accrual(reseller_id=margin.reseller_id, kind=MARGIN, company_id=ln.company_id or note.company_id,
                            invoice_id=note.id, boundary=note.issue_date, line_kind=ln.kind, plan_id=ln.plan_id,
                            extra_code=ln.extra_code, description=ln.description, quantity=Decimal(ln.quantity),
                            unit_price=Decimal(ln.unit_price), start=ln.start, end=ln.end, currency=note.currency,
                            amount=Decimal(ln.amount)))
    session.flush()


def copy(session: Session, note: Invoice, draft: Invoice) -> None:
    """What ``draft``, the copy ``modify`` opens of what credit note ``note`` gave back, accrues: in the margin
    mode, each margin the note's lines accrued (``reverse``) negated, dated like it: the customer pays each
    line again, so the reseller's margin for it rises by its amount (from minus the cost back to the price
    less the cost); its accruals then follow the copy's edits (``follow_edit``), and go with it if it is
    deleted, which leaves what a plain credit leaves. The reseller's costs stay where the run wrote them, on
    the invoice credited: the hoster provided those days once whatever documents bill them (a copy's plan
    lines are found billed there, ``accrual_missing_on_issue``, app/storage/row_security.py)."""
    for acc in session.scalars(select(Accrual).where(Accrual.invoice_id == note.id, Accrual.kind == MARGIN,
                                                     Accrual.line_kind != "vat").order_by(Accrual.id)):
        _add(session, _values(acc), draft.id, -1)
    session.flush()


def _settlement(inv: Invoice) -> bool:
    """Whether ``inv`` is the hoster's document to a reseller that settles its accruals (a statement, or an
    invoice of costs)."""
    return inv.company_id is None and inv.customer_reseller_id is not None


def settled_by(session: Session, settlement: Invoice) -> list[int]:
    """The ids of the accruals ``settlement`` (a statement, or the hoster's invoice to a reseller) took; none for
    any other invoice."""
    if not _settlement(settlement):
        return []
    return list(session.scalars(select(Accrual.id).where(Accrual.reseller_id == settlement.customer_reseller_id,
                                                         Accrual.settled_by_id == settlement.id)))


def release(session: Session, settlement: Invoice) -> None:
    """Give what ``settlement`` took back to the reseller's next settlement (its credit note voids it: it paid,
    or billed, nothing). They keep their dates, so the next settlement takes them all. Nothing for an invoice
    that is no settlement."""
    if _settlement(settlement):
        session.execute(update(Accrual).where(Accrual.reseller_id == settlement.customer_reseller_id,
                                              Accrual.settled_by_id == settlement.id)
                        .values(settled_by_id=None).execution_options(synchronize_session="fetch"))


def retake(session: Session, ids: list[int], draft: Invoice) -> None:
    """The accruals ``ids`` (what a credited settlement took, ``settled_by``) taken by ``draft``, its copy: the
    copy pays (or bills) them once issued; deleting it releases them (``invoices.delete_draft``)."""
    if ids:
        session.execute(update(Accrual).where(Accrual.id.in_(ids), Accrual.settled_by_id.is_(None))
                        .values(settled_by_id=draft.id).execution_options(synchronize_session="fetch"))


def accrue_manual(session: Session, inv: Invoice) -> None:
    """A company's manual invoice ``inv`` about to be issued, with no accruals of its own, of a reseller in the
    margin mode (the hoster collects in the reseller's name): the net of each of its lines is the reseller's
    margin (it costs the hoster nothing), dated on its issue date. Anything else accrues nothing here."""
    if inv.company_id is None or inv.reseller_id is None or inv.kind != InvoiceKind.INVOICE.value \
            or inv.period_start is not None or billed_by(session, inv.id):
        return
    mode = session.scalar(select(Reseller.billing_mode).where(Reseller.id == inv.reseller_id))
    if mode != BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value:
        return
    for ln in lines(session, inv.id):
        session.add(_manual_margin(ln, inv, inv.issue_date))
    session.flush()


def _manual_margin(ln, inv: Invoice, boundary: date) -> Accrual:
    return Accrual(reseller_id=inv.reseller_id, kind=MARGIN, company_id=ln.company_id or inv.company_id,
                   invoice_id=inv.id, boundary=boundary, line_kind=ln.kind, plan_id=None, extra_code=None,
                   description=ln.description, quantity=Decimal(ln.quantity), unit_price=Decimal(ln.unit_price),
                   start=None, end=None, currency=inv.currency, amount=Decimal(ln.amount))


def lines(session: Session, invoice_id: int) -> list:
    """The invoice's lines as plain rows (what ``follow_edit`` compares before and after an edit)."""
    t = InvoiceLine.__table__
    return list(session.execute(select(t).where(t.c.invoice_id == invoice_id).order_by(t.c.position, t.c.id)))


def _line_key(ln) -> tuple:
    """What an accrual shares with the line it costs: kind, company, plan, extra, quantity and period."""
    return (ln.kind, ln.company_id, ln.plan_id, ln.extra_code, Decimal(ln.quantity), ln.start, ln.end)


def _accrual_key(acc: Accrual) -> tuple:
    return (acc.line_kind, acc.company_id, acc.plan_id, acc.extra_code, Decimal(acc.quantity), acc.start, acc.end)


def _whole(ln) -> tuple:
    """A line as billed: an edit that gives it back the same keeps it (and its accrual)."""
    return _line_key(ln) + (Decimal(ln.unit_price), Decimal(ln.amount))


def _place(ln) -> tuple:
    """A line without its quantity and price: the same line with another quantity or price."""
    return (ln.kind, ln.company_id, ln.plan_id, ln.extra_code, ln.start, ln.end)


def follow_edit(session: Session, draft: Invoice, old: list) -> None:
    """Make ``draft``'s accruals follow its edited lines; ``old``: its ``lines`` before the edit. What the
    hoster provided is owed whatever the draft says, so an edit never changes a cost (the cost mode: nothing to
    follow). In the margin mode a
    billed line's margin is what the customer pays less that cost: an edit changing what a line bills changes
    its margin by as much (``_edited``; a line it drops: its margin becomes minus the cost, ``_unbilled``). The
    lines of the deferred invoices it carries are its lines too: their accruals follow the same way, but stay
    with them (a changed one is reversed on the draft, never deleted: deleting the draft gives the deferred
    invoice back whole, its accruals with it). A line without a plan the edit adds accrues its net as margin."""
    accruals = billed_by(session, draft.id)
    if not any(acc.kind == MARGIN for acc in accruals):
        return
    accruals = [acc for acc in accruals if acc.kind == MARGIN]
    new = lines(session, draft.id)
    # Each accrual belongs to the first line it costs that no other accrual took; any other stays as it is.
    free = defaultdict(list)
    for ln in old:
        free[_line_key(ln)].append(ln)
    owned = [(_values(acc) | {"id": acc.id, "own": acc.invoice_id == draft.id}, free[_accrual_key(acc)].pop(0))
             for acc in accruals if free[_accrual_key(acc)]]
    others = [ln for rest in free.values() for ln in rest]
    # The new lines that give back an old line unchanged: the old line keeps its accrual.
    remaining = Counter(_whole(ln) for ln in new)
    changed = []
    for acc, ln in owned:
        if remaining[_whole(ln)] > 0:
            remaining[_whole(ln)] -= 1
        else:
            changed.append((acc, ln))
    for ln in others:
        remaining[_whole(ln)] -= min(1, remaining[_whole(ln)])
    # The other new lines: a billed line with another quantity or price, or a line the person added.
    spare = defaultdict(list)
    for ln in new:
        if remaining[_whole(ln)] > 0:
            remaining[_whole(ln)] -= 1
            spare[_place(ln)].append(ln)
    # Each changed line's new self (None: dropped).
    changed = [(acc, ln, spare[_place(ln)].pop(0) if spare[_place(ln)] else None) for acc, ln in changed]
    deleted = set(session.scalars(delete(Accrual).where(Accrual.id.in_([acc["id"] for acc, _, _ in changed
                                                                         if acc["own"]]),
                                                        Accrual.settled_by_id.is_(None))
                                  .returning(Accrual.id).execution_options(synchronize_session="fetch")))
    for acc, ln, now in changed:
        values = {k: v for k, v in acc.items() if k not in ("id", "own")}
        if acc["id"] not in deleted:  # a carried invoice's, or a settlement took it (maybe meanwhile): reversed
            _add(session, values, draft.id, -1)
        if now is not None:
            _add(session, values, draft.id, **_edited(values, ln, now))
        elif values["plan_id"] is not None:  # the customer pays nothing for it, the cost stays
            _add(session, values, draft.id, **_unbilled(values, ln))
    # A line without a plan that no accrual follows (one a person added) is all margin.
    boundary = next((acc.boundary for acc in accruals if acc.invoice_id == draft.id), accruals[0].boundary)
    for ln in (ln for left in spare.values() for ln in left):
        if ln.plan_id is None and ln.kind == "manual":
            session.add(_manual_margin(ln, draft, boundary))
    session.flush()


def _unbilled(acc: dict, was) -> dict:
    """The margin of billed line ``was`` once the edit dropped it: the customer pays nothing, the hoster's cost
    for it stays (what the line billed less its margin), so the reseller's margin is minus that cost
    (10 x 10.00 = 100.00 billed, margin 40.00: cost 60.00, margin now -60.00, -6.00 a unit)."""
    unit_cost = Decimal(was.unit_price) - Decimal(acc["unit_price"])
    return {"quantity": Decimal(was.quantity), "unit_price": -unit_cost,
            "amount": -(Decimal(was.amount) - Decimal(acc["amount"]))}


def _edited(acc: dict, was, now) -> dict:
    """The margin of billed line ``was`` billed as ``now``: what the customer pays less the cost, which stays
    what it was (``was``'s amount less its margin): 10 x 7.00 = 70.00 billed, margin 30.00 (cost 40.00),
    edited to 1 x 7.00: margin 7.00 - 40.00 = -33.00. Its unit: the new price less the unit cost (for a line
    without a plan, all its price)."""
    unit_cost = Decimal(was.unit_price) - Decimal(acc["unit_price"])
    return {"quantity": Decimal(now.quantity), "unit_price": Decimal(now.unit_price) - unit_cost,
            "amount": Decimal(acc["amount"]) + Decimal(now.amount) - Decimal(was.amount)}
