"""An account's position as of a day: the one rule aging (app/payments/aging.py), the account view
(app/payments/statement.py ``show``, ``prorata accounts show``) and the statement follow.

As of a day, only what is dated on or before it counts: documents issued (their ledger entry's date), payments
received, allocations (``allocated_on``), refunds and reversals (their entry's date). Of that, per account:

- open: what is open of each issued invoice (its total less its allocations), over those still open;
- credit: what each payment (received, less what it settles, what was refunded of it and its reversal) and
  each credit note (less what it settles) has left, over those with something left: money of the customer's
  that can still be applied or paid back; never negative;
- owed outside invoices: what the customer owes that sits on no invoice. A payment refunded, then reversed
  (a bounced check, a returned debit: app/payments/reversals.py) leaves its refund owed: the money did go out
  to the customer, the payment never came in. It is shown as such, never as negative credit;
- receivable: the ledger's sum less statements to resellers and payouts, which is open + owed outside
  invoices - credit (by construction: owed outside invoices is what the other two leave of it);
- statements, paid out: on a reseller's account with the hoster when the hoster collects (app/payments/payouts.py),
  what the statements sent to the reseller add up to (what the hoster owes it: margins, the VAT collected in its
  name) and what was paid out against them; to pay out: the one less the other, what the hoster still owes.
  A statement that nets against the reseller (its margins below the VAT given back, a price under the wholesale:
  the reseller owes the hoster) is settled by the reseller's payments as an invoice is (app/payments/payouts.py
  ``settle_statements``): what they settle of it is money on the statements' side, counted with the statements
  (what they leave owed to the reseller once it paid what they said it owes) and taken out of the receivable
  (where the payment's ledger entry is). To pay out below zero is what the reseller still owes on its
  statements: to collect;
- balance: the ledger's sum (statements and payouts included), as the account's history runs it: open + owed
  outside invoices - credit - to pay out (positive, the customer owes; a reseller the hoster owes has a
  negative balance).

Five grouped queries, whatever the number of accounts (aging sums a whole book with them).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from app.errors import MESSAGES, Problem
from app.models import Invoice, InvoiceKind
from app.models.payments import Allocation, EntryKind, LedgerEntry, PaymentAccount
from app.storage.types import Amount

ZERO = Decimal(0)
# The words for what ``Position.outside`` is, where a person reads it (``prorata accounts show``, ``aging``).
OUTSIDE_WORDS = MESSAGES.setdefault("owed_outside_invoices", "owed outside invoices")
# Who holds an account's credit (``credit_held``), said where more than one collector has a part in its money.
# The words for ``Position.statements``, ``paid_out`` and ``to_pay_out`` (``prorata accounts show``, ``aging``).
STATEMENTS_WORDS = MESSAGES.setdefault("statements_to_reseller", "statements")
PAID_OUT_WORDS = MESSAGES.setdefault("paid_out_to_reseller", "paid out")
TO_PAY_OUT_WORDS = MESSAGES.setdefault("to_pay_out_to_reseller", "to pay out")
# ``Position.to_pay_out`` below zero: the reseller owes the hoster on its statements (shown as a positive amount).
TO_COLLECT_WORDS = MESSAGES.setdefault("to_collect_from_reseller", "to collect")
MESSAGES.setdefault("credit_held_by", "credit held by {collector}: {amount}, pays only {collector}'s invoices")
MESSAGES.setdefault("credit_held_by_none", "credit of payments recorded before collectors were: {amount}, pays "
                                           "any invoice")
NOT_RECEIVABLE = (EntryKind.STATEMENT.value, EntryKind.PAYOUT.value)
OF_PAYMENT = (EntryKind.PAYMENT.value, EntryKind.REFUND.value, EntryKind.REVERSAL.value)


@dataclass(frozen=True)
class Position:
    """One account's figures as of a day (amounts in its currency)."""

    balance: Decimal = ZERO
    receivable: Decimal = ZERO
    open: Decimal = ZERO
    credit: Decimal = ZERO
    statements: Decimal = ZERO  # what the statements to the reseller add up to (positive: owed to it), with what
    # the reseller's payments settle of those that net against it (``settle_statements``)
    paid_out: Decimal = ZERO  # what was paid out to the reseller against them

    @property
    def outside(self) -> Decimal:
        """Owed outside invoices: receivable = open + outside - credit."""
        return self.receivable - self.open + self.credit

    @property
    def to_pay_out(self) -> Decimal:
        """What the statements leave owed to the reseller once the payouts are counted: balance = receivable -
        to pay out. Below zero, what the reseller owes on them (``to_collect``)."""
        return self.statements - self.paid_out

    @property
    def to_collect(self) -> Decimal:
        """What the reseller still owes the hoster on its statements (``to_pay_out`` below zero), else 0."""
        return max(-self.to_pay_out, ZERO)


def positions(session: Session, as_of: date, *, account_ids: list[int] | None = None,
              where: tuple = ()) -> dict[int, Position]:
    """account id -> its position as of ``as_of``, for the accounts ``account_ids`` (else all), and only those
    matching ``where`` (conditions on ``PaymentAccount``'s columns); an account with nothing dated by then is
    left out."""
    e, a, acc = LedgerEntry.__table__.c, Allocation.__table__.c, PaymentAccount.__table__.c
    mine = list(where) + ([acc.id.in_(account_ids)] if account_ids is not None else [])

    def of_accounts(q):
        return q.join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id) \
            .where(e.entry_date <= as_of, *mine)

    def money(x):
        return type_coerce(x, Amount())

    sums = session.execute(of_accounts(select(
        e.account_id, money(func.sum(e.amount)),
        money(func.sum(case((e.kind.in_(NOT_RECEIVABLE), literal(0)), else_=e.amount))),
        money(func.sum(case((e.kind == EntryKind.STATEMENT.value, -e.amount), else_=literal(0)))),
        money(func.sum(case((e.kind == EntryKind.PAYOUT.value, e.amount), else_=literal(0))))))
        .group_by(e.account_id)).all()
    # Open: each invoice's total less its allocations made by then.
    settled = (select(a.invoice_id, func.sum(a.amount).label("amount")).where(a.allocated_on <= as_of)
               .group_by(a.invoice_id).subquery())
    left = e.amount - func.coalesce(settled.c.amount, 0)
    opens = dict(session.execute(of_accounts(select(e.account_id, money(func.sum(left))))
                                 .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
                                 .where(e.kind == EntryKind.INVOICE.value, left > 0)
                                 .group_by(e.account_id)).all())
    credits = credit_by_account(as_of, account_ids, where)
    credit = dict(session.execute(select(credits.c.account_id, credits.c.credit)).all())
    # Collected: what payments settle of statements by then (only a reseller's accounts with the hoster have any).
    i = Invoice.__table__.c
    collected = dict(session.execute(
        select(a.account_id, money(func.sum(a.amount)))
        .join_from(PaymentAccount.__table__, Allocation.__table__, a.account_id == acc.id)
        .join(Invoice.__table__, i.id == a.invoice_id)
        .where(acc.customer_reseller_id.is_not(None), acc.company_id.is_(None), a.allocated_on <= as_of,
               i.kind == InvoiceKind.STATEMENT.value, *mine)
        .group_by(a.account_id)).all())
    out = {}
    for k, balance, receivable, stated, paid in sums:
        took = collected.get(k) or ZERO
        out[k] = Position(balance or ZERO, (receivable or ZERO) + took, opens.get(k) or ZERO, credit.get(k) or ZERO,
                          (stated or ZERO) + took, paid or ZERO)
    return out


def credit_by_account(as_of: date | None, account_ids=None, where: tuple = ()):
    """A subquery (``account_id``, ``credit``): each account's credit as of ``as_of`` (None: whatever its date),
    what each payment and each credit note has left by then, summed over those with something left (a payment
    reversed after a refund has less than nothing left: that is owed outside invoices, not less credit).
    ``account_ids``: those accounts only (a list, or a SQL expression of ids); ``where``: conditions on
    ``PaymentAccount``'s columns. For the console's list too, which sorts by it in the database."""
    lefts = _credit_lefts(as_of, account_ids, where)
    return (select(lefts.c.account_id, type_coerce(func.sum(lefts.c.left), Amount()).label("credit"))
            .group_by(lefts.c.account_id).subquery("credits"))


def _credit_lefts(as_of: date | None, account_ids=None, where: tuple = ()):
    """A subquery (``account_id``, ``payment_id``, ``credit_note_id``, ``day``, ``left``): what each payment and
    each credit note of the accounts has left as of ``as_of``, those with something left, and the day its money
    came (``credit_by_account`` sums it; ``credit_held`` splits it by collector; ``after_credit`` nets it)."""
    from sqlalchemy import Integer, cast, null, union_all

    e, a, acc = LedgerEntry.__table__.c, Allocation.__table__.c, PaymentAccount.__table__.c
    dated_e = [e.entry_date <= as_of] if as_of is not None else []
    dated_a = [a.allocated_on <= as_of] if as_of is not None else []
    mine = list(where) + ([acc.id.in_(account_ids)] if account_ids is not None else [])

    def of_accounts(q):
        return q.join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id) \
            .where(*dated_e, *mine)

    by_payment = (select(a.payment_id, func.sum(a.amount).label("amount"))
                  .where(a.payment_id.is_not(None), *dated_a).group_by(a.payment_id).subquery())
    pays = (of_accounts(select(e.account_id.label("account_id"), e.payment_id.label("payment_id"),
                               func.min(e.entry_date).label("day"), (-func.sum(e.amount)).label("net")))
            .where(e.payment_id.is_not(None), e.kind.in_(OF_PAYMENT))
            .group_by(e.account_id, e.payment_id).subquery())
    pay_left = pays.c.net - func.coalesce(by_payment.c.amount, 0)
    by_note = (select(a.credit_note_id, func.sum(a.amount).label("amount"))
               .where(a.credit_note_id.is_not(None), *dated_a).group_by(a.credit_note_id).subquery())
    note_left = -e.amount - func.coalesce(by_note.c.amount, 0)
    none = cast(null(), Integer)
    return union_all(
        select(pays.c.account_id, pays.c.payment_id, none.label("credit_note_id"), pays.c.day,
               pay_left.label("left"))
        .join_from(pays, by_payment, by_payment.c.payment_id == pays.c.payment_id, isouter=True)
        .where(pay_left > 0),
        of_accounts(select(e.account_id.label("account_id"), none.label("payment_id"),
                           e.document_id.label("credit_note_id"), e.entry_date.label("day"),
                           note_left.label("left")))
        .join(by_note, by_note.c.credit_note_id == e.document_id, isouter=True)
        .where(e.kind == EntryKind.CREDIT_NOTE.value, note_left > 0)).subquery("lefts")


@dataclass(frozen=True)
class Held:
    """Part of an account's credit held by one collector (app/payments/processors/routing.py): it pays only
    the invoices that collector collects (``allocation.pays_for``)."""

    collector: str | None  # "hoster" or "reseller:<id>"; None: payments recorded before collectors were (any)
    code: str | None  # the collector as the command line names it ("hoster" or the reseller's code)
    name: str | None  # the collector as the window names it (the hoster's or the reseller's name)
    amount: Decimal

    def words(self, amount: str, *, named: bool = False) -> Problem:
        """The line for the clerk (``Problem.message`` words it in the reader's language), the amount as
        ``amount`` writes it; the collector by its code, or by its name (``named``: the window)."""
        if self.collector is None:
            return Problem("credit_held_by_none", {"amount": amount})
        return Problem("credit_held_by", {"amount": amount, "collector": self.name if named else self.code})


@dataclass(frozen=True)
class CreditHeld:
    """An account's credit by collector, hoster first, then resellers, money of no collector last (amounts add
    up to ``Position.credit``). ``split``: more than one collector has a part in the account's money (its
    credit is held by two, or by one while another collects an invoice open on it): the clerk is shown who
    holds what, since credit held by one collector never pays another's invoices."""

    parts: tuple[Held, ...] = ()
    split: bool = False

    @property
    def total(self) -> Decimal:
        return sum((h.amount for h in self.parts), ZERO)


def credit_held(session: Session, account_id: int, as_of: date | None, *,
                opens_on: date | None = None) -> CreditHeld:
    """The account's credit as of ``as_of`` (None: whatever its date, as the console's figures count it) by
    collector (``allocation.source_collectors``: a payment's ``collected_by``, a credit note's the collector of
    the invoice it credits), and whether to show it so (``CreditHeld.split``), judged with the invoices open
    on ``opens_on`` (default ``as_of``, else today). The one rule for the console's account, its credit dialog
    and ``prorata accounts show``."""
    from app.models import Hoster, Reseller
    from app.payments.accounts import issuer_names
    from app.payments.allocation import Source, source_collectors
    from app.payments.processors.routing import collectors_of_invoices

    lefts = _credit_lefts(as_of, [account_id])
    rows = session.execute(select(lefts.c.payment_id, lefts.c.credit_note_id,
                                  type_coerce(lefts.c.left, Amount()))).all()
    # Sources by their ids alone: all ``source_collectors`` reads of them.
    sources = [Source("", date.min, left, payment_id=pay, credit_note_id=note) for pay, note, left in rows]
    theirs = source_collectors(session, sources)
    by: dict[str | None, Decimal] = {}
    for s in sources:
        key = theirs[(s.payment_id, s.credit_note_id)]
        by[key] = by.get(key, ZERO) + s.left
    account = session.get(PaymentAccount, account_id)
    opens = open_invoices(session, account_id, opens_on or as_of or date.today())
    invoiced = set(collectors_of_invoices(session, [(inv.id, account.issuer_reseller_id) for inv in opens])
                   .values())
    codes = issuer_names(session)
    hoster = session.get(Hoster, 1)

    def name(key: str) -> str:
        if key == "hoster":
            return hoster.name if hoster is not None else "hoster"
        reseller = session.get(Reseller, int(key.split(":", 1)[1]))
        return reseller.name if reseller is not None else codes(key)

    order = sorted(by, key=lambda k: (k is None, k != "hoster", codes(k) if k is not None else ""))
    parts = tuple(Held(k, codes(k) if k is not None else None, name(k) if k is not None else None, by[k])
                  for k in order if by[k] > 0)
    holders = {h.collector for h in parts if h.collector is not None}
    return CreditHeld(parts, bool(holders) and len(holders | invoiced) > 1)


Key = tuple  # (payment id, credit note id) of a credit source: one of them is None


@dataclass(frozen=True)
class CreditOnDay:
    """An account's credit as dated on ``day`` (``credit_on``), source by source (``Key``): ``left``, what each
    had left that day (the figure ``accounts show --as-of`` sums); ``spendable``, what of it credit applied
    dated that day may spend: the least it has left that day or any day after (money refunded, reversed or
    applied later was not there to spend twice; money freed later was not there yet)."""

    day: date
    left: dict
    spendable: dict

    def total(self, keys=None) -> tuple[Decimal, Decimal]:
        """(left, spendable) summed over the sources ``keys`` (None: all)."""
        def of(d: dict) -> Decimal:
            return sum((v for k, v in d.items() if keys is None or k in keys), ZERO)
        return of(self.left), of(self.spendable)


def credit_on(session: Session, account_id: int, day: date) -> list[CreditOnDay]:
    """The account's credit dated ``day``, then on each later day its credit changed (an entry or an allocation
    of the account dated then), in date order: the one rule of credit applied on a day a person gave
    (``allocation.apply_credit``, the console's ``apply_credit``), by ``_credit_lefts`` as of each day."""
    e, a = LedgerEntry.__table__.c, Allocation.__table__.c
    later = sorted(set(session.scalars(select(e.entry_date).where(e.account_id == account_id, e.entry_date > day)
                                       .distinct()))
                   | set(session.scalars(select(a.allocated_on).where(a.account_id == account_id,
                                                                      a.allocated_on > day).distinct())))

    def lefts(as_of: date | None) -> dict:
        q = _credit_lefts(as_of, [account_id])
        return {(pay, note): left for pay, note, left in session.execute(
            select(q.c.payment_id, q.c.credit_note_id, type_coerce(q.c.left, Amount()))).all()}

    days = [day] + later
    on = [lefts(t) for t in days]
    least = lefts(None)  # whatever its date: what is left now bounds every day before
    out: list[CreditOnDay] = []
    for t, left in zip(reversed(days), reversed(on)):
        least = {k: min(v, least.get(k, ZERO)) for k, v in left.items() if min(v, least.get(k, ZERO)) > 0}
        out.append(CreditOnDay(t, left, least))
    return out[::-1]


def position(session: Session, account_id: int, as_of: date) -> Position:
    """The position of one account as of ``as_of`` (zeros if nothing is dated by then)."""
    return positions(session, as_of, account_ids=[account_id]).get(account_id, Position())


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice open as of a day: issued by then, its total less what was allocated to it by then."""

    id: int
    number: str
    issue_date: date
    due_date: date | None  # as posted (``terms.due_on`` gives the one to show)
    total: Decimal
    open: Decimal


def open_invoices(session: Session, account_id: int, as_of: date | None) -> list[OpenInvoice]:
    """The account's invoices open as of ``as_of`` (the rule ``positions`` sums; None: whatever its date, as the
    console's figures count), oldest first."""
    e, a, i = LedgerEntry.__table__.c, Allocation.__table__.c, Invoice.__table__.c
    settled = (select(a.invoice_id, func.sum(a.amount).label("amount"))
               .where(*([a.allocated_on <= as_of] if as_of is not None else []), a.account_id == account_id)
               .group_by(a.invoice_id).subquery())
    left = type_coerce(e.amount - func.coalesce(settled.c.amount, 0), Amount())
    rows = session.execute(
        select(e.document_id, i.number, e.entry_date, e.due_date, type_coerce(e.amount, Amount()), left)
        .join_from(LedgerEntry.__table__, Invoice.__table__, i.id == e.document_id)
        .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
        .where(e.account_id == account_id, e.kind == EntryKind.INVOICE.value,
               *([e.entry_date <= as_of] if as_of is not None else []), left > 0)
        .order_by(e.entry_date, e.document_id)).all()
    return [OpenInvoice(*r) for r in rows]


def net_credit(sources: list[tuple[str | None, Decimal]],
               opens: list[tuple[int, str, Decimal]]) -> dict[int, Decimal]:
    """invoice id -> what is open of it once credit is applied: ``sources`` ((collector, what it has left),
    oldest first) each spent on ``opens`` ((invoice id, its collector, what is open of it), oldest first), on
    those its collector may pay only (``allocation.pays_for``), each as far as it is open. The one rule of what
    credit settles before anything is collected (``allocation.due_after_credit``, as ``apply_credit`` applies
    it) and of what aging and the console's overdue figure net it into (``after_credit``). Pure."""
    from app.payments.allocation import pays_for

    still = {k: open_ for k, _, open_ in opens}
    for collector, left in sources:
        for k, whose, _ in opens:
            if left <= 0:
                break
            if still[k] <= 0 or not pays_for(collector, whose):
                continue
            taken = min(still[k], left)
            left -= taken
            still[k] -= taken
    return still


def after_credit(session: Session, account_id: int, as_of: date | None,
                 opens: list[OpenInvoice] | None = None) -> dict[int, Decimal]:
    """invoice id -> what is open of each invoice of the account open as of ``as_of`` (None: whatever its date,
    as the console's figures count it) once the account's credit by then is netted into them (``net_credit``):
    each payment's and credit note's, oldest first (``allocation.oldest_first``, as ``credit_sources`` orders
    them), only into the invoices its collector collects
    (``allocation.source_collectors``, ``routing.collectors_of_invoices``). ``opens``: ``open_invoices`` of the
    account as of ``as_of``, when the caller has read them. Writes nothing."""
    from app.payments.allocation import Source, oldest_first, source_collectors, source_key
    from app.payments.processors.routing import collectors_of_invoices

    if opens is None:
        opens = open_invoices(session, account_id, as_of)
    lefts = _credit_lefts(as_of, [account_id])
    rows = session.execute(select(lefts.c.payment_id, lefts.c.credit_note_id, lefts.c.day,
                                  type_coerce(lefts.c.left, Amount()))).all()
    if not rows or not opens:
        return {inv.id: inv.open for inv in opens}
    sources = sorted((Source("", day, left, payment_id=pay, credit_note_id=note) for pay, note, day, left in rows),
                     key=oldest_first)
    theirs = source_collectors(session, sources)
    account = session.get(PaymentAccount, account_id)
    whose = collectors_of_invoices(session, [(inv.id, account.issuer_reseller_id) for inv in opens])
    return net_credit([(theirs[source_key(s)], s.left) for s in sources],
                      [(inv.id, whose[inv.id], inv.open) for inv in opens])
