"""Rejects read from a pain.002 payment status report (``CstmrPmtStsRpt``), the bank's answer to a pain.008.

A reject is a debit the bank refused before settlement; Prorata booked it as paid on the collection date, so
it is reversed exactly like a return (app/payments/sepa/returns.py: ``import_returns`` takes what this
returns). Two levels reject: a transaction (``TxInfAndSts`` with ``TxSts`` RJCT and its
``OrgnlEndToEndId``), or the whole message (``OrgnlGrpInfAndSts/GrpSts`` RJCT: every debit of the batch
``OrgnlMsgId``). Accepted statuses (ACCP, ACSC, ACTC, ACWC, PDNG, PART) change nothing. A payment-information
level reject that names no transactions is refused: Prorata keeps debits by message and end-to-end id, so it
cannot tell which debits such a block held. The day of a reject is the report's creation day. Its reason is
the status reason's ISO code (``StsRsnInf/Rsn/Cd``), else a reason of the bank's own (``Rsn/Prtry``: stored
as ``PRTY`` with the bank's code and ``AddtlInf`` words, as app/payments/sepa/returns.py does), else ``MS03``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.processors import DirectDebit
from app.payments.sepa.returns import UNSPECIFIED, Returned, _bad, _find, _local, bank_reason, reason_blocks
from app.values.dates import calendar_date

REJECTED = "RJCT"


def _text(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def parse_pain002(data: bytes, file: str = "pain.002", session: Session | None = None) -> list[Returned]:
    """The rejected debits of a pain.002 report. A whole-message reject needs ``session`` to list the batch's
    debits."""
    if b"<!DOCTYPE" in data[:2048].upper() or b"<!ENTITY" in data.upper():
        raise _bad(file, "a bank file has no document type declarations or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise _bad(file, f"not well-formed XML ({e})") from None
    report = root if _local(root.tag) == "CstmrPmtStsRpt" else _find(root, "CstmrPmtStsRpt")
    if report is None:
        raise _bad(file, "not a pain.002 status report (no CstmrPmtStsRpt)")
    created = _text(_find(report, "GrpHdr/CreDtTm"))
    if not created:
        raise _bad(file, "the report has no creation date (GrpHdr/CreDtTm)")
    day = calendar_date(created[:10], "GrpHdr/CreDtTm")
    group = _find(report, "OrgnlGrpInfAndSts")
    if group is None:
        raise _bad(file, "the report names no original message (OrgnlGrpInfAndSts)")
    out: list[Returned] = []
    if _text(_find(group, "GrpSts")) == REJECTED:
        batch = _text(_find(group, "OrgnlMsgId"))
        own_blocks = [el for el in group if _local(el.tag) == "StsRsnInf"]
        reason, own, words = bank_reason(own_blocks, file, "the group status") or (UNSPECIFIED, None, "")
        if session is None:
            raise _bad(file, "a whole-message reject needs the database to find its debits")
        e2es = list(session.scalars(select(DirectDebit.end_to_end_id).where(DirectDebit.batch == batch)
                                    .order_by(DirectDebit.id)))
        if not e2es:
            raise _bad(file, f"the rejected message {batch!r} is no batch Prorata submitted")
        return [Returned(e2e, day, reason, None, f"message {batch}", own, words) for e2e in e2es]
    blocks = [el for el in report if _local(el.tag) == "OrgnlPmtInfAndSts"]
    for n, block in enumerate(blocks, start=1):
        txs = [el for el in block if _local(el.tag) == "TxInfAndSts"]
        block_status = next((_text(el) for el in block if _local(el.tag) == "PmtInfSts"), "")
        if block_status == REJECTED and not txs:
            raise _bad(file, f"payment information {n} ({_text(_find(block, 'OrgnlPmtInfId'))}) is rejected "
                             "without naming its transactions: ask the bank for a report per transaction")
        for k, tx in enumerate(txs, start=1):
            where = f"payment information {n}, transaction {k}"
            status = _text(next((el for el in tx if _local(el.tag) == "TxSts"), None)) or block_status
            if status != REJECTED:
                continue
            e2e = _text(next((el for el in tx if _local(el.tag) == "OrgnlEndToEndId"), None))
            if not e2e:
                raise _bad(file, f"{where}: no OrgnlEndToEndId")
            reason, own, words = bank_reason(reason_blocks(tx, "StsRsnInf"), file, where) or (UNSPECIFIED, None, "")
            amount = _find(tx, "OrgnlTxRef/Amt/InstdAmt")
            value = None
            if amount is not None:
                try:
                    value = Decimal(_text(amount))
                except InvalidOperation:
                    raise _bad(file, f"{where}: {_text(amount)!r} is not an amount") from None
            out.append(Returned(e2e, day, reason, value, where, own, words))
    return out
