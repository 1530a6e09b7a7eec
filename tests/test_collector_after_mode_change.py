"""Who collects an invoice after its reseller changed its billing mode: the mode the invoice was issued under
(app/payments/processors/routing.py ``collector_of_invoice``), not the reseller's mode now; SQLite and
PostgreSQL.

The world (tests/billing_world.py): acme, VAT 21 % here, billed on the 15th, sells one Exchange Basic user at
6.00: a company invoice of 6.00 + 21 % = 6.00 + 1.26 = 7.26. bc1 signs up on Feb 1 and its Feb 1 invoice is
issued under the first mode ("old"); acme then changes its mode (nothing waits: the run issued everything);
bc2 signs up on Feb 10 and its Feb 10 invoice is issued under the second mode ("new").
- reseller_bills: acme collects its invoices itself (its processor accounts, its SEPA creditor id);
- hoster_bills_hoster_processor (the margin mode): the hoster collects them with its own.
Both directions of the change are tried. Agreements made before the change are with the old collector (a mandate
and a card follow the collector of the customer's future invoices: the mode then), those made after with the
new one; bc1 has one with each, so the wrong collector would find one too.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Company, Invoice, Reseller
from app.models.payments import Allocation, Payment
from app.models.processors import ChargeAttempt, ProcessorAccount
from app.payments import charges, collection, debit_booking, payments
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import mandates
from app.payments.sepa.notices import mandates_of
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_payment_processors import VISA, _fresh_gateway, ring  # noqa: F401 (fixtures)

D = Decimal
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"
FEB1, FEB10, FEB20 = date(2026, 2, 1), date(2026, 2, 10), date(2026, 2, 20)
SIGNED = date(2026, 1, 15)
HOSTER_SEPA = {"name": "Northwind Hosting", "iban": "DE89370400440532013000", "bic": "COBADEFFXXX",
               "creditor_id": "DE98ZZZ09999999999"}
# IBAN DE44 5001 0517 5407 3249 31 and creditor id DE79ZZZ01234567890: check digits 98 - (number mod 97).
ACME_SEPA = {"name": "Acme Cloud GmbH", "iban": "DE44500105175407324931", "bic": "INGDDEFFXXX",
             "creditor_id": "DE79ZZZ01234567890"}
DEBTOR = "DE02120300000000202051"
DIRECTIONS = [(COSTS, MARGIN), (MARGIN, COSTS)]
pytestmark = pytest.mark.usefixtures("ring")  # the processors' secrets in a keyring of its own


def user(day, email):
    return [(day, "subscribe", {"plan": "exchange-basic"}), (day, "assign", {"plan": "exchange-basic", "user": email})]


class Scene:
    """The world after the change: ``old`` and ``new`` are the collectors' keys ("hoster", "reseller:<id>")."""

    def __init__(self, db, before, after):
        self.db = db
        w = build(db, acme_mode=before, acme_tax="21")
        with unit_of_work(db) as s:
            s.get(Reseller, w.resellers["acme"]).billing_day = 15
            for issuer, config in (("hoster", HOSTER_SEPA), ("acme", ACME_SEPA)):
                processor_accounts.configure(s, issuer, "test", {})
                processor_accounts.configure(s, issuer, "sepa", config)
        self.acme = f"reseller:{w.resellers['acme']}"
        hoster_first = before == MARGIN
        self.old, self.new = ("hoster", self.acme) if hoster_first else (self.acme, "hoster")
        self.w = w
        self.bc1 = add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=user(FEB1, "ann@bc1.example"))
        run_billing(db, FEB1, issue=True)

    def change(self, after):
        with unit_of_work(self.db) as s:
            resellers_admin.edit_reseller(s, "acme", {"billing_mode": after})
        self.bc2 = add_company(self.db, self.w, "bc2", reseller="acme", signup=FEB10,
                               events=user(FEB10, "bob@bc2.example"))
        run_billing(self.db, FEB10, issue=True)
        with unit_of_work(self.db) as s:
            self.inv1 = s.scalar(select(Invoice.id).where(Invoice.company_id == self.bc1))
            self.inv2 = s.scalar(select(Invoice.id).where(Invoice.company_id == self.bc2))
            totals = dict(s.execute(select(Invoice.company_id, Invoice.total)
                                    .where(Invoice.company_id.is_not(None))).all())
        assert totals == {self.bc1: D("7.26"), self.bc2: D("7.26")}  # 6.00 + 1.26 each, one invoice each

    def mandate(self, company, reference):
        with unit_of_work(self.db) as s:
            mandates.add(s, company, reference, DEBTOR, SIGNED, today=FEB1)

    def card(self, customer):
        with unit_of_work(self.db) as s:
            charges.save_card(s, customer, VISA, "12/30", "123", today=FEB1)


def paid(db) -> list[tuple]:
    """(company id, method, amount, collected by) of each payment allocated to a company invoice, by company."""
    with unit_of_work(db) as s:
        return sorted(tuple(r) for r in s.execute(
            select(Invoice.company_id, Payment.method, Payment.amount, Payment.collected_by)
            .join(Allocation, Allocation.payment_id == Payment.id).join(Invoice, Invoice.id == Allocation.invoice_id)))


@pytest.mark.parametrize("before, after", DIRECTIONS)
def test_a_collection_debits_each_invoice_under_the_creditor_of_the_mode_it_was_issued_in(db, before, after,
                                                                                           tmp_path):
    sc = Scene(db, before, after)
    sc.mandate("bc1", "M-BC1-OLD")  # with the old collector
    sc.change(after)
    sc.mandate("bc1", "M-BC1-NEW")  # with the new one
    sc.mandate("bc2", "M-BC2-NEW")
    # The debit runs' candidates: bc1's invoice is the old collector's, bc2's the new one's.
    with unit_of_work(db) as s:
        companies = select(Company.id)
        assert [i.id for i in debit_booking.candidates(s, "EUR", sc.old, companies)] == [sc.inv1]
        assert [i.id for i in debit_booking.candidates(s, "EUR", sc.new, companies)] == [sc.inv2]
        # The invoices' debit notices: the mandate with their own collector, for all of each, 7.26.
        notices = mandates_of(s, [s.get(Invoice, sc.inv1), s.get(Invoice, sc.inv2)])
        assert {k: (n["reference"], n["amount"]) for k, n in notices.items()} == {
            sc.inv1: ("M-BC1-OLD", D("7.26")), sc.inv2: ("M-BC2-NEW", D("7.26"))}
    todo = collection.plan(db, as_of=FEB10)
    assert {k: [i.id for i in v] for k, v in todo.debits.items()} == {("sepa", sc.old): [sc.inv1],
                                                                       ("sepa", sc.new): [sc.inv2]}
    report = collection.collect_issued(db, as_of=FEB10, day=FEB20, collection_date=date(2099, 3, 25),
                                       out_dir=tmp_path)
    assert sorted((x.customer, x.method, x.amount, x.status) for x in report.collected) == [
        ("bc1", "sepa", D("7.26"), "submitted"), ("bc2", "sepa", D("7.26"), "submitted")]
    # One bank file per creditor, each of one debit of 7.26, under its own creditor id.
    creditor_ids = {sc.acme: ACME_SEPA["creditor_id"], "hoster": HOSTER_SEPA["creditor_id"]}
    files = {}  # whose creditor id a file names -> the file
    for path in report.files:
        xml = open(path, "rb").read()
        assert b"<CtrlSum>7.26</CtrlSum>" in xml
        files[tuple(k for k, cid in creditor_ids.items() if cid.encode() in xml)] = xml
    assert sorted(files) == sorted([(sc.old,), (sc.new,)])
    assert b"M-BC1-OLD" in files[(sc.old,)] and b"M-BC2-NEW" in files[(sc.new,)]
    assert paid(db) == sorted([(sc.bc1, "direct_debit", D("7.26"), sc.old),
                               (sc.bc2, "direct_debit", D("7.26"), sc.new)])


@pytest.mark.parametrize("before, after", DIRECTIONS)
def test_an_invoice_is_not_collected_by_the_other_collector_of_its_reseller(db, before, after, tmp_path):
    sc = Scene(db, before, after)
    sc.change(after)
    sc.mandate("bc1", "M-BC1-NEW")  # bc1 has a mandate with the new collector only
    sc.mandate("bc2", "M-BC2-NEW")
    todo = collection.plan(db, as_of=FEB10)
    # bc1's invoice is the old collector's, with which bc1 has no agreement: left alone (skipped 1).
    assert ({k: [i.id for i in v] for k, v in todo.debits.items()}, todo.skipped) == ({("sepa", sc.new): [sc.inv2]},
                                                                                      1)
    collection.collect_issued(db, as_of=FEB10, day=FEB20, collection_date=date(2099, 3, 25), out_dir=tmp_path)
    assert paid(db) == [(sc.bc2, "direct_debit", D("7.26"), sc.new)]
    with unit_of_work(db) as s:
        assert s.get(Invoice, sc.inv1).status == "issued"
        assert mandates_of(s, [s.get(Invoice, sc.inv1)]) == {sc.inv1: None}


@pytest.mark.parametrize("before, after", DIRECTIONS)
def test_a_card_is_charged_through_the_processor_of_the_invoices_collector(db, before, after, tmp_path):
    sc = Scene(db, before, after)
    sc.card("bc1")  # with the old collector's processor account
    sc.change(after)
    sc.card("bc1")  # with the new one's
    sc.card("bc2")
    report = collection.collect_issued(db, as_of=FEB10, day=FEB20, out_dir=tmp_path)
    assert sorted((x.customer, x.method, x.amount, x.status) for x in report.collected) == [
        ("bc1", "card", D("7.26"), "collected"), ("bc2", "card", D("7.26"), "collected")]
    with unit_of_work(db) as s:
        charged = dict(s.execute(select(ChargeAttempt.invoice_id, ProcessorAccount.issuer_key)
                                 .join(ProcessorAccount, ProcessorAccount.id == ChargeAttempt.processor_account_id))
                       .all())
    assert charged == {sc.inv1: sc.old, sc.inv2: sc.new}
    assert paid(db) == sorted([(sc.bc1, "card", D("7.26"), sc.old), (sc.bc2, "card", D("7.26"), sc.new)])


@pytest.mark.parametrize("before, after", DIRECTIONS)
def test_a_manual_payment_is_booked_to_the_collector_of_the_invoices_it_pays(db, before, after):
    sc = Scene(db, before, after)
    sc.change(after)
    with unit_of_work(db) as s:
        n1, n2 = (s.get(Invoice, k).number for k in (sc.inv1, sc.inv2))
        first = payments.record(s, "bc1", "7.26", "EUR", "bank_transfer", FEB20, "transfer bc1", allocate_to=[n1])
        second = payments.record(s, "bc2", "7.26", "EUR", "bank_transfer", FEB20, "transfer bc2", allocate_to=[n2])
        # Paying no invoice (credit): the collector of the invoices made now, the mode now.
        credit = payments.record(s, "bc1", "5.00", "EUR", "bank_transfer", FEB20, "on account", auto_allocate=False)
        got = [s.get(Payment, r.payment.id).collected_by for r in (first, second, credit)]
    assert got == [sc.old, sc.new, sc.new]
    assert paid(db) == sorted([(sc.bc1, "bank_transfer", D("7.26"), sc.old),
                               (sc.bc2, "bank_transfer", D("7.26"), sc.new)])
