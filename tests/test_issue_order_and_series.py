"""Issuing a draft by hand: its number comes from the series of its kind (a statement from its issuer's statement
series, as a billing run numbers statements), its issuer's chain stays one; a date a person gives is not before the
latest document of the series (app/services/issue_dates.py), checked where the series is held; a billing run's
draft keeps the billing day it bills, and ``prorata invoices issue --date`` says so (exit 2) rather than ignoring
it. SQLite and PostgreSQL; figures by hand.

Two worlds of tests/billing_world.py:

- margin mode: acme (21 % VAT) sells one Exchange Basic user to bc1 at 6.00, at a cost of 3.50, and the hoster
  bills bc1 in acme's name (acme's series, INV-...) and owes acme its margin 6.00 - 3.50 = 2.50 a month, plus the
  VAT of each document issued, 6.00 x 21 % = 1.26, on a statement (the hoster's statement series, ST-...).
- the hoster (20 % VAT) bills c1 and c2 archiving at 20.00 a month from 15 January: 20.00 + 20 % = 24.00 each.
"""
from __future__ import annotations

import threading
import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Invoice, InvoiceLine, NumberSeries
from app.services import invoice_chain, invoices, issue_dates
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
JAN15, FEB1, MAR1, APR1 = date(2026, 1, 15), date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)
USER = [(FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc1.example"})]
ARCHIVING = [(JAN15, "subscribe", {"plan": "archiving"})]


def _series(db) -> list[tuple]:
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(select(NumberSeries.issuer_key, NumberSeries.year, NumberSeries.next_seq)
                                             .order_by(NumberSeries.issuer_key, NumberSeries.year))]


def _docs(db) -> list[tuple]:
    """(kind, issuer, number, status, date, total) of every document, in the order written."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(select(Invoice.kind, Invoice.issuer_key, Invoice.number, Invoice.status,
                                                   Invoice.issue_date, Invoice.total).order_by(Invoice.id))]


def _state(db) -> tuple:
    """What a refused attempt must leave as it was."""
    with unit_of_work(db) as s:
        return (_docs(db), s.scalar(select(func.count()).select_from(InvoiceLine)),
                s.scalar(select(func.count()).select_from(AuditEntry)), _series(db))


def _refused(db, work) -> ProrataError:
    before = _state(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    assert _state(db) == before  # nothing written, no number taken
    return exc.value


def _manual(s, customer: str, day: date | None, amount: str = "50.00") -> int:
    """A manual draft: 1 x amount at 20 % (50.00 + 10.00 = 60.00)."""
    return invoices.create_manual(s, customer, "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D(amount),
                                                                           tax_rate=D(20))], issue_date=day).id


def _draft(db, **where) -> int:
    with unit_of_work(db) as s:
        return s.scalar(select(Invoice.id).where(Invoice.status == "draft",
                                                 *(getattr(Invoice, k) == v for k, v in where.items())))


@pytest.fixture
def margin(db):
    w = build(db, acme_mode="hoster_bills_hoster_processor", acme_tax="21")
    add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=USER)
    run_billing(db, FEB1, issue=True)
    run_billing(db, MAR1)  # drafts: bc1's March invoice and acme's March statement
    return w


def test_a_statement_issued_by_hand_takes_the_statement_series_and_the_hosters_chain(db, margin):
    # 1 February, issued by the run: bc1's invoice 6.00 + 1.26 = 7.26 in acme's series; acme's statement
    # 2.50 + 1.26 = 3.76, ST-2026-00001. 1 March, drafts: bc1's 7.26, and the statement of its margin 2.50 alone
    # (its VAT is passed on once the invoice is issued).
    assert _docs(db) == [("invoice", "reseller:1", "INV-2026-00001", "issued", FEB1, D("7.26")),
                         ("statement", "hoster", "ST-2026-00001", "issued", FEB1, D("3.76")),
                         ("invoice", "reseller:1", None, "draft", MAR1, D("7.26")),
                         ("statement", "hoster", None, "draft", MAR1, D("2.50"))]
    with unit_of_work(db) as s:  # by id on PostgreSQL's one-statement claim; by number below
        issued = invoices.issue(s, _draft(db, kind="statement"), date(2026, 3, 4))
        # The statement series' next number, on the run's date (not the day it is issued): ST-2026-00002.
        assert (issued.number, issued.issue_date, issued.chain_pos) == ("ST-2026-00002", MAR1, 2)
    # The hoster's invoice series is untouched: its first invoice, to acme (50.00 + 20 % = 60.00), is
    # INV-2026-00001, third in the hoster's one chain (after ST-2026-00001 and -00002).
    with unit_of_work(db) as s:
        inv = invoices.issue(s, _manual(s, "acme", None), MAR1)
        assert (inv.number, inv.total, inv.chain_pos) == ("INV-2026-00001", D("60.00"), 3)
    assert _series(db) == [("hoster", 2026, 2), ("hoster:statements", 2026, 3), ("reseller:1", 2026, 2)]
    with unit_of_work(db) as s:
        report = invoice_chain.verify(s)
        assert (report.intact, report.invoices, report.issuers) == (True, 4, 2)


def test_the_next_run_goes_on_with_the_statement_series_after_one_issued_by_hand(db, margin):
    with unit_of_work(db) as s:
        assert invoices.issue(s, _draft(db, kind="statement")).number == "ST-2026-00002"
    run_billing(db, APR1, issue=True)
    # 1 April: bc1's invoice 7.26, INV-2026-00002 of acme's series (March's is still a draft); acme's statement:
    # April's margin 2.50 + the VAT of the invoice just issued 1.26 = 3.76, ST-2026-00003.
    with unit_of_work(db) as s:
        got = s.execute(select(Invoice.kind, Invoice.number, Invoice.total).where(Invoice.issue_date == APR1)
                        .order_by(Invoice.id)).all()
    assert [tuple(r) for r in got] == [("invoice", "INV-2026-00002", D("7.26")),
                                       ("statement", "ST-2026-00003", D("3.76"))]


def test_a_statement_copy_a_person_dates_is_checked_against_the_statement_series(db, margin):
    with unit_of_work(db) as s:
        invoices.issue(s, _draft(db, kind="statement"))  # ST-2026-00002, 1 March
    with unit_of_work(db) as s:  # the copy of ST-2026-00001 (3.76) is a draft without a date; the credit note
        _, copy = invoices.modify(s, "ST-2026-00001", date(2026, 3, 5))  # is ST-2026-00003, 5 March
        copy_id = copy.id
    # 20 February, and 2 March, are before ST-2026-00003's 5 March: refused in the words of the rule.
    for day in (date(2026, 2, 20), date(2026, 3, 2)):
        err = _refused(db, lambda s: invoices.issue(s, copy_id, day))
        assert err.problems[0].id == "invoice_dated_before_series"
        assert err.messages()[0] == (
            f"draft #{copy_id} cannot be dated {day}: ST-2026-00003 is issued already, dated 2026-03-05, and an "
            "issuer's numbers follow their dates (a period already reported stays closed); date it 2026-03-05 or "
            "later")
    with unit_of_work(db) as s:  # 5 March: ST-2026-00004
        issued = invoices.issue(s, copy_id, date(2026, 3, 5))
        assert (issued.number, issued.issue_date, issued.total) == ("ST-2026-00004", date(2026, 3, 5), D("3.76"))
    # The statements' series, credit note included, as the date rule reads it.
    with unit_of_work(db) as s:
        assert issue_dates.latest(s, "hoster", "statement") == (date(2026, 3, 5), "ST-2026-00004")


@pytest.fixture
def hoster(db):
    w = build(db)
    add_company(db, w, "c1", events=ARCHIVING)
    add_company(db, w, "c2", events=ARCHIVING)
    return w


def test_a_manual_draft_dated_before_the_latest_document_is_refused_where_the_series_is_held(db, hoster):
    run_billing(db, JAN15, issue=True)  # INV-2026-00001 and -00002, 24.00 each, 15 January
    with unit_of_work(db) as s:  # 1 February is after them: the draft is written
        early = _manual(s, "c2", FEB1)
    with unit_of_work(db) as s:  # another, dated and issued 1 March: INV-2026-00003
        assert invoices.issue(s, _manual(s, "c1", MAR1)).number == "INV-2026-00003"
    # The reviewer's case: the 1 February draft would be INV-2026-00004, dated a month before INV-2026-00003.
    for ref in (early, f"{early}"):  # by id (one-statement claim) and as text (``find``)
        err = _refused(db, lambda s: invoices.issue(s, ref))
        assert err.problems[0].id == "invoice_dated_before_series"
        assert err.messages()[0] == (
            f"draft #{early} cannot be dated 2026-02-01: INV-2026-00003 is issued already, dated 2026-03-01, and an "
            "issuer's numbers follow their dates (a period already reported stays closed); date it 2026-03-01 or "
            "later")
    # As the message says: dated 1 March (the CLI's --date), it is issued INV-2026-00004, 50.00 + 10.00 = 60.00.
    with unit_of_work(db) as s:
        issued = invoices.issue(s, early, dated=MAR1)
        assert (issued.number, issued.issue_date, issued.total) == ("INV-2026-00004", MAR1, D("60.00"))
    with unit_of_work(db) as s:
        assert s.get(Invoice, early).issue_date == MAR1
        assert invoice_chain.verify(s).intact


def test_an_undated_draft_takes_the_day_it_is_issued_and_is_checked_too(db, hoster):
    with unit_of_work(db) as s:
        assert invoices.issue(s, _manual(s, "c1", MAR1)).number == "INV-2026-00001"
    with unit_of_work(db) as s:
        undated = _manual(s, "c2", None)
    err = _refused(db, lambda s: invoices.issue(s, undated, date(2026, 2, 20)))
    assert "date it 2026-03-01 or later" in err.messages()[0]
    with unit_of_work(db) as s:  # the same day as the latest is allowed
        assert (invoices.issue(s, undated, MAR1).number, s.get(Invoice, undated).issue_date) == ("INV-2026-00002",
                                                                                               MAR1)


def test_a_run_draft_keeps_its_billing_day_and_is_not_refused_for_it(db, hoster):
    """As the run's own invoices: a catch-up run's draft bills 15 January whatever a person issued since."""
    run_billing(db, JAN15)  # drafts for c1 and c2, 24.00 each, dated 15 January
    with unit_of_work(db) as s:
        assert invoices.issue(s, _manual(s, "c1", MAR1)).number == "INV-2026-00001"
    with unit_of_work(db) as s:
        company = hoster.companies["c2"]
        issued = invoices.issue(s, _draft(db, company_id=company, kind="invoice"), date(2026, 3, 4))
        assert (issued.number, issued.issue_date, issued.total) == ("INV-2026-00002", JAN15, D("24.00"))


def _speak(monkeypatch, lang: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_the_cli_refuses_another_date_for_a_run_draft_in_words(db, hoster, capsys, monkeypatch):
    run_billing(db, JAN15)
    url = db.url.render_as_string(hide_password=False)
    c1 = _draft(db, company_id=hoster.companies["c1"])
    before = _state(db)
    _speak(monkeypatch, "C")
    assert main(["invoices", "issue", str(c1), "--date", "2026-02-03", "--db", url]) == 2
    assert capsys.readouterr().err.strip() == (
        f"prorata: error: draft #{c1} cannot be issued dated 2026-02-03: a billing run wrote it dated 2026-01-15, "
        "the billing day of the period it bills, and it keeps that date; issue it without --date")
    _speak(monkeypatch, "de_DE.UTF-8")
    assert main(["invoices", "issue", str(c1), "--date", "2026-02-03", "--db", url]) == 2
    assert "ohne --date" in capsys.readouterr().err
    assert _state(db) == before
    _speak(monkeypatch, "C")
    # Its own date said again is no other date; without --date it keeps it too.
    assert main(["invoices", "issue", str(c1), "--date", "2026-01-15", "--db", url]) == 0
    assert "issued INV-2026-00001" in capsys.readouterr().out
    c2 = _draft(db, company_id=hoster.companies["c2"])
    assert main(["invoices", "issue", str(c2), "--db", url]) == 0
    assert "issued INV-2026-00002" in capsys.readouterr().out
    assert [(d[2], d[4]) for d in _docs(db)] == [("INV-2026-00001", JAN15), ("INV-2026-00002", JAN15)]


def test_the_cli_dates_a_manual_draft_as_asked(db, hoster, capsys):
    url = db.url.render_as_string(hide_password=False)
    with unit_of_work(db) as s:
        dated, undated = _manual(s, "c1", FEB1), _manual(s, "c2", None)
    assert main(["invoices", "issue", str(dated), "--date", "2026-03-02", "--db", url]) == 0
    assert main(["invoices", "issue", str(undated), "--date", "2026-03-02", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["issued INV-2026-00001", "issued INV-2026-00002"]
    assert [(d[2], d[4], d[5]) for d in _docs(db)] == [("INV-2026-00001", date(2026, 3, 2), D("60.00")),
                                                       ("INV-2026-00002", date(2026, 3, 2), D("60.00"))]


def test_a_rival_issuing_a_later_date_while_the_issue_waits_is_seen(db, hoster):
    """The check runs where the series is held: an issue that waits for a rival's number sees the rival's date."""
    with unit_of_work(db) as s:
        early = _manual(s, "c1", FEB1)
    took, release, outcome = threading.Event(), threading.Event(), {}

    def rival():
        with unit_of_work(db) as s:
            invoices.issue(s, _manual(s, "c2", MAR1))  # INV-2026-00001, series held
            took.set()
            release.wait(10)

    def clerk():
        try:
            with unit_of_work(db) as s:
                outcome["number"] = invoices.issue(s, early).number
        except ProrataError as exc:
            outcome["refused"] = exc.problems[0]

    first = threading.Thread(target=rival)
    first.start()
    assert took.wait(10)
    second = threading.Thread(target=clerk)
    second.start()
    time.sleep(0.5)  # the clerk's issue waits for the rival's transaction
    assert not outcome
    release.set()
    first.join(10)
    second.join(10)
    assert outcome["refused"].id == "invoice_dated_before_series"
    assert outcome["refused"].params["last"] == "INV-2026-00001"
