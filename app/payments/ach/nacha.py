"""The NACHA file format, written by hand: 94-character fixed-width records, blocked by ten.

One file (header ``1``, control ``9``) holds batches (header ``5``, control ``8``) of entries (``6``). The
controls carry what a bank checks before it reads a single entry: the number of entries, the entry hash (the
sum of the receiving banks' eight-digit identifications, keeping the last ten digits) and the debit and
credit totals in cents. The file is padded with records of nines to a multiple of ten records (a block).

Alphanumeric fields are upper case, left-justified and space-padded; numeric fields are right-justified and
zero-padded. Text outside ASCII is folded to it (é -> E) and what cannot be folded becomes a space, since
banks reject anything else. The builder only formats: the values are checked by app/payments/ach/ before.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

RECORD = 94
BLOCKING = 10
DEBIT_CHECKING, DEBIT_SAVINGS = "27", "37"
CREDIT_CHECKING, CREDIT_SAVINGS = "22", "32"
DEBITS = frozenset({DEBIT_CHECKING, DEBIT_SAVINGS})
SERVICE_DEBITS_ONLY = "225"


def routing_check_digit(first8: str) -> int:
    """The ninth digit of a routing number: weights 3, 7, 1 repeated; the sum plus it is a multiple of 10."""
    total = sum(int(d) * w for d, w in zip(first8, (3, 7, 1, 3, 7, 1, 3, 7)))
    return (10 - total % 10) % 10


def routing_ok(number: str) -> bool:
    return len(number) == 9 and number.isascii() and number.isdigit() and \
        routing_check_digit(number[:8]) == int(number[8])


def alpha(value: str, width: int) -> str:
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    clean = "".join(ch if " " <= ch <= "~" else " " for ch in folded).upper()
    return clean[:width].ljust(width)


def num(value: int, width: int) -> str:
    text = str(int(value))
    if value < 0 or len(text) > width:
        raise ValueError(f"{value} does not fit {width} digits")
    return text.zfill(width)


@dataclass(frozen=True)
class Entry:
    transaction_code: str  # 27 checking debit, 37 savings debit (22/32 credits)
    routing_number: str  # nine digits, check digit included
    account_number: str
    cents: int
    identification: str  # 15: what the receiver sees as the reference (the invoice number)
    name: str  # 22: the receiver
    trace_number: str  # 15: the ODFI's eight digits and a sequence of seven


@dataclass
class Batch:
    company_name: str
    company_id: str  # 10
    entry_description: str  # 10, such as INVOICE
    effective_date: date
    odfi: str  # the originating bank's eight-digit identification
    sec_code: str = "CCD"  # corporate accounts (companies); PPD for consumers
    entries: list[Entry] = field(default_factory=list)

    def service_class(self) -> str:
        return SERVICE_DEBITS_ONLY if all(e.transaction_code in DEBITS for e in self.entries) else "200"


@dataclass(frozen=True)
class Totals:
    batches: int
    blocks: int
    entries: int
    entry_hash: int
    debit_cents: int
    credit_cents: int


def _hash(entries: list[Entry]) -> int:
    return sum(int(e.routing_number[:8]) for e in entries) % 10 ** 10


def write(batches: list[Batch], *, destination: str, destination_name: str, origin: str, origin_name: str,
          created: datetime, file_id_modifier: str = "A", reference: str = "") -> tuple[str, Totals]:
    """The file's text (records joined by CRLF, ending in one) and its control totals."""
    lines = ["1" + "01" + " " + num(int(destination), 9) + alpha(origin.strip(), 10).rstrip().rjust(10)
             + created.strftime("%y%m%d") + created.strftime("%H%M") + alpha(file_id_modifier, 1) + "094"
             + num(BLOCKING, 2) + "1" + alpha(destination_name, 23) + alpha(origin_name, 23) + alpha(reference, 8)]
    all_entries: list[Entry] = []
    debit_total = credit_total = 0
    for n, b in enumerate(batches, start=1):
        service = b.service_class()
        lines.append("5" + service + alpha(b.company_name, 16) + alpha("", 20) + alpha(b.company_id, 10)
                     + alpha(b.sec_code, 3) + alpha(b.entry_description, 10) + alpha("", 6)
                     + b.effective_date.strftime("%y%m%d") + "   " + "1" + num(int(b.odfi), 8) + num(n, 7))
        debits = credits = 0
        for e in b.entries:
            lines.append("6" + e.transaction_code + e.routing_number[:8] + e.routing_number[8]
                         + alpha(e.account_number, 17) + num(e.cents, 10) + alpha(e.identification, 15)
                         + alpha(e.name, 22) + "  " + "0" + num(int(e.trace_number), 15))
            if e.transaction_code in DEBITS:
                debits += e.cents
            else:
                credits += e.cents
        lines.append("8" + service + num(len(b.entries), 6) + num(_hash(b.entries), 10) + num(debits, 12)
                     + num(credits, 12) + alpha(b.company_id, 10) + " " * 19 + " " * 6 + num(int(b.odfi), 8)
                     + num(n, 7))
        all_entries += b.entries
        debit_total += debits
        credit_total += credits
    records = len(lines) + 1
    blocks = -(-records // BLOCKING)
    totals = Totals(len(batches), blocks, len(all_entries), _hash(all_entries), debit_total, credit_total)
    lines.append("9" + num(totals.batches, 6) + num(blocks, 6) + num(totals.entries, 8)
                 + num(totals.entry_hash, 10) + num(debit_total, 12) + num(credit_total, 12) + " " * 39)
    lines += ["9" * RECORD] * (blocks * BLOCKING - records)
    for i, line in enumerate(lines, start=1):
        assert len(line) == RECORD, f"record {i} is {len(line)} characters"
    return "\r\n".join(lines) + "\r\n", totals
