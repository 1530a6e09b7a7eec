"""Returns a bank tells in other shapes than ``RtrInf/Rsn/Cd``: a reason of the bank's own (``Rsn/Prtry``), a
return without a reason, a reversal or a return's bank transaction code without ``RtrInf``, a camt.053
statement, and pain.002 rejects with a proprietary reason. Each is a return (the bank took the money back):
the debit's payment is reversed and its invoice open again. SQLite and PostgreSQL; figures by hand.

The world is tests/test_sepa_debit.py's: d1 has INV1 and INV2 (20.00 + 20 % VAT = 24.00 EUR each) under
mandate M-D1-001; a run on 2026-04-01 debits both, as PR-1-1 and PR-2-1 (48.00).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models.processors import DirectDebit, Mandate
from app.payments import bank_returns, statement
from app.payments.sepa import returns
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.test_sepa_debit import INV1, INV2, refused, run, statuses, world  # noqa: F401

GERMAN = translator("de_DE")
BOOKED = "<BookgDt><Dt>2026-04-07</Dt></BookgDt><ValDt><Dt>2026-04-07</Dt></ValDt>"


def tx(e2e: str, rtr: str = "", amount: str = "24.00", bk: str = "") -> str:
    return (f'<TxDtls><Refs><EndToEndId>{e2e}</EndToEndId></Refs>'
            f'<AmtDtls><InstdAmt><Amt Ccy="EUR">{amount}</Amt></InstdAmt></AmtDtls>{bk}{rtr}</TxDtls>')


def entry(*txs: str, side: str = "DBIT", reversal: str = "", bk: str = "<BkTxCd/>", amount: str = "24.00") -> str:
    rvsl = f"<RvslInd>{reversal}</RvslInd>" if reversal else ""
    return (f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{side}</CdtDbtInd>{rvsl}<Sts>BOOK</Sts>{BOOKED}{bk}'
            f'<NtryDtls>{"".join(txs)}</NtryDtls></Ntry>')


def camt054(*entries: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-04-10T08:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>1</Id><CreDtTm>2026-04-10T08:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
{"".join(entries)}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""".encode()


def camt053(*entries: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>S1</MsgId><CreDtTm>2026-04-10T08:00:00</CreDtTm></GrpHdr>
<Stmt><Id>1</Id><CreDtTm>2026-04-10T08:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
{"".join(entries)}</Stmt></BkToCstmrStmt></Document>""".encode()


def bktxcd(family: str, sub: str, domain: str = "PMNT") -> str:
    return f"<BkTxCd><Domn><Cd>{domain}</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn></BkTxCd>"


OWN = "<RtrInf><Rsn><Prtry>X12</Prtry></Rsn><AddtlInf>Widerspruch durch Zahler</AddtlInf></RtrInf>"
OWN_WORDS = 'bank-proprietary reason "X12": Widerspruch durch Zahler'
STORED = f"direct debit PR-1-1 returned: PRTY ({OWN_WORDS})"


def parsed(data: bytes, session=None) -> list[tuple]:
    return [(r.end_to_end_id, r.day, r.reason, r.bank_code, r.bank_text, r.amount)
            for r in returns.parse(data, "bank.xml", session=session)]


def import_(db, data: bytes) -> list[dict]:
    with unit_of_work(db) as s:
        return returns.import_returns(s, returns.parse(data, "bank.xml", session=s), "bank.xml")


def balance(db) -> tuple[str, dict]:
    with unit_of_work(db) as s:
        acc = statement.show(s, "d1", as_of=date(2026, 4, 30))["accounts"][0]
    return acc["balance"], acc["entries"][-1]


def debit_rows(db) -> list[tuple]:
    with unit_of_work(db) as s:
        return s.execute(select(DirectDebit.end_to_end_id, DirectDebit.status, DirectDebit.return_code,
                                DirectDebit.returned_on).order_by(DirectDebit.id)).all()


def test_a_proprietary_reason_is_a_return(db, world):
    run(db)
    data = camt054(entry(tx("PR-1-1", OWN), reversal="true"))
    assert parsed(data) == [("PR-1-1", date(2026, 4, 7), "PRTY", "X12", "Widerspruch durch Zahler", Decimal("24.00"))]
    (row,) = import_(db, data)
    assert (row["result"], row["invoice"], row["reason"], row["bank_reason"], row["words"], row["invoice_status"]) \
        == ("returned", INV1, "PRTY", "X12", OWN_WORDS, "issued")
    assert statuses(db) == {INV1: "issued", INV2: "paid", "INV-2026-00003": "issued", "INV-2026-00004": "issued"}
    assert debit_rows(db) == [("PR-1-1", "returned", "PRTY", date(2026, 4, 7)),
                              ("PR-2-1", "submitted", None, None)]
    # 48.00 invoiced - 48.00 debited + 24.00 returned = 24.00 owed again, the reversal booked on Apr 7.
    owed, last = balance(db)
    assert (owed, last["kind"], last["date"], last["reference"]) == ("24.00", "reversal", "2026-04-07", STORED)
    # Said in the reader's words, with the bank's own code and words as the bank wrote them.
    assert bank_returns.reversal_words(STORED, GERMAN) == (
        'Lastschrift PR-1-1 von der Bank zurückgegeben: PRTY (bankeigener Grund "X12": Widerspruch durch Zahler)')
    assert bank_returns.reason_words("PRTY", translate=GERMAN) == "bankeigener Grund (kein ISO-20022-Code)"
    with unit_of_work(db) as s:  # a reason Prorata cannot read never revokes the mandate
        assert s.scalars(select(Mandate.status)).one() == "active"
    assert import_(db, data)[0]["result"] == "already returned"  # the same file again: nothing more
    assert balance(db)[0] == "24.00"


def test_reason_shapes_iso_code_first_then_proprietary_then_none(db, world):
    run(db)
    # Two reason blocks: the ISO code wins over the bank's own; no text: the code alone; no reason at all: MS03.
    both = "<RtrInf><Rsn><Prtry>X12</Prtry></Rsn></RtrInf><RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>"
    data = camt054(entry(tx("PR-1-1", both)), entry(tx("PR-2-1", "<RtrInf><Rsn><Prtry>900</Prtry></Rsn></RtrInf>")))
    assert [(r[0], r[2], r[3]) for r in parsed(data)] == [("PR-1-1", "AM04", None), ("PR-2-1", "PRTY", "900")]
    assert [r.words() for r in returns.parse(data, "bank.xml")] == [
        "insufficient funds", 'bank-proprietary reason "900"']
    bare = camt054(entry(tx("PR-1-1", "<RtrInf><AddtlInf>returned</AddtlInf></RtrInf>")))
    assert [(r[0], r[2], r[4]) for r in parsed(bare)] == [("PR-1-1", "MS03", "returned")]
    # An ISO code that is none is still refused, as before.
    bad = camt054(entry(tx("PR-1-1", "<RtrInf><Rsn><Cd>A</Cd></Rsn></RtrInf>")))
    assert refused(db, lambda s: returns.parse(bad, "bank.xml")) == [
        "bank.xml: entry 1, transaction 1: 'A' is not a reason code (four letters or digits, such as AM04); "
        "nothing was imported"]
    rows = import_(db, data)
    assert [(r["end_to_end_id"], r["reason"]) for r in rows] == [("PR-1-1", "AM04"), ("PR-2-1", "PRTY")]
    # 48.00 invoiced - 48.00 debited + 24.00 + 24.00 returned = 48.00.
    assert balance(db)[0] == "48.00" and statuses(db)[INV1] == statuses(db)[INV2] == "issued"


def test_a_return_told_by_its_booking_only(db, world):
    run(db)
    # Entry 1: a reversal of the collection's credit (DBIT, RvslInd true), no RtrInf: PR-1-1 returned, MS03.
    # Entry 2: a credit of the run (PMNT/IDDT/ESDD, CRDT): not a return.
    # Entry 3: a reversal of another debit (an outgoing transfer's return, RRTN) Prorata did not make: passed over.
    data = camt054(entry(tx("PR-1-1"), reversal="true"),
                   entry(tx("PR-2-1"), side="CRDT", bk=bktxcd("IDDT", "ESDD")),
                   entry(tx("OTHER-7", amount="99.00"), bk=bktxcd("ICDT", "RRTN"), amount="99.00"))
    assert [(r[0], r[2]) for r in parsed(data)] == [("PR-1-1", "MS03"), ("OTHER-7", "MS03")]
    rows = import_(db, data)
    assert [(r["end_to_end_id"], r["result"], r["reason"]) for r in rows] == [("PR-1-1", "returned", "MS03")]
    assert balance(db)[0] == "24.00"  # 48.00 - 48.00 + 24.00
    assert balance(db)[1]["reference"] == "direct debit PR-1-1 returned: MS03 (reason not given)"


@pytest.mark.parametrize("where", ["transaction", "entry"])
def test_an_unpaid_direct_debit_transaction_code_is_a_return(db, world, where):
    run(db)
    code = bktxcd("IDDT", "UPDD")
    data = camt054(entry(tx("PR-2-1", bk=code if where == "transaction" else ""),
                         bk=code if where == "entry" else "<BkTxCd/>"))
    (row,) = import_(db, data)
    assert (row["invoice"], row["reason"], row["invoice_status"]) == (INV2, "MS03", "issued")
    assert balance(db)[0] == "24.00" and statuses(db)[INV1] == "paid"  # 48.00 - 48.00 + 24.00
    # The transaction's own code says what it is, before its entry's: a collection inside an UPDD entry is none.
    assert parsed(camt054(entry(tx("PR-1-1", bk=bktxcd("IDDT", "ESDD")), bk=bktxcd("IDDT", "UPDD")))) == []


def test_explicit_returns_keep_refusing_what_they_refused(db, world):
    run(db)
    # A return with RtrInf of an end-to-end id Prorata never used refuses the camt.054, as before; so does one
    # told by its booking whose amount is not the debit's (20.00 of the 24.00 debited).
    assert refused(db, lambda s: returns.import_returns(
        s, returns.parse(camt054(entry(tx("PR-9-1", OWN))), "bank.xml"), "bank.xml")) == [
        "bank.xml, entry 1, transaction 1: no direct debit has the end-to-end id 'PR-9-1'; nothing was imported"]
    assert refused(db, lambda s: returns.import_returns(
        s, returns.parse(camt054(entry(tx("PR-1-1", amount="20.00"), reversal="true")), "bank.xml"), "bank.xml")) \
        == ["bank.xml, entry 1, transaction 1: the bank returned 20.00 EUR of PR-1-1, which debited 24.00; "
            "nothing was imported"]
    # A camt.054 transaction without an end-to-end id is refused, return or not, as before.
    no_e2e = camt054(entry('<TxDtls><Refs><AcctSvcrRef>B1</AcctSvcrRef></Refs></TxDtls>', side="CRDT"))
    assert refused(db, lambda s: returns.parse(no_e2e, "bank.xml")) == [
        "bank.xml: entry 1, transaction 1: no EndToEndId; nothing was imported"]
    assert debit_rows(db) == [("PR-1-1", "submitted", None, None), ("PR-2-1", "submitted", None, None)]


def test_a_camt053_statement(db, world):
    run(db)
    data = camt053(
        entry('<TxDtls><Refs><AcctSvcrRef>FEE-1</AcctSvcrRef></Refs></TxDtls>', amount="3.50"),  # a fee: no e2e
        entry(tx("PR-2-1", amount="48.00"), side="CRDT", bk=bktxcd("IDDT", "ESDD"), amount="48.00"),
        entry(tx("PAYOUT-3", "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>", amount="80.00"), side="CRDT",
              bk=bktxcd("ICDT", "RRTN"), amount="80.00"),  # a payout's return: no debit of Prorata's
        entry(tx("PR-1-1", OWN), reversal="true"))
    assert [(r[0], r[2]) for r in parsed(data)] == [("PAYOUT-3", "AC04"), ("PR-1-1", "PRTY")]
    with unit_of_work(db) as s:  # told a statement by its content, as the CLI and the window read a file
        (row,) = bank_returns.import_file(s, data, "stmt.xml")
    assert (row["end_to_end_id"], row["reason"], row["bank_reason"]) == ("PR-1-1", "PRTY", "X12")
    owed, last = balance(db)
    assert (owed, last["reference"]) == ("24.00", STORED)  # 48.00 - 48.00 + 24.00


def pain002(body: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
<GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2026-04-03T09:00:00</CreDtTm></GrpHdr>
{body}
</CstmrPmtStsRpt></Document>""".encode()


def test_pain002_rejects_with_a_proprietary_reason(db, world):
    done = run(db)
    report = pain002(f"""<OrgnlGrpInfAndSts><OrgnlMsgId>{done.batch}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02
</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>P1</OrgnlPmtInfId>
<TxInfAndSts><OrgnlEndToEndId>PR-1-1</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Prtry>DTA-55</Prtry></Rsn><AddtlInf>Konto gesperrt</AddtlInf></StsRsnInf>
<OrgnlTxRef><Amt><InstdAmt Ccy="EUR">24.00</InstdAmt></Amt></OrgnlTxRef></TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>PR-2-1</OrgnlEndToEndId><TxSts>ACCP</TxSts></TxInfAndSts>
</OrgnlPmtInfAndSts>""")
    with unit_of_work(db) as s:
        assert parsed(report, s) == [("PR-1-1", date(2026, 4, 3), "PRTY", "DTA-55", "Konto gesperrt",
                                      Decimal("24.00"))]
    (row,) = import_(db, report)
    assert (row["invoice"], row["reason"], row["words"]) == (
        INV1, "PRTY", 'bank-proprietary reason "DTA-55": Konto gesperrt')
    with unit_of_work(db) as s:  # reversed on the later of the report's day and the collection day: Apr 3
        acc = statement.show(s, "d1", as_of=date(2026, 4, 3))["accounts"][0]
    assert (acc["balance"], acc["entries"][-1]["reference"]) == (
        "24.00", 'direct debit PR-1-1 returned: PRTY (bank-proprietary reason "DTA-55": Konto gesperrt)')


def test_pain002_whole_message_reject_with_a_proprietary_reason(db, world):
    done = run(db)
    report = pain002(f"""<OrgnlGrpInfAndSts><OrgnlMsgId>{done.batch}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02
</OrgnlMsgNmId><GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Prtry>FILE-9</Prtry></Rsn></StsRsnInf></OrgnlGrpInfAndSts>""")
    rows = import_(db, report)
    assert [(r["end_to_end_id"], r["reason"], r["bank_reason"]) for r in rows] == [
        ("PR-1-1", "PRTY", "FILE-9"), ("PR-2-1", "PRTY", "FILE-9")]
    assert balance(db)[0] == "48.00"  # 48.00 invoiced - 48.00 debited + 48.00 rejected
