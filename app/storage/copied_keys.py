"""Before migration 0017 makes PostgreSQL check that a line's and an accrual's reseller is their invoice's: the
rows that would fail that check, named in words.

Adding a foreign key checks every existing row; a row whose copy differs from its invoice's (possible before
0017: a reseller's clerk could add a line under its own reseller to another reseller's draft) would make the
upgrade fail with the database's own error. The upgrade runs in one transaction, so nothing would be half-done
either way; this says which rows stand in the way, so that the database's administrator can correct them.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("upgrade_reseller_copy_differs",
                    "the database was not upgraded (nothing was changed): {count} invoice lines or accruals name "
                    "another reseller than their invoice ({rows}); set each one's reseller to its invoice's, then "
                    "start Prorata again")

SHOWN = 10  # rows named in the message; the count says how many there are

# The rows the keys (invoice_id, reseller_id) -> invoices (id, reseller_id) would refuse (MATCH SIMPLE: a row
# with an empty reseller is not checked by the pair).
_DIFFERING = text("""
    SELECT 'invoice_lines', l.id, l.invoice_id FROM invoice_lines l
      LEFT JOIN invoices i ON i.id = l.invoice_id
     WHERE l.reseller_id IS NOT NULL AND l.invoice_id IS NOT NULL AND l.reseller_id IS DISTINCT FROM i.reseller_id
    UNION ALL
    SELECT 'accruals', a.id, a.invoice_id FROM accruals a
      LEFT JOIN invoices i ON i.id = a.invoice_id
     WHERE a.reseller_id IS NOT NULL AND a.invoice_id IS NOT NULL AND a.reseller_id IS DISTINCT FROM i.reseller_id
     ORDER BY 1, 2""")


def refuse_differing_copies(conn: Connection) -> None:
    """Raise ``upgrade_reseller_copy_differs`` if any line or accrual names another reseller than its invoice."""
    rows = conn.execute(_DIFFERING).all()
    if rows:
        # As the administrator finds them: table, row id and the invoice's id (words of no language).
        named = ", ".join(f"{table}.id={row_id} (invoice_id={invoice_id})"
                          for table, row_id, invoice_id in rows[:SHOWN])
        raise ProrataError.of("upgrade_reseller_copy_differs", count=len(rows),
                              rows=named + (", …" if len(rows) > SHOWN else ""))
