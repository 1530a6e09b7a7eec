"""What a company invoice accrued to its reseller, kept in step with the lines the customer is billed.

A billing run writes one accrual (the reseller's cost, or its margin in the margin mode) for each line it
bills, with the draft. An invoice that carries deferred invoices bills their lines too, while their accruals
stay with them. So, for the invoice and the deferred invoices it carries:

- a credit note reverses all of their accruals (``reverse``), dated on the credit note;
- the draft copy that ``modify`` opens gets them back, the same lines at the same amounts and periods, dated
  like the reversal so that one settlement takes both (``copy``);
- a draft's accruals follow its lines (``follow_edit``): an edit keeps the accruals of the lines it keeps,
  drops those of the lines it removes, and reprices a billed line whose quantity or price it changes at the
  unit cost the run found for it, for the same share of its period as the line (``_repriced``). A billed line
  is billed whatever way the edit gives it back: kept, changed in the window, or written out again as text
  (``invoices._retyped`` makes that the billed line again): while a line bills a plan for a period, the
  reseller's cost for it follows. A line a person adds with no plan (free text) accrues nothing, as on a
  manual invoice.

Deleting a draft deletes its accruals with it (``invoices._delete_rows``), so a deleted copy leaves the cost
reversed; the delete is refused when a settlement took them meanwhile. Accruals are only ever added or deleted, never changed (``app/storage/row_security.py``): an accrual
a settlement took already is reversed by a negative one instead of being deleted.

Each function works inside the caller's unit of work, after the caller claimed the invoice.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from app.models import Accrual, Invoice, InvoiceLine
from app.money import round_money

_COPIED = ("reseller_id", "kind", "company_id", "line_kind", "plan_id", "extra_code", "description", "quantity",
           "unit_price", "start", "end", "currency", "amount")


def billed_by(session: Session, invoice_id: int) -> list[Accrual]:
    """The accruals of the lines invoice ``invoice_id`` bills: its own and those of the deferred invoices it
    carries, in the order they were written. Not the VAT a margin-mode settlement passed on for the issued
    document (app/billing/settlement.py): that follows the document, which a credit note or a copy is not."""
    carried = select(Invoice.id).where(Invoice.carried_into_id == invoice_id)
    return list(session.scalars(select(Accrual).where(or_(Accrual.invoice_id == invoice_id,
                                                          Accrual.invoice_id.in_(carried)),
                                                      Accrual.line_kind != "vat")
                                .order_by(Accrual.id)))


def _values(acc: Accrual) -> dict:
    return {k: getattr(acc, k) for k in _COPIED} | {"boundary": acc.boundary}


def _add(session: Session, values: dict, invoice_id: int, sign: int = 1, **changed) -> None:
    values = values | {"quantity": sign * values["quantity"], "amount": sign * values["amount"]}
    session.add(Accrual(**(values | changed), invoice_id=invoice_id))


def reverse(session: Session, invoice_id: int, note: Invoice) -> None:
    """Negative accruals on credit note ``note`` for all that invoice ``invoice_id`` billed, dated on the note."""
    for acc in billed_by(session, invoice_id):
        _add(session, _values(acc), note.id, -1, boundary=note.issue_date)


def copy(session: Session, invoice_id: int, draft: Invoice, boundary: date) -> None:
    """The accruals of invoice ``invoice_id``'s lines again, on ``draft`` (its copy), dated ``boundary`` (the
    credit note's day, as its reversal)."""
    for acc in billed_by(session, invoice_id):
        _add(session, _values(acc), draft.id, boundary=boundary)


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


def follow_edit(session: Session, draft: Invoice, old: list, shares: dict | None = None) -> None:
    """Make ``draft``'s accruals follow its edited lines; ``old``: its ``lines`` before the edit; ``shares``: the
    share of its period each new line computed bills, by position (``invoices._write_lines``; 1 if not given).
    The lines of the deferred invoices it carries are its lines too: their accruals follow the same way, but
    stay with them (a changed one is reversed on the draft, never deleted: deleting the draft gives the deferred
    invoice back whole, its accruals with it)."""
    accruals = billed_by(session, draft.id)
    if not accruals:
        return
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
    if not changed:
        return
    for ln in others:
        remaining[_whole(ln)] -= min(1, remaining[_whole(ln)])
    # The other new lines: a billed line with another quantity or price, or a line the person added.
    spare = defaultdict(list)
    for ln in new:
        if remaining[_whole(ln)] > 0:
            remaining[_whole(ln)] -= 1
            spare[_place(ln)].append(ln)
    deleted = set(session.scalars(delete(Accrual).where(Accrual.id.in_([acc["id"] for acc, _ in changed
                                                                         if acc["own"]]),
                                                        Accrual.settled_by_id.is_(None))
                                  .returning(Accrual.id).execution_options(synchronize_session="fetch")))
    for acc, ln in changed:
        values = {k: v for k, v in acc.items() if k not in ("id", "own")}
        if acc["id"] not in deleted:  # a carried invoice's, or a settlement took it (maybe meanwhile): reversed
            _add(session, values, draft.id, -1)
        if spare[_place(ln)]:
            now = spare[_place(ln)].pop(0)
            share = (shares or {}).get(now.position, Fraction(1))
            _add(session, values, draft.id, **_repriced(values, ln, now, share))
    session.flush()


def _repriced(acc: dict, was, now, share: Fraction = Fraction(1)) -> dict:
    """The accrual of billed line ``was`` for the same line billed as ``now``, which bills ``share`` of its
    period (its days / the period's days; 1 for a whole one), as the run costs a line: the reseller's cost is
    the quantity x the unit cost the run found (the term's, for a longer term) x the share, rounded once,
    half-up (2 x 3.50 x 12/31 = 2.709... -> 2.71); its margin, what the customer pays less that cost (all of it
    for a line without a plan)."""
    cur, quantity = acc["currency"], Decimal(now.quantity)
    if acc["kind"] == "cost":
        unit = Decimal(acc["unit_price"])
        amount = round_money(Fraction(quantity) * Fraction(unit) * share, cur)
    elif acc["plan_id"] is None:
        unit, amount = Decimal(now.unit_price), Decimal(now.amount)
    else:
        unit_cost = Decimal(was.unit_price) - Decimal(acc["unit_price"])
        unit = Decimal(now.unit_price) - unit_cost
        amount = Decimal(now.amount) - round_money(Fraction(quantity) * Fraction(unit_cost) * share, cur)
    return {"quantity": quantity, "unit_price": unit, "amount": amount}
