"""SEPA direct debit: mandates checked by schwifty, a collection run written as a pain.008 that validates
against its XSD, the invoice's pre-notification, and returned debits (CSV and camt.054) that reopen the
invoices. SQLite and PostgreSQL; figures by hand.

The world: the hoster bills its direct company d1 for archiving, 20.00 EUR + 20 % = 24.00 a month: a run as
of 2026-03-15 issues INV-2026-00001 (2026-01-31) and INV-2026-00002 (2026-02-28); d2 (no mandate) likewise
gets INV-2026-00003 and INV-2026-00004.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import LedgerEntry, Payment
from app.models.processors import DirectDebit, Mandate
from app.payments import reversals, statement
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import batch, mandates, returns
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
INV1, INV2 = "INV-2026-00001", "INV-2026-00002"
TODAY = date(2026, 3, 20)
CREDITOR = {"name": "Northwind Hosting", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX",
            "creditor_id": "DE98ZZZ09999999999"}
DEBTOR_IBAN = "DE02 1203 0000 0000 2020 51"


@pytest.fixture
def world(db):
    w = build(db)
    for code in ("d1", "d2"):  # billed one after the other: d1's invoices are numbered first
        add_company(db, w, code, signup=date(2026, 1, 31),
                    events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
        run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
        mandates.add(s, "d1", "M-D1-001", DEBTOR_IBAN, date(2026, 1, 15), bic="BYLADEM1001", today=TODAY)
    return w


def refused(db, work) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    return exc.value.messages()


def statuses(db) -> dict[str, str]:
    with unit_of_work(db) as s:
        return dict(s.execute(select(Invoice.number, Invoice.status).order_by(Invoice.id)).all())


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def texts(xml: bytes, name: str) -> list[str]:
    return [el.text for el in ET.fromstring(xml).iter() if local(el.tag) == name]


def run(db, **kw):
    with unit_of_work(db) as s:
        return batch.run(s, "hoster", date(2026, 4, 1), today=TODAY, **kw)


def test_mandates_are_checked(db, world):
    assert refused(db, lambda s: mandates.add(s, "d2", "M-D2", "DE02 1203 0000 0000 2020 52", date(2026, 1, 1),
                                              today=TODAY)) == [
        "--iban: 'DE02 1203 0000 0000 2020 52' is not a valid IBAN: invalid checksum digits"]
    assert refused(db, lambda s: mandates.add(s, "d2", "M-D2", DEBTOR_IBAN, date(2026, 1, 1), bic="BYLADEM",
                                              today=TODAY))[0].startswith("--bic: 'BYLADEM' is not a valid BIC")
    assert refused(db, lambda s: mandates.add(s, "d2", "M-D1-001", DEBTOR_IBAN, date(2026, 1, 1), today=TODAY)) == [
        "--reference: hoster already has a mandate with the reference M-D1-001"]
    assert refused(db, lambda s: mandates.add(s, "d1", "M-D1-002", DEBTOR_IBAN, date(2026, 1, 1), today=TODAY)) == [
        "d1 already has an active mandate with hoster (M-D1-001): revoke it first with "
        "`prorata mandates revoke M-D1-001`"]
    assert refused(db, lambda s: mandates.add(s, "d2", "M-D2", DEBTOR_IBAN, date(2026, 3, 21), today=TODAY)) == [
        "--signed: a mandate signed on 2026-03-21 cannot be recorded on 2026-03-20: the signature date is in the "
        "future"]
    assert refused(db, lambda s: mandates.add(s, "d2", "M/D2//x", DEBTOR_IBAN, date(2026, 1, 1), today=TODAY))[0] \
        .startswith("--reference: 'M/D2//x' cannot be a mandate reference")
    with unit_of_work(db) as s:
        (m,) = mandates.list_json(s)
        assert (m["iban"], m["bic"], m["sequence"], m["type"], m["creditor"]) == (
            "DE02120300000000202051", "BYLADEM1001", "FRST", "recurring", "hoster")


def test_a_collection_run_writes_a_valid_pain008_and_pays_the_invoices(db, world):
    done = run(db)
    xml = done.xml
    # Both d1 invoices, 24.00 each = 48.00; d2 has no mandate. Both go as FRST (the mandate's first run).
    assert texts(xml, "NbOfTxs") == ["2", "2"] and texts(xml, "CtrlSum") == ["48.00", "48.00"]
    assert texts(xml, "EndToEndId") == ["PR-1-1", "PR-2-1"]
    assert texts(xml, "InstdAmt") == ["24.00", "24.00"]
    assert texts(xml, "SeqTp") == ["FRST"] and texts(xml, "ReqdColltnDt") == ["2026-04-01"]
    assert texts(xml, "MndtId") == ["M-D1-001", "M-D1-001"] and texts(xml, "DtOfSgntr") == ["2026-01-15"] * 2
    assert texts(xml, "Ustrd") == [f"Invoice {INV1}", f"Invoice {INV2}"]
    assert "DE98ZZZ09999999999" in texts(xml, "Id") and "DE02120300000000202051" in texts(xml, "IBAN")
    # The schema check, once more, independently of the run.
    from sepaxml.validation import try_valid_xml
    try_valid_xml(xml, "pain.008.001.02")
    assert done.debits[0]["notice"] == (
        f"We will collect 24.00 EUR for invoice {INV1} by SEPA direct debit on or after 2026-04-01 from DE02…2051 "
        "under mandate M-D1-001 (creditor identifier DE98ZZZ09999999999).")
    assert statuses(db) == {INV1: "paid", INV2: "paid", "INV-2026-00003": "issued", "INV-2026-00004": "issued"}
    with unit_of_work(db) as s:
        pays = [(p.method, p.amount, p.received_on, p.collected_by, p.processor_ref)
                for p in s.scalars(select(Payment).order_by(Payment.id))]
        assert pays == [("direct_debit", D("24.00"), date(2026, 4, 1), "hoster", "PR-1-1"),
                        ("direct_debit", D("24.00"), date(2026, 4, 1), "hoster", "PR-2-1")]
        assert s.scalars(select(Mandate.sequence)).one() == "RCUR"
    # Nothing left to collect: a second run writes nothing.
    assert refused(db, lambda s: batch.run(s, "hoster", date(2026, 4, 1), today=TODAY)) == [
        "no issued, open EUR invoice of a company with an active mandate with hoster is left to collect"]


def test_the_invoice_pdf_announces_the_debit(db, world):
    from app.services.documents import content_of

    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.number == INV2)).one()
        # Before any run: the mandate and the due date (Feb 28 + 14 days = Mar 14).
        # The amount: what is open of it, all of its 24.00 (20.00 + 20 % VAT).
        assert content_of(s, inv).mandate == {"reference": "M-D1-001", "collection_date": date(2026, 3, 14),
                                              "amount": Decimal("24.00")}
        d2 = s.scalars(select(Invoice).where(Invoice.number == "INV-2026-00004")).one()
        assert content_of(s, d2).mandate is None
    run(db)
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.number == INV2)).one()
        content = content_of(s, inv)
        # Submitted since (collection date 1 April): the document still says what it said at issue, the same
        # whenever it is made (app/services/documents.py ``mandates_at_issue``): 24.00 on or after 14 March.
        assert content.mandate == {"reference": "M-D1-001", "collection_date": date(2026, 3, 14),
                                   "amount": Decimal("24.00")}
    import pdfplumber
    import io

    from app.documents import template
    from app.documents.render import render

    with pdfplumber.open(io.BytesIO(render(content, template.builtin()))) as pdf:
        words = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Mar 2026 under mandate M-D1-001." in words


def test_returns_reopen_the_invoices(db, world, tmp_path):
    run(db)
    csv_file = b"end_to_end_id,date,reason,amount\nPR-1-1,2026-04-06,AM04,24.00\n"
    with unit_of_work(db) as s:
        done = returns.import_returns(s, returns.parse(csv_file, "returns.csv"), "returns.csv")
    assert done == [{"end_to_end_id": "PR-1-1", "invoice": INV1, "result": "returned", "reason": "AM04",
                     "words": "insufficient funds", "amount": "24.00", "invoice_status": "issued"}]
    assert statuses(db)[INV1] == "issued" and statuses(db)[INV2] == "paid"
    with unit_of_work(db) as s:
        # 48.00 invoiced - 48.00 debited + 24.00 returned = 24.00, INV1's open amount.
        acc = statement.show(s, "d1", as_of=date(2026, 4, 6))["accounts"][0]
        assert (acc["balance"], [o["invoice"] for o in acc["open_invoices"]]) == ("24.00", [INV1])
        assert acc["entries"][-1]["reference"] == "direct debit PR-1-1 returned: AM04 (insufficient funds)"
        # The other first debit stands: the mandate stays on RCUR.
        assert s.scalars(select(Mandate.sequence)).one() == "RCUR"
    with unit_of_work(db) as s:  # the same file again changes nothing
        assert returns.import_returns(s, returns.parse(csv_file, "returns.csv"), "returns.csv")[0]["result"] == \
            "already returned"
    camt = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-04-07T08:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>1</Id><CreDtTm>2026-04-07T08:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">24.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-04-07</Dt></BookgDt><ValDt><Dt>2026-04-07</Dt></ValDt><BkTxCd/>
<NtryDtls><TxDtls><Refs><EndToEndId>PR-2-1</EndToEndId></Refs>
<AmtDtls><InstdAmt><Amt Ccy="EUR">24.00</Amt></InstdAmt></AmtDtls>
<RtrInf><Rsn><Cd>MD01</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>""".encode()
    with unit_of_work(db) as s:
        (done,) = returns.import_returns(s, returns.parse(camt, "camt.xml"), "camt.xml")
    assert (done["invoice"], done["reason"], done["invoice_status"]) == (INV2, "MD01", "issued")
    with unit_of_work(db) as s:
        assert s.scalars(select(Mandate.status)).one() == "revoked"  # MD01: no mandate, never used again
        assert statement.show(s, "d1", as_of=date(2026, 4, 7))["accounts"][0]["balance"] == "48.00"
    assert refused(db, lambda s: batch.run(s, "hoster", date(2026, 4, 15), today=TODAY)) == [
        "no issued, open EUR invoice of a company with an active mandate with hoster is left to collect"]


def test_bad_return_files_are_refused_whole(db, world):
    run(db)

    def count_returned():
        with unit_of_work(db) as s:
            return s.scalar(select(func.count()).select_from(DirectDebit).where(DirectDebit.status == "returned"))
    bad = {
        b"end_to_end_id,date,reason\nPR-1-1,2026-04-06,AM04\nPR-9-1,2026-04-06,AM04\n":
            "returns.csv, line 3: no direct debit has the end-to-end id 'PR-9-1'; nothing was imported",
        b"end_to_end_id,date,reason,amount\nPR-1-1,2026-04-06,AM04,20.00\n":
            "returns.csv, line 2: the bank returned 20.00 EUR of PR-1-1, which debited 24.00; nothing was imported",
        b"e2e;date\nPR-1-1;2026-04-06\n":
            "returns.csv: the first line must be the header end_to_end_id,date,reason[,amount]; nothing was imported",
        b"end_to_end_id,date,reason\nPR-1-1,06.04.2026,AM04\n": None,
        b"<Document><BkToCstmrDbtCdtNtfctn>": None,
        b'<!DOCTYPE x [<!ENTITY a "b">]><Document/>':
            "returns.csv: a bank file has no document type declarations or entities; nothing was imported",
    }
    for data, words in bad.items():
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(db) as s:
                returns.import_returns(s, returns.parse(data, "returns.csv"), "returns.csv")
        if words is not None:
            assert exc.value.messages() == [words]
    assert count_returned() == 0 and statuses(db)[INV1] == "paid"


def test_a_debit_reversed_by_hand_does_not_refuse_the_banks_file(db, world, tmp_path, capsys):
    """A clerk reversed payment #1 (PR-1-1, INV1) on Apr 5 when the bank phoned; the bank's file then returns
    PR-1-1 (MD01) and PR-2-1 (AM04). PR-1-1 is marked returned and its reason followed (MD01 revokes the
    mandate), its payment not reversed twice; PR-2-1 is reversed. d1: 48.00 invoiced - 48.00 debited + 24.00
    (by hand) + 24.00 (the bank's return) = 48.00, INV1 and INV2 open 24.00 each. Before, the whole file was
    refused: payment #1 could no longer be reversed again."""
    from app.cli.main import main

    run(db)
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 4, 5), "debit returned, the bank phoned")
    path = tmp_path / "r.csv"
    path.write_bytes(b"end_to_end_id,date,reason\nPR-1-1,2026-04-07,MD01\nPR-2-1,2026-04-07,AM04\n")
    url = db.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["debit", "import-returns", str(path), "--db", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"PR-1-1: already returned {INV1}, MD01: payment #1 was reversed on 2026-04-05 already; the debit is "
        "marked returned, not reversed twice",
        f"PR-2-1: returned AM04 (insufficient funds), {INV2} issued"]
    assert statuses(db)[INV1] == "issued" and statuses(db)[INV2] == "issued"
    with unit_of_work(db) as s:
        assert sorted(s.execute(select(DirectDebit.end_to_end_id, DirectDebit.status, DirectDebit.return_code)
                                .where(DirectDebit.end_to_end_id.in_(["PR-1-1", "PR-2-1"]))).all()) == [
            ("PR-1-1", "returned", "MD01"), ("PR-2-1", "returned", "AM04")]
        assert s.scalars(select(Mandate.status)).one() == "revoked"
        assert sorted(s.execute(select(LedgerEntry.payment_id, LedgerEntry.amount)
                                .where(LedgerEntry.kind == "reversal")).all()) == [(1, D("24.00")), (2, D("24.00"))]
        acc = statement.show(s, "d1", as_of=date(2026, 4, 30))["accounts"][0]
    assert (acc["balance"], [(o["invoice"], o["open"]) for o in acc["open_invoices"]]) == (
        "48.00", [(INV1, "24.00"), (INV2, "24.00")])
    with unit_of_work(db) as s:  # the same file again changes nothing
        assert [r["result"] for r in returns.import_returns(s, returns.parse(path.read_bytes(), "r.csv"), "r.csv")] \
            == ["already returned", "already returned"]


def test_pain008_version_08_without_bic_and_the_collection_switch(db, world):
    from app.services import billing_settings

    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", {k: v for k, v in CREDITOR.items() if k != "bic"})
    assert refused(db, lambda s: batch.run(s, "hoster", date(2026, 4, 1), today=TODAY)) == [
        "--schema: pain.008.001.02 needs the creditor's BIC: set it with `prorata processors configure hoster sepa "
        "--set bic=...`, or write pain.008.001.08"]
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "off")
    assert refused(db, lambda s: batch.run(s, "hoster", date(2026, 4, 1), schema="pain.008.001.08", today=TODAY))[0] \
        .startswith("no issued, open EUR invoice")
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "on")
    done = run(db, schema="pain.008.001.08")
    assert ET.fromstring(done.xml).tag == "{urn:iso:std:iso:20022:tech:xsd:pain.008.001.08}Document"
    assert texts(done.xml, "CtrlSum") == ["48.00", "48.00"] and texts(done.xml, "BICFI") == ["BYLADEM1001"] * 2
    assert "NOTPROVIDED" in texts(done.xml, "Id")  # the creditor's bank, without a BIC
    from sepaxml.validation import try_valid_xml
    try_valid_xml(done.xml, "pain.008.001.08")
    assert refused(db, lambda s: batch.run(s, "hoster", date(2026, 3, 19), today=TODAY)) == [
        "--collection-date: the collection date 2026-03-19 is before today (2026-03-20)"]


def test_cli_batch_and_returns(sqlite_db, tmp_path, capsys):
    from app.cli.main import main

    db = sqlite_db
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    url = str(db.url)
    args = ["processors", "configure", "hoster", "sepa", "--db", url]
    for k, v in CREDITOR.items():
        args += ["--set", f"{k}={v}"]
    assert main(args) == 0
    assert main(["mandates", "add", "d1", "--reference", "M-1", "--iban", DEBTOR_IBAN, "--signed", "2026-01-15",
                 "--db", url]) == 0
    capsys.readouterr()
    out = tmp_path / "run.xml"
    assert main(["debit", "batch", "--collection-date", "2199-01-05", "--out", str(out), "--json", "--db", url]) == 0
    data = __import__("json").loads(capsys.readouterr().out)
    assert (data["count"], data["total"]) == (2, "48.00") and out.read_bytes().startswith(b"<?xml")
    ret = tmp_path / "r.csv"
    ret.write_text("end_to_end_id,date,reason\nPR-2-1,2199-01-08,AC04\n")
    assert main(["debit", "import-returns", str(ret), "--db", url]) == 0
    assert capsys.readouterr().out == f"PR-2-1: returned AC04 (account closed), {INV2} issued\n"
    ret.write_text("nonsense")
    assert main(["debit", "import-returns", str(ret), "--db", url]) == 2
    assert "r.csv: the first line must be the header" in capsys.readouterr().err
