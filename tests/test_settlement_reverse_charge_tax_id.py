"""The hoster's invoice of its costs to a reseller taxed by reverse charge needs the reseller's VAT id (EN 16931
BR-AE-02), on both databases.

A reseller stored before the rule (written here straight into the database) has no tax id: the run does not
settle it while its costs are open (``app.billing.vat_ids.refuse_settlement_without_tax_id``). That settlement
fails in words naming the reseller and what to do, its later boundary in the run waits, its accruals stay open;
the companies and the other reseller are billed as ever. Once ``prorata resellers edit acme --tax-id ...`` gives
it its VAT id, the next run settles every boundary that waited. A statement (the margin mode: no tax, no supply)
is not refused.

The world (tests/billing_world.py, hoster VAT 20 %): acme (billed on the 1st) sells sold one Exchange Basic user
at its retail 6.00 and pays the hoster its wholesale override 3.50 a month; bolt (added here, billed on the 1st,
standard treatment) sells bc one at its retail 7.00 and pays the hoster's wholesale 4.00; direct, the hoster's own
customer, has Archiving at 20.00. Every company signs up on 15 Jan (billed on the 15th).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Accrual, BilledPeriod, Invoice, Price, Reseller
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company, build

D = Decimal
JAN15, FEB1, FEB15, MAR1 = date(2026, 1, 15), date(2026, 2, 1), date(2026, 2, 15), date(2026, 3, 1)
VAT_ID = "FR47528391046"
SAID = ("reseller acme is taxed by reverse charge but has no VAT id (tax_id), which the hoster's invoice of its "
        "costs must give: not settled, its costs wait. Give it its tax id (prorata resellers edit acme --tax-id "
        "ID), or another tax treatment (--tax-treatment); the next run settles every cost that waited")
WAITS = ("waits for its bill of 2026-02-01, which this run could not make (above): once that is resolved, the next "
         "run bills both")


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def user(email):
    return [(JAN15, "subscribe", {"plan": "exchange-basic"}),
            (JAN15, "assign", {"plan": "exchange-basic", "user": email})]


def world(db, acme_mode="reseller_bills"):
    w = build(db, acme_mode=acme_mode)
    with unit_of_work(db) as s:
        acme = s.get(Reseller, w.resellers["acme"])
        acme.tax_treatment, acme.tax_id = "reverse_charge", None  # as stored before the rule, bypassing it
        bolt = Reseller(code="bolt", name="Bolt Hosting Ltd", currency="EUR", language="en_GB", billing_day=1,
                        billing_mode="reseller_bills", tax_rate=D("19"))
        s.add(bolt)
        s.flush()
        w.resellers["bolt"] = bolt.id
        s.add(Price(layer="retail", reseller_id=bolt.id, plan_id=w.plans["exchange-basic"], currency="EUR",
                    amount=D("7.00")))
    add_company(db, w, "sold", reseller="acme", events=user("ann@sold.example"))
    add_company(db, w, "bc", reseller="bolt", events=user("bob@bc.example"))
    add_company(db, w, "direct", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    return w


def to_reseller(db, rid) -> list[tuple]:
    """The hoster's documents to reseller ``rid``: (date, kind, status, subtotal, tax, total, tax note)."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(Invoice.issue_date, Invoice.kind, Invoice.status, Invoice.subtotal, Invoice.tax, Invoice.total,
                   Invoice.tax_note).where(Invoice.customer_reseller_id == rid)
            .order_by(Invoice.issue_date, Invoice.id))]


def open_costs(db, rid) -> list[tuple]:
    """The reseller's accruals not settled yet: (boundary, kind, amount)."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(Accrual.boundary, Accrual.kind, Accrual.amount)
            .where(Accrual.reseller_id == rid, Accrual.settled_by_id.is_(None)).order_by(Accrual.boundary))]


def outcomes(report) -> list[tuple]:
    return sorted([(o.code, o.boundary, o.outcome) for o in report.outcomes]
                  + [("reseller " + r.code, r.boundary, r.outcome) for r in report.reseller_outcomes])


def test_the_run_does_not_invoice_a_reverse_charged_reseller_its_costs_without_its_vat_id(db, capsys):
    w = world(db)
    acme, bolt = w.resellers["acme"], w.resellers["bolt"]
    expected = [("bc", JAN15, "billed"), ("bc", FEB15, "billed"), ("direct", JAN15, "billed"),
                ("direct", FEB15, "billed"), ("reseller acme", FEB1, "failed"), ("reseller acme", MAR1, "skipped"),
                ("reseller bolt", FEB1, "billed"), ("reseller bolt", MAR1, "billed"),
                ("sold", JAN15, "billed"), ("sold", FEB15, "billed")]
    for dry_run in (True, False):
        report = run_billing(db, MAR1, issue=True, dry_run=dry_run)
        assert outcomes(report) == expected, dry_run
        [failed] = report.reseller_of("failed")
        assert failed.reason == SAID
        de = failed.reason_in(translator("de"))
        assert de != SAID and "acme" in de and "--tax-id" in de
        assert report.reseller_of("skipped")[0].reason == WAITS
        assert report.reseller_invoices == 2  # bolt's two; the refused ones are no documents
        js = report.as_json()
        assert {"reseller": "acme", "boundary": "2026-02-01", "reason": SAID} in js["failed"]
        assert [d["reseller"] for d in js["reseller_documents"]] == ["bolt", "bolt"]
    # Nothing to acme; its two months of costs (3.50 each, accrued on sold's Jan 15 and Feb 15 invoices) still open,
    # no billed period at its boundaries.
    assert to_reseller(db, acme) == []
    assert open_costs(db, acme) == [(JAN15, "cost", D("3.50")), (FEB15, "cost", D("3.50"))]
    with unit_of_work(db) as s:
        assert s.scalars(select(BilledPeriod.boundary).where(BilledPeriod.reseller_id == acme,
                                                             BilledPeriod.customer_key.like("reseller:%"))).all() == []
    # bolt: 4.00 + 20 % (0.80) = 4.80 on each of its billing days.
    assert to_reseller(db, bolt) == [(FEB1, "wholesale", "issued", D("4.00"), D("0.80"), D("4.80"), None),
                                     (MAR1, "wholesale", "issued", D("4.00"), D("0.80"), D("4.80"), None)]
    # The companies' invoices, acme's own to sold among them: 6.00 + acme's 19 % (1.14) = 7.14; bc 7.00 + 19 %
    # (1.33) = 8.33; direct 20.00 + 20 % (4.00) = 24.00; each month.
    with unit_of_work(db) as s:
        made = sorted((c, d, t) for c, d, t in s.execute(
            select(Invoice.company_id, Invoice.issue_date, Invoice.total).where(Invoice.company_id.is_not(None))))
    assert made == sorted((w.companies[c], d, D(t)) for c, t in (("sold", "7.14"), ("bc", "8.33"),
                                                                 ("direct", "24.00")) for d in (JAN15, FEB15))
    # Run again: still refused, still nothing written; the command line says it and exits 1.
    capsys.readouterr()
    assert main(["bill", "run", "--as-of", "2026-03-01", "--issue", "--db", url(db)]) == 1
    out = capsys.readouterr().out
    assert f"  failed: reseller acme at 2026-02-01: {SAID}" in out, out
    assert f"  skipped: reseller acme at 2026-03-01: {WAITS}" in out, out
    assert "0 reseller invoice(s) or statement(s)" in out, out
    assert to_reseller(db, acme) == []
    # Given its VAT id as the sentence says, the next run settles both boundaries that waited: 3.50 each, at 0 %
    # under reverse charge (3.50 + 0.00 = 3.50).
    assert main(["resellers", "edit", "acme", "--tax-id", VAT_ID, "--db", url(db)]) == 0
    report = run_billing(db, MAR1, issue=True)
    assert outcomes(report) == [("reseller acme", FEB1, "billed"), ("reseller acme", MAR1, "billed")]
    assert to_reseller(db, acme) == [
        (FEB1, "wholesale", "issued", D("3.50"), D("0.00"), D("3.50"), "reverse_charge"),
        (MAR1, "wholesale", "issued", D("3.50"), D("0.00"), D("3.50"), "reverse_charge")]
    assert open_costs(db, acme) == []


def test_another_tax_treatment_settles_what_waited_too(db):
    """Standard instead: the hoster's 20 % on both months, on the one invoice of the next boundary reached."""
    w = world(db)
    assert [r.outcome for r in run_billing(db, FEB1).reseller_of("failed")] == ["failed"]
    assert main(["resellers", "edit", "acme", "--tax-treatment", "standard", "--db", url(db)]) == 0
    report = run_billing(db, MAR1)
    assert [(r.code, r.boundary, r.outcome) for r in report.reseller_outcomes] == [
        ("acme", FEB1, "billed"), ("acme", MAR1, "billed"), ("bolt", MAR1, "billed")]
    # Feb 1: sold's Jan 15 cost, 3.50 + 20 % (0.70) = 4.20; Mar 1: its Feb 15 one, the same (drafts: no --issue).
    assert to_reseller(db, w.resellers["acme"]) == [
        (FEB1, "wholesale", "draft", D("3.50"), D("0.70"), D("4.20"), None),
        (MAR1, "wholesale", "draft", D("3.50"), D("0.70"), D("4.20"), None)]


def test_a_statement_is_not_refused(db):
    """The margin mode: the hoster owes acme its margin and the VAT it collected in acme's name, on a statement at
    tax 0 that names no VAT id: written, whatever acme's tax id."""
    w = world(db, acme_mode="hoster_bills_hoster_processor")
    report = run_billing(db, FEB1, issue=True)
    assert [(r.code, r.boundary, r.outcome, r.kind) for r in report.reseller_outcomes] == [
        ("acme", FEB1, "billed", "statement"), ("bolt", FEB1, "billed", "wholesale")]
    # sold's Jan 15 invoice: margin 6.00 - 3.50 = 2.50, and its VAT 6.00 x 19 % = 1.14: 2.50 + 1.14 = 3.64.
    assert to_reseller(db, w.resellers["acme"]) == [(FEB1, "statement", "issued", D("3.64"), D("0.00"), D("3.64"),
                                                     None)]


def test_after_a_change_to_the_margin_mode_the_boundary_with_costs_open_waits_whole(db):
    """Costs of the old mode still open at acme's boundary: that settlement is refused whole, its statement too
    (a boundary is settled once); with the VAT id, both documents are written at that boundary."""
    w = world(db)
    acme = w.resellers["acme"]
    run_billing(db, JAN15, issue=True)  # sold's Jan 15 invoice, made in the cost mode: a cost of 3.50
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": "hoster_bills_hoster_processor"})
    jan20 = date(2026, 1, 20)
    add_company(db, w, "late", reseller="acme", signup=jan20, events=[
        (jan20, "subscribe", {"plan": "exchange-basic"}),
        (jan20, "assign", {"plan": "exchange-basic", "user": "cy@late.example"})])
    report = run_billing(db, FEB1, issue=True)
    assert [(r.code, r.boundary, r.outcome) for r in report.reseller_outcomes] == [
        ("acme", FEB1, "failed"), ("bolt", FEB1, "billed")]
    assert to_reseller(db, acme) == []
    # late's Jan 20 invoice, made in the margin mode: a margin of 6.00 - 3.50 = 2.50, still open with the cost.
    assert open_costs(db, acme) == [(JAN15, "cost", D("3.50")), (jan20, "margin", D("2.50"))]
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"tax_id": VAT_ID})
    report = run_billing(db, FEB1, issue=True)
    assert [(r.code, r.boundary, r.outcome, r.kind) for r in report.reseller_outcomes] == [
        ("acme", FEB1, "billed", "wholesale"), ("acme", FEB1, "billed", "statement")]  # costs first, by kind
    # The cost at 0 % (reverse charge): 3.50; the statement: the margin 2.50 and the VAT the hoster collected on
    # late's invoice, 6.00 x 19 % = 1.14: 2.50 + 1.14 = 3.64.
    assert sorted(to_reseller(db, acme)) == [
        (FEB1, "statement", "issued", D("3.64"), D("0.00"), D("3.64"), None),
        (FEB1, "wholesale", "issued", D("3.50"), D("0.00"), D("3.50"), "reverse_charge")]
    assert open_costs(db, acme) == []
