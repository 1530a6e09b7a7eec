"""Manual payments: cash, bank transfer and check, recorded with the day received, a reference and who
recorded it, then allocated to open invoices (oldest first unless the clerk names them); what is left is
credit on the account.

Checks can be switched off by the hoster, for everyone and per reseller (``checks``, stored like the other
switches: app/services/billing_settings.py); a reseller's own setting, when it has one, decides for its
customers and for itself as the hoster's customer. A check while checks are off is refused, nothing written.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, Problem, ProrataError
from app.models import Hoster, Invoice, InvoiceKind, Reseller
from app.models.base import utcnow
from app.models.payments import MANUAL_METHODS, EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus
from app.money import parse_amount, to_text
from app.payments import accounts, allocation, ledger
from app.services import audit
from app.values.dates import check_date
from app.values.text import check_text

REFERENCE_MAX = 200

MESSAGES.setdefault("payment_not_positive", "a payment of {amount} {currency} pays nothing: give an amount above "
                                            "zero")
MESSAGES.setdefault("checks_off", "checks are switched off for {issuer}: record the payment another way, or switch "
                                  "them on with `prorata settings set {issuer} checks on`")
MESSAGES.setdefault("reference_needed", "a payment needs a reference (a transfer's reference, a check's number, a "
                                        "receipt number)")
MESSAGES.setdefault("reference_too_long", "the reference is {length} characters long: at most {max}")
MESSAGES.setdefault("payment_reversed", "payment #{payment} was reversed on {date}: it can no longer be "
                                        "{action}")
MESSAGES.setdefault("payment_collectors_differ",
                    "one payment cannot pay these invoices: the hoster collects {by_hoster} and {reseller} "
                    "collects {by_reseller} (each invoice by the billing mode it was issued under), and a payment "
                    "goes to one of them: record a payment for each")
# Allocated by hand, a payment pays only the invoices of its collector too (``_check_collector``).
MESSAGES.setdefault("payment_other_collector",
                    "payment #{payment} cannot pay {invoice}: the payment went to {collector} and {invoice} is "
                    "collected by {invoice_collector} (by the billing mode it was issued under): allocate it to "
                    "invoices {collector} collects, and record the payment for {invoice} to {invoice_collector}")
# Allocated oldest first, a payment pays only the invoices of its collector (``oldest_of_collector``).
MESSAGES.setdefault("payment_left_open_by_hoster",
                    "left open: {invoices}: the hoster collects them (by the billing mode each was issued under), "
                    "and this payment went to {reseller}")
MESSAGES.setdefault("payment_left_open_by_reseller",
                    "left open: {invoices}: {reseller} collects them (by the billing mode each was issued under), "
                    "and this payment went to the hoster")


@dataclass
class Recorded:
    """A payment just recorded (or allocated) and what it settled."""

    payment: Payment
    allocations: list[allocation.Allocated] = field(default_factory=list)
    credit_left: Decimal = Decimal(0)
    # Allocated oldest first: the account's open invoices another collector collects, which it left open
    # (``oldest_of_collector``): (invoice, open amount), and that collector ("hoster" or the reseller's code).
    left_open: list[tuple[str, Decimal]] = field(default_factory=list)
    left_open_collector: str | None = None
    payment_collector_name: str | None = None  # the payment's collector, as ``left_open_collector``

    def as_json(self) -> dict:
        cur = self.payment.currency
        return {"payment": self.payment.id, "amount": to_text(self.payment.amount, cur), "currency": cur,
                "allocations": [a.as_json() for a in self.allocations],
                "credit_left": to_text(self.credit_left, cur),
                "left_open": [{"invoice": label, "open": to_text(left, cur), "collector": self.left_open_collector}
                              for label, left in self.left_open]}

    def left_open_note(self) -> Problem | None:
        """What the clerk is told when invoices of the other collector stayed open (``Problem.message`` words
        it, in the reader's language); None when none did."""
        if not self.left_open:
            return None
        invoices = ", ".join(label for label, _ in self.left_open)
        if self.left_open_collector == "hoster":
            return Problem("payment_left_open_by_hoster", {"invoices": invoices,
                                                           "reseller": self.payment_collector_name})
        return Problem("payment_left_open_by_reseller", {"invoices": invoices, "reseller": self.left_open_collector})


def checks_on(session: Session, owner_id: int | None) -> tuple[bool, str]:
    """(whether checks are taken, whose switch says so: "hoster" or the reseller's code)."""
    if owner_id is not None:
        r = session.get(Reseller, owner_id)
        if r is not None and r.checks is not None:
            return r.checks, r.code
    hoster = session.get(Hoster, 1)
    if hoster is None:
        raise ProrataError.of("no_hoster")
    return hoster.checks, "hoster"


def _reference(text: str | None) -> str:
    text = (text or "").strip()
    if not text:
        raise ProrataError.of("reference_needed", "--reference")
    check_text(text, "--reference", field="the reference")
    if len(text) > REFERENCE_MAX:
        raise ProrataError.of("reference_too_long", "--reference", length=len(text), max=REFERENCE_MAX)
    return text


def find(session: Session, ref: int | str) -> Payment:
    """A payment by its number (``12`` or ``#12``)."""
    text = str(ref).strip().lstrip("#")
    p = session.get(Payment, int(text)) if text.isascii() and text.isdigit() else None
    if p is None:
        raise ProrataError.of("not_found", kind="payment", code=str(ref))
    return p


def _invoices(session: Session, refs: list[str]) -> list[Invoice]:
    from app.services import invoices

    return [invoices.find(session, ref) for ref in refs]


def record(session: Session, customer: str, amount: object, currency: str, method: str, received_on: date,
           reference: str, *, issuer: str | None = None, allocate_to: list[str] | None = None,
           auto_allocate: bool = True, collected_by: str | None = None, actor: str | None = None) -> Recorded:
    """Record a manual payment and allocate it: to ``allocate_to`` (invoice references, in that order, each
    as far as it is open; a statement the reseller owes on is settled, as ``allocate`` settles it) or, with
    ``auto_allocate``, to the account's open invoices oldest first, those of the payment's collector only
    (``oldest_of_collector``). ``collected_by``: its collector when the caller allocates it by hand after (the
    console's amounts: ``collector_of_targets`` of those invoices); else as ``book`` decides. Refused,
    nothing written, for a bad amount (negative, zero, more decimals than the currency has), an unknown
    method, a check while checks are off, or a missing reference."""
    actor = actor or audit.current_actor(session)
    who = accounts.find_customer(session, customer)
    accounts.check_currency(session, currency, "currency")
    value = parse_amount(amount, currency, where="amount")
    if value == 0:
        raise ProrataError.of("payment_not_positive", "amount", amount=to_text(value, currency), currency=currency)
    if method not in MANUAL_METHODS:
        raise ProrataError.of("bad_value", "--method", value=method, allowed=", ".join(MANUAL_METHODS))
    if method == "check":
        on, whose = checks_on(session, who.owner_id)
        if not on:
            raise ProrataError.of("checks_off", "--method", issuer=whose)
    check_date(received_on, "--date")
    reference = _reference(reference)
    account = accounts.for_customer(session, who, currency, issuer, create=True)
    targets = _invoices(session, allocate_to) if allocate_to else None
    for inv in targets or []:
        if inv.kind != InvoiceKind.STATEMENT.value:  # a statement is settled as ``allocate`` settles one (book)
            allocation.check_payable(session, account, inv, "this payment")
    return book(session, account, value, method, received_on, reference, targets=targets,
                auto_allocate=auto_allocate, actor=actor,
                collected_by=collected_by or collector_of_targets(session, _invoices_only(targets)))


def _invoices_only(targets: list[Invoice] | None) -> list[Invoice] | None:
    """``targets`` without the statements among them (settled, not paid: ``_settle_statement``)."""
    return None if targets is None else [inv for inv in targets if inv.kind != InvoiceKind.STATEMENT.value]


def collector_of_targets(session: Session, targets: list[Invoice] | None, where: str = "--allocate") -> str | None:
    """The one collector of ``targets`` (app/payments/processors/routing.py: by the billing mode each invoice
    was issued under), None for none. Refused in words (at ``where``), nothing written, when they have two:
    after its reseller changed its mode, a company's invoices issued before are collected by one (the hoster,
    or the reseller) and those issued after by the other, and a payment is money one of them received."""
    if not targets:
        return None
    whose = allocation.invoice_collectors(session, targets)
    collectors = {whose[inv.id] for inv in targets}
    if len(collectors) == 1:
        return collectors.pop()
    from app.billing.context import HOSTER_KEY
    from app.payments.accounts import issuer_names

    reseller = next(k for k in collectors if k != HOSTER_KEY)
    by = {k: ", ".join(dict.fromkeys(allocation.label(inv) for inv in targets if whose[inv.id] == k))
          for k in collectors}
    raise ProrataError.of("payment_collectors_differ", where, by_hoster=by[HOSTER_KEY],
                          by_reseller=by[reseller], reseller=issuer_names(session)(reseller))


def book(session: Session, account: PaymentAccount, value: Decimal, method: str, received_on: date,
         reference: str, *, targets: list[Invoice] | None = None, auto_allocate: bool = True, actor: str,
         processor: str | None = None, processor_ref: str | None = None,
         collected_by: str | None = None) -> Recorded:
    """Write a checked payment of ``value`` to ``account`` and allocate it (to ``targets``, else with
    ``auto_allocate`` oldest first). Its collector (app/payments/processors/routing.py): ``collected_by`` when
    given (a card charge: whose processor account charged it); else that of the invoices it is allocated to,
    by the billing mode each was issued under (targets of two collectors are refused in words, nothing written:
    ``collector_of_targets``); else the issuer's by its billing mode now. Card charges and direct debits book
    through here too."""
    from app.payments.processors.routing import collector_of

    currency = account.currency
    if collected_by is None and _invoices_only(targets):
        collected_by = collector_of_targets(session, _invoices_only(targets))
    if collected_by is None:
        collected_by = collector_of(session, account.issuer_key)
    pay = Payment(reseller_id=account.reseller_id, account_id=account.id, method=method, amount=value,
                  currency=currency, received_on=received_on, reference=reference,
                  status=PaymentStatus.RECEIVED.value, recorded_by=actor, recorded_at=utcnow(),
                  collected_by=collected_by, processor=processor,
                  processor_ref=processor_ref)
    session.add(pay)
    session.flush()
    ledger.post(session, account, EntryKind.PAYMENT.value, -value, received_on, actor=actor, payment_id=pay.id,
                reference=reference)
    done = Recorded(pay)
    if targets is not None or auto_allocate:
        accounts.lock(session, account.id)
        source = allocation.Source(f"payment #{pay.id}", received_on, value, payment_id=pay.id)
        named = targets is not None
        if targets is None:
            targets = oldest_of_collector(session, account, collected_by, done)
        if any(inv.kind == InvoiceKind.STATEMENT.value for inv in targets):  # in the order given, as ``allocate``
            for inv in targets:
                if inv.kind != InvoiceKind.STATEMENT.value:
                    done.allocations += allocation.spread(session, account, source, [inv], received_on,
                                                          as_credit=False, actor=actor)
                elif source.left > 0:
                    done.allocations += _settle_statement(session, account, source, inv, allocation.label(inv),
                                                          None, received_on, actor=actor, day_given=False,
                                                          as_credit=False)
        else:
            done.allocations = allocation.spread(session, account, source, targets, received_on, as_credit=False,
                                                 actor=actor)
        if not named:  # what the invoices leave settles what a reseller owes on its statements (payouts.py)
            from app.payments import payouts

            done.allocations += payouts.settle_statements(session, account, received_on, actor=actor,
                                                          payment_ids=[pay.id], as_credit=False)
    done.credit_left = allocation.payments_left(session, [pay.id])[pay.id]
    audit.record(session, "record", "payment", pay.id, after=payment_json(session, pay),
                 reseller_id=account.reseller_id, actor=actor)
    allocation.audit_all(session, done.allocations, account.reseller_id, f"payment #{pay.id}")
    return done


def oldest_of_collector(session: Session, account: PaymentAccount, collected_by: str | None,
                        done: Recorded) -> list[Invoice]:
    """The account's open invoices, oldest first, that ``collected_by`` collects (by the billing mode each was
    issued under: app/payments/processors/routing.py): what a payment it took pays when no invoice is named.
    After its reseller changed its mode, a company's account has invoices of two collectors (the hoster, and
    the reseller), and a payment is money one of them received: the other's stay open, noted on ``done``
    (``left_open``) for the clerk to be told. ``collected_by`` None (a payment recorded before collectors
    were): all of them."""
    opens = allocation.open_invoices(session, account.id)
    if collected_by is None or not opens:
        return [inv for inv, _ in opens]
    whose = allocation.invoice_collectors(session, [inv for inv, _ in opens])
    others = [(inv, left) for inv, left in opens if whose[inv.id] != collected_by]
    if others:
        names = accounts.issuer_names(session)
        done.left_open = [(allocation.label(inv), left) for inv, left in others]
        done.left_open_collector = names(whose[others[0][0].id])
        done.payment_collector_name = names(collected_by)
    return [inv for inv, _ in opens if whose[inv.id] == collected_by]


def allocate(session: Session, ref: int | str, allocate_to: list[tuple[str, str | None]] | None = None,
             day: date | None = None, *, actor: str | None = None) -> Recorded:
    """Allocate what is left of a payment (credit) to invoices: ``(invoice, amount or None)`` pairs in order
    (None: as far as it is open), or to the open invoices of the payment's collector oldest first
    (``oldest_of_collector``)."""
    actor = actor or audit.current_actor(session)
    pay = find(session, ref)
    account = session.get(PaymentAccount, pay.account_id)
    accounts.lock(session, account.id)
    session.refresh(pay)
    if pay.status != PaymentStatus.RECEIVED.value:
        raise ProrataError.of("payment_reversed", payment=pay.id, date=_reversed_on(session, pay),
                              action="allocated")
    given = day is not None  # a date the clerk gave: refused before the payment was received (allocation.allocate)
    day = check_date(day or date.today(), "--date")
    left = allocation.payments_left(session, [pay.id])[pay.id]
    source = allocation.Source(f"payment #{pay.id}", pay.received_on, left, payment_id=pay.id)
    done = Recorded(pay)
    if allocate_to:
        chosen = [(_invoices(session, [ref_])[0], ref_, amount) for ref_, amount in allocate_to]
        _check_collector(session, pay, [inv for inv, _, _ in chosen])  # all refused before any is written
        for inv, ref_, amount in chosen:
            if inv.kind == InvoiceKind.STATEMENT.value:  # one that nets against the reseller (payouts.py)
                done.allocations += _settle_statement(session, account, source, inv, ref_, amount, day,
                                                      actor=actor, day_given=given)
                continue
            allocation.check_payable(session, account, inv, source.label)
            if amount is None:
                done.allocations += allocation.spread(session, account, source, [inv], day, as_credit=True,
                                                      actor=actor, day_given=given)
            else:
                value = parse_amount(amount, pay.currency, where=ref_)
                done.allocations.append(allocation.allocate(session, account, source, inv, value, day,
                                                            as_credit=True, actor=actor, day_given=given))
    else:
        targets = oldest_of_collector(session, account, pay.collected_by, done)
        done.allocations = allocation.spread(session, account, source, targets, day, as_credit=True, actor=actor,
                                             day_given=given)
        from app.payments import payouts

        done.allocations += payouts.settle_statements(session, account, day, actor=actor, payment_ids=[pay.id],
                                                      amount=source.left)
        source.left = allocation.payments_left(session, [pay.id])[pay.id]
    done.credit_left = source.left
    allocation.audit_all(session, done.allocations, account.reseller_id, f"payment #{pay.id}")
    return done


def _settle_statement(session: Session, account: PaymentAccount, source: allocation.Source, inv: Invoice, ref: str,
                      amount: str | None, day: date, *, actor: str, day_given: bool,
                      as_credit: bool = True) -> list[allocation.Allocated]:
    """Allocate the payment ``source`` to the statement ``inv`` (``amount``, None: as far as it is owed), one that
    nets against the reseller (app/payments/payouts.py ``settle_statements``); refused in words, nothing written,
    for a statement that owes the reseller (what the hoster owes is paid out, not allocated), one of another
    account, an amount above what is owed of it or left of the payment, a date before the payment."""
    from app.payments import payouts

    owed = dict((st.id, left) for st, left in payouts.statements_owed(session, account.id))
    if inv.id not in owed:
        raise ProrataError.of("statement_not_owed", invoice=allocation.label(inv))
    cur = account.currency
    value = parse_amount(amount, cur, where=ref) if amount is not None else min(owed[inv.id], source.left)
    if value <= 0:
        raise ProrataError.of("allocation_not_positive", amount=to_text(value, cur), currency=cur)
    if day_given and day < source.day:
        raise ProrataError.of("allocated_before_source", "--date", date=day.isoformat(), source=source.label,
                              source_day=source.day.isoformat(), invoice=allocation.label(inv))
    if value > owed[inv.id]:
        raise ProrataError.of("over_allocation", invoice=allocation.label(inv), open=to_text(owed[inv.id], cur),
                              currency=cur, amount=to_text(value, cur), last="")
    if value > source.left:
        raise ProrataError.of("source_exhausted", source=source.label, left=to_text(source.left, cur), currency=cur,
                              amount=to_text(value, cur))
    done = payouts.settle_statements(session, account, day, actor=actor, payment_ids=[source.payment_id],
                                     statement_ids=[inv.id], amount=value, as_credit=as_credit)
    source.left -= sum((a.amount for a in done), Decimal(0))
    return done


def _check_collector(session: Session, pay: Payment, targets: list[Invoice]) -> None:
    """Refused in words, nothing written, when one of ``targets`` is collected by another collector than the
    one that received ``pay`` (the money is that collector's: ``allocation.pays_for``, as ``apply_credit`` and
    ``payments add`` decide)."""
    whose = allocation.invoice_collectors(session, targets)
    names = accounts.issuer_names(session)
    for inv in targets:
        if not allocation.pays_for(pay.collected_by, whose[inv.id]):
            raise ProrataError.of("payment_other_collector", invoice=allocation.label(inv), payment=pay.id,
                                  collector=names(pay.collected_by), invoice_collector=names(whose[inv.id]))


def apply_credit(session: Session, customer: str, currency: str, *, issuer: str | None = None,
                 invoices: list[str] | None = None, day: date | None = None,
                 actor: str | None = None) -> allocation.CreditApplied:
    """Apply a customer's credit (unsettled payments and credit notes, oldest first) to ``invoices`` or to
    its open invoices oldest first, each source's to its collector's invoices only (``allocation.apply_credit``:
    what stays credit is said in ``kept``); then what a reseller owes on its statements (``invoices``: the
    statements among them), as ``allocate`` settles them (app/payments/payouts.py ``settle_statements``)."""
    from app.payments import payouts

    actor = actor or audit.current_actor(session)
    who = accounts.find_customer(session, customer)
    account = accounts.for_customer(session, who, currency, issuer)
    accounts.lock(session, account.id)
    targets = _invoices(session, invoices) if invoices else None
    # Statements a reseller owes on (app/payments/payouts.py) are settled by its payments' credit after the
    # invoices, as a payment's allocation settles them (``allocate``); one that owes the reseller is refused.
    statements = [inv for inv in targets or [] if inv.kind == InvoiceKind.STATEMENT.value]
    owed = {st.id for st, _ in payouts.statements_owed(session, account.id)}
    for inv in targets or []:
        if inv.kind != InvoiceKind.STATEMENT.value:
            allocation.check_payable(session, account, inv, "the credit")
        elif inv.id not in owed:
            raise ProrataError.of("statement_not_owed", invoice=allocation.label(inv))
    names = accounts.issuer_names(session)
    if not allocation.credit_sources(session, account.id):
        raise ProrataError.of("no_credit", customer=who.code, currency=currency, issuer=names(account.issuer_key))
    if targets is None and not allocation.open_invoices(session, account.id) and not owed:
        raise ProrataError.of("nothing_open", customer=who.code, currency=currency, issuer=names(account.issuer_key))
    # A date the clerk gave is refused before a source it would spend existed (allocation.allocate).
    on = check_date(day or date.today(), "--date")
    invoices_only = _invoices_only(targets)
    done = allocation.apply_credit(session, account, on, actor=actor, invoices=invoices_only,
                                   day_given=day is not None) \
        if invoices_only is None or invoices_only else allocation.CreditApplied()
    if targets is None or statements:
        done += payouts.settle_statements(session, account, on, actor=actor,
                                          statement_ids=None if targets is None else [st.id for st in statements])
    allocation.audit_all(session, done, account.reseller_id, "credit applied by hand")
    return done


def reversed_on(session: Session, payment_id: int) -> str | None:
    """The day payment ``payment_id`` was reversed (ISO), as the database has it now; None while it holds."""
    day = session.scalar(select(LedgerEntry.entry_date).where(LedgerEntry.payment_id == payment_id,
                                                               LedgerEntry.kind == EntryKind.REVERSAL.value))
    return day.isoformat() if day else None


def _reversed_on(session: Session, pay: Payment) -> str:
    return reversed_on(session, pay.id) or "an unknown day"


def refunded(session: Session, payment_id: int) -> Decimal:
    """What of payment ``payment_id`` was refunded (its refund entries' sum)."""
    e = LedgerEntry.__table__.c
    return session.scalar(select(func.sum(e.amount)).where(e.payment_id == payment_id,
                                                           e.kind == EntryKind.REFUND.value)) or Decimal(0)


def payment_json(session: Session, pay: Payment, *, with_allocations: bool = False) -> dict:
    account = session.get(PaymentAccount, pay.account_id)
    cur = pay.currency
    refunded_total = refunded(session, pay.id)
    data = {"id": pay.id, "customer": accounts.customer_code(session, account),
            "issuer": accounts.issuer_names(session)(account.issuer_key), "method": pay.method,
            "amount": to_text(pay.amount, cur), "currency": cur, "received_on": pay.received_on.isoformat(),
            "reference": pay.reference, "status": pay.status, "recorded_by": pay.recorded_by,
            "collected_by": accounts.issuer_names(session)(pay.collected_by) if pay.collected_by else None,
            "processor": pay.processor, "processor_ref": pay.processor_ref, "refunded": to_text(refunded_total, cur),
            "unallocated": to_text(allocation.payments_left(session, [pay.id])[pay.id], cur)}
    if with_allocations:
        from app.models.payments import Allocation

        a, i = Allocation.__table__.c, Invoice.__table__.c
        data["allocations"] = [
            {"invoice": number, "amount": to_text(amount, cur), "date": day.isoformat(), "by": actor}
            for number, amount, day, actor in session.execute(
                select(i.number, a.amount, a.allocated_on, a.actor)
                .join_from(Allocation.__table__, Invoice.__table__, i.id == a.invoice_id)
                .where(a.payment_id == pay.id).order_by(a.id))]
    return data


def list_payments(session: Session, customer: str | None = None, limit: int = 1000) -> list[dict]:
    """Payments, newest first (of one customer's accounts)."""
    q = select(Payment)
    if customer is not None:
        who = accounts.find_customer(session, customer)
        ids = [a.id for a in accounts.of_customer(session, who)]
        q = q.where(Payment.account_id.in_(ids))
    return [payment_json(session, p) for p in
            session.scalars(q.order_by(Payment.received_on.desc(), Payment.id.desc()).limit(limit))]
