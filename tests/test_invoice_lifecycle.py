"""The invoice lifecycle and the CLI's JSON, on both databases."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Accrual, AuditEntry, BilledPeriod, Invoice, InvoiceLine
from app.services import billing_view, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal


@pytest.fixture
def billed(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))
    return w


def _drafts(engine, company_id):
    with unit_of_work(engine) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == company_id).order_by(Invoice.id)).all()


def test_issue_numbers_gaplessly_per_issuer_and_freezes(db, billed):
    c1 = _drafts(db, billed.companies["c1"])
    d1 = _drafts(db, billed.companies["d1"])
    with unit_of_work(db) as s:
        a = invoices.issue(s, c1[0]).number
        b = invoices.issue(s, d1[0]).number
        c = invoices.issue(s, c1[1]).number
    # acme's series and the hoster's series count separately.
    assert (a, b, c) == ("INV-2026-00001", "INV-2026-00001", "INV-2026-00002")
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            invoices.edit_draft(s, "INV-2026-00002", [])
    assert "only drafts can be edited" in exc.value.messages()[0]


def test_issue_audits_the_draft_and_the_invoice_and_posts_it_with_its_number(db, billed):
    """What issuing writes besides the invoice: one audit entry whose before is the draft and whose after is the
    issued invoice, and one ledger entry that names the number and falls due after the default 14 days."""
    from app.models.payments import LedgerEntry

    draft = _drafts(db, billed.companies["d1"])[0]
    with unit_of_work(db) as s:
        seen = invoices.invoice_json(s, invoices.find(s, draft))
        inv = invoices.issue(s, draft, date(2026, 2, 16))
        assert (inv.number, inv.status, inv.chain_pos) == ("INV-2026-00001", "issued", 1)
    with unit_of_work(db) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "issue")).one()
        posted = s.scalars(select(LedgerEntry).where(LedgerEntry.document_id == draft)).one()
        now = invoices.invoice_json(s, invoices.find(s, draft))
    assert entry.entity_id == str(draft)
    assert entry.before == seen and seen["status"] == "draft" and seen["number"] is None
    assert entry.after == now
    assert (now["number"], now["status"]) == ("INV-2026-00001", "issued")
    assert now["version"] == seen["version"] + 1 and now["lines"] == seen["lines"]
    day = date.fromisoformat(seen["issue_date"])  # a run's draft keeps the date the run gave it
    assert now["issue_date"] == seen["issue_date"]
    assert (posted.kind, posted.reference, posted.entry_date, posted.due_date) == (
        "invoice", "INV-2026-00001", day, day + timedelta(days=14))
    assert posted.amount == D(now["total"])


def test_credit_voids_and_keeps_the_resellers_cost(db, billed):
    """A credit note voids the invoice; acme (reseller_bills) still owes the hoster what it provided (H8): the
    note accrues nothing and the invoice's costs stay."""
    feb = _drafts(db, billed.companies["c1"])[1]
    with unit_of_work(db) as s:
        number = invoices.issue(s, feb).number
        accrued = sum(s.scalars(select(Accrual.amount).where(Accrual.invoice_id == feb)), D(0))
    with unit_of_work(db) as s:
        # Feb: 6.00 + 36.00 + 5.81 + 50.00 = 97.81, tax 19 % = 18.58, total 116.39.
        note = invoices.credit(s, number, today=date(2026, 2, 20))
        assert (note.kind, note.total, note.number) == ("credit_note", D("-116.39"), "INV-2026-00002")
        assert s.get(Invoice, feb).status == "void"
        on_note = s.scalars(select(Accrual.amount).where(Accrual.invoice_id == note.id)).all()
        kept = sum(s.scalars(select(Accrual.amount).where(Accrual.invoice_id == feb)), D(0))
    # Feb's cost lines: the mailbox at acme's 3.50, 3 sites x 8.00 = 24.00, their proration Feb 10 - 15
    # 3 x 8.00 x 5/31 = 3.8709... -> 3.87 (the support call costs nothing): 3.50 + 24.00 + 3.87 = 31.37. The
    # credit keeps them: nothing on the note, 31.37 still on February's invoice.
    assert accrued == D("31.37") and on_note == [] and kept == D("31.37")
    with pytest.raises(ProrataError):
        with unit_of_work(db) as s:
            invoices.credit(s, number)


def test_modify_gives_credit_and_editable_copy(db, billed):
    jan = _drafts(db, billed.companies["d1"])[0]
    with unit_of_work(db) as s:
        number = invoices.issue(s, jan).number
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, number, today=date(2026, 2, 2))
        copy_id = copy.id
        assert note.total == D("-24.00") and copy.status == "draft" and copy.total == D("24.00")
    with unit_of_work(db) as s:
        invoices.edit_draft(s, copy_id, [invoices.ManualLine({"en": "Archiving, January (corrected)"}, D(1),
                                                             D("15.00"), D("20"))])
        edited = s.get(Invoice, copy_id)
        # 15.00 + 20 % = 18.00
        assert (edited.subtotal, edited.tax, edited.total) == (D("15.00"), D("3.00"), D("18.00"))
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "invoice")
                            .order_by(AuditEntry.id)).all()
    assert actions == ["issue", "credit", "create", "edit"]


def test_deleting_a_run_draft_releases_its_period(db, billed):
    d1 = _drafts(db, billed.companies["d1"])
    with unit_of_work(db) as s:
        invoices.delete_draft(s, d1[0])
        assert s.scalar(select(func.count()).select_from(BilledPeriod)
                        .where(BilledPeriod.company_id == billed.companies["d1"])) == 0
    run_billing(db, date(2026, 2, 15))
    assert len(_drafts(db, billed.companies["d1"])) == 1


def test_listing_by_customer_shows_only_that_customer(db, billed):
    with unit_of_work(db) as s:
        d1 = invoices.list_invoices(s, invoices.Filters(company="d1"))
        acme = invoices.list_invoices(s, invoices.Filters(customer="acme"))
    # d1 was billed on Jan 31 only (up to Feb 15); acme's wholesale invoice came on Feb 1.
    assert [(r["customer"], r["issue_date"]) for r in d1] == [("d1", "2026-01-31")]
    assert [(r["customer"], r["kind"], r["issue_date"]) for r in acme] == [("acme", "wholesale", "2026-02-01")]


def test_the_list_sorts_by_any_column_and_counts_what_matches(db, billed):
    def listed(**kw):
        with unit_of_work(db) as s:
            return [(r["customer"], r["issue_date"], r["total"])
                    for r in invoices.list_invoices(s, invoices.Filters(**kw))]
    # Up to Feb 15: c1 on Jan 15 (7.14) and Feb 15 (116.39); d1 on Jan 31 (archiving 20.00 + 20 % tax);
    # acme's wholesale invoice on Feb 1 (4.20).
    c1_jan, c1_feb = ("c1", "2026-01-15", "7.14"), ("c1", "2026-02-15", "116.39")
    d1, acme = ("d1", "2026-01-31", "24.00"), ("acme", "2026-02-01", "4.20")
    assert listed() == [c1_feb, acme, d1, c1_jan]
    assert listed(sort="issued", descending=False) == [c1_jan, d1, acme, c1_feb]
    assert listed(sort="customer", descending=False) == [acme, c1_jan, c1_feb, d1]
    assert listed(sort="total") == [c1_feb, d1, c1_jan, acme]
    assert listed(sort="total", limit=2, offset=1) == [d1, c1_jan]
    with unit_of_work(db) as s:
        assert invoices.count_invoices(s) == 4
        assert invoices.count_invoices(s, invoices.Filters(customer="c1", limit=1)) == 2
        with pytest.raises(ProrataError) as err:
            invoices.list_invoices(s, invoices.Filters(sort="colour"))
    assert "cannot sort invoices by 'colour'" in str(err.value)


def test_the_customer_filter_finds_by_name_too_and_refuses_a_backwards_period(db, billed):
    with unit_of_work(db) as s:
        by_name = invoices.list_invoices(s, invoices.Filters(customer="cloud gmbh"))
        with pytest.raises(ProrataError) as nobody:
            invoices.list_invoices(s, invoices.Filters(customer="Nobody Ltd"))
        with pytest.raises(ProrataError) as backwards:
            invoices.count_invoices(s, invoices.Filters(period_from=date(2026, 2, 1), period_to=date(2026, 1, 1)))
    assert [(r["customer"], r["kind"]) for r in by_name] == [("acme", "wholesale")]  # Acme Cloud GmbH
    assert str(nobody.value) == "no customer has the code 'Nobody Ltd' or a name containing it"
    assert "from 2026-02-01 to 2026-01-01: the start must not be after the end" in str(backwards.value)


def test_cli_lists_sorted_and_counts(sqlite_db, capsys):
    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(sqlite_db, date(2026, 2, 15))
    url = str(sqlite_db.url)
    assert main(["invoices", "list", "--db", url, "--count", "--company", "c1"]) == 0
    assert capsys.readouterr().out.strip() == "2"
    assert main(["invoices", "list", "--db", url, "--json", "--sort", "total", "--ascending"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["total"] for r in rows] == ["4.20", "7.14", "116.39"]


def test_manual_invoice_for_a_reseller(db, billed):
    with unit_of_work(db) as s:
        inv = invoices.create_manual(s, "acme", "EUR", [
            invoices.ManualLine({"en": "Onboarding workshop", "de": "Einführungsworkshop"}, D(2), D("150.00"),
                                D("20"))])
        data = invoices.invoice_json(s, inv)
    assert data["issuer"] == "hoster" and data["customer"] == "acme"
    # 2 x 150.00 = 300.00, tax 60.00; acme reads German.
    assert (data["subtotal"], data["tax"], data["total"]) == ("300.00", "60.00", "360.00")
    assert data["lines"][0]["description"] == "Einführungsworkshop"


def test_cli_run_and_show_json(sqlite_db, capsys):
    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    url = str(sqlite_db.url)
    # Jan 15: 6.00 + 19 % (1.14) = 7.14; Feb 15: 97.81 + 18.58 = 116.39.
    assert main(["bill", "run", "--as-of", "2026-02-15", "--issue", "--json", "--db", url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(b["company"], b["boundary"], b["total"]) for b in report["billed"]] == [
        ("c1", "2026-01-15", "7.14"), ("c1", "2026-02-15", "116.39")]
    assert main(["invoices", "show", "INV-2026-00002", "--json", "--db", url]) == 0
    inv = json.loads(capsys.readouterr().out)
    assert inv["number"] == "INV-2026-00002" and inv["issuer"] == "acme" and inv["customer"] == "c1"
    assert inv["period"] == {"start": "2026-02-15", "end": "2026-03-15"}
    assert [(l["kind"], l["plan"], l["quantity"], l["unit_price"], l["amount"]) for l in inv["lines"]] == [
        ("recurring", "exchange-basic", "1", "6.00", "6.00"),
        ("recurring", "sharepoint-sites", "3", "12.00", "36.00"),
        ("proration", "sharepoint-sites", "3", "12.00", "5.81"),
        ("extra", None, "1", "50.00", "50.00"),
    ]
    assert inv["lines"][2]["start"] == "2026-02-10" and inv["lines"][2]["end"] == "2026-02-15"
    assert inv["lines"][3]["description"] == "Support call"
    assert (inv["subtotal"], inv["tax"], inv["total"]) == ("97.81", "18.58", "116.39")
    assert main(["invoices", "list", "--company", "c1", "--status", "issued", "--json", "--db", url]) == 0
    assert [r["number"] for r in json.loads(capsys.readouterr().out)] == ["INV-2026-00002", "INV-2026-00001"]
    # A second run bills nothing; a bad date is a user error.
    assert main(["bill", "run", "--as-of", "2026-02-15", "--json", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out)["billed"] == []
    assert main(["bill", "run", "--as-of", "15/02/2026", "--db", url]) == 2
    assert "--as-of: '15/02/2026' is not a date" in capsys.readouterr().err


def _lines(engine, invoice_id):
    with unit_of_work(engine) as s:
        inv = s.get(Invoice, invoice_id)
        rows = s.execute(select(InvoiceLine.position, InvoiceLine.kind, InvoiceLine.company_id, InvoiceLine.plan_id,
                                InvoiceLine.extra_code, InvoiceLine.quantity, InvoiceLine.unit_price,
                                InvoiceLine.start, InvoiceLine.end, InvoiceLine.amount)
                         .where(InvoiceLine.invoice_id == invoice_id).order_by(InvoiceLine.position)).all()
        return (inv.subtotal, inv.total), [tuple(r) for r in rows]


def test_a_run_draft_saved_unchanged_keeps_its_prorated_amounts(db, billed):
    feb = _drafts(db, billed.companies["c1"])[1]
    before = _lines(db, feb)
    with unit_of_work(db) as s:
        invoices.edit_draft(s, feb, billing_view.draft_lines(s, feb))
    assert _lines(db, feb) == before
    # The SharePoint proration: 3 sites x 12.00 x 5/31 days = 5.81, on its period Feb 10 - Feb 15.
    proration = [ln for ln in before[1] if ln[1] == "proration"]
    assert [(ln[5], ln[6], ln[7], ln[8], ln[9]) for ln in proration] == [
        (D(3), D("12.00"), date(2026, 2, 10), date(2026, 2, 15), D("5.81"))]

    with unit_of_work(db) as s:  # a changed quantity bills the same share of the same period again
        lines = billing_view.draft_lines(s, feb)
        i = next(i for i, ln in enumerate(lines) if ln.kind == "proration")
        lines[i] = replace(lines[i], quantity=D(2), amount=None)
        invoices.edit_draft(s, feb, lines)
    (subtotal, _), after = _lines(db, feb)
    # 2 sites x 12.00 x 5/31 days = 120/31 = 3.8710 -> 3.87 (not 2 x 12.00 = 24.00: the 5 days are kept).
    assert [(ln[5], ln[7], ln[9]) for ln in after if ln[1] == "proration"] == [(D(2), date(2026, 2, 10), D("3.87"))]
    assert subtotal == D("6.00") + D("36.00") + D("3.87") + D("50.00")


def test_a_wholesale_draft_saved_unchanged_keeps_each_lines_company(db, billed):
    run_billing(db, date(2026, 3, 1))
    with unit_of_work(db) as s:
        wholesale = s.scalar(select(Invoice.id).where(Invoice.kind == "wholesale"))
    before = _lines(db, wholesale)
    assert {ln[2] for ln in before[1]} == {billed.companies["c1"]}
    with unit_of_work(db) as s:
        invoices.edit_draft(s, wholesale, billing_view.draft_lines(s, wholesale))
    assert _lines(db, wholesale) == before


def test_a_line_cannot_bring_an_amount_of_its_own(db, billed):
    feb = _drafts(db, billed.companies["c1"])[1]
    before = _lines(db, feb)
    forged = invoices.ManualLine({"en": "Consulting"}, D(1), D("5.00"), amount=D("100.00"))
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            invoices.create_manual(s, "c1", "EUR", [forged])
    assert exc.value.messages() == [
        "line 1: its amount 100.00 is not 1 x 5.00: only a billed line, unchanged, keeps an amount of its own, "
        "and only once"]
    with pytest.raises(ProrataError):
        with unit_of_work(db) as s:  # a billed line with its price changed may not keep the old amount
            lines = billing_view.draft_lines(s, feb)
            i = next(i for i, ln in enumerate(lines) if ln.kind == "proration")
            lines[i] = replace(lines[i], unit_price=D("10.00"))
            invoices.edit_draft(s, feb, lines)
    assert _lines(db, feb) == before


def test_cli_new_manual_invoice_and_edit_keeping_billed_lines(db, billed, tmp_path, capsys):
    url = db.url.render_as_string(hide_password=False)
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"customer": "c1", "currency": "EUR", "lines": [
        {"description": {"en": "Migration work", "de": "Migrationsarbeiten"}, "quantity": "1.5",
         "unit_price": "80.00"}]}))
    assert main(["invoices", "new", str(new), "--db", url]) == 0
    # No tax_rate given: c1 is acme's, standard treatment, acme's 19 %: 120.00 + 22.80 = 142.80.
    assert "total 142.80 EUR" in capsys.readouterr().out

    feb = _drafts(db, billed.companies["c1"])[1]
    before = _lines(db, feb)[1]
    edit = tmp_path / "edit.json"
    # Keep the first three billed lines as they are, drop the support call, add a goodwill discount at 19 %.
    edit.write_text(json.dumps({"lines": [{"keep": 1}, {"keep": 2}, {"keep": 3},
                                          {"description": "Goodwill", "quantity": "1", "unit_price": "-5.00"}]}))
    assert main(["invoices", "edit", str(feb), str(edit), "--db", url]) == 0
    (subtotal, total), after = _lines(db, feb)
    assert after[:3] == before[:3]
    # 6.00 + 36.00 + 5.81 - 5.00 = 42.81; tax 19 % = 8.1339 -> 8.13; total 50.94.
    assert (subtotal, total) == (D("42.81"), D("50.94"))

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"lines": [{"keep": 9}, {"description": "x", "quantity": "1", "unit_price": "1.001"}]}))
    assert main(["invoices", "edit", str(feb), str(bad), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "$.lines[0].keep: the draft has no line 9 (it has 4)" in err
    assert "$.lines[1].unit_price: 1.001 has more decimals than EUR allows (2)" in err
    assert _lines(db, feb) == ((subtotal, total), after)


def test_customer_defaults_follow_currency_changes_and_tax_treatments(db, billed):
    add_company(db, billed, "rc", signup=date(2026, 1, 5), tax_treatment="reverse_charge", events=[
        (date(2026, 2, 1), "currency", {"currency": "USD"})])
    with unit_of_work(db) as s:
        assert invoices.customer_defaults(s, "c1") == ("EUR", D("19"))  # acme's rate
        assert invoices.customer_defaults(s, "d1") == ("EUR", D("20"))  # the hoster's
        assert invoices.customer_defaults(s, "acme") == ("EUR", D("20"))  # a reseller, taxed by the hoster
        assert invoices.customer_defaults(s, "rc", today=date(2026, 1, 31)) == ("EUR", D("0"))
        assert invoices.customer_defaults(s, "rc", today=date(2026, 2, 1)) == ("USD", D("0"))
