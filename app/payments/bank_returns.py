"""Importing a bank's returns file, whatever its kind: a NACHA return file (US ACH, app/payments/ach/returns.py)
or a camt.054, pain.002 or CSV file (SEPA, app/payments/sepa/returns.py), told by its content unless said."""
from __future__ import annotations

from sqlalchemy.orm import Session

FORMATS = ("camt054", "pain002", "csv", "nacha")


def import_file(session: Session, data: bytes, file: str, fmt: str | None = None, *,
                actor: str | None = None) -> list[dict]:
    """Reverse every debit the file returns; one result per return. Refused whole, nothing written, for a
    malformed file or a return of no debit Prorata made."""
    from app.payments.ach import returns as ach_returns
    from app.payments.sepa import returns as sepa_returns

    if fmt == "nacha" or (fmt is None and ach_returns.looks_like(data)):
        return ach_returns.import_returns(session, ach_returns.parse(data, file), file, actor=actor)
    parsed = sepa_returns.parse(data, file, fmt, session=session)
    return sepa_returns.import_returns(session, parsed, file, actor=actor)
