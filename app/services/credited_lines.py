"""What a credit note of an invoice gives back: what still stands of each of its lines.

A company invoice's days may have been given back in part already, by a later document that still stands (a
run's give-back of a change recorded in time, on the next invoice; or of one recorded late, on a correction
credit note): a credit note of the invoice then gives back each line net of that, so that no day is given back
twice. The note charges that give-back again on a "correction" line beside the line (71.40 billed, 36.85 given
back by a late cancellation: the note gives back 34.55).

Which units of a later give-back were the invoice's: a give-back of days is of the units billed for them, the
units later documents charged for those days first (a site added on 20 January and removed on 25 January, both
on the next invoice, gives back nothing of January's), then the invoice's own, no more than the line billed
(3 sites cancelled from 25 January where January billed 2 and a later invoice charged the third: 2 of them).

And the other way round: a document whose give-back an earlier credit note charged again (the invoice whose days
it gave back was credited first) is credited without that give-back, which the customer no longer has (January
credited net of the 6.19 the February invoice gave back, then February credited: its credit note gives back
February's charges only).

A minimum charge's top-up is netted the same way against later corrections of the same period's top-up, by
its amount (19.50 billed and topped up by 10.50 to 30.00; a second user recorded late, whose 19.50 removes the
top-up, -10.50: the note gives back 19.50).

While a draft after the invoice gives back some of its days, the invoice is not credited (``draft_after``):
the draft is issued (and netted) or deleted first.

None of this for a document to a reseller: its days are the companies' (its accruals are released to the next
settlement instead).
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.tax import tax_total
from app.models import Invoice, InvoiceKind, InvoiceLine, Status
from app.money import round_money

_STANDING = (Status.ISSUED.value, Status.PARTIALLY_PAID.value, Status.PAID.value)
_COLUMNS = ("reseller_id", "kind", "company_id", "plan_id", "extra_code", "user_id", "description", "quantity",
            "unit_price", "start", "end", "tax_rate", "amount")
CHARGED_AGAIN = "correction"  # the kind of a note's line that charges a give-back again


def _key(ln, company_id) -> tuple:
    """What a later line gives back of: the same plan, extra, user and unit price; a minimum charge, the one of
    the same company and period, whatever its amount (a run's correction of a top-up is 1 x minus what it
    removes)."""
    if ln.kind == "minimum":
        return (ln.company_id or company_id, ln.start)
    return (ln.company_id or company_id, ln.plan_id, ln.extra_code, ln.user_id, ln.unit_price)


def _dated(ln) -> bool:
    return ln.start is not None and ln.end is not None and (
        ln.plan_id is not None or ln.extra_code is not None or ln.kind == "minimum")


def _charged(lines: list[InvoiceLine]) -> list[InvoiceLine]:
    """The dated lines of ``lines`` that charge for days (what later documents may give back)."""
    return [ln for ln in lines if _dated(ln) and ln.amount > 0]


def _size(ln) -> int | Decimal:
    """What a dated line charges (positive) or gives back (negative) of its days: its units; a minimum charge's
    amount."""
    return Decimal(ln.amount) if ln.kind == "minimum" else int(ln.quantity)


def _later(session: Session, inv: Invoice, statuses: tuple[str, ...] = _STANDING) -> list[tuple]:
    """(line, its company) of the documents after ``inv`` in ``statuses`` (by default those that still stand), of
    the same company, issuer and currency (invoices and a run's correction notes; not a credit note of an
    invoice, whose lines give back its own), dated lines, in order of their days."""
    i, ln = Invoice.__table__.c, InvoiceLine.__table__.c
    return list(session.execute(
        select(InvoiceLine, func.coalesce(ln.company_id, i.company_id))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(i.company_id == inv.company_id, i.id > inv.id, i.issuer_key == inv.issuer_key,
               i.currency == inv.currency, i.status.in_(statuses), i.credits_id.is_(None),
               i.kind.in_((InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value)), ln.amount != 0,
               ln.start.is_not(None), ln.end.is_not(None))
        .order_by(ln.start, ln.amount.desc(), ln.invoice_id, ln.position, ln.id)))


def _share(session: Session, inv: Invoice, back, units: int | Decimal, line, explainer: list) -> Decimal:
    """The amount of ``units`` of give-back ``back`` (negative) of ``inv``'s ``line``, exact: the line's unit
    price x the units x the share of its term ``back`` gives back (days / the term's days on the company's
    schedule, as its invoice bills it: ``invoices.share_of_period``; 7/31 of the 31-day term that a period of
    17 days after a billing-day change is the tail of), when the line bills a period (a recurring line); else
    ``back``'s amount for its units, in proportion. Of a minimum charge, ``units`` is the amount given back."""
    from app.services.invoices import share_of_period

    if line.kind == "minimum":
        return Decimal(-units)
    if -back.quantity == units:
        return Decimal(back.amount)
    if line.kind == "recurring":
        share = share_of_period(session, inv, back, explainer)
        return -round_money(Fraction(units) * Fraction(Decimal(line.unit_price)) * share, inv.currency)
    return round_money(Fraction(Decimal(back.amount)) * units / Fraction(Decimal(-back.quantity)), inv.currency)


def given_back(session: Session, inv: Invoice, lines: list[InvoiceLine]) -> dict[int, list[SimpleNamespace]]:
    """Per line id of company invoice ``inv`` (``lines``): what later documents that still stand gave back of its
    days, as lines of their own (a negative quantity and amount, for the units that were the invoice's: the
    module docstring; of a minimum charge, 1 x minus what was the invoice's of its amount)."""
    if inv.company_id is None:
        return {}
    ours = _charged(lines)
    if not ours:
        return {}
    later = _later(session, inv)
    if not later:
        return {}
    left = {ln.id: _size(ln) for ln in ours}
    out: dict[int, list[SimpleNamespace]] = {}
    explainer: list = []
    for key in {_key(ln, inv.company_id) for ln in ours}:
        mine = [ln for ln in ours if _key(ln, inv.company_id) == key]
        added: list[list] = []  # [first day, day after the last, units not yet given back] charged by later ones
        for ln, company in later:
            if _key(ln, company) != key or not any(m.start <= ln.start and ln.end <= m.end for m in mine):
                continue
            if ln.amount > 0:
                added.append([ln.start, ln.end, _size(ln)])
                continue
            units = -_size(ln)
            for span in added:  # the units later documents charged for these days first
                if span[0] <= ln.start and ln.end <= span[1] and span[2] and units:
                    taken = min(span[2], units)
                    span[2] -= taken
                    units -= taken
            for m in mine:  # then the invoice's own
                if not units or not (m.start <= ln.start and ln.end <= m.end) or not left[m.id]:
                    continue
                taken = min(left[m.id], units)
                left[m.id] -= taken
                units -= taken
                part = SimpleNamespace(**{c: getattr(ln, c) for c in _COLUMNS})
                part.amount = _share(session, inv, ln, taken, m, explainer)
                if m.kind == "minimum":  # 1 x what it gives back, as a run's correction of a top-up says it
                    part.unit_price = part.amount
                else:
                    part.quantity = Decimal(-taken)
                out.setdefault(m.id, []).append(part)
    return out


def draft_after(session: Session, inv: Invoice, lines: list[InvoiceLine]):
    """The first line of a draft after company invoice ``inv`` (its ``lines``) that gives back some of its days
    (the next period's bill a run wrote, giving back the days of a cancellation recorded in time), or None: a
    credit note of ``inv`` written now would give those days back, and the draft, issued after it, again
    (``given_back`` nets only what stands). A draft that only charges more for them gives nothing back."""
    ours = _charged(lines)
    if inv.company_id is None or not ours:
        return None
    return next((ln for ln, company in _later(session, inv, (Status.DRAFT.value,)) if ln.amount < 0 and any(
        _key(m, inv.company_id) == _key(ln, company) and m.start <= ln.start and ln.end <= m.end for m in ours)),
        None)


def charged_again(session: Session, inv: Invoice) -> dict[tuple, list[tuple[Decimal, Decimal]]]:
    """What earlier credit notes of the company's invoices charged again of ``inv``'s give-backs (the lines of
    kind ``CHARGED_AGAIN`` they carry), by the give-back's plan, extra, user, unit price and days: (units,
    amount) each."""
    n, ln = Invoice.__table__.c, InvoiceLine.__table__.c
    rows = session.execute(
        select(InvoiceLine).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(n.company_id == inv.company_id, n.credits_id.is_not(None), n.credits_id < inv.id,
               n.issuer_key == inv.issuer_key, n.currency == inv.currency, n.status != Status.DRAFT.value,
               ln.kind == CHARGED_AGAIN, ln.amount > 0, ln.start.is_not(None))).scalars()
    out: dict[tuple, list] = defaultdict(list)
    for line in rows:
        out[(line.plan_id, line.extra_code, line.user_id, line.unit_price, line.start, line.end)].append(
            (Decimal(line.quantity), Decimal(line.amount)))
    return out


def credited_lines(session: Session, inv: Invoice, lines: list[InvoiceLine]) -> list:
    """What a credit note of ``inv`` (its ``lines``, in order) gives back, as lines of ``inv`` (the note negates
    them): each of its lines, less a give-back an earlier credit note charged again already; then, for each
    give-back of its days a later document made (``given_back``), that give-back as a correction charged again
    (a negative line here, positive on the note), after its line. ``lines`` themselves when nothing changes."""
    if inv.company_id is None:
        return lines
    backs = given_back(session, inv, lines)
    again = charged_again(session, inv) if any(ln.amount < 0 and _dated(ln) for ln in lines) else {}
    if not backs and not again:
        return lines
    out, changed = [], bool(backs)
    for ln in lines:
        row = SimpleNamespace(**{c: getattr(ln, c) for c in _COLUMNS}, again=False)
        if ln.amount < 0 and _dated(ln):
            for units, amount in again.pop((ln.plan_id, ln.extra_code, ln.user_id, ln.unit_price, ln.start, ln.end),
                                           []):
                row.quantity, row.amount, changed = row.quantity + units, row.amount + amount, True
            if not row.quantity and not row.amount:
                continue  # given back, then charged again by the note of the invoice whose days it gave back
        out.append(row)
        for back in backs.get(ln.id, []):
            out.append(SimpleNamespace(**(vars(back) | {"reseller_id": ln.reseller_id, "kind": CHARGED_AGAIN,
                                                        "company_id": ln.company_id, "tax_rate": ln.tax_rate,
                                                        "again": True})))
    if not changed:
        return lines
    first = lines[0].position if lines else 0
    for n, ln in enumerate(out):
        ln.position = first + n
    return out


def credited_tax(inv: Invoice, lines: list) -> Decimal:
    """The tax ``lines`` (``credited_lines`` of ``inv``, net) give back: the invoice's tax less the tax of what
    was given back already (each give-back charged again taxed on its own, as it was on its document): 11.90
    billed (10.00 + 1.90 at 19 %), 7.50 + 1.43 given back: the note gives back 2.50 and 0.47, not 0.48."""
    changed = [ln for ln in lines if getattr(ln, "again", False)]
    kept = [ln for ln in lines if not getattr(ln, "again", False)]
    return (tax_total([(ln.amount, ln.tax_rate) for ln in kept], inv.currency)
            + sum((tax_total([(ln.amount, ln.tax_rate)], inv.currency) for ln in changed), Decimal(0)))
