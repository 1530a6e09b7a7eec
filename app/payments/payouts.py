"""Reseller settlement when the hoster collects (``hoster_bills_hoster_processor``): the hoster owes each
reseller the totals of its statements (its margins, and the VAT the hoster collected in its name:
app/billing/settlement.py), and records what it pays out against them.

A statement is posted to the reseller's account with the hoster as a negative entry (what the hoster owes);
a payout is a positive ``payout`` entry on the same account. What the hoster still owes a reseller in a
currency is the negated sum of both, never a stored figure. A payout above what is owed is refused; two
clerks paying out at once queue on the account (``accounts.lock``), so together they never pay more.

A statement can net against the reseller: its margins less what it gives back (a company's own price under the
wholesale, a credit note's VAT) are below zero, and the reseller owes the hoster its total (a positive
``statement`` entry). The reseller's payment settles it as a company's payment settles an invoice: allocated to
it (``settle_statements``, oldest statement and oldest payment first; a payment of the reseller's collected by
the hoster or by no recorded collector, the statement being the hoster's), so that it is no credit of the
reseller's any more but money on the statements' side. What the hoster owes is then the statements less the
payouts plus what the reseller paid of them (``owed``, app/payments/position.py ``Position.statements``): after a
statement of -4.30 the reseller paid, a statement of 43.30 leaves 43.30 to pay out, not 39.00 and a credit of
4.30 that no payout could reach. A payout first settles them with what the reseller's payments left unallocated
(a payment recorded before this rule), within its unit of work. Reversing such a payment takes its allocation back
(``allocation.take_back``): the statement is owed again. Below zero, what is owed is what the reseller still
owes on its statements: to collect (``position.TO_COLLECT_WORDS``).

A payout is checked against what was owed on its day and on every day after (``_least_owed``, the rule of
credit spent on a day: app/payments/position.py ``credit_on``): one dated before the statements that owe it is
refused. A payout that did not hold (its transfer bounced, it was entered twice) is reversed (``reverse``): a
payout entry of its amount negated, referenced ``PO-<entry> reversed``, puts it back on what is owed; written
under the account's lock only if no reversal of it is there yet, so a payout is reversed once, whoever tries.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Invoice, InvoiceKind, Reseller, Status
from app.models.payments import Allocation, EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus
from app.models.base import utcnow
from app.money import parse_amount, to_text
from app.payments import accounts, allocation, ledger
from app.services import audit
from app.services.invoice_claims import claim
from app.values.dates import check_date
from app.values.text import check_text

KINDS = (EntryKind.STATEMENT.value, EntryKind.PAYOUT.value)


def N_(message: str) -> str:
    """Marks ``message`` for the invoice catalog (app/documents/wording.py extracts it); translated where used."""
    return message


# A statement's line for the VAT of one of the reseller's documents (app/billing/settlement.py), in the invoice
# catalog: the statement is read in the reseller's language.
VAT_ON = {"invoice": N_("VAT on invoice {number} of {date}"),
          "credit_note": N_("VAT on credit note {number} of {date}")}
ZERO = Decimal(0)
COLLECTED = "collected"  # ``owed``'s key for what the reseller's payments settle of its statements

MESSAGES.setdefault("payout_not_positive", "a payout of {amount} {currency} pays nothing: give an amount above zero")
# A payment allocated by hand to a statement that leaves the reseller owing nothing (what it owes the reseller is
# paid out, ``add``; one the reseller paid already, or another account's).
MESSAGES.setdefault("statement_not_owed", "{invoice} leaves the reseller owing nothing: a payment settles only a "
                                          "statement the reseller owes on; what a statement owes the reseller is "
                                          "paid out (prorata payouts add)")
MESSAGES.setdefault("payout_above_owed", "the hoster owes {reseller} {owed} {currency}, not {amount}: nothing was "
                                         "paid out")
MESSAGES.setdefault("payout_above_owed_on", "the hoster owed {reseller} {owed} {currency} on {day}, not {amount}: a "
                                            "payout dated {date} pays no more than was owed on its day and every "
                                            "day after; nothing was paid out")
MESSAGES.setdefault("payout_reversed_already", "payout PO-{entry} was already reversed on {date} by {actor}; "
                                               "nothing was changed")
MESSAGES.setdefault("payout_reversed_before_paid", "payout PO-{entry} was paid out on {paid}: it cannot be "
                                                   "reversed on {date}, before; nothing was changed")


def _reseller(session: Session, code: str) -> Reseller:
    r = session.scalars(select(Reseller).where(Reseller.code == code)).first()
    if r is None:
        raise ProrataError.of("not_found", kind="reseller", code=code)
    return r


def owed(session: Session, reseller: str | None = None) -> list[dict]:
    """Per reseller and currency: the statements, the payouts and what the hoster still owes."""
    e, a, r = LedgerEntry.__table__.c, PaymentAccount.__table__.c, Reseller.__table__.c
    q = (select(r.code, a.currency, e.kind, func.sum(e.amount))
         .join_from(LedgerEntry.__table__, PaymentAccount.__table__, a.id == e.account_id)
         .join(Reseller.__table__, r.id == a.customer_reseller_id)
         .where(a.issuer_key == HOSTER_KEY, e.kind.in_(KINDS)).group_by(r.code, a.currency, e.kind))
    if reseller is not None:
        reseller = _reseller(session, reseller).code
        q = q.where(r.code == reseller)
    # What the reseller's payments settle of its statements (``settle_statements``): on the statements' side.
    al, i = Allocation.__table__.c, Invoice.__table__.c
    took = (select(r.code, a.currency, literal(COLLECTED), func.sum(al.amount))
            .join_from(Allocation.__table__, PaymentAccount.__table__, a.id == al.account_id)
            .join(Reseller.__table__, r.id == a.customer_reseller_id)
            .join(Invoice.__table__, i.id == al.invoice_id)
            .where(a.issuer_key == HOSTER_KEY, i.kind == InvoiceKind.STATEMENT.value).group_by(r.code, a.currency))
    if reseller is not None:
        took = took.where(r.code == reseller)
    sums: dict[tuple[str, str], dict[str, Decimal]] = {}
    for code, cur, kind, amount in [*session.execute(q), *session.execute(took)]:
        sums.setdefault((code, cur), {})[kind] = amount or ZERO
    out = []
    for (code, cur), k in sorted(sums.items()):
        stated = -k.get(EntryKind.STATEMENT.value, ZERO) + k.get(COLLECTED, ZERO)
        paid = k.get(EntryKind.PAYOUT.value, ZERO)
        out.append({"reseller": code, "currency": cur, "statements": to_text(stated, cur),
                    "paid_out": to_text(paid, cur), "owed": to_text(stated - paid, cur)})
    return out


def add(session: Session, reseller: str, amount: object, day: date, *, currency: str | None = None,
        reference: str | None = None, actor: str | None = None) -> LedgerEntry:
    """Record that the hoster paid ``amount`` to ``reseller`` on ``day`` (default currency: the reseller's)."""
    actor = actor or audit.current_actor(session)
    r = _reseller(session, reseller)
    cur = currency or r.currency
    accounts.check_currency(session, cur, "--currency")
    value = parse_amount(amount, cur, where="amount")
    if value == 0:
        raise ProrataError.of("payout_not_positive", "amount", amount=to_text(value, cur), currency=cur)
    check_date(day, "--date")
    # No reference given: none stored (the entry's kind and date say it is a payout, in the reader's language).
    ref = (reference or "").strip() or None
    if ref is not None:
        check_text(ref, "--reference", field="the reference")
    account_id = accounts.ensure(session, customer_key=reseller_key(r.id), issuer_key=HOSTER_KEY, currency=cur,
                                 owner_id=r.id, company_id=None, customer_reseller_id=r.id)
    accounts.lock(session, account_id)  # a rival payout waits here, then reads what this one paid
    account = session.get(PaymentAccount, account_id)
    settled = settle_statements(session, account, day, actor=actor)  # the reseller's payments still unallocated
    left = _owed_on(session, account_id)
    least, least_on = _least_owed(session, account_id, day)
    if value > least and least < left:  # less was owed on a day from the payout's on than is owed now
        raise ProrataError.of("payout_above_owed_on", "amount", reseller=r.code, owed=to_text(least, cur),
                              currency=cur, day=least_on.isoformat(), amount=to_text(value, cur),
                              date=day.isoformat())
    if value > left:
        raise ProrataError.of("payout_above_owed", "amount", reseller=r.code, owed=to_text(left, cur), currency=cur,
                              amount=to_text(value, cur))
    entry = ledger.post(session, account, EntryKind.PAYOUT.value, value, day, actor=actor, reference=ref and ref[:200])
    allocation.audit_all(session, settled, account.reseller_id, "payout")
    audit.record(session, "payout", "reseller", r.id, before={"owed": to_text(left, cur)},
                 after={"paid": to_text(value, cur), "currency": cur, "date": day.isoformat(), "reference": ref,
                        "owed": to_text(left - value, cur)}, reseller_id=r.id, actor=actor)
    return entry


def _owed_on(session: Session, account_id: int) -> Decimal:
    """What the hoster owes on the account now, whatever the dates: the statements (what the reseller's payments
    settle of them counted) less the payouts (``owed``'s rule, for one account)."""
    e, al, i = LedgerEntry.__table__.c, Allocation.__table__.c, Invoice.__table__.c
    entries = session.scalar(select(func.sum(e.amount)).where(e.account_id == account_id, e.kind.in_(KINDS)))
    took = session.scalar(select(func.sum(al.amount)).join_from(Allocation.__table__, Invoice.__table__,
                                                                 i.id == al.invoice_id)
                          .where(al.account_id == account_id, i.kind == InvoiceKind.STATEMENT.value))
    return -(entries or ZERO) + (took or ZERO)


def payable(session: Session, day: date, currency: str, *, actor: str) -> dict[str, Decimal]:
    """reseller code -> what a payout dated ``day`` may pay it in ``currency`` (``add``'s rule): each reseller's
    account with the hoster held (in order of id), its statements settled first with what its payments left
    unallocated (``settle_statements``, audited), then the least owed from ``day`` on, no more than is owed now;
    those owed something only. A transfer file's amounts (app/payments/sepa/transfers.py)."""
    a, r = PaymentAccount.__table__.c, Reseller.__table__.c
    rows = session.execute(select(a.id, r.code).join_from(PaymentAccount.__table__, Reseller.__table__,
                                                          r.id == a.customer_reseller_id)
                           .where(a.issuer_key == HOSTER_KEY, a.company_id.is_(None), a.currency == currency)
                           .order_by(a.id)).all()
    out: dict[str, Decimal] = {}
    for account_id, code in rows:
        accounts.lock(session, account_id)
        account = session.get(PaymentAccount, account_id)
        allocation.audit_all(session, settle_statements(session, account, day, actor=actor), account.reseller_id,
                             "payout")
        value = min(_owed_on(session, account_id), _least_owed(session, account_id, day)[0])
        if value > 0:
            out[code] = value
    return out


def _least_owed(session: Session, account_id: int, day: date) -> tuple[Decimal, date]:
    """(the least the hoster owed on the account on ``day`` or any later day, the first day it owed that): what
    ``_owed_on`` counts, each entry and allocation from its date on. A payout dated ``day`` pays no more (money
    owed later was not owed yet; money paid out later was not there to pay twice), as credit spent on a day is
    bounded (app/payments/position.py ``credit_on``)."""
    e, al, i = LedgerEntry.__table__.c, Allocation.__table__.c, Invoice.__table__.c
    moves: dict[date, Decimal] = {}
    for on, amount in session.execute(select(e.entry_date, func.sum(e.amount))
                                      .where(e.account_id == account_id, e.kind.in_(KINDS)).group_by(e.entry_date)):
        moves[on] = moves.get(on, ZERO) - (amount or ZERO)
    for on, amount in session.execute(select(al.allocated_on, func.sum(al.amount))
                                      .join_from(Allocation.__table__, Invoice.__table__, i.id == al.invoice_id)
                                      .where(al.account_id == account_id, i.kind == InvoiceKind.STATEMENT.value)
                                      .group_by(al.allocated_on)):
        moves[on] = moves.get(on, ZERO) + (amount or ZERO)
    owed_then = sum((v for on, v in moves.items() if on <= day), ZERO)
    least, least_on = owed_then, day
    for on in sorted(t for t in moves if t > day):
        owed_then += moves[on]
        if owed_then < least:
            least, least_on = owed_then, on
    return least, least_on


def reseller_of(session: Session, entry: LedgerEntry) -> str:
    """The code of the reseller whose account has ``entry``."""
    a = PaymentAccount.__table__.c
    return session.scalar(select(Reseller.code).join_from(Reseller.__table__, PaymentAccount.__table__,
                                                           a.customer_reseller_id == Reseller.id)
                          .where(a.id == entry.account_id))


def _payout(session: Session, ref: int | str) -> LedgerEntry:
    """The payout entry ``ref`` (its id, or ``PO-<id>`` as a transfer's end-to-end id names it); a payout only
    (not its reversal), on a reseller's account with the hoster."""
    text = str(ref).strip()
    digits = text[3:] if text.upper().startswith("PO-") else text
    entry = session.get(LedgerEntry, int(digits)) if digits.isdigit() and len(digits) <= 18 else None
    if entry is None or entry.kind != EntryKind.PAYOUT.value or entry.amount <= 0:
        raise ProrataError.of("not_found", "ENTRY", kind="payout", code=text)
    return entry


def _reversal_of(entry_id: int):
    """The condition on ledger entries that picks the reversal of payout ``entry_id`` (``reverse``)."""
    e = LedgerEntry.__table__.c
    return (e.kind == EntryKind.PAYOUT.value) & (e.amount < 0) & e.reference.like(f"PO-{int(entry_id)} reversed%")


def reversal(session: Session, entry: LedgerEntry) -> LedgerEntry | None:
    """The entry that reversed the payout ``entry``, if any."""
    e = LedgerEntry.__table__.c
    return session.scalars(select(LedgerEntry).where(e.account_id == entry.account_id, _reversal_of(entry.id))
                           .order_by(e.id).limit(1)).first()


def reversal_parts(line) -> tuple[int, str] | None:
    """(the id of the payout ledger ``line`` reverses, the reason given, "" for none) when ``line`` (anything
    with ``kind``, ``amount`` and ``reference``: a ``ledger.Line``) is a payout's reversal (``reverse`` writes
    it, ``_reversal_of`` finds it), else None. Reads nothing."""
    if line.kind != EntryKind.PAYOUT.value or line.amount >= 0:
        return None
    found = _REVERSAL_REFERENCE.match(line.reference or "")
    return (int(found.group(1)), (found.group(2) or "").strip()) if found else None


_REVERSAL_REFERENCE = re.compile(r"PO-([0-9]{1,18}) reversed(?:: (.*))?", re.DOTALL)


def reversible(lines) -> set[int]:
    """The ids of the payouts among ``lines`` (an account's whole ledger, ``ledger.history``) that ``reverse``
    would still take: each payout entry no line among them reverses. Reads nothing (the console's account
    view carries the lines); ``reverse`` decides, under the account's lock."""
    paid = {ln.id for ln in lines if ln.kind == EntryKind.PAYOUT.value and ln.amount > 0}
    return paid - {parts[0] for parts in map(reversal_parts, lines) if parts is not None}


def reverse(session: Session, ref: int | str, day: date, reason: str | None = None, *,
            actor: str | None = None) -> LedgerEntry:
    """Reverse payout ``ref`` (its entry's id or ``PO-<id>``) on ``day``: its transfer bounced, it was entered
    twice. What it paid is owed again: a payout entry of its amount negated (referenced ``PO-<id> reversed``,
    with ``reason``), written only if the payout has no reversal yet (one conditional insert under the
    account's lock: two clerks, or a clerk and a bank's returns file, reverse it once). Returns that entry."""
    actor = actor or audit.current_actor(session)
    entry = _payout(session, ref)
    why = (reason or "").strip() or None
    if why is not None:
        check_text(why, "--reason", field="the reason")
    check_date(day, "--date")
    if day < entry.entry_date:
        raise ProrataError.of("payout_reversed_before_paid", "--date", entry=entry.id,
                              paid=entry.entry_date.isoformat(), date=day.isoformat())
    account = session.get(PaymentAccount, entry.account_id)
    r = session.get(Reseller, account.customer_reseller_id)
    cur = account.currency
    accounts.lock(session, account.id)  # a rival reversing it waits here, then finds this reversal
    before = _owed_on(session, account.id)
    ref_text = (f"PO-{entry.id} reversed" + (f": {why}" if why else ""))[:200]
    t = LedgerEntry.__table__
    e = t.c
    columns = ("reseller_id", "account_id", "kind", "amount", "entry_date", "reference", "actor", "recorded_at")
    values = select(literal(account.reseller_id, e.reseller_id.type), literal(account.id, e.account_id.type),
                    literal(EntryKind.PAYOUT.value, e.kind.type), literal(-entry.amount, e.amount.type),
                    literal(day, e.entry_date.type), literal(ref_text, e.reference.type),
                    literal(actor, e.actor.type), literal(utcnow(), e.recorded_at.type)) \
        .where(~select(e.id).where(e.account_id == account.id, _reversal_of(entry.id)).exists())
    written = session.execute(insert(t).from_select(columns, values).returning(e.id)).scalar()
    if written is None:
        first = reversal(session, entry)
        raise ProrataError.of("payout_reversed_already", entry=entry.id, date=first.entry_date.isoformat(),
                              actor=first.actor)
    back = session.get(LedgerEntry, written)
    audit.record(session, "payout_reverse", "reseller", r.id, before={"owed": to_text(before, cur)},
                 after={"reversed": to_text(entry.amount, cur), "currency": cur, "payout": f"PO-{entry.id}",
                        "paid_on": entry.entry_date.isoformat(), "date": day.isoformat(), "reason": why,
                        "owed": to_text(before + entry.amount, cur)}, reseller_id=r.id, actor=actor)
    return back


def statements_owed(session: Session, account_id: int) -> list[tuple[Invoice, Decimal]]:
    """(statement, what the reseller still owes on it) of the account's statements that net against the
    reseller, oldest first, those with something owed: its total (negated: what it says the reseller owes),
    less what credit notes of it give back, less what payments settle of it."""
    e, i, al = LedgerEntry.__table__.c, Invoice.__table__.c, Allocation.__table__.c
    rows = session.execute(select(e.document_id, e.amount).join_from(LedgerEntry.__table__, Invoice.__table__,
                                                                     i.id == e.document_id)
                           .where(e.account_id == account_id, e.kind == EntryKind.STATEMENT.value, e.amount > 0,
                                  i.kind == InvoiceKind.STATEMENT.value)).all()
    if not rows:
        return []
    ids = [r.document_id for r in rows]
    # A credit note of a statement is posted as a statement entry too (app/payments/ledger.py): it gives back.
    credited = dict(session.execute(select(i.credits_id, func.sum(e.amount))
                                    .join_from(LedgerEntry.__table__, Invoice.__table__, i.id == e.document_id)
                                    .where(e.account_id == account_id, i.credits_id.in_(ids))
                                    .group_by(i.credits_id)).all())
    settled = dict(session.execute(select(al.invoice_id, func.sum(al.amount)).where(al.invoice_id.in_(ids))
                                   .group_by(al.invoice_id)).all())
    owed_of = {r.document_id: r.amount + (credited.get(r.document_id) or ZERO) - (settled.get(r.document_id) or ZERO)
               for r in rows}
    invs = session.scalars(select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.issue_date, Invoice.id))
    return [(inv, owed_of[inv.id]) for inv in invs
            if owed_of[inv.id] > 0 and inv.status not in (Status.VOID.value, Status.DRAFT.value)]


def settle_statements(session: Session, account: PaymentAccount, day: date, *, actor: str,
                      payment_ids: list[int] | None = None, statement_ids: list[int] | None = None,
                      amount: Decimal | None = None, as_credit: bool = True,
                      recorded_at: datetime | None = None) -> list[allocation.Allocated]:
    """Settle what the reseller owes on its statements (``statements_owed``, oldest first; ``statement_ids``:
    those only) from what its payments have left (oldest first; ``payment_ids``: those only), ``amount`` at most
    (None: as far as they go), on a reseller's account with the hoster (any other account: nothing). Each
    allocation is dated ``day``, no earlier than the statement was issued nor the payment received
    (``allocation.allocate``'s rule); ``as_credit``: the payment was recorded before, so a ``credit_applied``
    entry (0) says it in the account's history, as credit applied to an invoice does. The caller holds the
    account (``accounts.lock``) and audits the allocations returned (``allocation.audit_all``, last). A
    statement's status stays what it is (a statement is never paid: what it owes is settled)."""
    if account.issuer_key != HOSTER_KEY or account.customer_reseller_id is None or account.company_id is not None:
        return []
    owed_now = [(inv, owed_) for inv, owed_ in statements_owed(session, account.id)
                if statement_ids is None or inv.id in statement_ids]
    if not owed_now:
        return []
    p = Payment.__table__.c
    q = (select(p.id, p.received_on, p.collected_by)
         .where(p.account_id == account.id, p.status == PaymentStatus.RECEIVED.value).order_by(p.received_on, p.id))
    if payment_ids is not None:
        q = q.where(p.id.in_(payment_ids))
    pays = [r for r in session.execute(q).all() if allocation.pays_for(r.collected_by, HOSTER_KEY)]
    lefts = allocation.payments_left(session, [r.id for r in pays])
    done: list[allocation.Allocated] = []
    owed_left = {inv.id: owed_ for inv, owed_ in owed_now}
    budget = amount
    for pay in pays:
        for inv, _ in owed_now:
            part = min(lefts[pay.id], owed_left[inv.id], budget if budget is not None else lefts[pay.id])
            if part <= 0:
                continue
            claim(session, inv, label=allocation.label(inv))  # a rival crediting the statement waits, or is told
            on = max(day, inv.issue_date, pay.received_on)
            at = recorded_at or utcnow()
            row = Allocation(reseller_id=account.reseller_id, account_id=account.id, invoice_id=inv.id,
                             payment_id=pay.id, amount=part, allocated_on=on, actor=actor, recorded_at=at)
            session.add(row)
            session.flush()
            if as_credit:
                session.add(LedgerEntry(reseller_id=account.reseller_id, account_id=account.id,
                                        kind=EntryKind.CREDIT_APPLIED.value, amount=ZERO, entry_date=on,
                                        payment_id=pay.id, allocation_id=row.id, reference=allocation.label(inv),
                                        actor=actor, recorded_at=at))
            lefts[pay.id] -= part
            owed_left[inv.id] -= part
            budget = budget - part if budget is not None else None
            done.append(allocation.Allocated(inv.id, allocation.label(inv), part, account.currency, inv.status,
                                             inv.status, f"payment #{pay.id}"))
    session.flush()
    return done
