"""Allocation: which payment (or which credit note's credit) settles how much of which invoice.

An invoice (or a wholesale invoice) is open for its total less its allocations; its status follows them:
issued while nothing settles it, partially paid, then paid. A status changes only through
``app.services.invoice_claims.claim``, the invoice's one conditional write, along the transitions of
``app.models.invoices`` (back to issued or partially paid only when an allocation is taken back, which the
database checks too).

What a payment or a credit note has not settled is the account's credit; it is applied to invoices
(``apply_credit``: by hand, automatically to an invoice as it is issued, app/payments/ledger.py, and to the
account's open invoices, oldest first, before a collection takes anything: ``apply_before_collection``;
what paid an invoice that is credited, at once, to the account's open invoices of the same collector, oldest
first: ``apply_freed``) or refunded. A collection (a SEPA or ACH run, a card charge) takes for an invoice only
what is left of it once the credit is applied (``due_after_credit``, the one rule), so a customer with credit
(a payment kept as credit, or one that became credit) is not charged twice. Every allocation is added, never
changed: one is undone by a negative allocation (``take_back``), when a payment does not hold or a credit note
voids the invoice it settled.

Callers hold the account (``accounts.lock``) before anything here reads what is open or left, so that two
clerks allocating to one invoice, or spending one payment, queue instead of both seeing the same amount; the
invoice is then claimed too (its row locked), so a credit note voiding it meanwhile is noticed. Whoever
comes second reads what the first one wrote and is told in words when it no longer fits.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, Problem, ProrataError
from app.models import Invoice, InvoiceKind, Status
from app.models.payments import Allocation, EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus
from app.models.base import utcnow
from app.money import to_text
from app.payments.position import CreditOnDay, credit_on, net_credit
from app.services.invoice_claims import claim
from app.storage.bulk import ids_written_in

ALLOCATABLE = (InvoiceKind.INVOICE.value, InvoiceKind.WHOLESALE.value)
OPEN = (Status.ISSUED.value, Status.PARTIALLY_PAID.value)
ZERO = Decimal(0)
PAGE = 500  # ids per IN (...), under every backend's bound-parameter limit

MESSAGES.setdefault("not_payable", "{invoice} is {status}: only an issued or partially paid invoice takes a "
                                   "payment")
MESSAGES.setdefault("not_payable_kind", "{invoice} is a {kind}: only invoices take payments")
MESSAGES.setdefault("over_allocation", "{invoice} has {open} {currency} open, not {amount}: allocating that "
                                       "would pay it more than in full{last}; nothing was allocated")
MESSAGES.setdefault("over_allocation_last", " ({actor} allocated {amount} to it on {at})")
MESSAGES.setdefault("source_exhausted", "{source} has {left} {currency} left to allocate, not {amount}; "
                                        "nothing was allocated")
MESSAGES.setdefault("other_account", "{invoice} is on another account than {source} (customer {customer}, "
                                     "issuer {issuer}, {currency})")
MESSAGES.setdefault("nothing_open", "{customer} has no open invoice in {currency} with {issuer}")
MESSAGES.setdefault("no_credit", "{customer} has no credit in {currency} with {issuer}")
# A credit note of a paid invoice: what paid it is credit, applied at once (``apply_freed``, ``FreedCredit``).
MESSAGES.setdefault("freed_credit_applied", "{freed} {currency} paid on {invoice} became credit and was applied at "
                                            "once to the oldest open invoices: {applied}")
MESSAGES.setdefault("freed_credit_applied_part", "{freed} {currency} paid on {invoice} became credit and was "
                                                 "applied at once to the oldest open invoices: {applied}; "
                                                 "{left} {currency} stays credit")
MESSAGES.setdefault("freed_credit_kept", "{freed} {currency} paid on {invoice} became credit and stays on the "
                                         "account: no other open invoice of the same collector to apply it to")
# Credit is applied only to the invoices its collector collects (``apply_credit``): what is left is said.
MESSAGES.setdefault("credit_kept_other_collector", "{amount} {currency} of credit stays on the account: {collector} "
                                                   "holds that money, and {other} collects the invoices still open "
                                                   "({invoices}), by the billing mode each was issued under")
MESSAGES.setdefault("credit_of_collector_short", "{invoice}: {collector} collects it (by the billing mode it was "
                                                 "issued under) and holds {available} {currency} of the account's "
                                                 "credit, not {amount}: credit another collector holds does not pay "
                                                 "it; nothing was applied")
MESSAGES.setdefault("allocation_not_positive", "an allocation of {amount} {currency} allocates nothing: give "
                                               "an amount above zero")
# An allocation is dated no earlier than its money existed (``allocate``): a date a person gives before it is refused.
MESSAGES.setdefault("allocated_before_source", "{date} is before the day of {source} ({source_day}): its money "
                                               "cannot settle {invoice} before it was there; give a date on or "
                                               "after {source_day}; nothing was allocated")
# Credit applied on a day a person gave spends only the sources there by then (``apply_credit``, the console's
# by hand): refused when they fall short of what is to be applied.
MESSAGES.setdefault("credit_short_on_date", "{customer} had {available} {currency} of credit on {date}, not the "
                                            "{amount} {currency} to apply: credit that came later cannot settle an "
                                            "invoice before it was there; give a date on or after {enough_on}; "
                                            "nothing was applied")
# The same when part of the credit of that day went after it (refunded, reversed, applied later): it was there
# that day (``accounts show --as-of``) but cannot be spent twice.
MESSAGES.setdefault("credit_short_on_date_since", "{customer} had {available} {currency} of credit on {date}, but "
                                                  "{gone} {currency} of it was refunded, reversed or applied after "
                                                  "that day: {spendable} {currency} can be applied on {date}, not "
                                                  "the {amount} {currency} to apply; give a date on or after "
                                                  "{enough_on}; nothing was applied")


@dataclass
class Source:
    """Something that settles invoices: a payment, or a credit note's credit."""

    label: str  # "payment #12" or the credit note's number
    day: date
    left: Decimal
    payment_id: int | None = None
    credit_note_id: int | None = None
    freed_on: date | None = None  # the last day some of it was freed (an allocation of it taken back): what it has
    # left now was not all there before (``credit_sources``)


@dataclass
class Allocated:
    """One allocation made (or taken back), for the audit log and the caller's report."""

    invoice_id: int
    invoice: str
    amount: Decimal
    currency: str
    status_before: str
    status_after: str
    source: str

    def as_json(self) -> dict:
        return {"invoice": self.invoice, "amount": to_text(self.amount, self.currency), "source": self.source,
                "status": self.status_after}


def label(inv: Invoice) -> str:
    return inv.number or f"draft #{inv.id}"


def allocated(session: Session, invoice_ids: list[int]) -> dict[int, Decimal]:
    """invoice id -> the sum of its allocations (what is settled of it)."""
    if not invoice_ids:
        return {}
    a = Allocation.__table__.c
    found = dict(session.execute(select(a.invoice_id, func.sum(a.amount)).where(a.invoice_id.in_(invoice_ids))
                                 .group_by(a.invoice_id)).all())
    return {i: found.get(i) or ZERO for i in invoice_ids}


def open_amount(session: Session, inv: Invoice) -> Decimal:
    return inv.total - allocated(session, [inv.id])[inv.id]


def payments_left(session: Session, payment_ids: list[int]) -> dict[int, Decimal]:
    """payment id -> what it has not settled or refunded (its part of the credit); nothing once reversed."""
    if not payment_ids:
        return {}
    a, e, p = Allocation.__table__.c, LedgerEntry.__table__.c, Payment.__table__.c
    rows = session.execute(select(p.id, p.amount, p.status).where(p.id.in_(payment_ids))).all()
    amounts = {r.id: r.amount for r in rows}
    # A reversal puts back what the payment still held, or all of it (app/payments/reversals.py): none left.
    gone = {r.id for r in rows if r.status != PaymentStatus.RECEIVED.value}
    settled = dict(session.execute(select(a.payment_id, func.sum(a.amount)).where(a.payment_id.in_(payment_ids))
                                   .group_by(a.payment_id)).all())
    paid_back = dict(session.execute(
        select(e.payment_id, func.sum(e.amount))
        .where(e.payment_id.in_(payment_ids), e.kind.in_((EntryKind.REFUND.value, EntryKind.REVERSAL.value)))
        .group_by(e.payment_id)).all())
    return {i: ZERO if i in gone else amounts[i] - (settled.get(i) or ZERO) - (paid_back.get(i) or ZERO)
            for i in payment_ids}


def credit_notes_left(session: Session, note_ids: list[int]) -> dict[int, Decimal]:
    """credit note id -> what of it settles nothing yet."""
    if not note_ids:
        return {}
    a, i = Allocation.__table__.c, Invoice.__table__.c
    totals = dict(session.execute(select(i.id, i.total).where(i.id.in_(note_ids))).all())
    settled = dict(session.execute(select(a.credit_note_id, func.sum(a.amount))
                                   .where(a.credit_note_id.in_(note_ids)).group_by(a.credit_note_id)).all())
    return {n: -totals[n] - (settled.get(n) or ZERO) for n in note_ids}


def credit_sources(session: Session, account_id: int) -> list[Source]:
    """The account's credit, source by source, oldest first (payments before credit notes of the same day), each
    with the last day some of it was freed (``Source.freed_on``: credit spent on an invoice that was credited
    after, or taken back): what it has left is all there only from that day on."""
    p, e, i, a = Payment.__table__.c, LedgerEntry.__table__.c, Invoice.__table__.c, Allocation.__table__.c
    pays = session.execute(select(p.id, p.received_on).where(p.account_id == account_id,
                                                             p.status == PaymentStatus.RECEIVED.value)
                           .order_by(p.received_on, p.id)).all()
    notes = session.execute(select(i.id, i.number, e.entry_date).join_from(LedgerEntry.__table__, Invoice.__table__,
                                                                           i.id == e.document_id)
                            .where(e.account_id == account_id, e.kind == EntryKind.CREDIT_NOTE.value)
                            .order_by(e.entry_date, i.id)).all()
    left_p = payments_left(session, [r.id for r in pays])
    left_n = credit_notes_left(session, [r.id for r in notes])
    freed = {(pay, note): on for pay, note, on in session.execute(
        select(a.payment_id, a.credit_note_id, func.max(a.allocated_on))
        .where(a.account_id == account_id, a.amount < 0).group_by(a.payment_id, a.credit_note_id))}
    out = [Source(f"payment #{r.id}", r.received_on, left_p[r.id], payment_id=r.id, freed_on=freed.get((r.id, None)))
           for r in pays]
    out += [Source(f"credit note {r.number}", r.entry_date, left_n[r.id], credit_note_id=r.id,
                   freed_on=freed.get((None, r.id))) for r in notes]
    out.sort(key=oldest_first)
    return [s for s in out if s.left > 0]


def oldest_first(s: Source) -> tuple:
    """The order credit is spent in: by day, payments before credit notes of the same day."""
    return s.day, s.credit_note_id is not None, s.payment_id or s.credit_note_id


def credit(session: Session, account_id: int) -> Decimal:
    return sum((s.left for s in credit_sources(session, account_id)), ZERO)


def open_invoices(session: Session, account_id: int) -> list[tuple[Invoice, Decimal]]:
    """(invoice, open amount) of every invoice of the account still open, oldest first."""
    i, e = Invoice.__table__.c, LedgerEntry.__table__.c
    ids = list(session.scalars(select(i.id).join_from(LedgerEntry.__table__, Invoice.__table__,
                                                      i.id == e.document_id)
                               .where(e.account_id == account_id, e.kind == EntryKind.INVOICE.value,
                                      i.status.in_(OPEN))
                               .order_by(i.issue_date, i.id)))
    if not ids:
        return []
    invs = {inv.id: inv for inv in session.scalars(select(Invoice).where(Invoice.id.in_(ids)))}
    settled = allocated(session, ids)
    out = [(invs[k], invs[k].total - settled[k]) for k in ids]
    return [(inv, left) for inv, left in out if left > 0]


def status_for(total: Decimal, settled: Decimal) -> str:
    if settled <= 0:
        return Status.ISSUED.value
    return Status.PAID.value if settled >= total else Status.PARTIALLY_PAID.value


def _follow(session: Session, inv: Invoice) -> None:
    """Move the claimed invoice to the status its allocations give (if it is open or paid). A statement's status
    stays what it is (app/payments/payouts.py ``settle_statements``: what it owes is settled, it is never paid),
    whatever is taken back of what settled it."""
    if inv.status not in (*OPEN, Status.PAID.value) or inv.kind == InvoiceKind.STATEMENT.value:
        return
    target = status_for(inv.total, allocated(session, [inv.id])[inv.id])
    if target != inv.status:
        claim(session, inv, label=label(inv), status=target)


def _last_allocation(session: Session, invoice_id: int, currency: str) -> str:
    row = session.execute(select(Allocation.actor, Allocation.amount, Allocation.recorded_at)
                          .where(Allocation.invoice_id == invoice_id, Allocation.amount > 0)
                          .order_by(Allocation.id.desc()).limit(1)).first()
    if row is None:
        return ""
    return MESSAGES["over_allocation_last"].format(actor=row.actor, amount=to_text(row.amount, currency),
                                                   at=row.recorded_at.isoformat(sep=" ", timespec="seconds")
                                                   + " UTC")


def check_payable(session: Session, account: PaymentAccount, inv: Invoice, source: str) -> None:
    """Refuse an invoice that is no open invoice of ``account``."""
    if inv.kind not in ALLOCATABLE:
        raise ProrataError.of("not_payable_kind", invoice=label(inv), kind=inv.kind.replace("_", " "))
    if (inv.company_id != account.company_id or (inv.company_id is None and inv.customer_reseller_id
                                                 != account.customer_reseller_id)
            or inv.currency != account.currency or inv.issuer_reseller_id != account.issuer_reseller_id):
        from app.payments.accounts import customer_code, issuer_names

        raise ProrataError.of("other_account", invoice=label(inv), source=source,
                              customer=customer_code(session, account),
                              issuer=issuer_names(session)(account.issuer_key), currency=account.currency)
    if inv.status not in OPEN:
        raise ProrataError.of("not_payable", invoice=label(inv), status=inv.status.replace("_", " "))


def allocate(session: Session, account: PaymentAccount, source: Source, inv: Invoice, amount: Decimal, day: date,
             *, as_credit: bool, actor: str, day_given: bool = False,
             recorded_at: datetime | None = None) -> Allocated:
    """Settle ``amount`` of ``inv`` from ``source``; the caller holds the account. The invoice is claimed
    first; refused in words when it is not open, or the amount is more than it has open or the source left.

    Dated ``day``, but no earlier than the invoice was issued nor than the source's money existed (a payment's
    day received, a credit note's issue date, the last day some of it was freed: ``Source.freed_on``): so that
    as of any past day nothing is settled by money not yet there (aging, statements, app/payments/position.py).
    ``day_given``: ``day`` is a date a person gave (``--date``, the window's "Applied on"); one before the
    source's day is refused in words, nothing written.
    ``recorded_at``: the instant to record it at (the issue's, when credit is applied as an invoice is issued:
    app/services/applied_credit.py knows the issue's own allocations by it); now by default."""
    cur = account.currency
    if amount <= 0:
        raise ProrataError.of("allocation_not_positive", amount=to_text(amount, cur), currency=cur)
    if day_given and day < source.day:
        raise ProrataError.of("allocated_before_source", "--date", date=day.isoformat(), source=source.label,
                              source_day=source.day.isoformat(), invoice=label(inv))
    check_payable(session, account, inv, source.label)
    session.refresh(inv)  # as it is now that the account is ours
    check_payable(session, account, inv, source.label)
    claim(session, inv, label=label(inv))
    before = inv.status
    day = max(day, inv.issue_date, source.day, source.freed_on or source.day)  # not before its money was credit
    open_now = inv.total - allocated(session, [inv.id])[inv.id]
    if amount > open_now:
        raise ProrataError.of("over_allocation", invoice=label(inv), open=to_text(open_now, cur), currency=cur,
                              amount=to_text(amount, cur), last=_last_allocation(session, inv.id, cur))
    if amount > source.left:
        raise ProrataError.of("source_exhausted", source=source.label, left=to_text(source.left, cur), currency=cur,
                              amount=to_text(amount, cur))
    row = Allocation(reseller_id=account.reseller_id, account_id=account.id, invoice_id=inv.id,
                     payment_id=source.payment_id, credit_note_id=source.credit_note_id, amount=amount,
                     allocated_on=day, actor=actor, recorded_at=recorded_at or utcnow())
    session.add(row)
    session.flush()
    if as_credit:
        session.add(LedgerEntry(reseller_id=account.reseller_id, account_id=account.id,
                                kind=EntryKind.CREDIT_APPLIED.value, amount=ZERO, entry_date=day,
                                payment_id=source.payment_id, allocation_id=row.id, reference=label(inv),
                                actor=actor, recorded_at=recorded_at or utcnow()))
    source.left -= amount
    _follow(session, inv)
    return Allocated(inv.id, label(inv), amount, cur, before, inv.status, source.label)


def spread(session: Session, account: PaymentAccount, source: Source, invoices: list[Invoice], day: date, *,
           as_credit: bool, actor: str, day_given: bool = False,
           recorded_at: datetime | None = None) -> list[Allocated]:
    """Settle ``invoices`` in the order given, each as far as it is open, until ``source`` is spent
    (``day_given``, ``recorded_at``: as ``allocate``)."""
    done = []
    for inv in invoices:
        if source.left <= 0:
            break
        session.refresh(inv)
        if inv.status not in OPEN:
            continue
        open_now = open_amount(session, inv)
        if open_now > 0:
            done.append(allocate(session, account, source, inv, min(open_now, source.left), day,
                                 as_credit=as_credit, actor=actor, day_given=day_given, recorded_at=recorded_at))
    return done


def source_collectors(session: Session, sources: list[Source]) -> dict[tuple[int | None, int | None], str | None]:
    """(payment id, credit note id) -> whose money a credit source is (app/payments/processors/routing.py): a
    payment's recorded collector (``collected_by``; None, a payment recorded before collectors were: anyone's,
    as ``payments.oldest_of_collector`` takes it); a credit note's credit, as ``apply_freed`` decides, the
    collector of the invoice it credits (the credit note itself when it credits none)."""
    from app.payments.processors.routing import collectors_of_invoices

    pay_ids = [s.payment_id for s in sources if s.payment_id is not None]
    note_ids = [s.credit_note_id for s in sources if s.credit_note_id is not None]
    pays = dict(session.execute(select(Payment.id, Payment.collected_by).where(Payment.id.in_(pay_ids))).all()) \
        if pay_ids else {}
    credited: dict[int, int] = {}
    whose: dict[int, str] = {}
    of_note: dict[int, str | None] = {}
    if note_ids:
        i = Invoice.__table__.c
        rows = session.execute(select(i.id, i.credits_id, i.issuer_reseller_id).where(i.id.in_(note_ids))).all()
        credited = {r.id: r.credits_id or r.id for r in rows}
        # A run's correction credits none by its id: its credit is the collector's of the invoices it corrects
        # (``corrected_by``), when they are one collector's: it takes off what that collector was to collect.
        corrected = corrected_by(session, [r.id for r in rows if r.credits_id is None])
        targets = set(credited.values()) | {inv for invs in corrected.values() for inv in invs}
        whose = collectors_of_invoices(session, session.execute(select(i.id, i.issuer_reseller_id)
                                                                .where(i.id.in_(targets))).all())
        of_note = {n: whose.get(credited[n]) for n in credited}
        for n, invs in corrected.items():
            theirs = {whose.get(inv) for inv in invs}
            if len(theirs) == 1:
                of_note[n] = theirs.pop()
    return {(s.payment_id, s.credit_note_id): pays.get(s.payment_id) if s.payment_id is not None
            else of_note.get(s.credit_note_id) for s in sources}


def corrected_by(session: Session, note_ids: list[int]) -> dict[int, dict[int, Decimal]]:
    """Credit note id -> the invoices it corrects, oldest first, each with how much of the note is for it, of the
    notes ``note_ids`` that credit no invoice by its id (a run's correction of a change recorded late,
    app/billing/corrections.py). The invoices corrected: those posted to the same account by the note's day with
    a line of the same company, plan and extra whose days meet one the note gives back (a negative line).
    An invoice's share: the gross of the note's negative lines given back of its days (each such line to the
    invoice whose line it meets most days, the oldest of equals), its tax as the note computes it
    (``app.billing.tax.tax_total``: per rate, rounded once); what of the note's total that leaves (rounding
    across invoices, lines of the note meeting no invoice) goes to the oldest. Notes that correct none are left
    out."""
    if not note_ids:
        return {}
    from sqlalchemy.orm import aliased

    from app.billing.tax import tax_total
    from app.models import InvoiceLine

    note_e, inv_e = aliased(LedgerEntry), aliased(LedgerEntry)
    back, billed = aliased(InvoiceLine), aliased(InvoiceLine)
    rows = session.execute(
        select(back.invoice_id, back.id, back.amount, back.tax_rate, back.start, back.end,
               inv_e.document_id, inv_e.entry_date, billed.start, billed.end)
        .join(note_e, note_e.document_id == back.invoice_id)
        .join(inv_e, (inv_e.account_id == note_e.account_id) & (inv_e.kind == EntryKind.INVOICE.value)
              & (inv_e.entry_date <= note_e.entry_date))
        .join(billed, billed.invoice_id == inv_e.document_id)
        .where(back.invoice_id.in_(note_ids), note_e.kind == EntryKind.CREDIT_NOTE.value, back.amount < 0,
               back.start.is_not(None), back.end.is_not(None), billed.start.is_not(None), billed.end.is_not(None),
               billed.start < back.end, back.start < billed.end,  # ends are the day after the last
               billed.plan_id.is_not_distinct_from(back.plan_id),
               billed.extra_code.is_not_distinct_from(back.extra_code),
               # the same company's line: a reseller's wholesale bill holds several companies' lines
               billed.company_id.is_not_distinct_from(back.company_id))
        .order_by(back.invoice_id, inv_e.entry_date, inv_e.document_id, back.id)).all()
    # note -> invoices oldest first; note line -> (its amount, rate, the invoice it meets most days)
    order: dict[int, list[int]] = {}
    best: dict[int, dict[int, tuple[Decimal, Decimal, int, int]]] = {}
    for note, line, amount, rate, b_start, b_end, inv, _day, i_start, i_end in rows:
        invs = order.setdefault(note, [])
        if inv not in invs:
            invs.append(inv)
        days = (min(b_end, i_end) - max(b_start, i_start)).days
        lines = best.setdefault(note, {})
        if line not in lines or days > lines[line][3]:  # rows come oldest first: equals keep the oldest
            lines[line] = (amount, rate, inv, days)
    if not order:
        return {}
    i = Invoice.__table__.c
    notes = {r.id: r for r in session.execute(select(i.id, i.total, i.currency).where(i.id.in_(list(order))))}
    out: dict[int, dict[int, Decimal]] = {}
    for note, invs in order.items():
        shares: dict[int, Decimal] = {}
        for inv in invs:
            given = [(amount, rate) for amount, rate, to, _d in best[note].values() if to == inv]
            base = sum((amount for amount, _r in given), ZERO)
            shares[inv] = -(base + tax_total(given, notes[note].currency)) if given else ZERO
        rest = -notes[note].total - sum(shares.values(), ZERO)
        shares[invs[0]] = max(shares[invs[0]] + rest, ZERO)
        out[note] = shares
    return out


def settle_corrected(session: Session, account: PaymentAccount, note: Invoice, *, actor: str,
                     recorded_at: datetime | None = None,
                     shares: dict[int, Decimal] | None = None) -> list[Allocated]:
    """A run's correction credit note, just posted, pays first what is still open of the invoices it corrects
    (``corrected_by``), those its collector collects (``source_collectors``: the corrected invoices' own), each
    at most the note's share for it (what it gives back of that invoice's days: a correction spanning two open
    invoices takes off each what it gives back of it, not the oldest first), then what is left of the note
    oldest first as far as they are open, dated the note's day; what is left of it after stays credit (applied
    to the invoices issued with it, app/payments/ledger.py ``_apply_credit_on_issue``, or later). The caller
    holds the account. ``shares``: the note's ``corrected_by`` entry when the caller has it already."""
    if shares is None:
        shares = corrected_by(session, [note.id]).get(note.id, {})
    left = credit_notes_left(session, [note.id])[note.id]
    if not shares or left <= 0:
        return []
    source = Source(f"credit note {note.number}", note.issue_date, left, credit_note_id=note.id)
    collector = source_collectors(session, [source])[source_key(source)]
    targets = [inv for inv in session.scalars(select(Invoice).where(Invoice.id.in_(list(shares)))
                                              .order_by(Invoice.issue_date, Invoice.id)) if inv.status in OPEN]
    whose = invoice_collectors(session, targets)
    targets = [inv for inv in targets if pays_for(collector, whose[inv.id])]
    still = {inv.id: open_amount(session, inv) for inv in targets}
    pay: dict[int, Decimal] = {}
    for inv in targets:  # each its share, as far as open
        part = min(left, max(still[inv.id], ZERO), shares[inv.id])
        if part > 0:
            pay[inv.id], still[inv.id], left = part, still[inv.id] - part, left - part
    for inv in targets:  # then the rest, oldest first, as before
        part = min(left, max(still[inv.id], ZERO))
        if part > 0:
            pay[inv.id], still[inv.id], left = pay.get(inv.id, ZERO) + part, still[inv.id] - part, left - part
    return [allocate(session, account, source, inv, pay[inv.id], note.issue_date, as_credit=True, actor=actor,
                     recorded_at=recorded_at) for inv in targets if inv.id in pay]


def invoice_collectors(session: Session, invoices: list[Invoice]) -> dict[int, str]:
    """invoice id -> its collector (``routing.collectors_of_invoices``)."""
    from app.payments.processors.routing import collectors_of_invoices

    return collectors_of_invoices(session, [(inv.id, inv.issuer_reseller_id) for inv in invoices]) \
        if invoices else {}


def pays_for(collector: str | None, invoice_collector: str) -> bool:
    """Whether credit of ``collector`` (None: a payment without a recorded collector) may pay an invoice
    ``invoice_collector`` collects: the collector who holds the money pays it."""
    return collector is None or collector == invoice_collector


class CreditApplied(list):
    """``apply_credit``'s allocations (a list of ``Allocated``), and ``kept``: for each collector whose credit
    stays on the account because the invoices still open are another collector's, the sentence for the clerk
    (a ``Problem``; ``Problem.message`` words it in the reader's language)."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.kept: list[Problem] = []


def apply_credit(session: Session, account: PaymentAccount, day: date, *, actor: str,
                 invoices: list[Invoice] | None = None, day_given: bool = False,
                 recorded_at: datetime | None = None) -> CreditApplied:
    """Apply the account's credit, oldest source first, to ``invoices`` (in that order) or to every open
    invoice oldest first: each source only to the invoices its collector collects (``source_collectors``,
    ``pays_for``), the money being that collector's; what cannot be applied so stays credit and is said
    (``CreditApplied.kept``). The caller holds the account. ``day_given``, ``recorded_at``: as ``allocate``
    (a date a person gave before a source it would spend is refused)."""
    targets = invoices if invoices is not None else [inv for inv, _ in open_invoices(session, account.id)]
    done = CreditApplied()
    sources = credit_sources(session, account.id)
    # A day a person gave: each source spends only what it may dated that day (``position.credit_on``: what it
    # had left then and keeps after); the rest stays credit, and if it would have paid anything of the
    # invoices, the whole is refused in words (``short_on_date``).
    days = credit_on(session, account.id, day) if day_given else None
    later: list[Source] = []
    if days is not None:
        spend = days[0].spendable
        later = [Source(s.label, s.day, s.left - spend.get(source_key(s), ZERO), s.payment_id, s.credit_note_id)
                 for s in sources if s.left > spend.get(source_key(s), ZERO)]
        sources = [Source(s.label, s.day, min(s.left, spend[source_key(s)]), s.payment_id, s.credit_note_id)
                   for s in sources if spend.get(source_key(s), ZERO) > 0]
    if not (sources or later) or not targets:
        return done
    whose = invoice_collectors(session, targets)
    theirs = source_collectors(session, sources + later)
    for source in sources:
        collector = theirs[source_key(source)]
        done += spread(session, account, source, [inv for inv in targets if pays_for(collector, whose[inv.id])],
                       day, as_credit=True, actor=actor, day_given=day_given, recorded_at=recorded_at)
    if later:
        still = {inv.id: open_amount(session, inv) for inv in targets if inv.status in OPEN}
        wanted = ZERO
        for s in later:  # what the rest of the credit would pay of what is still open, as ``spread`` would
            collector, left = theirs[source_key(s)], s.left
            for inv in targets:
                part = min(left, still.get(inv.id, ZERO)) if pays_for(collector, whose[inv.id]) else ZERO
                if part > 0:
                    still[inv.id] -= part
                    left -= part
                    wanted += part
        if wanted > 0:
            paying = {source_key(s) for s in sources + later
                      if any(pays_for(theirs[source_key(s)], whose[inv.id]) for inv in targets)}
            short_on_date(session, account, days, sum((a.amount for a in done), ZERO) + wanted, paying)
    _say_kept(session, account, sources, theirs, targets, whose, done)
    return done


def source_key(source: Source) -> tuple[int | None, int | None]:
    """A credit source as ``source_collectors`` and ``position.credit_on`` name it."""
    return source.payment_id, source.credit_note_id


def short_on_date(session: Session, account: PaymentAccount, days: list[CreditOnDay], amount: Decimal,
                  keys=None) -> None:
    """Refuse in words (at ``--date``, the window's "Applied on") credit of ``amount`` applied on the day of
    ``days[0]`` (``position.credit_on``), when the sources ``keys`` (None: all; those that could pay the
    invoices) may spend less that day: saying the credit they had that day (as ``accounts show --as-of`` counts
    it), what of it was refunded, reversed or applied after, and the first day it covers ``amount``."""
    from app.payments.accounts import customer_code

    cur, on = account.currency, days[0]
    available, spendable = on.total(keys)
    enough = next((d.day for d in days if d.total(keys)[1] >= amount), None) or max(on.day, date.today())
    words = dict(customer=customer_code(session, account), available=to_text(available, cur), currency=cur,
                 date=on.day.isoformat(), amount=to_text(amount, cur), enough_on=enough.isoformat())
    if spendable >= available:
        raise ProrataError.of("credit_short_on_date", "--date", **words)
    raise ProrataError.of("credit_short_on_date_since", "--date", spendable=to_text(spendable, cur),
                          gone=to_text(available - spendable, cur), **words)


def _say_kept(session: Session, account: PaymentAccount, sources: list[Source],
              theirs: dict[tuple[int | None, int | None], str | None], targets: list[Invoice],
              whose: dict[int, str], done: CreditApplied) -> None:
    """Note on ``done`` the credit left, collector by collector, while invoices of another collector it could
    not pay stay open."""
    left: dict[str, Decimal] = {}
    for s in sources:
        collector = theirs[(s.payment_id, s.credit_note_id)]
        if s.left > 0 and collector is not None:
            left[collector] = left.get(collector, ZERO) + s.left
    if not left:
        return
    still = [inv for inv in targets if inv.status in OPEN and open_amount(session, inv) > 0]
    if not still:
        return
    from app.payments.accounts import issuer_names

    names, cur = issuer_names(session), account.currency
    for collector, amount in sorted(left.items()):
        others = [inv for inv in still if whose[inv.id] != collector]
        if not others:
            continue
        done.kept.append(Problem("credit_kept_other_collector", {
            "amount": to_text(amount, cur), "currency": cur, "collector": names(collector),
            "other": names(whose[others[0].id]), "invoices": ", ".join(label(inv) for inv in others)}))


def settled_by_source(session: Session, invoice_id: int) -> dict[tuple[int | None, int | None], Decimal]:
    """(payment id, credit note id) -> what each source settles of the invoice now (net of what was taken
    back), those that settle anything: what ``take_back`` would free of it."""
    a = Allocation.__table__.c
    rows = session.execute(select(a.payment_id, a.credit_note_id, func.sum(a.amount))
                           .where(a.invoice_id == invoice_id).group_by(a.payment_id, a.credit_note_id)).all()
    return {(pay_id, note_id): net for pay_id, note_id, net in rows if net and net > 0}


def corrections_settling(session: Session, invoice_id: int) -> dict[int, Decimal]:
    """Credit note id -> what it settles of the invoice now, for a run's correction notes (a change recorded
    late: a credit note crediting no invoice by its id) that settle any of it."""
    a, i = Allocation.__table__.c, Invoice.__table__.c
    rows = session.execute(select(a.credit_note_id, func.sum(a.amount))
                           .join(Invoice, Invoice.id == a.credit_note_id)
                           .where(a.invoice_id == invoice_id, i.credits_id.is_(None))
                           .group_by(a.credit_note_id)).all()
    return {note_id: net for note_id, net in rows if net and net > 0}


@dataclass
class FreedCredit:
    """What a credit note freed of the invoice it credits (what paid it, now credit) and where that credit went
    at once (``apply_freed``), for the clerk to be told (``note``)."""

    invoice: str  # the credited invoice
    currency: str
    freed: Decimal
    applied: list[Allocated]

    @property
    def left(self) -> Decimal:
        return self.freed - sum((a.amount for a in self.applied), ZERO)

    def as_json(self) -> dict:
        cur = self.currency
        return {"invoice": self.invoice, "freed": to_text(self.freed, cur), "left": to_text(self.left, cur),
                "applied": [a.as_json() for a in self.applied]}

    def note(self) -> Problem | None:
        """The sentence for the clerk (``Problem.message`` words it in the reader's language); None when the
        credit note freed nothing (the invoice was not paid)."""
        if self.freed <= 0:
            return None
        cur = self.currency
        per_invoice: dict[str, Decimal] = {}  # one invoice once, with what all its sources paid of it
        for a in self.applied:
            per_invoice[a.invoice] = per_invoice.get(a.invoice, ZERO) + a.amount
        params = {"invoice": self.invoice, "freed": to_text(self.freed, cur), "currency": cur,
                  "left": to_text(self.left, cur),
                  "applied": ", ".join(f"{inv} {to_text(amount, cur)}" for inv, amount in per_invoice.items())}
        if not self.applied:
            return Problem("freed_credit_kept", params)
        return Problem("freed_credit_applied" if self.left <= 0 else "freed_credit_applied_part", params)


def apply_freed(session: Session, account: PaymentAccount, credited: Invoice,
                freed: dict[tuple[int | None, int | None], Decimal], day: date, *, actor: str) -> FreedCredit:
    """Apply at once what a credit note freed of ``credited`` (``settled_by_source`` before it was taken back)
    to the account's open invoices, oldest first: each source's part (no more than it has left) goes only to
    the invoices its collector collects (a payment's ``collected_by``; else, as for a credit note's credit,
    the collector of the credited invoice: app/payments/processors/routing.py), the money being that
    collector's. The caller holds the account; not audited here (``audit_all``)."""
    from app.payments.processors.routing import collector_of_invoice

    sources = [s for s in credit_sources(session, account.id) if (s.payment_id, s.credit_note_id) in freed]
    for s in sources:
        s.left = min(s.left, freed[(s.payment_id, s.credit_note_id)])
    out = FreedCredit(label(credited), account.currency, sum((s.left for s in sources), ZERO), [])
    opens = [inv for inv, _ in open_invoices(session, account.id)]
    if not sources or not opens:
        return out
    whose = invoice_collectors(session, opens)
    pays = dict(session.execute(select(Payment.id, Payment.collected_by).where(
        Payment.id.in_([s.payment_id for s in sources if s.payment_id is not None]))).all())
    default = None
    for s in sources:
        collector = pays.get(s.payment_id) if s.payment_id is not None else None
        if collector is None:
            default = default or collector_of_invoice(session, credited)
            collector = default
        out.applied += spread(session, account, s, [inv for inv in opens if whose[inv.id] == collector], day,
                              as_credit=True, actor=actor)
    return out


def take_back(session: Session, account: PaymentAccount, day: date, *, actor: str, payment_id: int | None = None,
              invoice_id: int | None = None, keeping: set[int] = frozenset()) -> list[Allocated]:
    """Undo, with negative allocations, what a payment settles (each invoice it settles) or what settles an
    invoice (each source of it); each invoice then follows its allocations (and may reopen).

    Undone as of ``day``: what was allocated up to ``day`` is taken back on ``day`` (no earlier than the
    invoice was issued, as ``allocate``); what was allocated (or taken back) after ``day``, such as a credit
    note's freed credit moved on after the return's date, is undone on its own date, never before it was made.
    So that, as of any day, the source settles nothing from ``day`` on (aging, statements): a bank return dated
    before a credit note leaves the credited invoice open by what it returned as of the days between, and the
    invoice the freed credit went to unpaid by it. ``keeping``: credit notes whose allocations stay."""
    a = Allocation.__table__.c
    where = a.payment_id == payment_id if payment_id is not None else a.invoice_id == invoice_id
    if keeping:
        where = and_(where, or_(a.credit_note_id.is_(None), a.credit_note_id.not_in(sorted(keeping))))
    rows = session.execute(select(a.invoice_id, a.payment_id, a.credit_note_id, a.allocated_on, func.sum(a.amount),
                                  func.max(a.id))
                           .where(where).group_by(a.invoice_id, a.payment_id, a.credit_note_id, a.allocated_on)
                           .order_by(a.invoice_id, a.payment_id, a.credit_note_id, a.allocated_on)).all()
    # (invoice, payment, credit note) -> [(date, amount to write, the allocation it takes back)]
    undo: dict[tuple[int, int | None, int | None], list[tuple[date | None, Decimal, int]]] = {}
    for invoice_id_, pay_id, note_id, on, net, last_id in rows:
        parts = undo.setdefault((invoice_id_, pay_id, note_id), [(None, ZERO, last_id)])
        if on <= day:
            parts[0] = (None, parts[0][1] - net, max(parts[0][2], last_id))
        else:
            parts.append((on, -net, last_id))
    done: list[Allocated] = []
    for (invoice_id_, pay_id, note_id), parts in undo.items():
        parts = [(on, amount, last_id) for on, amount, last_id in parts if amount]
        if not parts:
            continue
        inv = session.get(Invoice, invoice_id_)
        before = inv.status
        if before != Status.VOID.value:
            claim(session, inv, label=label(inv))
        for on, amount, last_id in parts:
            session.add(Allocation(reseller_id=account.reseller_id, account_id=account.id, invoice_id=invoice_id_,
                                   payment_id=pay_id, credit_note_id=note_id, amount=amount,
                                   allocated_on=max(on or day, inv.issue_date), takes_back_id=last_id, actor=actor,
                                   recorded_at=utcnow()))
        session.flush()
        _follow(session, inv)
        net = sum((amount for _, amount, _ in parts), ZERO)
        if not net:
            continue  # settled as much as before today; only its history as of past days changed
        source = f"payment #{pay_id}" if pay_id is not None else \
            f"credit note {session.scalar(select(Invoice.number).where(Invoice.id == note_id))}"
        done.append(Allocated(inv.id, label(inv), net, account.currency, before, inv.status, source))
    return done


def settle_void_from_corrections(session: Session, account: PaymentAccount, taken: list[Allocated], day: date, *,
                                 actor: str) -> list[Allocated]:
    """What ``take_back`` reopened of a void invoice (credited, then the payment that settled it did not hold) is
    settled by the unspent credit of the run's correction notes for it (``corrected_by``: a change recorded
    late), each at most its share of the invoice less what it settles of it already, oldest first, dated
    ``day`` (no earlier than the note): the corrections gave back those days and the credit note is net of
    them (app/payments/ledger.py ``_settle_credited``), so the invoice stays void with nothing open and that
    credit is not left beside it. 24.00 paid, a correction of -12.38 kept as credit, credited -11.62, the
    payment reversed: the correction's 12.38 settles what the payment did. The caller holds the account."""
    reopened = {a.invoice_id: -a.amount for a in taken if a.amount < 0 and a.status_after == Status.VOID.value}
    if not reopened:
        return []
    e, i = LedgerEntry.__table__.c, Invoice.__table__.c
    notes = session.execute(select(i.id, i.number, i.issue_date).join_from(LedgerEntry.__table__, Invoice.__table__,
                                                                         i.id == e.document_id)
                            .where(e.account_id == account.id, e.kind == EntryKind.CREDIT_NOTE.value,
                                   i.credits_id.is_(None))
                            .order_by(i.issue_date, i.id)).all()
    shares = corrected_by(session, [n.id for n in notes])
    left = credit_notes_left(session, list(shares))
    a = Allocation.__table__.c
    done: list[Allocated] = []
    for invoice_id, still in reopened.items():
        for n in notes:
            share = shares.get(n.id, {}).get(invoice_id)
            if share is None or left[n.id] <= 0 or still <= 0:
                continue
            settles = session.scalar(select(func.sum(a.amount)).where(a.invoice_id == invoice_id,
                                                                      a.credit_note_id == n.id)) or ZERO
            part = min(still, left[n.id], share - settles)
            if part <= 0:
                continue
            inv = session.get(Invoice, invoice_id)
            session.add(Allocation(reseller_id=account.reseller_id, account_id=account.id, invoice_id=invoice_id,
                                   credit_note_id=n.id, amount=part, allocated_on=max(day, n.issue_date),
                                   actor=actor, recorded_at=utcnow()))
            session.flush()
            left[n.id] -= part
            still -= part
            done.append(Allocated(invoice_id, label(inv), part, account.currency, inv.status, inv.status,
                                  f"credit note {n.number}"))
    return done


def audit_all(session: Session, done: list[Allocated], reseller_id: int | None, why: str) -> None:
    """One audit entry per invoice whose allocations changed (written last: the audit head is the last lock
    a unit of work takes)."""
    from app.services import audit

    for d in done:
        audit.record(session, "pay", "invoice", d.invoice_id,
                     before={"status": d.status_before},
                     after={"status": d.status_after, "allocated": to_text(d.amount, d.currency),
                            "source": d.source, "by": why}, reseller_id=reseller_id)


# ---------------------------------------------------------------- credit before a collection

def accounts_with_credit(session: Session, account_ids: list[int]) -> list[int]:
    """Of these accounts, those that may have credit: a payment received or a credit note not wholly settled
    (read cheaply in bulk; ``credit`` then reads each one exactly). At least the credit (refunds are not
    counted off): an account left out has none."""
    out = []
    p, a, e = Payment.__table__.c, Allocation.__table__.c, LedgerEntry.__table__.c
    for start in range(0, len(account_ids), PAGE):
        page = account_ids[start:start + PAGE]
        sources = dict(session.execute(
            select(p.account_id, func.sum(p.amount)).where(p.account_id.in_(ids_written_in(page)),
                                                           p.status == PaymentStatus.RECEIVED.value)
            .group_by(p.account_id)).all())
        notes = dict(session.execute(select(e.account_id, func.sum(e.amount))
                                     .where(e.account_id.in_(ids_written_in(page)),
                                            e.kind == EntryKind.CREDIT_NOTE.value)
                                     .group_by(e.account_id)).all())
        spent = dict(session.execute(select(a.account_id, func.sum(a.amount))
                                     .where(a.account_id.in_(ids_written_in(page)))
                                     .group_by(a.account_id)).all())
        for k in page:
            left = (sources.get(k) or ZERO) - (notes.get(k) or ZERO) - (spent.get(k) or ZERO)
            if left > 0:
                out.append(k)
    return out


def accounts_of(session: Session, invoice_ids: list[int]) -> dict[int, int]:
    """invoice id -> the id of the account it is posted to (issued invoices only)."""
    e = LedgerEntry.__table__.c
    out: dict[int, int] = {}
    ids = sorted(set(invoice_ids))
    for start in range(0, len(ids), PAGE):
        out.update(session.execute(select(e.document_id, e.account_id)
                                   .where(e.document_id.in_(ids[start:start + PAGE]),
                                          e.kind == EntryKind.INVOICE.value)).all())
    return out


def due_after_credit(session: Session, invoice_ids: list[int],
                     open_now: dict[int, Decimal] | None = None) -> dict[int, Decimal]:
    """invoice id -> what a collection takes for it now: what is open of it once its account's credit is
    applied to the account's open invoices, oldest first, each source's to its collector's invoices only
    (exactly as ``apply_before_collection`` applies it before a collection); nothing when the credit covers it, or it is not open. The one rule for the amount
    a SEPA or ACH run debits, a card charge takes, the console's preview counts and an invoice's PDF
    announces; so a collection never takes more than the account's receivable balance (open less credit).
    ``open_now``: what is open of these invoices, when the caller has just read it. Writes nothing."""
    ids = sorted(set(invoice_ids))
    if open_now is None:
        open_now = {}
        i = Invoice.__table__.c
        for start in range(0, len(ids), PAGE):
            page = ids[start:start + PAGE]
            settled = allocated(session, page)
            for r in session.execute(select(i.id, i.total, i.status).where(i.id.in_(page))):
                open_now[r.id] = r.total - settled[r.id] if r.status in OPEN else ZERO
    out = {k: max(open_now.get(k, ZERO), ZERO) for k in ids}
    posted = accounts_of(session, [k for k in ids if out[k] > 0])
    for account_id in accounts_with_credit(session, sorted(set(posted.values()))):
        sources = credit_sources(session, account_id)
        opens = open_invoices(session, account_id)  # oldest first, as apply_credit spends it
        if not sources or not opens:
            continue
        whose = invoice_collectors(session, [inv for inv, _ in opens])
        theirs = source_collectors(session, sources)
        # Each source only to its collector's invoices, as apply_credit: the rule aging and the console net by.
        still = net_credit([(theirs[source_key(s)], s.left) for s in sources],
                           [(inv.id, whose[inv.id], open_) for inv, open_ in opens])
        for k, open_ in still.items():
            if k in out:
                out[k] = open_
    return out


def apply_before_collection(session: Session, account_ids: list[int], day: date, *,
                            actor: str) -> list[tuple[int | None, list[Allocated]]]:
    """Apply the credit of these accounts to their open invoices, oldest first, before a collection takes the
    rest (as the console's "Apply credit" does, without amounts). The caller holds the accounts; returns
    (reseller id, allocations) per account for ``audit_all``, which the caller writes last."""
    done = []
    for account_id in accounts_with_credit(session, sorted(set(account_ids))):
        account = session.get(PaymentAccount, account_id)
        made = apply_credit(session, account, day, actor=actor)
        if made:
            done.append((account.reseller_id, made))
    return done


def settle_from_credit(session: Session, invoice_ids: list[int], day: date, *, actor: str) -> list[Allocated]:
    """Before these invoices are collected: hold each of their accounts that has credit (in order of id, so
    two collections never wait on each other crosswise) and apply its credit (``apply_before_collection``),
    audited; returns the allocations made. A collection calls it in a transaction of its own first, so that
    what the credit settles stays settled even when nothing is left to collect."""
    from app.payments import accounts

    ids = accounts_with_credit(session, sorted(set(accounts_of(session, invoice_ids).values())))
    for account_id in ids:
        accounts.lock(session, account_id)
    applied = apply_before_collection(session, ids, day, actor=actor)
    audit_applied(session, applied)
    return [a for _, made in applied for a in made]


def audit_applied(session: Session, applied: list[tuple[int | None, list[Allocated]]]) -> None:
    """The audit entries of ``apply_before_collection``'s allocations."""
    for reseller_id, made in applied:
        audit_all(session, made, reseller_id, "credit applied before collection")
