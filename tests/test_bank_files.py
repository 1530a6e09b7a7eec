"""Bank files beyond pain.008: pain.002 rejects reversed like returns, a NACHA (US ACH) debit file, and a
pain.001 credit transfer file for reseller payouts. Figures by hand.

The pain.002 world is tests/test_sepa_debit.py's: d1 has INV1 and INV2 (24.00 EUR each) under mandate
M-D1-001; a run on 2026-04-01 debits both as PR-1-1 and PR-2-1.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.processors import DirectDebit
from app.payments import statement
from app.payments.sepa import returns
from app.storage.engine import unit_of_work
from tests.test_sepa_debit import INV1, INV2, refused, run, statuses, world  # noqa: F401


def pain002(body: str, created: str = "2026-04-03T09:00:00") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
<GrpHdr><MsgId>STS-1</MsgId><CreDtTm>{created}</CreDtTm></GrpHdr>
{body}
</CstmrPmtStsRpt></Document>""".encode()


def test_pain002_transaction_rejects_reopen_their_invoices(db, world):
    done = run(db)
    report = pain002(f"""<OrgnlGrpInfAndSts><OrgnlMsgId>{done.batch}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02
</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>P1</OrgnlPmtInfId>
<TxInfAndSts><OrgnlEndToEndId>PR-1-1</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>
<OrgnlTxRef><Amt><InstdAmt Ccy="EUR">24.00</InstdAmt></Amt></OrgnlTxRef></TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>PR-2-1</OrgnlEndToEndId><TxSts>ACCP</TxSts></TxInfAndSts>
</OrgnlPmtInfAndSts>""")
    with unit_of_work(db) as s:
        parsed = returns.parse(report, "sts.xml", session=s)
        assert [(r.end_to_end_id, r.day, r.reason) for r in parsed] == [("PR-1-1", date(2026, 4, 3), "AC04")]
        (row,) = returns.import_returns(s, parsed, "sts.xml")
    assert (row["invoice"], row["reason"], row["words"], row["invoice_status"]) == (INV1, "AC04", "account closed",
                                                                                    "issued")
    assert statuses(db)[INV1] == "issued" and statuses(db)[INV2] == "paid"
    with unit_of_work(db) as s:
        # Reversed on the later of the report's day and the collection day: 2026-04-03.
        # 48.00 invoiced - 48.00 debited + 24.00 rejected = 24.00.
        acc = statement.show(s, "d1", as_of=date(2026, 4, 3))["accounts"][0]
        assert acc["balance"] == "24.00"
        assert acc["entries"][-1]["reference"] == "direct debit PR-1-1 returned: AC04 (account closed)"
        assert s.scalars(select(DirectDebit.status).order_by(DirectDebit.id)).all() == ["returned", "submitted"]


def test_pain002_whole_message_reject_reverses_the_batch(db, world):
    done = run(db)
    report = pain002(f"""<OrgnlGrpInfAndSts><OrgnlMsgId>{done.batch}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02
</OrgnlMsgNmId><GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf></OrgnlGrpInfAndSts>""")
    with unit_of_work(db) as s:
        rows = returns.import_returns(s, returns.parse(report, "sts.xml", session=s), "sts.xml")
    assert [(r["end_to_end_id"], r["reason"]) for r in rows] == [("PR-1-1", "FF01"), ("PR-2-1", "FF01")]
    assert statuses(db)[INV1] == statuses(db)[INV2] == "issued"
    with unit_of_work(db) as s:  # the same report again: nothing more
        assert {r["result"] for r in returns.import_returns(s, returns.parse(report, "sts.xml", session=s),
                                                            "sts.xml")} == {"already returned"}


def test_malformed_pain002_is_refused(db, world):
    run(db)
    block = pain002("""<OrgnlGrpInfAndSts><OrgnlMsgId>X</OrgnlMsgId></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>P9</OrgnlPmtInfId><PmtInfSts>RJCT</PmtInfSts></OrgnlPmtInfAndSts>""")
    assert refused(db, lambda s: returns.parse(block, "sts.xml", "pain002", session=s)) == [
        "sts.xml: payment information 1 (P9) is rejected without naming its transactions: ask the bank for a "
        "report per transaction; nothing was imported"]
    unknown = pain002("""<OrgnlGrpInfAndSts><OrgnlMsgId>X</OrgnlMsgId></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>PR-9-1</OrgnlEndToEndId><TxSts>RJCT</TxSts></TxInfAndSts></OrgnlPmtInfAndSts>""")
    assert refused(db, lambda s: returns.import_returns(s, returns.parse(unknown, "sts.xml", session=s),
                                                        "sts.xml")) == [
        "sts.xml, payment information 1, transaction 1: no direct debit has the end-to-end id 'PR-9-1'; nothing "
        "was imported"]
    assert refused(db, lambda s: returns.parse(b"<Document><Nope/></Document>", "x.xml", "pain002")) == [
        "x.xml: not a pain.002 status report (no CstmrPmtStsRpt); nothing was imported"]
    assert statuses(db)[INV1] == "paid"


# ---------------------------------------------------------------- NACHA (US ACH)

from datetime import datetime  # noqa: E402
from decimal import Decimal  # noqa: E402

from app.billing.run import run_billing  # noqa: E402
from app.errors import ProrataError  # noqa: E402
from app.models import Price  # noqa: E402
from app.payments.ach import authorizations, nacha  # noqa: E402
from app.payments.ach import run as ach_run  # noqa: E402
from app.payments.processors import accounts as processor_accounts  # noqa: E402
from tests.billing_world import add_company, build  # noqa: E402

ODFI = {"company_name": "Northwind", "company_id": "1234567890", "odfi_routing": "021000021",
        "odfi_name": "JPMorgan Chase"}


@pytest.mark.parametrize("number, ok", [("021000021", True), ("011000015", True), ("121000248", True),
                                        ("026009593", True), ("021000022", False), ("02100002", False),
                                        ("02100002a", False)])
def test_routing_number_check_digit(number, ok):
    # 021000021: 0*3 + 2*7 + 1*1 + 0*3 + 0*7 + 0*1 + 0*3 + 2*7 = 29; 29 + 1 = 30, a multiple of 10.
    assert nacha.routing_ok(number) is ok


@pytest.fixture
def us_world(db):
    """u1 and u2 pay archiving in USD: 20.00 + 20 % = 24.00 a month; a run as of 2026-03-15 issues u1's
    INV-2026-00001 (Jan 31) and INV-2026-00002 (Feb 28), then u2's 00003 and 00004."""
    w = build(db)
    with unit_of_work(db) as s:
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency="USD",
                    amount=Decimal("20.00")))
    for code in ("u1", "u2"):
        add_company(db, w, code, currency="USD", signup=date(2026, 1, 31),
                    events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
        run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "ach", ODFI)
        authorizations.add(s, "u1", "011000015", "123456789", date(2026, 1, 20), today=date(2026, 3, 20))
        authorizations.add(s, "u2", "121000248", "98765-43210", date(2026, 1, 20), account_type="savings",
                           holder_name="Ünited Twö LLC", today=date(2026, 3, 20))
    return w


def test_a_nacha_file_for_a_debit_run(db, us_world):
    with unit_of_work(db) as s:
        done = ach_run.run(s, "hoster", date(2026, 4, 1), today=date(2026, 3, 20),
                           now=datetime(2026, 3, 20, 14, 5))
        data = done.as_json()
    lines = done.text.split("\r\n")
    assert lines[-1] == "" and all(len(line) == 94 for line in lines[:-1])
    lines = lines[:-1]
    # 1 file header + 1 batch header + 4 entries + 1 batch control + 1 file control = 8, padded to 10.
    assert len(lines) == 10 and lines[8:] == ["9" * 94] * 2
    head, bh, entries, bc, fc = lines[0], lines[1], lines[2:6], lines[6], lines[7]
    assert head[:3] == "101" and head[3:13] == " 021000021" and head[13:23] == "1234567890"
    assert head[23:33] == "2603201405" and head[33:40] == "A094101"
    assert head[40:63] == "JPMORGAN CHASE".ljust(23) and head[63:86] == "NORTHWIND".ljust(23)
    assert bh[:4] == "5225" and bh[4:20] == "NORTHWIND".ljust(16) and bh[40:50] == "1234567890"
    assert bh[50:53] == "CCD" and bh[53:63] == "INVOICE   " and bh[69:75] == "260401"
    assert bh[78] == "1" and bh[79:87] == "02100002" and bh[87:94] == "0000001"
    # Oldest first: u1 Jan (INV 1), u2 Jan (INV 3), u1 Feb (INV 2), u2 Feb (INV 4); 24.00 = 2400 cents each.
    assert [(e[1:3], e[3:11], e[11], e[12:29].rstrip(), e[29:39], e[39:54].rstrip(), e[54:76].rstrip(), e[78],
             e[79:94]) for e in entries] == [
        ("27", "01100001", "5", "123456789", "0000002400", "INV-2026-00001", "U1", "0", "021000020000001"),
        ("37", "12100024", "8", "9876543210", "0000002400", "INV-2026-00003", "UNITED TWO LLC", "0",
         "021000020000002"),
        ("27", "01100001", "5", "123456789", "0000002400", "INV-2026-00002", "U1", "0", "021000020000003"),
        ("37", "12100024", "8", "9876543210", "0000002400", "INV-2026-00004", "UNITED TWO LLC", "0",
         "021000020000004")]
    # Entry hash: 01100001 + 12100024 + 01100001 + 12100024 = 26400050. Debits 4 x 2400 = 9600 cents.
    assert bc[:4] == "8225" and bc[4:10] == "000004" and bc[10:20] == "0026400050"
    assert bc[20:32] == "000000009600" and bc[32:44] == "000000000000" and bc[44:54] == "1234567890"
    assert bc[79:87] == "02100002" and bc[87:94] == "0000001"
    assert fc[:7] == "9000001" and fc[7:13] == "000001" and fc[13:21] == "00000004" and fc[21:31] == "0026400050"
    assert fc[31:43] == "000000009600" and fc[43:55] == "000000000000" and fc[55:] == " " * 39
    assert (data["count"], data["total"], data["control"]["entry_hash"]) == (4, "96.00", 26400050)
    with unit_of_work(db) as s:
        assert {k: v for k, v in statuses(db).items()} == {f"INV-2026-0000{n}": "paid" for n in range(1, 5)}
    # Nothing left; a later file continues the trace numbers (none to write here).
    assert refused(db, lambda s: ach_run.run(s, "hoster", date(2026, 4, 2), today=date(2026, 3, 20))) == [
        "no issued, open USD invoice of a company with an active ACH authorisation with hoster is left to collect"]


def test_bad_us_bank_accounts_are_refused(db, us_world):
    assert refused(db, lambda s: authorizations.add(s, "u1", "021000022", "1", date(2026, 1, 1))) == [
        "--routing: '021000022' is not a US routing number: nine digits whose last is the check digit of the "
        "others (a digit was mistyped?)"]
    assert refused(db, lambda s: authorizations.add(s, "u1", "021000021", "12345678901234567890",
                                                    date(2026, 1, 1))) == [
        "--account: '12345678901234567890' is not a US bank account number: 1 to 17 digits"]
    with pytest.raises(ProrataError, match="nine digits whose last is the check digit"):
        processor_accounts.processor_class("ach").check_settings({**ODFI, "odfi_routing": "021000020"})


def test_many_entries_block_and_hash_roll_over():
    """The entry hash keeps its last ten digits; 95 entries + 4 records = 99 records, 10 blocks, 1 pad."""
    entries = [nacha.Entry("27", "987654320", str(n), 1, f"I{n}", "X", f"02100002{n:07d}") for n in range(95)]
    # 98765432 x 95 = 9382716040, ten digits: no roll-over yet; with 102 entries: 10074074064 -> 0074074064.
    text, totals = nacha.write([nacha.Batch("N", "1234567890", "INVOICE", date(2026, 4, 1), "02100002",
                                            entries=entries)], destination="021000021", destination_name="B",
                               origin="1234567890", origin_name="N", created=datetime(2026, 3, 20, 0, 0))
    assert (totals.entry_hash, totals.blocks, totals.debit_cents) == (9382716040, 10, 95)
    assert len(text.split("\r\n")) - 1 == 100
    entries += entries[:7]
    _, totals = nacha.write([nacha.Batch("N", "1234567890", "INVOICE", date(2026, 4, 1), "02100002",
                                         entries=entries)], destination="021000021", destination_name="B",
                            origin="1234567890", origin_name="N", created=datetime(2026, 3, 20, 0, 0))
    assert (totals.entry_hash, totals.blocks) == (74074064, 11)


# ---------------------------------------------------------------- pain.001 payouts

from app.payments import payouts  # noqa: E402
from app.payments.sepa import transfers  # noqa: E402
from tests.test_sepa_debit import CREDITOR, texts  # noqa: E402


def test_a_payout_batch_writes_a_valid_pain001(db):
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, date(2026, 2, 1), issue=True)
    # 2 sites at acme's retail 12.00 less the wholesale 8.00 = 8.00 owed to acme, and the VAT collected in
    # acme's name, 19 % of 24.00 = 4.56: 12.56.
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
    assert refused(db, lambda s: transfers.pay_out(s, date(2026, 2, 12))) == [
        "acme has no bank account Prorata knows to pay into: configure its SEPA account with `prorata processors "
        "configure acme sepa --set name=... --set iban=... --set creditor_id=...`; nothing was paid out"]
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "acme", "sepa", {"name": "Acme Cloud GmbH", "iban": "DE02120300000000202051",
                                                         "bic": "BYLADEM1001", "creditor_id": "DE98ZZZ09999999999"})
        done = transfers.pay_out(s, date(2026, 2, 12))
        assert payouts.owed(s, "acme")[0]["owed"] == "0.00"
    from sepaxml.validation import try_valid_xml
    try_valid_xml(done.xml, "pain.001.001.03")
    assert texts(done.xml, "NbOfTxs") == ["1", "1"] and texts(done.xml, "CtrlSum") == ["12.56", "12.56"]
    assert texts(done.xml, "InstdAmt") == ["12.56"] and texts(done.xml, "ReqdExctnDt") == ["2026-02-12"]
    assert texts(done.xml, "IBAN") == ["DE89370400440532013000", "DE02120300000000202051"]
    assert (done.as_json()["count"], done.as_json()["total"]) == (1, "12.56")
    assert refused(db, lambda s: transfers.pay_out(s, date(2026, 2, 13))) == [
        "the hoster owes no reseller anything in EUR"]


def test_cli_nacha_and_ach_account(db, tmp_path, capsys):
    from app.cli.main import main

    w = build(db)
    with unit_of_work(db) as s:
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency="USD",
                    amount=Decimal("20.00")))
        processor_accounts.configure(s, "hoster", "ach", ODFI)
    add_company(db, w, "u1", currency="USD", signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    url = db.url.render_as_string(hide_password=False)
    assert main(["debit", "ach-account", "u1", "021000022", "123", "--signed", "2026-01-01", "--db", url]) == 2
    assert "is not a US routing number" in capsys.readouterr().err
    assert main(["debit", "ach-account", "u1", "011000015", "123", "--signed", "2026-01-01", "--db", url]) == 0
    out = tmp_path / "run.ach"
    assert main(["debit", "nacha", "--effective-date", "2099-01-02", "--out", str(out), "--json", "--db", url]) == 0
    import json
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    # INV 1 and 2, 24.00 USD each: 4800 cents; hash 01100001 x 2 = 2200002.
    assert (data["count"], data["total"], data["control"]["entry_hash"]) == (2, "48.00", 2200002)
    text = out.read_bytes().decode("ascii")
    assert len(text.split("\r\n")) - 1 == 10 and text.split("\r\n")[5][31:43] == "000000004800"


def test_cli_payouts_transfer(db, tmp_path, capsys):
    from app.cli.main import main

    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, date(2026, 2, 1), issue=True)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
        processor_accounts.configure(s, "acme", "sepa", {"name": "Acme Cloud GmbH", "iban": "DE02120300000000202051",
                                                         "creditor_id": "DE98ZZZ09999999999"})
    out = tmp_path / "payouts.xml"
    url = db.url.render_as_string(hide_password=False)
    assert main(["payouts", "transfer", "--date", "2026-02-12", "--out", str(out), "--db", url]) == 0
    # 8.00 of margins + 4.56 of VAT (19 % of 24.00), as above.
    assert capsys.readouterr().out.splitlines()[0] == f"{out}: 1 transfers, 12.56 EUR on 2026-02-12"
    assert texts(out.read_bytes(), "InstdAmt") == ["12.56"]
    assert main(["payouts", "transfer", "--date", "2026-02-13", "--out", str(tmp_path / "again.xml"),
                 "--db", url]) == 2
    assert not (tmp_path / "again.xml").exists()
