"""A reseller's document records who collects it when it is made (``Invoice.collected_by``, migration 0035), so a
document with no accruals keeps the collector of the mode it was made in after the reseller changes its mode;
SQLite and PostgreSQL, every figure by hand.

The reviewer's case: acme (VAT 19 %, settled with the hoster on the 15th) bills its company r1 a
recurring 31.00 support extra from 1 Jan, on the 1st. Extras are the seller's own items: outside the margin mode
they accrue nothing (no cost), in it the whole net is acme's margin (app/billing/company_bill.py ``_accruals``).

- 1 Jan, acme in ``reseller_bills`` (acme collects): [1 Jan, 1 Feb) 31.00 + 19 % (5.89) = 36.89, no accrual.
- acme changes to the margin mode (the hoster collects).
- 1 Feb: [1 Feb, 1 Mar) 31.00 + 5.89 = 36.89, acme's margin 31.00; the hoster's 15 Feb statement owes acme
  31.00 and the VAT it collected in acme's name, 5.89: 36.89.
- The extra's end dated 15 Jan, recorded late; the run as of 15 Mar corrects on 1 Mar:
  January 15 Jan - 1 Feb, 17 of 31 days: -31.00 x 17 / 31 = -17.00, VAT -17.00 x 19 % = -3.23: -20.23, given
  back by January's collector, acme (no accrual: an extra outside the margin mode);
  February whole: -31.00, VAT -5.89: -36.89, by the hoster, its margin accrual -31.00; the 15 Mar statement
  takes back -31.00 and the VAT refunded -5.89: -36.89.
  January's invoice had no accrual to say acme collected it: read by the mode now, both corrections went on one
  note of the hoster, -57.12 (= -20.23 - 36.89; -48.00 + VAT -9.12), its statement -57.12.

Money as it changes hands, VAT included (the statements pass acme's VAT on): r1 paid January, 36.89, to acme
on 20 Jan; acme's note is credit acme holds and refunds, 20.23; February is paid by the hoster's note. acme:
36.89 + 36.89 (15 Feb statement) - 36.89 (15 Mar statement) - 20.23 = 16.66 = 14 days of January, 31.00 x 14 / 31
= 14.00 + 19 % (2.66): its extra, all of it its own. The hoster: 0.00. With one note of the hoster (-57.12) and a
statement of -57.12: acme 36.89 + 36.89 - 57.12 - 20.23 = -3.57, the hoster +20.23 it never collected (the
reviewer's figures). Unpaid before, r1 pays acme January's 16.66 left open after acme's note.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select, update

from app.billing.run import run_billing
from app.billing.settlement import issue_modes
from app.errors import ProrataError
from app.models import Accrual, Invoice, InvoiceLine, Reseller
from app.models.payments import Allocation, Payment
from app.payments import payments, position, statement
from app.payments.processors.routing import collector_of_invoice, collectors_of_invoices
from app.services import invoices, resellers_admin
from app.services.invoices import ManualLine
from app.storage import immutability, schema
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build
from tests.test_accrual_forgery import JAN10, _r1_invoice, _refused, cost_mode, margin_mode  # noqa: F401

D = Decimal
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"
JAN1, JAN15, FEB1, FEB15, MAR1, MAR15 = (date(2026, 1, 1), date(2026, 1, 15), date(2026, 2, 1), date(2026, 2, 15),
                                         date(2026, 3, 1), date(2026, 3, 15))
SUPPORT = {"code": "support", "amount": D("31.00"), "recurring": True, "description": {"en": "Support"}}


def _mode(db, mode):
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": mode})


def _world(db, monkeypatch):
    """acme in ``reseller_bills``, settled on the 15th; r1 with the 31.00 extra from 1 Jan, billed 1 Jan."""
    monkeypatch.setenv("LANGUAGE", "en")
    w = build(db, acme_mode=COSTS)  # acme's VAT 19 %
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).billing_day = 15
    r1 = add_company(db, w, "r1", reseller="acme", signup=JAN1, events=[(JAN1, "extra", SUPPORT)])
    run_billing(db, JAN15, issue=True)
    return w, r1


def _docs(db, r1) -> list[Invoice]:
    with unit_of_work(db) as s:
        docs = list(s.scalars(select(Invoice).where(Invoice.company_id == r1).order_by(Invoice.id)))
        s.expunge_all()
    return docs


def _accruals(db, doc) -> list[tuple]:
    with unit_of_work(db) as s:
        return sorted(map(tuple, s.execute(select(Accrual.kind, Accrual.amount).where(
            Accrual.invoice_id == doc.id, Accrual.line_kind != "vat"))))


def _lines(db, doc) -> list[tuple]:
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(InvoiceLine.kind, InvoiceLine.start, InvoiceLine.end, InvoiceLine.amount)
            .where(InvoiceLine.invoice_id == doc.id).order_by(InvoiceLine.position))]


def _paid(db, doc) -> list[tuple]:
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(select(Allocation.amount, Allocation.credit_note_id)
                                            .where(Allocation.invoice_id == doc.id).order_by(Allocation.id))]


def _statements(db) -> list[tuple]:
    """The hoster's documents to acme: (date, kind, total)."""
    with unit_of_work(db) as s:
        return [(i.issue_date, i.kind, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id.is_not(None)).order_by(Invoice.issue_date, Invoice.id))]


@pytest.mark.parametrize("paid", [False, True])
def test_a_late_end_of_an_extra_billed_before_a_mode_change_is_given_back_by_each_month_s_collector(
        db, monkeypatch, paid):
    """``paid``: r1 paid January, 36.89, to acme on 20 Jan (the reviewer's figures); else nothing before."""
    w, r1 = _world(db, monkeypatch)
    acme = f"reseller:{w.resellers['acme']}"
    if paid:
        with unit_of_work(db) as s:
            (number,) = s.scalars(select(Invoice.number).where(Invoice.company_id == r1))
            payments.record(s, "r1", "36.89", "EUR", "bank_transfer", date(2026, 1, 20), "P-1",
                            allocate_to=[f"acme:{number}"])
    _mode(db, MARGIN)
    run_billing(db, FEB15, issue=True)
    add_events(db, w, "r1", [(JAN15, "extra_end", {"code": "support"})])  # recorded late: Jan and Feb billed
    run_billing(db, MAR15, issue=True)
    docs = _docs(db, r1)
    # 1 Jan and 1 Feb 36.89 each; 1 Mar the hoster's note of February, -36.89, then acme's of January, -20.23
    # (not one note of -57.12).
    assert [(d.kind, d.issue_date, d.total) for d in docs] == [
        ("invoice", JAN1, D("36.89")), ("invoice", FEB1, D("36.89")),
        ("credit_note", MAR1, D("-36.89")), ("credit_note", MAR1, D("-20.23"))]
    jan, feb, of_feb, of_jan = docs
    assert (of_jan.subtotal, of_jan.tax) == (D("-17.00"), D("-3.23"))  # -31.00 x 17/31; x 19 %
    assert _lines(db, of_jan) == [("correction", JAN15, FEB1, D("-17.00"))]
    assert (of_feb.subtotal, of_feb.tax) == (D("-31.00"), D("-5.89"))
    # Each stamped with its collector when written: acme for January and its note (no accrual says so), the hoster
    # for February and its note.
    assert [d.collected_by for d in docs] == [acme, "hoster", "hoster", acme]
    assert _accruals(db, jan) == [] and _accruals(db, of_jan) == []
    assert _accruals(db, feb) == [("margin", D("31.00"))]
    assert _accruals(db, of_feb) == [("margin", D("-31.00"))]
    with unit_of_work(db) as s:
        assert [collector_of_invoice(s, s.get(Invoice, d.id)) for d in docs] == [acme, "hoster", "hoster", acme]
        assert collectors_of_invoices(s, [(d.id, d.issuer_reseller_id) for d in docs]) == {
            jan.id: acme, feb.id: "hoster", of_feb.id: "hoster", of_jan.id: acme}
        # Read from the stamp: margin mode for February's documents, not January's.
        assert issue_modes(s, w.resellers["acme"], [d.id for d in docs]) == {
            jan.id: False, feb.id: True, of_feb.id: True, of_jan.id: False}
    # The statements: 15 Feb margin 31.00 + VAT 5.89 = 36.89; 15 Mar -31.00 - 5.89 = -36.89 (not -57.12). Nothing
    # on 15 Jan (January accrued nothing) nor to invoice acme (no cost).
    assert _statements(db) == [(FEB15, "statement", D("36.89")), (MAR15, "statement", D("-36.89"))]
    # February 36.89 paid by the hoster's note.
    assert _paid(db, feb) == [(D("36.89"), of_feb.id)]
    with unit_of_work(db) as s:
        (acc,) = statement.show(s, "r1", as_of=MAR15)["accounts"]
        account = s.scalar(select(Allocation.account_id).where(Allocation.invoice_id == feb.id))
        held = position.credit_held(s, account, MAR15)
    if paid:
        # January was paid: acme's note is credit acme holds, 20.23, refunded by acme (who took the money).
        # Balance 36.89 + 36.89 - 36.89 (paid) - 36.89 - 20.23 = -20.23.
        assert [(a, p) for a, p in _paid(db, jan)] == [(D("36.89"), None)]
        assert (acc["balance"], acc["open"], acc["credit"]) == ("-20.23", "0.00", "20.23")
        assert [(h.collector, h.amount) for h in held.parts] == [(acme, D("20.23"))]
        # acme: 36.89 from r1, 36.89 (15 Feb statement), -36.89 (15 Mar), -20.23 refunded to r1 = 16.66; the hoster
        # 0.00. (One note of the hoster, -57.12, and its statement -57.12: acme 36.89 + 36.89 - 57.12 - 20.23 =
        # -3.57, the refund of January's days its own to make, and the hoster +20.23 it never collected.)
        flows = [("r1", "acme", D("36.89")), ("hoster", "acme", D("36.89")), ("acme", "hoster", D("36.89")),
                 ("acme", "r1", D("20.23"))]
    else:
        # January 36.89 - 20.23 = 16.66 open with acme, whom r1 pays. Balance 36.89 + 36.89 - 36.89 - 20.23.
        assert _paid(db, jan) == [(D("20.23"), of_jan.id)]
        assert (acc["balance"], acc["open"], acc["credit"]) == ("16.66", "16.66", "0.00")
        assert held.parts == ()
        with unit_of_work(db) as s:
            payments.record(s, "r1", "16.66", "EUR", "bank_transfer", MAR15, "P-2",
                            allocate_to=[f"acme:{jan.number}"])
        with unit_of_work(db) as s:
            pay = s.scalar(select(Allocation.payment_id).where(Allocation.invoice_id == jan.id,
                                                               Allocation.payment_id.is_not(None)))
            assert s.get(Payment, pay).collected_by == acme
        assert _paid(db, jan)[-1] == (D("16.66"), None)
        # acme: 16.66 from r1, 36.89 - 36.89 (statements) = 16.66; the hoster 0.00.
        flows = [("r1", "acme", D("16.66")), ("hoster", "acme", D("36.89")), ("acme", "hoster", D("36.89"))]
    ends = {"r1": D(0), "acme": D(0), "hoster": D(0)}
    for payer, payee, amount in flows:
        ends[payer] -= amount
        ends[payee] += amount
    # r1 paid 14 days of January: 31.00 x 14 / 31 = 14.00 + 19 % (2.66) = 16.66, all of it acme's (its extra).
    assert ends == {"r1": D("-16.66"), "acme": D("16.66"), "hoster": D("0.00")}


def test_a_credit_note_and_a_modified_copy_keep_the_collector_of_the_invoice_they_credit(db, monkeypatch):
    """January's invoice (acme collected it, no accruals) credited after acme moved to the margin mode: the credit
    note gives back what acme collected, -36.89, and is acme's; the copy ``modify`` opens bills January again,
    acme's too, whatever the mode now. A manual invoice issued now is the hoster's (the margin mode)."""
    w, r1 = _world(db, monkeypatch)
    acme = f"reseller:{w.resellers['acme']}"
    _mode(db, MARGIN)
    (jan,) = _docs(db, r1)
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, jan.id, FEB1)
        note_id, copy_id = note.id, copy.id
    with unit_of_work(db) as s:
        note = s.get(Invoice, note_id)
        assert (note.kind, note.total, note.credits_id, note.collected_by) == ("credit_note", D("-36.89"), jan.id,
                                                                              acme)
        assert s.get(Invoice, copy_id).collected_by == acme
        # acme's mode is locked while the copy is a draft; issued, it keeps acme.
        invoices.issue(s, copy_id, FEB1)
    with unit_of_work(db) as s:
        copy = s.get(Invoice, copy_id)
        assert (copy.status, copy.total, copy.collected_by) == ("issued", D("36.89"), acme)
        assert collector_of_invoice(s, copy) == acme
        manual = invoices.create_manual(s, "r1", "EUR", [ManualLine({"en": "Setup"}, D("1"), D("10.00"), D("19"))])
        manual_id = manual.id
        assert manual.collected_by is None  # a draft: stamped when issued
    with unit_of_work(db) as s:
        invoices.issue(s, manual_id, FEB1)
    with unit_of_work(db) as s:
        manual = s.get(Invoice, manual_id)
        # 10.00 + 19 % = 11.90, the hoster's (the margin mode), its net acme's margin.
        assert (manual.total, manual.collected_by) == (D("11.90"), "hoster")
        assert _accruals(db, manual) == [("margin", D("10.00"))]


def test_the_collector_of_an_issued_invoice_is_frozen(db, monkeypatch):
    w, r1 = _world(db, monkeypatch)
    (jan,) = _docs(db, r1)
    t = Invoice.__table__
    with pytest.raises(ProrataError, match="only a draft invoice can be changed"):
        with unit_of_work(db) as s:
            s.execute(update(t).where(t.c.id == jan.id).values(collected_by="hoster"))
    with unit_of_work(db) as s:
        assert s.get(Invoice, jan.id).collected_by == f"reseller:{w.resellers['acme']}"


def test_the_migration_adds_the_column_frozen_and_its_downgrade_drops_it(db, monkeypatch):
    """Down to 0034 and up again, an issued invoice on the database: the column goes and comes back empty (a
    document issued before is unstamped), frozen on an issued invoice each time the database has it."""
    w, r1 = _world(db, monkeypatch)
    (jan,) = _docs(db, r1)

    def columns() -> set[str]:
        with db.connect() as conn:
            return {c["name"] for c in inspect(conn).get_columns("invoices")}

    def refused(**values) -> None:
        with pytest.raises(ProrataError, match="only a draft invoice can be changed"):
            with unit_of_work(db) as s:
                s.execute(update(Invoice.__table__).where(Invoice.__table__.c.id == jan.id).values(**values))

    try:
        schema.migrate(db, "0034", down=True)
        assert "collected_by" not in columns()
        with db.connect() as conn:  # every trigger but the one a later migration (0041) adds
            assert immutability.expected(db.dialect.name) - {immutability.BORN_TRIGGER} <= immutability.present(conn)
        refused(total=D("1.00"))
    finally:
        schema.migrate(db, "head")
    assert "collected_by" in columns()
    with db.connect() as conn:
        assert immutability.expected(db.dialect.name) <= immutability.present(conn)
        assert conn.execute(select(Invoice.__table__.c.collected_by)
                            .where(Invoice.__table__.c.id == jan.id)).scalar_one() is None
    refused(collected_by="hoster")
    refused(total=D("1.00"))


def test_documents_issued_before_the_stamp_are_still_read_by_their_accruals(db, monkeypatch):
    """tests/test_correction_per_collector.py's world, margin mode then ``reseller_bills``, its documents' stamps
    cleared as if issued before migration 0035: bc's Exchange user 6.00 a month + 21 %, February billed by the
    hoster (margin 2.50), March by acme (cost 3.50); a cancellation dated 15 Feb recorded late. Read by their
    accruals as before: March -6.00 - 1.26 = -7.26 by acme, the half February -3.00 - 0.63 = -3.63 by the
    hoster."""
    monkeypatch.setenv("LANGUAGE", "en")
    w = build(db, acme_mode=MARGIN, acme_tax="21")
    acme = f"reseller:{w.resellers['acme']}"
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).billing_day = 15
    bc = add_company(db, w, "bc", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    run_billing(db, FEB15, issue=True)
    _mode(db, COSTS)
    run_billing(db, date(2026, 3, 15), issue=True)
    with db.begin() as conn:  # issued before 0035: no stamp (the trigger lifted for the test only)
        immutability.drop(conn)
        conn.execute(update(Invoice.__table__).values(collected_by=None))
        immutability.create(conn)
    add_events(db, w, "bc", [(date(2026, 2, 15), "cancel", {"plan": "exchange-basic"})])
    run_billing(db, date(2026, 4, 15), issue=True)
    feb, mar, of_mar, of_feb = _docs(db, bc)
    assert (feb.collected_by, mar.collected_by) == (None, None)
    assert [(d.kind, d.total) for d in (of_mar, of_feb)] == [("credit_note", D("-7.26")), ("credit_note", D("-3.63"))]
    # The new notes are stamped: March's acme's (the mode now), February's the hoster's (its margin accrual -1.25
    # = -(3.00 - 3.50 x 14/28)).
    assert (of_mar.collected_by, of_feb.collected_by) == (acme, "hoster")
    assert _accruals(db, of_feb) == [("margin", D("-1.25"))]
    with unit_of_work(db) as s:
        assert collectors_of_invoices(s, [(feb.id, feb.issuer_reseller_id), (mar.id, mar.issuer_reseller_id)]) == {
            feb.id: "hoster", mar.id: acme}


# -- a reseller's own login (PostgreSQL) ---------------------------------------------------------------------------


@pytest.mark.pg
def test_a_reseller_s_login_cannot_name_another_collector_than_its_accruals_say(margin_mode):
    """acme's clerk runs acme's billing in the margin mode: r1's draft accrues acme's margin 12.00 (24.00 - 2 x
    6.00) and is the hoster's to collect. Stamped in SQL with acme's own key (acme would collect 28.56 and still be
    owed the margin and the VAT, 4.56) or with another's, it is refused as it is issued; as the run stamped it, it
    is issued."""
    w, clerk, hoster = margin_mode
    acme = f"reseller:{w.resellers['acme']}"
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)

    def stamped(value):
        with unit_of_work(clerk) as s:
            s.execute(update(Invoice.__table__).where(Invoice.__table__.c.id == draft).values(collected_by=value))

    def issue():
        with unit_of_work(clerk) as s:
            invoices.issue(s, draft)

    with unit_of_work(clerk) as s:
        assert s.get(Invoice, draft).collected_by == "hoster"
    for forged in (acme, "reseller:999999", "somebody"):
        stamped(forged)
        _refused("collector_not_its_own", issue)
    stamped("hoster")
    issue()
    with unit_of_work(hoster) as s:
        inv = s.get(Invoice, draft)
        assert (inv.status, inv.total, inv.collected_by) == ("issued", D("28.56"), "hoster")


@pytest.mark.pg
def test_a_reseller_s_login_cannot_name_the_hoster_beside_costs(cost_mode):
    """In ``reseller_bills`` r1's draft accrues acme's cost 12.00 and is acme's to collect; stamped the hoster's, it
    is refused as it is issued."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    with unit_of_work(clerk) as s:
        assert s.get(Invoice, draft).collected_by == f"reseller:{w.resellers['acme']}"
        s.execute(update(Invoice.__table__).where(Invoice.__table__.c.id == draft).values(collected_by="hoster"))

    def issue():
        with unit_of_work(clerk) as s:
            invoices.issue(s, draft)

    _refused("collector_not_its_own", issue)
