"""Every issued invoice is chained by SHA-256 to the one its issuer issued before: what changes behind the app's
back is named by ``prorata audit verify``, by issuer and number; concurrent issuing still makes one gapless chain."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, text, update

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Invoice, InvoiceLine
from app.models.invoices import InvoiceChainHead
from app.services import invoice_chain, invoices
from app.storage import immutability
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from tests.test_immutability import database_at, migrate
from tests.test_invoice_races import race

D = Decimal
ZEROS = "0" * 64


def sha(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


@contextmanager
def behind_the_apps_back(engine):
    """A connection on which the immutability triggers do not fire, as an attacker with the owner's rights
    would have (SQLite: the triggers dropped; PostgreSQL: disabled by the superuser)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            immutability.drop(conn)
            yield conn
            immutability.create(conn)
            return
        tables = ("invoices", "invoice_lines", "invoice_chain_heads")
        for table in tables:
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        try:
            yield conn
        finally:
            for table in tables:
                conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))


def chain(engine, issuer_key="hoster") -> list[tuple]:
    """(chain position, number, previous hash, hash) of the issuer's chained invoices, in chain order."""
    with unit_of_work(engine) as s:
        t = Invoice.__table__.c
        return [tuple(r) for r in s.execute(select(t.chain_pos, t.number, t.chain_prev, t.chain_hash)
                                            .where(t.issuer_key == issuer_key, t.chain_pos.is_not(None))
                                            .order_by(t.chain_pos))]


def verify(engine):
    with unit_of_work(engine) as s:
        return invoice_chain.verify(s)


def named(report) -> list[tuple]:
    return [(p.id, p.params.get("number")) for p in report.problems]


def manual(engine, customer: str, amount: str, today: date) -> str:
    """A manual invoice of one line (2 x ``amount``, 20 % tax), issued on ``today``: its number."""
    with unit_of_work(engine) as s:
        draft = invoices.create_manual(s, customer, "EUR", [
            invoices.ManualLine({"en": "Migration work"}, D(2), D(amount), tax_rate=D(20))])
        return invoices.issue(s, draft.id, today).number


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31))
    add_company(db, w, "c1", reseller="acme", signup=date(2026, 1, 31))
    return w


def test_an_issued_invoice_is_hashed_with_the_one_its_issuer_issued_before(db, world):
    cid = world.companies["d1"]
    first = manual(db, "d1", "80.00", date(2026, 3, 1))
    with unit_of_work(db) as s:
        first_id = s.scalar(select(Invoice.id).where(Invoice.number == first))
        note = invoices.credit(s, first, today=date(2026, 3, 5)).number
    assert (first, note) == ("INV-2026-00001", "INV-2026-00002")
    # 2 x 80.00 = 160.00, 20 % tax 32.00, total 192.00; amounts with four decimals, keys sorted, no spaces.
    one = ('{"company_id":%d,"credits_id":null,"currency":"EUR","customer_reseller_id":null,'
           '"issue_date":"2026-03-01","issuer_key":"hoster","issuer_reseller_id":null,"kind":"invoice",'
           '"language":"en_GB","lines":[{"amount":"160.0000","company_id":%d,"description":{"en":"Migration work"},'
           '"end":null,"extra_code":null,"kind":"manual","plan_id":null,"position":0,"quantity":"2.0000",'
           '"reseller_id":null,"start":null,"tax_rate":"20.0000","unit_price":"80.0000","user_id":null}],'
           '"number":"INV-2026-00001","period_end":null,"period_start":null,"reseller_id":null,'
           '"subtotal":"160.0000","tax":"32.0000","tax_note":null,"total":"192.0000"}') % (cid, cid)
    # Its credit note: everything negated, naming what it credits.
    two = ('{"company_id":%d,"credits_id":%d,"currency":"EUR","customer_reseller_id":null,'
           '"issue_date":"2026-03-05","issuer_key":"hoster","issuer_reseller_id":null,"kind":"credit_note",'
           '"language":"en_GB","lines":[{"amount":"-160.0000","company_id":%d,"description":{"en":"Migration work"},'
           '"end":null,"extra_code":null,"kind":"manual","plan_id":null,"position":0,"quantity":"-2.0000",'
           '"reseller_id":null,"start":null,"tax_rate":"20.0000","unit_price":"80.0000","user_id":null}],'
           '"number":"INV-2026-00002","period_end":null,"period_start":null,"reseller_id":null,'
           '"subtotal":"-160.0000","tax":"-32.0000","tax_note":null,"total":"-192.0000"}') % (cid, first_id, cid)
    h1 = sha(ZEROS + one)
    h2 = sha(h1 + two)
    assert chain(db) == [(1, first, ZEROS, h1), (2, note, h1, h2)]
    with unit_of_work(db) as s:
        head = s.get(InvoiceChainHead, "hoster")
        assert (head.head, head.last_pos) == (h2, 2)
    # acme's invoices are a chain of their own, from the start.
    acme = manual(db, "c1", "10.00", date(2026, 3, 2))
    [(pos, number, prev, _)] = chain(db, f"reseller:{world.resellers['acme']}")
    assert (pos, number, prev) == (1, acme, ZEROS)
    report = verify(db)
    assert (report.intact, report.invoices, report.issuers) == (True, 3, 2)


def test_runs_and_settlements_chain_what_they_issue_in_number_order(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 31), issue=True)
    acme_key = f"reseller:{w.resellers['acme']}"
    with unit_of_work(db) as s:
        t = Invoice.__table__.c
        issued = s.execute(select(t.issuer_key, t.kind, t.number, t.status).where(t.number.is_not(None))).all()
    # c1's bills (Jan 15, Feb 15, Mar 15) come from acme; Mar 15 is a credit note: SharePoint's 5 sites at 12.00,
    # billed to Mar 15 and cancelled Mar 1, give back 5 x 12.00 x 14/28 = 30.00, more than the mailbox's 6.00.
    # d1's bills (Jan 31, Feb 28, Mar 31) and acme's wholesale invoices (Feb 1, Mar 1) come from the hoster.
    assert Counter((r.issuer_key, r.kind) for r in issued) == Counter(
        {(acme_key, "invoice"): 2, (acme_key, "credit_note"): 1, ("hoster", "invoice"): 3, ("hoster", "wholesale"): 2})
    for key in ("hoster", acme_key):
        links = chain(db, key)
        assert [pos for pos, *_ in links] == list(range(1, len(links) + 1))
        assert [number for _, number, *_ in links] == sorted(number for _, number, *_ in links)
        assert [prev for _, _, prev, _ in links] == [ZEROS] + [h for *_, h in links[:-1]]
    assert verify(db).intact


def test_a_settlement_is_hashed_as_its_lines_are_read_a_few_at_a_time(db, monkeypatch):
    """``seal`` reads a settlement's lines (hundreds of thousands, for a large reseller) a chunk at a time and
    hashes them as they come: the hash is the one of the whole canonical form."""
    monkeypatch.setattr(invoice_chain, "LINE_CHUNK", 2)
    w = build(db)
    for code in ("c1", "c2", "c3"):
        add_company(db, w, code, reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 3, 31), issue=True)
    with unit_of_work(db) as s:
        wholesale = s.scalars(select(Invoice).where(Invoice.kind == "wholesale").order_by(Invoice.id)).all()
        lines = {inv.id: s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                                   .order_by(InvoiceLine.position, InvoiceLine.id)).all() for inv in wholesale}
        assert wholesale and max(map(len, lines.values())) > 2 * invoice_chain.LINE_CHUNK
        for inv in wholesale:
            assert inv.chain_hash == invoice_chain.invoice_hash(inv.chain_prev, inv, lines[inv.id])
    assert verify(db).intact


# --- verify, and tampering behind the app's back --------------------------------------------------------------


@pytest.fixture
def three(db, world):
    """Three hoster invoices issued for d1: INV-2026-00001..3."""
    numbers = [manual(db, "d1", amount, date(2026, 3, k + 1)) for k, amount in enumerate(("10.00", "20.00", "30.00"))]
    assert numbers == ["INV-2026-00001", "INV-2026-00002", "INV-2026-00003"]
    return numbers


def invoice_id(engine, number: str) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(Invoice.id).where(Invoice.number == number))


def test_verify_says_intact_chains_are_intact(db, three, capsys):
    url = db.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == ["Issued invoices are intact: each is chained to the one its issuer issued before "
                       "(invoices checked: 3, issuers: 1)."]
    assert main(["audit", "verify", "--json", "--db", url]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["intact"], got["invoices"]) == (True, {"intact": True, "invoices": 3, "issuers": 1, "problems": []})


def test_an_invoice_altered_behind_the_apps_back_is_named(db, three, capsys):
    with behind_the_apps_back(db) as conn:
        conn.execute(update(Invoice.__table__).where(Invoice.number == three[1]).values(total=D("1.00")))
    assert named(verify(db)) == [("invoice_altered", "INV-2026-00002")]
    url = db.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--db", url]) == 2
    assert capsys.readouterr().out.splitlines()[1:] == [
        "Issued invoices have been tampered with (invoices checked: 3, issuers: 1):",
        "  - invoice INV-2026-00002 of hoster was altered after it was issued: its content no longer matches its hash"]
    assert main(["audit", "verify", "--json", "--db", url]) == 2
    got = json.loads(capsys.readouterr().out)
    assert got["intact"] is False
    assert [(p["problem"], p["issuer"], p["number"]) for p in got["invoices"]["problems"]] == [
        ("invoice_altered", "hoster", "INV-2026-00002")]


def test_an_altered_line_or_a_line_added_is_named(db, three):
    first, third = invoice_id(db, three[0]), invoice_id(db, three[2])
    lt = InvoiceLine.__table__
    with behind_the_apps_back(db) as conn:
        conn.execute(update(lt).where(lt.c.invoice_id == first).values(amount=D("2.00")))
        conn.execute(lt.insert().values(invoice_id=third, position=1, kind="manual", quantity=D(1),
                                        unit_price=D("5.00"), amount=D("5.00"), tax_rate=D(0)))
    assert named(verify(db)) == [("invoice_altered", "INV-2026-00001"), ("invoice_altered", "INV-2026-00003")]


def test_an_invoice_deleted_in_the_middle_is_named_as_missing(db, three):
    gone = invoice_id(db, three[1])
    with behind_the_apps_back(db) as conn:
        conn.execute(delete(InvoiceLine.__table__).where(InvoiceLine.invoice_id == gone))
        conn.execute(delete(Invoice.__table__).where(Invoice.id == gone))
    assert [p.message() for p in verify(db).problems] == [
        "issued invoices of hoster are missing between INV-2026-00001 and INV-2026-00003: 1 of its chain are no "
        "longer there"]


def test_the_last_invoice_deleted_is_named(db, three):
    gone = invoice_id(db, three[2])
    with behind_the_apps_back(db) as conn:
        conn.execute(delete(InvoiceLine.__table__).where(InvoiceLine.invoice_id == gone))
        conn.execute(delete(Invoice.__table__).where(Invoice.id == gone))
    assert [p.message() for p in verify(db).problems] == [
        "the last issued invoices of hoster are missing: its chain held 3, the last one there now is INV-2026-00002"]


def test_invoices_reordered_are_named_out_of_order(db, three):
    t = Invoice.__table__
    with behind_the_apps_back(db) as conn:
        # Positions 2 and 3 traded (the position is unique: step aside first).
        conn.execute(update(t).where(t.c.number == three[1]).values(chain_pos=99))
        conn.execute(update(t).where(t.c.number == three[2]).values(chain_pos=2))
        conn.execute(update(t).where(t.c.number == three[1]).values(chain_pos=3))
    assert [p.message() for p in verify(db).problems] == [
        "invoice INV-2026-00003 of hoster is out of order: it was issued after INV-2026-00002, not after "
        "INV-2026-00001",
        "invoice INV-2026-00002 of hoster is out of order: it was issued after INV-2026-00001, not after "
        "INV-2026-00003",
        "the chain head of hoster names another invoice than its last one, INV-2026-00002: invoices after "
        "INV-2026-00002 are missing or the head was changed"]


def test_an_invoice_issued_behind_the_apps_back_or_reopened_is_named(db, three, world):
    t = Invoice.__table__
    with behind_the_apps_back(db) as conn:
        conn.execute(t.insert().values(kind="invoice", number="INV-2026-00004", issuer_key="hoster",
                                       company_id=world.companies["d1"], currency="EUR", status="issued",
                                       issue_date=date(2026, 3, 9), subtotal=D(1), tax=D(0), total=D(1)))
        conn.execute(update(t).where(t.c.number == three[0]).values(status="draft"))
    assert [p.message() for p in verify(db).problems] == [
        "invoice INV-2026-00001 of hoster was issued but is a draft again",
        "invoice INV-2026-00004 of hoster is issued but in no chain: it was not issued by Prorata"]


# --- the migration chains what was issued before it -------------------------------------------------------


def test_the_migration_chains_the_invoices_already_issued(db, tmp_path):
    with database_at(db, tmp_path, "0005") as old:
        scale = 10000 if old.dialect.name == "sqlite" else 1  # SQLite keeps amounts in ten-thousandths
        with old.begin() as conn:
            conn.execute(text("INSERT INTO currencies (code, enabled) VALUES ('EUR', true)"))
            # Invoice 1 was issued after invoice 2 (issued_at); 3 is a draft, 4 deferred (no number).
            for iid, number, status, issued_at in ((1, "INV-2026-00002", "paid", "2026-03-02 10:00:00"),
                                                   (2, "INV-2026-00001", "issued", "2026-03-01 10:00:00"),
                                                   (3, None, "draft", None), (4, None, "deferred", None)):
                conn.execute(text(
                    "INSERT INTO invoices (id, kind, number, issuer_key, currency, language, status, issue_date, "
                    "subtotal, tax, total, created_at, issued_at, version) VALUES (:id, 'invoice', :number, "
                    "'hoster', 'EUR', 'en_GB', :status, '2026-03-01', :amount, 0, :amount, '2026-03-01 09:00:00', "
                    ":issued_at, 1)"),
                    dict(id=iid, number=number, status=status, issued_at=issued_at, amount=iid * scale))
            conn.execute(text(
                "INSERT INTO invoice_lines (invoice_id, position, kind, quantity, unit_price, tax_rate, amount) "
                "VALUES (2, 0, 'manual', :one, :two, 0, :two)"), dict(one=1 * scale, two=2 * scale))
        migrate(old, "head")
        two = ('{"company_id":null,"credits_id":null,"currency":"EUR","customer_reseller_id":null,'
               '"issue_date":"2026-03-01","issuer_key":"hoster","issuer_reseller_id":null,"kind":"invoice",'
               '"language":"en_GB","lines":[{"amount":"2.0000","company_id":null,"description":null,"end":null,'
               '"extra_code":null,"kind":"manual","plan_id":null,"position":0,"quantity":"1.0000",'
               '"reseller_id":null,"start":null,"tax_rate":"0.0000","unit_price":"2.0000","user_id":null}],'
               '"number":"INV-2026-00001","period_end":null,"period_start":null,"reseller_id":null,'
               '"subtotal":"2.0000","tax":"0.0000","tax_note":null,"total":"2.0000"}')
        one = ('{"company_id":null,"credits_id":null,"currency":"EUR","customer_reseller_id":null,'
               '"issue_date":"2026-03-01","issuer_key":"hoster","issuer_reseller_id":null,"kind":"invoice",'
               '"language":"en_GB","lines":[],"number":"INV-2026-00002","period_end":null,"period_start":null,'
               '"reseller_id":null,"subtotal":"1.0000","tax":"0.0000","tax_note":null,"total":"1.0000"}')
        h2 = sha(ZEROS + two)
        h1 = sha(h2 + one)
        assert chain(old) == [(1, "INV-2026-00001", ZEROS, h2), (2, "INV-2026-00002", h2, h1)]
        with unit_of_work(old) as s:
            assert (s.get(InvoiceChainHead, "hoster").head, s.get(InvoiceChainHead, "hoster").last_pos) == (h1, 2)
        assert verify(old).intact
        # From now on the database refuses changes to them.
        with pytest.raises(Exception, match=r"\[prorata:issued_invoice_frozen\]"):
            with old.begin() as conn:
                conn.execute(text("UPDATE invoices SET total = 0 WHERE id = 1"))


# --- concurrent issuing -------------------------------------------------------------------------------------


def test_clerks_issuing_at_once_make_one_gapless_intact_chain(db, tmp_path):
    w = build(db)
    for k in range(12):
        add_company(db, w, f"h{k}", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 10))
    with unit_of_work(db) as s:
        ids = s.scalars(select(Invoice.id).where(Invoice.status == "draft").order_by(Invoice.id)).all()
    assert len(ids) == 12
    # Run drafts: each keeps its billing day (``--date`` is refused for them).
    plan = [["invoices", "issue", str(i)] for i in ids]
    results = race(db, tmp_path, [plan, list(reversed(plan)), plan, list(reversed(plan))])
    assert Counter(r["ref"] for r in results if r["rc"] == 0) == Counter({str(i): 1 for i in ids})
    links = chain(db)
    # Numbers and chain positions are taken in one transaction: the chain's order is the numbers' order.
    assert [(pos, number) for pos, number, *_ in links] == [(k, f"INV-2026-{k:05}") for k in range(1, 13)]
    assert verify(db).intact


def test_the_canonical_form_is_sorted_compact_json():
    """Written piece by piece for speed; the same text json.dumps gives, quotes and umlauts included."""
    from types import SimpleNamespace

    inv = SimpleNamespace(**{name: None for name in invoice_chain.CONTENT})
    inv.__dict__.update(number='N"1', issuer_key="hoster", kind="invoice", currency="EUR", language="de_DE",
                        subtotal=D("-0.0000"), tax=D("1.5"), total=D("1.50"), issue_date=date(2026, 3, 1),
                        company_id=7)
    line = SimpleNamespace(**{name: None for name in invoice_chain.LINE_CONTENT})
    line.__dict__.update(position=0, kind="manual", description={"de": "Grüße \"x\"", "en": "Hi"},
                         quantity=D("1"), unit_price=D("1.5"), amount=D("1.50"), tax_rate=D(0))
    expected = json.dumps(
        {"issuer_key": "hoster", "number": 'N"1', "kind": "invoice", "issuer_reseller_id": None, "company_id": 7,
         "customer_reseller_id": None, "reseller_id": None, "currency": "EUR", "language": "de_DE",
         "issue_date": "2026-03-01", "period_start": None, "period_end": None, "subtotal": "0.0000",
         "tax": "1.5000", "total": "1.5000", "tax_note": None, "credits_id": None,
         "lines": [{"position": 0, "kind": "manual", "company_id": None, "reseller_id": None, "plan_id": None,
                    "extra_code": None, "user_id": None, "description": {"en": "Hi", "de": "Grüße \"x\""},
                    "quantity": "1.0000", "unit_price": "1.5000", "start": None, "end": None,
                    "tax_rate": "0.0000", "amount": "1.5000"}]},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert invoice_chain.canonical(inv, [line]) == expected
