"""Storing the PDFs of what a CLI command just issued (app/services/document_store.py), with a progress line
on a terminal."""
from __future__ import annotations

import sys


def store_issued(engine, invoice_ids: list[int], since=None, *, quiet: bool = False):
    """Store the PDFs of ``invoice_ids`` and of every invoice issued at or after ``since`` (a UTC datetime)
    that has none; print how many were stored unless ``quiet``. Returns the service's report."""
    from app.services.document_store import store_pdfs

    interactive = sys.stderr.isatty() and not quiet

    def progress(done: int, total: int, message: str) -> None:
        if interactive and total:
            print(f"\rstoring PDFs {done}/{total}", end="", file=sys.stderr, flush=True)

    report = store_pdfs(engine, invoice_ids, since=since, progress=progress)
    if interactive and report.stored:
        print(file=sys.stderr)
    if not quiet and report.stored:
        print(f"{len(report.stored)} PDFs stored")
    for _, problem in report.failed:
        print(f"PDF not stored: {problem.message()}", file=sys.stderr)
    return report
