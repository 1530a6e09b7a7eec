"""Returned ACH debits read from the bank's NACHA return file and booked as reversals, as camt.054 returns are
for SEPA (app/payments/sepa/returns.py): the debit's payment is reversed, so the invoice it paid is open
again, and the debit is marked returned.

A return file is a NACHA file whose entries (``6``) are the returned debits, each followed by an addenda
record of type ``99``: the return reason (R01, R02, ...), the original entry's trace number (which names
our debit) and the original receiving bank. The return's date is its batch's effective entry date (else the
file's creation date). The file is taken whole or not at all: a malformed record, an unknown trace number
or an amount that is not the debit's is refused naming the line, and nothing is written; a debit already
returned is skipped; one whose payment a clerk reversed already (``payments reverse``) is marked returned, its
payment not reversed twice.

Reasons that say the authorisation no longer holds (the account is closed or unknown, the customer revoked
it or says it was never given) revoke the company's ACH authorisation: no more debits under it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import Invoice
from app.models.ach import AchAuthorization, AchDebit
from app.money import to_text
from app.payments import reversals
from app.payments.payments import reversed_on
from app.payments.return_reasons import ACH as REASONS  # the codes in words, kept apart
from app.services import audit

REVOKING = frozenset({"R02", "R03", "R04", "R07", "R10", "R14", "R16", "R20", "R29"})
# In words through the core's catalog, as the SEPA reasons are (app/payments/bank_returns.py).
for _code, _text in REASONS.items():
    MESSAGES.setdefault(f"ach_return_{_code}", _text)
MESSAGES.setdefault("bank_return_unlisted", "reason not listed")

MESSAGES.setdefault("ach_return_unknown", "{file}, {place}: no ACH debit has the trace number {trace}; nothing "
                                          "was imported")
MESSAGES.setdefault("ach_return_amount", "{file}, {place}: the bank returned {amount} USD of {trace}, which "
                                         "debited {debited}; nothing was imported")


@dataclass(frozen=True)
class Returned:
    trace_number: str  # the original entry's
    day: date
    reason: str
    cents: int
    where: str


def looks_like(data: bytes) -> bool:
    """Whether ``data`` is a NACHA file (a file header record ``101`` of 94 characters)."""
    first = data.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
    return first[:3] == b"101" and len(first) == 94


def _bad(file: str, what: str) -> ProrataError:
    return ProrataError.of("bad_bank_file", file=file, what=what)


def _yymmdd(text: str) -> date | None:
    if not (len(text) == 6 and text.isdigit()):
        return None
    try:
        return date(2000 + int(text[:2]), int(text[2:4]), int(text[4:]))
    except ValueError:
        return None


def parse(data: bytes, file: str = "returns.ach") -> list[Returned]:
    """The returned entries of a NACHA return file (see the module's docstring)."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise _bad(file, "a NACHA file is ASCII text") from None
    lines = [line.rstrip("\r") for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if not lines or not lines[0].startswith("101"):
        raise _bad(file, "not a NACHA file (no file header record 101)")
    for n, line in enumerate(lines, start=1):
        if len(line) != 94:
            raise _bad(file, f"line {n}: {len(line)} characters, not 94")
    created = _yymmdd(lines[0][23:29])
    batch_day: date | None = None
    out: list[Returned] = []
    for n, line in enumerate(lines, start=1):
        kind = line[0]
        if kind == "5":
            batch_day = _yymmdd(line[69:75]) or created
        elif kind == "6":
            where = f"line {n}"
            addenda = lines[n] if n < len(lines) else ""
            if addenda[:3] != "799":
                raise _bad(file, f"{where}: a returned entry needs its return addenda (type 99) on the next line")
            reason = addenda[3:6]
            if not (reason[0] == "R" and reason[1:].isdigit()):
                raise _bad(file, f"line {n + 1}: {reason!r} is not a return reason code (R01, R02, ...)")
            trace = addenda[6:21]
            amount = line[29:39]
            if not (trace.isdigit() and amount.isdigit()):
                raise _bad(file, f"{where}: the amount or the original trace number is not digits")
            day = batch_day or created
            if day is None:
                raise _bad(file, f"{where}: its batch has no effective date and the file no creation date")
            out.append(Returned(trace, day, reason, int(amount), where))
        elif kind not in "1789":
            raise _bad(file, f"line {n}: {kind!r} is not a NACHA record type")
    return out


def import_returns(session: Session, returned: list[Returned], file: str, *, actor: str | None = None) -> list[dict]:
    """Reverse the payment of each returned debit; one result per return (as the SEPA import gives them)."""
    actor = actor or audit.current_actor(session)
    by_trace = {d.trace_number: d for d in session.scalars(
        select(AchDebit).where(AchDebit.trace_number.in_({r.trace_number for r in returned})))}
    for r in returned:  # the whole file is checked before anything is written
        d = by_trace.get(r.trace_number)
        if d is None:
            raise ProrataError.of("ach_return_unknown", file=file, place=r.where, trace=r.trace_number)
        if r.cents != int(d.amount * 100):
            raise ProrataError.of("ach_return_amount", file=file, place=r.where, trace=r.trace_number,
                                  amount=f"{r.cents // 100}.{r.cents % 100:02d}", debited=to_text(d.amount, "USD"))
    out = []
    t = AchDebit.__table__
    for r in returned:
        d = by_trace[r.trace_number]
        number = session.scalar(select(Invoice.number).where(Invoice.id == d.invoice_id))
        words = REASONS.get(r.reason, MESSAGES["bank_return_unlisted"])
        done = session.execute(update(t).where(t.c.id == d.id, t.c.status == "submitted")
                               .values(status="returned", version=t.c.version + 1))
        if done.rowcount != 1:
            out.append({"end_to_end_id": d.trace_number, "invoice": number, "result": "already returned"})
            continue
        by_hand = reversed_on(session, d.payment_id)
        if by_hand is not None:  # a clerk reversed its payment before the bank's file came: not twice
            if r.reason in REVOKING:
                _revoke(session, d, r.reason, actor)
            out.append({"end_to_end_id": d.trace_number, "invoice": number, "result": "already returned",
                        "reason": r.reason, "payment": d.payment_id, "reversed_on": by_hand})
            continue
        reversals.reverse(session, d.payment_id, max(r.day, d.effective_date),
                          f"ACH debit {d.trace_number} returned: {r.reason} ({words})", actor=actor)
        if r.reason in REVOKING:
            _revoke(session, d, r.reason, actor)
        inv_status = session.scalar(select(Invoice.status).where(Invoice.id == d.invoice_id))
        out.append({"end_to_end_id": d.trace_number, "invoice": number, "result": "returned", "reason": r.reason,
                    "words": words, "amount": to_text(d.amount, "USD"), "invoice_status": inv_status})
    return out


def _revoke(session: Session, d: AchDebit, reason: str, actor: str) -> None:
    t = AchAuthorization.__table__
    done = session.execute(update(t).where(t.c.id == d.authorization_id, t.c.status == "active")
                           .values(status="revoked", version=t.c.version + 1))
    if done.rowcount == 1:
        audit.record(session, "set", "ach_authorization", d.authorization_id, before={"status": "active"},
                     after={"status": "revoked", "why": f"debit {d.trace_number} returned {reason}"},
                     reseller_id=d.reseller_id, actor=actor)
