"""A change recorded late whose corrections give back days that two collectors billed (a reseller changed its
billing mode between them) is given back by whoever billed each day: one correction note per collector, each in
the issuer's numbering series and currency, with its own lines, tax and accruals (of the kind of the mode those
days were billed in), its credit that collector's, paying that collector's corrected invoice
(app/billing/company_bill.py ``_by_collector``, app/payments/allocation.py ``settle_corrected``). SQLite and
PostgreSQL; every figure by hand.

The world of tests/test_mode_change_give_backs.py: acme (VAT 21 %, settled with the hoster on the 15th) sells bc
one Exchange Basic user at 6.00 a month, billed on the 1st, and pays the hoster 3.50 for it (the hoster's VAT
20 %): a month is 6.00 + 21 % (6.00 x 0.21 = 1.26) = 7.26; acme's cost 3.50, or its margin 6.00 - 3.50 = 2.50.
In MARGIN the hoster collects acme's customers' money, in COSTS acme does. bc is billed on 1 Feb in the first
mode, acme switches, bc is billed on 1 Mar in the second; then a cancellation dated 15 Feb is recorded late and
the run as of 15 Apr corrects, on 1 Apr:

- February's days, 15 Feb - 1 Mar, 14 of 28: 6.00 x 14 / 28 = 3.00, VAT 3.00 x 21 % = 0.63 -> -3.63; given back
  by February's collector, its accrual of the first mode's kind: cost 3.50 x 14 / 28 = 1.75 -> -1.75, or margin
  3.00 - 1.75 = 1.25 -> -1.25;
- March whole: 6.00 x 31 / 31, VAT 1.26 -> -7.26, by March's collector: cost -3.50, or margin -2.50.
(One note of the mode now's collector for both, -10.89, paid March and left February's share as that
collector's credit while February stayed open with the other.)
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, AuditEntry, Invoice, InvoiceLine, Reseller
from app.models.payments import Allocation
from app.payments import aging, allocation, payments, position, statement
from app.payments.processors.routing import collector_of_invoice
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"
FEB1, FEB15, MAR1, MAR15, APR1, APR15 = (date(2026, 2, 1), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 15),
                                         date(2026, 4, 1), date(2026, 4, 15))
USER = [(FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})]
CANCEL = [(FEB15, "cancel", {"plan": "exchange-basic"})]


def _mode(db, mode):
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": mode})


def _scene(db, monkeypatch, first, second, *, pay_feb: str | None = None, extra=()):
    """bc billed 1 Feb in ``first`` (``pay_feb`` of it paid to its collector on 20 Feb), 1 Mar in ``second``;
    the late cancellation (and ``extra`` events) recorded, then the run as of 15 Apr. bc's documents by id."""
    monkeypatch.setenv("LANGUAGE", "en")
    w = build(db, acme_mode=first, acme_tax="21")
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).billing_day = 15
    bc = add_company(db, w, "bc", reseller="acme", signup=FEB1, events=USER)
    run_billing(db, FEB15, issue=True)
    if pay_feb is not None:
        with unit_of_work(db) as s:
            (feb,) = s.scalars(select(Invoice.number).where(Invoice.company_id == bc))
            payments.record(s, "bc", pay_feb, "EUR", "bank_transfer", date(2026, 2, 20), "P-1",
                            allocate_to=[f"acme:{feb}"])
    _mode(db, second)
    run_billing(db, MAR15, issue=True)
    add_events(db, w, "bc", CANCEL + list(extra))
    run_billing(db, APR15, issue=True)
    with unit_of_work(db) as s:
        docs = list(s.scalars(select(Invoice).where(Invoice.company_id == bc).order_by(Invoice.id)))
        s.expunge_all()
    return w, bc, docs


def _who(db, w, key: str) -> str:
    return "acme" if key == f"reseller:{w.resellers['acme']}" else key


def _lines(db, doc) -> list[tuple]:
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(InvoiceLine.kind, InvoiceLine.start, InvoiceLine.end, InvoiceLine.tax_rate, InvoiceLine.amount)
            .where(InvoiceLine.invoice_id == doc.id).order_by(InvoiceLine.position))]


def _accruals(db, doc) -> list[tuple]:
    with unit_of_work(db) as s:
        return sorted(map(tuple, s.execute(select(Accrual.kind, Accrual.amount).where(
            Accrual.invoice_id == doc.id, Accrual.line_kind != "vat"))))


def _paid(db, doc) -> list[tuple]:
    """(amount, payment?, credit note, dated) of what pays ``doc``."""
    with unit_of_work(db) as s:
        return [(a, p is not None, n, on) for a, p, n, on in s.execute(
            select(Allocation.amount, Allocation.payment_id, Allocation.credit_note_id, Allocation.allocated_on)
            .where(Allocation.invoice_id == doc.id).order_by(Allocation.id))]


def _shown(db, on=APR15) -> dict:
    with unit_of_work(db) as s:
        (acc,) = statement.show(s, "bc", as_of=on)["accounts"]
    return {"balance": acc["balance"], "open": acc["open"], "credit": acc["credit"],
            "invoices": {i["invoice"]: i["open"] for i in acc["open_invoices"]}}


def _to_acme(db) -> list[tuple]:
    """The hoster's documents to acme after March: (date, kind, subtotal, tax, total)."""
    with unit_of_work(db) as s:
        return [(i.issue_date, i.kind, i.subtotal, i.tax, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id.is_not(None), Invoice.issue_date == APR15)
            .order_by(Invoice.kind))]


@pytest.mark.parametrize("first, second", [(MARGIN, COSTS), (COSTS, MARGIN)])
def test_one_note_per_collector_each_paying_its_collector_s_invoice(db, monkeypatch, first, second):
    w, bc, docs = _scene(db, monkeypatch, first, second)
    assert [(d.kind, d.issue_date, d.total) for d in docs] == [
        ("invoice", FEB1, D("7.26")), ("invoice", MAR1, D("7.26")),
        ("credit_note", APR1, D("-7.26")), ("credit_note", APR1, D("-3.63"))]
    feb, mar, of_mar, of_feb = docs
    # Both notes acme's documents (its numbering series, its currency), numbered one after the other after March:
    acme = w.resellers["acme"]
    assert {d.issuer_reseller_id for d in docs} == {acme} and {d.currency for d in docs} == {"EUR"}
    # acme's series: February 1, March 2, the notes 3 and 4 (the hoster's series numbers its documents to acme).
    assert [d.number for d in docs] == ["INV-2026-00001", "INV-2026-00002", "INV-2026-00003", "INV-2026-00004"]
    # Each its own lines and tax: March 6.00 at 21 % (1.26); February 3.00 at 21 % (0.63).
    assert (of_mar.subtotal, of_mar.tax) == (D("-6.00"), D("-1.26"))
    assert _lines(db, of_mar) == [("correction", MAR1, APR1, D("21"), D("-6.00"))]
    assert (of_feb.subtotal, of_feb.tax) == (D("-3.00"), D("-0.63"))
    assert _lines(db, of_feb) == [("correction", FEB15, MAR1, D("21"), D("-3.00"))]
    # Accruals of the kind of the mode each month was billed in (the first's for February, the second's for March).
    cost_or_margin = {COSTS: ("cost", D("-1.75"), D("-3.50")), MARGIN: ("margin", D("-1.25"), D("-2.50"))}
    kind1, feb_part, _ = cost_or_margin[first]
    kind2, _, mar_part = cost_or_margin[second]
    assert _accruals(db, of_feb) == [(kind1, feb_part)]
    assert _accruals(db, of_mar) == [(kind2, mar_part)]
    # So each is collected by the month's collector, and its credit is that collector's.
    hoster_first = first == MARGIN
    with unit_of_work(db) as s:
        feb_who = _who(db, w, collector_of_invoice(s, s.get(Invoice, feb.id)))
        assert feb_who == ("hoster" if hoster_first else "acme")
        assert _who(db, w, collector_of_invoice(s, s.get(Invoice, of_feb.id))) == feb_who
        mar_who = _who(db, w, collector_of_invoice(s, s.get(Invoice, mar.id)))
        assert mar_who == ("acme" if hoster_first else "hoster") != feb_who
        assert _who(db, w, collector_of_invoice(s, s.get(Invoice, of_mar.id))) == mar_who
        sources = [allocation.Source("", APR1, D(0), credit_note_id=n.id) for n in (of_feb, of_mar)]
        theirs = allocation.source_collectors(s, sources)
        assert [_who(db, w, theirs[allocation.source_key(x)]) for x in sources] == [feb_who, mar_who]
    # Nothing was paid: each note pays its own collector's invoice, dated the note's day. February 7.26 - 3.63 =
    # 3.63 open; March 7.26 - 7.26 = 0.00, paid.
    assert _paid(db, feb) == [(D("3.63"), False, of_feb.id, APR1)]
    assert _paid(db, mar) == [(D("7.26"), False, of_mar.id, APR1)]
    # Balance 7.26 + 7.26 - 7.26 - 3.63 = 3.63, February's (its collector's), no credit.
    assert _shown(db) == {"balance": "3.63", "open": "3.63", "credit": "0.00", "invoices": {feb.number: "3.63"}}
    with unit_of_work(db) as s:
        (row,) = aging.aging(s, APR15, customer="bc")
        # Due 1 Feb + the terms: aged as February is, not as March would be.
        assert row.open == D("3.63") and row.credit == D("0.00") and row.balance == D("3.63")
        assert sum(1 for v in row.buckets.values() if v) == 1
        acc_id = s.scalar(select(Allocation.account_id).where(Allocation.invoice_id == feb.id))
        held = position.credit_held(s, acc_id, APR15)
        assert held.parts == ()
        assert [(o.number, o.open) for o in position.open_invoices(s, acc_id, APR15)] == [(feb.number, D("3.63"))]
    # Audited: one "pay" entry per invoice of bc the notes paid, naming its note.
    with unit_of_work(db) as s:
        paid_by = sorted((e.entity_id, e.after["source"], e.after["allocated"]) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "pay", AuditEntry.entity == "invoice",
                                     AuditEntry.entity_id.in_([str(feb.id), str(mar.id)]))))
    assert paid_by == sorted([(str(feb.id), f"credit note {of_feb.number}", "3.63"),
                              (str(mar.id), f"credit note {of_mar.number}", "7.26")])
    # acme's 15 Apr settlement squares each note with the other party, by its kind: the costs on the hoster's
    # credit note to acme (cost x 1.20), the margins and the VAT the hoster refunded in acme's name on a statement.
    if hoster_first:  # February margin -1.25, VAT -0.63: -1.88; March cost -3.50 + 20 % (-0.70) = -4.20
        assert _to_acme(db) == [(APR15, "credit_note", D("-3.50"), D("-0.70"), D("-4.20")),
                                (APR15, "statement", D("-1.88"), D("0.00"), D("-1.88"))]
    else:  # February cost -1.75 + 20 % (-0.35) = -2.10; March margin -2.50, VAT -1.26: -3.76
        assert _to_acme(db) == [(APR15, "credit_note", D("-1.75"), D("-0.35"), D("-2.10")),
                                (APR15, "statement", D("-3.76"), D("0.00"), D("-3.76"))]


def test_a_paid_february_leaves_its_note_s_credit_with_february_s_collector(db, monkeypatch):
    # February (the hoster collects) paid in full, 7.26, on 20 Feb; acme collects March.
    w, bc, docs = _scene(db, monkeypatch, MARGIN, COSTS, pay_feb="7.26")
    feb, mar, of_mar, of_feb = docs
    assert (of_mar.total, of_feb.total) == (D("-7.26"), D("-3.63"))
    # March paid by acme's note; February's note pays nothing (February is paid): 3.63 credit the hoster holds.
    assert _paid(db, mar) == [(D("7.26"), False, of_mar.id, APR1)]
    assert _paid(db, feb) == [(D("7.26"), True, None, date(2026, 2, 20))]
    # Balance 7.26 + 7.26 - 7.26 - 7.26 - 3.63 = -3.63: 3.63 credit, nothing open.
    assert _shown(db) == {"balance": "-3.63", "open": "0.00", "credit": "3.63", "invoices": {}}
    with unit_of_work(db) as s:
        acc_id = s.scalar(select(Allocation.account_id).where(Allocation.invoice_id == feb.id))
        held = position.credit_held(s, acc_id, APR15)
        assert [(h.collector, h.amount) for h in held.parts] == [("hoster", D("3.63"))]


def test_a_collector_s_note_that_charges_and_gives_back_takes_the_charge_off_the_oldest_share(db, monkeypatch):
    """One collector (acme throughout), a note with a positive line: bc billed 1 Feb and 1 Mar, 7.26 each, both
    open. Recorded late: the cancellation dated 15 Feb and a one-off 2.00 extra dated 10 Mar. The 1 Apr note:
    -3.00 (15 Feb - 1 Mar), -6.00 (March), +2.00 (the extra): -7.00, VAT -7.00 x 21 % = -1.47 -> -8.47.
    ``corrected_by``'s shares: February 3.00 + 0.63 = 3.63, March 6.00 + 1.26 = 7.26 (the extra meets no line:
    no share); what the note's total leaves, 8.47 - 10.89 = -2.42 (the extra and its VAT: 2.00 + 0.42), comes
    off the oldest share: February 3.63 - 2.42 = 1.21. So February is paid 1.21 (6.05 open), March 7.26."""
    extra = [(date(2026, 3, 10), "extra", {"code": "support-call", "amount": D("2.00"), "recurring": False,
                                           "description": {"en": "Support call"}})]
    w, bc, docs = _scene(db, monkeypatch, COSTS, COSTS, extra=extra)
    assert [(d.kind, d.issue_date, d.total) for d in docs] == [
        ("invoice", FEB1, D("7.26")), ("invoice", MAR1, D("7.26")), ("credit_note", APR1, D("-8.47"))]
    feb, mar, note = docs
    assert sorted(a for *_, a in _lines(db, note)) == [D("-6.00"), D("-3.00"), D("2.00")]
    with unit_of_work(db) as s:
        assert allocation.corrected_by(s, [note.id]) == {note.id: {feb.id: D("1.21"), mar.id: D("7.26")}}
    assert _paid(db, feb) == [(D("1.21"), False, note.id, APR1)]
    assert _paid(db, mar) == [(D("7.26"), False, note.id, APR1)]
    # Balance 7.26 + 7.26 - 8.47 = 6.05, all February's: 7.26 - 1.21.
    assert _shown(db) == {"balance": "6.05", "open": "6.05", "credit": "0.00", "invoices": {feb.number: "6.05"}}


def test_a_charge_above_the_oldest_share_leaves_it_at_nothing_and_the_rest_pays_the_next(db, monkeypatch):
    """As above with a 5.00 extra: -3.00 - 6.00 + 5.00 = -4.00, VAT -0.84 -> -4.84. Left after the shares:
    4.84 - 10.89 = -6.05, more than February's 3.63: its share is 0.00 (never below), March's stays 7.26, which
    the note (4.84) cannot pay in full: March 4.84 paid (2.42 open), February 7.26 open; nothing overpaid."""
    extra = [(date(2026, 3, 10), "extra", {"code": "support-call", "amount": D("5.00"), "recurring": False,
                                           "description": {"en": "Support call"}})]
    w, bc, docs = _scene(db, monkeypatch, COSTS, COSTS, extra=extra)
    feb, mar, note = docs
    assert note.total == D("-4.84")
    with unit_of_work(db) as s:
        assert allocation.corrected_by(s, [note.id]) == {note.id: {feb.id: D("0.00"), mar.id: D("7.26")}}
    assert _paid(db, feb) == []
    assert _paid(db, mar) == [(D("4.84"), False, note.id, APR1)]
    # Balance 7.26 + 7.26 - 4.84 = 9.68 = 7.26 + 2.42.
    assert _shown(db) == {"balance": "9.68", "open": "9.68", "credit": "0.00",
                          "invoices": {feb.number: "7.26", mar.number: "2.42"}}


def test_one_collector_throughout_makes_one_note_as_before(db, monkeypatch):
    """acme collects February and March (COSTS throughout): one note, 3.00 + 6.00 = 9.00, VAT 1.89, -10.89, its
    shares February 3.63 and March 7.26 (tests/test_correction_note_pays_the_invoice_it_corrects.py)."""
    w, bc, docs = _scene(db, monkeypatch, COSTS, COSTS)
    assert [(d.kind, d.issue_date, d.total) for d in docs] == [
        ("invoice", FEB1, D("7.26")), ("invoice", MAR1, D("7.26")), ("credit_note", APR1, D("-10.89"))]
    feb, mar, note = docs
    assert _accruals(db, note) == [("cost", D("-3.50")), ("cost", D("-1.75"))]
    assert _paid(db, feb) == [(D("3.63"), False, note.id, APR1)]
    assert _paid(db, mar) == [(D("7.26"), False, note.id, APR1)]
