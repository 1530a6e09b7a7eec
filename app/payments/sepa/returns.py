"""Returned direct debits (R-transactions: returns, rejects, refunds) read from the bank's file and booked as
reversals: the debit's payment is reversed, so the invoice it paid is open again, and the debit is marked
returned with the bank's reason code.

Three formats: a pain.002 status report's rejects (app/payments/sepa/status_report.py), a camt.054 debit/credit
notification (each ``TxDtls`` with its ``EndToEndId``, the return reason ``RtrInf/Rsn/Cd`` and the booking date
of its entry: ``Ntry/BookgDt``, the day the bank booked the return, its value date ``ValDt`` only when the entry
has no booking date; either as ``Dt`` or ``DtTm``), or a simple CSV with the header
``end_to_end_id,date,reason[,amount]``. A file is taken whole or not at all: a malformed file, an unknown
end-to-end id or an amount that is not the debit's is refused naming where, and nothing is written. A debit
already returned is skipped (importing the same file twice changes nothing); one whose payment a clerk reversed
already (``payments reverse``) is marked returned with the bank's reason, its payment not reversed twice.

A camt.053 statement (``BkToCstmrStmt``) is read like a camt.054: its entries are the same. A transaction is a
return when it says so, whatever the form of its reason:

- ``RtrInf/Rsn/Cd``: an ISO 20022 reason code, stored as it is;
- ``RtrInf/Rsn/Prtry`` only: a reason of the bank's own (up to 35 characters, not an ISO code). The money went
  back all the same: it is a return, stored with the code ``PRTY`` ("bank-proprietary reason", the column holds
  four characters) and the bank's own code and its ``RtrInf/AddtlInf`` text in the reversal's reason;
- ``RtrInf`` without a reason: a return whose reason the bank did not give (``MS03``).

A transaction without ``RtrInf`` is a return too when its booking says the bank took the money back: the entry
is a reversal of a credit (``RvslInd`` true on a ``DBIT`` entry), or its bank transaction code (the
transaction's, else its entry's ``BkTxCd/Domn``) is a return's: domain ``PMNT`` with sub-family ``UPDD``
(unpaid direct debit), ``PRDD`` (payment reversal), ``RCDD`` (cancellation) or ``RRTN`` (payment return). Its
reason is ``MS03``. Such a transaction of a debit Prorata did not make (an outgoing transfer's return, say) is
none of Prorata's business and is passed over; one it made is returned like any other. So is any return of a
camt.053 statement, which books every movement of the account; a statement's transaction without an
end-to-end id is passed over too (a direct debit always has one), where a camt.054 is refused.

The mandate follows the reason: a returned first debit makes the mandate's next debit a first one again;
``MD01`` (no mandate), ``AC04`` (account closed) and ``MD07`` (debtor deceased) revoke it.
"""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import Invoice
from app.models.payments import EntryKind, LedgerEntry
from app.models.processors import DebitStatus, DirectDebit, Mandate, MandateStatus
from app.money import to_text
from app.payments import reversals
from app.payments.payments import reversed_on
from app.payments.return_reasons import SEPA as REASONS  # the codes in words, kept apart
from app.payments.sepa import mandates
from app.services import audit
from app.values.dates import calendar_date

REVOKING = frozenset({"MD01", "AC04", "MD07"})
PROPRIETARY = "PRTY"  # the stored code of a reason of the bank's own (RtrInf/Rsn/Prtry), not an ISO code
UNSPECIFIED = "MS03"  # a return whose reason the bank did not give
RETURN_SUBFAMILIES = frozenset({"UPDD", "PRDD", "RCDD", "RRTN"})  # BkTxCd PMNT/<family>/<these>: money taken back
# The reasons in words are messages of the core's catalog (translations/core), said in the reader's language
# by app/payments/bank_returns.py ``reason_words``; what is stored keeps the code.
for _code, _text in REASONS.items():
    MESSAGES.setdefault(f"sepa_return_{_code}", _text)
MESSAGES.setdefault("bank_return_unlisted", "reason not listed")
MESSAGES.setdefault("bank_return_proprietary", "bank-proprietary reason {code}")
MESSAGES.setdefault("bank_return_proprietary_text", "bank-proprietary reason {code}: {text}")

MESSAGES.setdefault("bad_bank_file", "{file}: {what}; nothing was imported")
MESSAGES.setdefault("return_unknown_debit", "{file}, {place}: no direct debit has the end-to-end id {e2e!r}; "
                                            "nothing was imported")
MESSAGES.setdefault("return_amount_differs", "{file}, {place}: the bank returned {amount} EUR of {e2e}, which "
                                             "debited {debited}; nothing was imported")


@dataclass(frozen=True)
class Returned:
    end_to_end_id: str
    day: date
    reason: str
    amount: Decimal | None
    where: str  # "line 3", "entry 2"
    bank_code: str | None = None  # reason PROPRIETARY: the bank's own code (RtrInf/Rsn/Prtry)
    bank_text: str = ""  # the bank's words (RtrInf/AddtlInf, StsRsnInf/AddtlInf)
    # Passed over when no debit has its end-to-end id (not refused): a return told by its booking only, or any
    # return of a statement (camt.053 books everything: an outgoing transfer's return too).
    foreign_ok: bool = False

    def words(self) -> str:
        """The reason in (English) words, as the reversal's reason keeps it."""
        if self.reason == PROPRIETARY and self.bank_code:
            code = '"' + self.bank_code.replace('"', "'") + '"'
            if self.bank_text:  # cut so that the whole reason fits a ledger entry's reference (200 characters)
                text = self.bank_text if len(self.bank_text) <= 60 else self.bank_text[:59] + "…"
                return MESSAGES["bank_return_proprietary_text"].format(code=code, text=text)
            return MESSAGES["bank_return_proprietary"].format(code=code)
        return REASONS.get(self.reason, MESSAGES["bank_return_unlisted"])


def _bad(file: str, what: str) -> ProrataError:
    return ProrataError.of("bad_bank_file", file=file, what=what)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(el: ET.Element, path: str) -> ET.Element | None:
    """The first descendant along ``path`` (local names joined by /), whatever the namespace."""
    parts = path.split("/")
    for cand in el.iter():
        if _local(cand.tag) != parts[0]:
            continue
        node = cand
        for p in parts[1:]:
            node = next((ch for ch in node if _local(ch.tag) == p), None)
            if node is None:
                break
        if node is not None:
            return node
    return None


def _first(el: ET.Element, *paths: str) -> ET.Element | None:
    """The first of ``paths`` found under ``el`` (``_find``), in the order given. An element is tested with
    ``is None``, never for truth: an element without children (``<Dt>``, ``<Amt>``) is false."""
    for path in paths:
        found = _find(el, path)
        if found is not None:
            return found
    return None


def _child(el: ET.Element, path: str) -> ET.Element | None:
    """The element along ``path`` (local names joined by /) of ``el``'s own children, not of its descendants'."""
    node: ET.Element | None = el
    for p in path.split("/"):
        node = next((ch for ch in node if _local(ch.tag) == p), None)
        if node is None:
            return None
    return node


def _entry_date(entry: ET.Element) -> ET.Element | None:
    """The entry's booking date, else its value date (camt.054 ``Ntry``: ``BookgDt``/``ValDt``, each a
    ``Dt`` or a ``DtTm``)."""
    for path in ("BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm"):
        found = _child(entry, path)
        if found is not None and (found.text or "").strip():
            return found
    return None


def _reason(code: str, file: str, where: str) -> str:
    code = code.strip().upper()
    if not (len(code) == 4 and code.isascii() and code.isalnum()):
        raise _bad(file, f"{where}: {code!r} is not a reason code (four letters or digits, such as AM04)")
    return code


def _text(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _plain(text: str) -> str:
    """``text`` on one line, without control characters (a bank's words go into a reversal's reason)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _bank_text(el: ET.Element) -> str:
    """The bank's words of a reason (its ``AddtlInf`` lines, each up to 105 characters), joined."""
    return _plain(" ".join(_text(ch) for ch in el if _local(ch.tag) == "AddtlInf"))[:400]


def reason_blocks(el: ET.Element, tag: str) -> list[ET.Element]:
    """The reason blocks named ``tag`` (``RtrInf``, ``StsRsnInf``) within ``el``, in document order."""
    return [ch for ch in el.iter() if _local(ch.tag) == tag]


def bank_reason(blocks: list[ET.Element], file: str, where: str) -> tuple[str, str | None, str] | None:
    """(code, the bank's own code, the bank's words) of a transaction's reason blocks (camt ``RtrInf``, pain.002
    ``StsRsnInf``; repeatable): the first ISO code (``Rsn/Cd``), else the first reason of the bank's own
    (``Rsn/Prtry``: ``PROPRIETARY``), else none given (``UNSPECIFIED``); None when there is no block."""
    if not blocks:
        return None
    words = " ".join(t for t in (_bank_text(b) for b in blocks) if t)[:400]
    for block in blocks:
        code = _child(block, "Rsn/Cd")
        if code is not None:
            return _reason(code.text or "", file, where), None, words
    for block in blocks:
        own = _plain(_text(_child(block, "Rsn/Prtry")))
        if own:
            return PROPRIETARY, own[:35], words
    return UNSPECIFIED, None, words


def _flag(el: ET.Element | None, path: str) -> str:
    found = _child(el, path) if el is not None else None
    return _text(found).upper()


def _returned_by_booking(entry: ET.Element, tx: ET.Element) -> bool:
    """Whether the bank's booking of ``tx`` says it took the money back (see the module's docstring)."""
    if _flag(entry, "RvslInd") in ("TRUE", "1") and _flag(entry, "CdtDbtInd") == "DBIT":
        return True
    for el in (tx, entry):
        domain = _child(el, "BkTxCd/Domn")
        if domain is not None:
            return (_flag(domain, "Cd") == "PMNT"
                    and _flag(domain, "Fmly/SubFmlyCd") in RETURN_SUBFAMILIES)
    return False


def parse_camt054(data: bytes, file: str = "camt.054") -> list[Returned]:
    """The returns of a camt.054 notification or a camt.053 statement (see the module's docstring)."""
    if b"<!DOCTYPE" in data[:2048].upper() or b"<!ENTITY" in data.upper():
        raise _bad(file, "a bank file has no document type declarations or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise _bad(file, f"not well-formed XML ({e})") from None
    statement = _local(root.tag) == "BkToCstmrStmt" or _find(root, "BkToCstmrStmt") is not None
    if not statement and _find(root, "BkToCstmrDbtCdtNtfctn") is None \
            and _local(root.tag) != "BkToCstmrDbtCdtNtfctn":
        raise _bad(file, "not a camt.054 notification (no BkToCstmrDbtCdtNtfctn) nor a camt.053 statement "
                         "(no BkToCstmrStmt)")
    out = []
    entries = [el for el in root.iter() if _local(el.tag) == "Ntry"]
    for n, entry in enumerate(entries, start=1):
        booked = _entry_date(entry)
        for k, tx in enumerate((el for el in entry.iter() if _local(el.tag) == "TxDtls"), start=1):
            where = f"entry {n}, transaction {k}"
            e2e = _find(tx, "Refs/EndToEndId")
            info = reason_blocks(tx, "RtrInf")
            inferred = not info and _returned_by_booking(entry, tx)
            if e2e is None or not (e2e.text or "").strip():
                if statement:
                    continue  # a statement books everything; a debit Prorata made always has its end-to-end id
                raise _bad(file, f"{where}: no EndToEndId")
            if not info and not inferred:
                continue  # not a return (a booked credit, say)
            if booked is None:
                raise _bad(file, f"{where}: its entry has no booking date")
            amount_el = _first(tx, "AmtDtls/InstdAmt/Amt", "AmtDtls/TxAmt/Amt")
            if amount_el is None:
                amount_el = _child(tx, "Amt")  # the transaction's own amount (camt.054.001.04 on), not a charge's
            amount = None
            if amount_el is not None:
                try:
                    amount = Decimal((amount_el.text or "").strip())
                except InvalidOperation:
                    raise _bad(file, f"{where}: {amount_el.text!r} is not an amount") from None
            code, own, words = bank_reason(info, file, where) or (UNSPECIFIED, None, "")
            out.append(Returned(e2e.text.strip(), calendar_date((booked.text or "").strip()[:10], where), code,
                                amount, where, own, words, inferred or statement))
    return out


def parse_csv(data: bytes, file: str = "returns.csv") -> list[Returned]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(file, "not UTF-8 text") from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0][:3]] != ["end_to_end_id", "date", "reason"]:
        raise _bad(file, "the first line must be the header end_to_end_id,date,reason[,amount]")
    has_amount = len(rows[0]) > 3 and rows[0][3].strip().lower() == "amount"
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        where = f"line {n}"
        if len(row) < 3:
            raise _bad(file, f"{where}: {len(row)} columns, not 3 or 4")
        amount = None
        if has_amount and len(row) > 3 and row[3].strip():
            try:
                amount = Decimal(row[3].strip())
            except InvalidOperation:
                raise _bad(file, f"{where}: {row[3]!r} is not an amount") from None
        out.append(Returned(row[0].strip(), calendar_date(row[1], where), _reason(row[2], file, where), amount, where))
    return out


def parse(data: bytes, file: str, fmt: str | None = None, session: Session | None = None) -> list[Returned]:
    """The returns in a bank file: ``fmt`` "camt054", "pain002" (rejects: app/payments/sepa/status_report.py;
    a whole-message reject needs ``session``) or "csv", else told by its content."""
    if fmt is None:
        xml = data.lstrip()[:1] == b"<"
        fmt = ("pain002" if b"CstmrPmtStsRpt" in data[:4096] else "camt054") if xml else "csv"
    if fmt == "pain002":
        from app.payments.sepa.status_report import parse_pain002

        return parse_pain002(data, file, session)
    return parse_camt054(data, file) if fmt == "camt054" else parse_csv(data, file)


def import_returns(session: Session, returned: list[Returned], file: str, *, actor: str | None = None) -> list[dict]:
    """Reverse the payment of each returned debit (see the module's docstring); one result per return."""
    actor = actor or audit.current_actor(session)
    by_e2e = {d.end_to_end_id: d for d in session.scalars(
        select(DirectDebit).where(DirectDebit.end_to_end_id.in_({r.end_to_end_id for r in returned})))}
    paid_out = _payouts(session, [r.end_to_end_id for r in returned if r.end_to_end_id not in by_e2e])
    returned = [r for r in returned if r.end_to_end_id in by_e2e or r.end_to_end_id in paid_out
                or not r.foreign_ok]  # see Returned.foreign_ok
    for r in returned:  # the whole file is checked before anything is written
        d = by_e2e.get(r.end_to_end_id) or paid_out.get(r.end_to_end_id)
        if d is None:
            raise ProrataError.of("return_unknown_debit", file=file, place=r.where, e2e=r.end_to_end_id)
        if r.amount is not None and r.amount != d.amount:
            raise ProrataError.of("return_amount_differs", file=file, place=r.where, e2e=r.end_to_end_id,
                                  amount=to_text(r.amount, "EUR"), debited=to_text(d.amount, "EUR"))
    out = []
    t = DirectDebit.__table__
    for r in returned:
        if r.end_to_end_id in paid_out:
            out.append(_return_payout(session, paid_out[r.end_to_end_id], r, actor))
            continue
        d = by_e2e[r.end_to_end_id]
        number = session.scalar(select(Invoice.number).where(Invoice.id == d.invoice_id))
        words = r.words()
        done = session.execute(update(t).where(t.c.id == d.id, t.c.status == DebitStatus.SUBMITTED.value)
                               .values(status=DebitStatus.RETURNED.value, return_code=r.reason,
                                       returned_on=r.day, version=t.c.version + 1))
        if done.rowcount != 1:
            out.append({"end_to_end_id": d.end_to_end_id, "invoice": number, "result": "already returned"})
            continue
        session.refresh(d)
        by_hand = reversed_on(session, d.payment_id)
        if by_hand is not None:  # a clerk reversed its payment before the bank's file came: not twice
            _follow_mandate(session, d, r.reason, actor)
            out.append({"end_to_end_id": d.end_to_end_id, "invoice": number, "result": "already returned",
                        "reason": r.reason, "payment": d.payment_id, "reversed_on": by_hand})
            continue
        reversals.reverse(session, d.payment_id, max(r.day, d.collection_date),
                          f"direct debit {d.end_to_end_id} returned: {r.reason} ({words})", actor=actor)
        _follow_mandate(session, d, r.reason, actor)
        inv_status = session.scalar(select(Invoice.status).where(Invoice.id == d.invoice_id))
        row = {"end_to_end_id": d.end_to_end_id, "invoice": number, "result": "returned", "reason": r.reason,
               "words": words, "amount": to_text(d.amount, "EUR"), "invoice_status": inv_status}
        if r.bank_code:
            row["bank_reason"] = r.bank_code
        if r.bank_text:
            row["bank_text"] = r.bank_text
        out.append(row)
    return out


def _payouts(session: Session, e2e_ids: list[str]) -> dict:
    """end-to-end id -> (id, amount) of the payouts of ``e2e_ids`` (a payout transfer's is ``PO-<entry>``:
    app/payments/sepa/transfers.py), for a bank's return of a transfer that did not reach the reseller."""
    ids = {int(x[3:]): x for x in e2e_ids if re.fullmatch(r"PO-[0-9]{1,18}", x)}
    if not ids:
        return {}
    e = LedgerEntry.__table__.c
    rows = session.execute(select(e.id, e.amount).where(e.id.in_(ids), e.kind == EntryKind.PAYOUT.value,
                                                       e.amount > 0)).all()
    return {ids[row.id]: row for row in rows}


def _return_payout(session: Session, paid, r: Returned, actor: str) -> dict:
    """A payout transfer returned by the bank: the payout is reversed (app/payments/payouts.py ``reverse``) on the
    day the bank booked the return, no earlier than it was paid out; one reversed already is skipped."""
    from app.payments import payouts

    entry = session.get(LedgerEntry, paid.id)
    row = {"end_to_end_id": r.end_to_end_id, "invoice": None, "payout": r.end_to_end_id,
           "amount": to_text(entry.amount, "EUR")}
    if payouts.reversal(session, entry) is not None:
        return {**row, "result": "already returned"}
    words = r.words()
    try:
        payouts.reverse(session, entry.id, max(r.day, entry.entry_date),
                        f"transfer returned by the bank: {r.reason} ({words})", actor=actor)
    except ProrataError as exc:
        if exc.problems[0].id != "payout_reversed_already":  # reversed by a clerk a moment ago: as if found above
            raise
        return {**row, "result": "already returned"}
    return {**row, "result": "returned", "reason": r.reason, "words": words, "invoice_status": None}


def _follow_mandate(session: Session, d: DirectDebit, reason: str, actor: str) -> None:
    m = session.get(Mandate, d.mandate_id)
    session.refresh(m)
    if reason in REVOKING and m.status == MandateStatus.ACTIVE.value:
        mandates.set_status(session, m, MandateStatus.REVOKED.value, actor=actor,
                            why=f"debit {d.end_to_end_id} returned {reason}")
        return
    if d.sequence == "FRST" and m.sequence == "RCUR":
        others = session.scalar(select(DirectDebit.id).where(DirectDebit.mandate_id == m.id, DirectDebit.id != d.id,
                                                              DirectDebit.status == DebitStatus.SUBMITTED.value)
                                .limit(1))
        if others is None:  # nothing else went through under it: the next debit is a first one again
            mandates.set_sequence(session, m, "FRST")
    if d.sequence == "OOFF" and m.status == MandateStatus.USED.value:
        mandates.set_status(session, m, MandateStatus.ACTIVE.value, actor=actor,
                            why=f"its debit {d.end_to_end_id} was returned ({reason})")
