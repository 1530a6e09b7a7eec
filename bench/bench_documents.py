"""Invoice documents at the size of a month's run: 10,000 companies (the demo database, SQLite).

Figures:
- one warm render of a one-page invoice (ReportLab, in this process);
- a month's run issuing 10,000 invoices, then their PDFs rendered and stored (app/services/document_store.py,
  a worker per core): issuing freezes the documents, so both count;
- the print batch of those 10,000 invoices, every company's delivery set to post (app/delivery/post.py: the
  stored PDFs joined with PDFium, a cover sheet, blank pages for duplex), with the peak memory of the batch's
  process.

The issued database is made once per bench run from bench/out/demo-10000.db (bench/demo_db.py).
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, update

from app.billing.run import run_billing
from app.documents import template as templates
from app.documents.render import render
from app.documents.sample import sample_content
from app.models import Company, InvoiceDocument
from app.storage.engine import make_engine, unit_of_work
from bench.bench_billing import AS_OF, MONTH_BEFORE, mark_billed_until
from bench.demo_db import working_copy
from bench.report import figure, peak_memory_mb


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (a pool's workers count once it is shut
    down, as store_pdfs does before it returns)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def warm_render() -> None:
    content = sample_content("de_DE", "EUR")
    content.lines[:] = content.lines[:2]  # a month's invoice: its plans in advance
    t = templates.builtin()
    for _ in range(5):
        render(content, t)
    wall, cpu = [], []
    for _ in range(50):
        start, used = time.perf_counter(), time.process_time()
        render(content, t)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    # The CPU time is the render's own; the wall time also counts whatever else the machine runs meanwhile.
    print(f"  (wall time: median {statistics.median(wall):.1f} ms)")
    figure("render one invoice, warm (CPU time, median of 50)", statistics.median(cpu), "ms", 10)
    # A worker makes each font subset once (app/documents/subsets.py): what a render costs that must make its
    # own, as the first invoice in a new language or with a new letter does.
    from reportlab.pdfbase import pdfmetrics

    from app.documents.subsets import SubsetCachingTTFont

    fonts = [f for f in map(pdfmetrics.getFont, pdfmetrics.getRegisteredFontNames())
             if isinstance(f, SubsetCachingTTFont)]
    fresh = []
    for _ in range(20):
        for font in fonts:
            font.forget()
        used = time.process_time()
        render(content, t)
        fresh.append((time.process_time() - used) * 1000)
    print(f"  (a render making its font subsets anew: median {statistics.median(fresh):.1f} ms CPU)")


def issue_and_store(engine) -> list[int]:
    from app.services.document_store import store_pdfs

    with unit_of_work(engine) as s:  # every invoice of the month goes by post (for the print batch below)
        s.execute(update(Company).values(delivery="post"))
    mark_billed_until(engine, MONTH_BEFORE)
    from app.models.base import utcnow

    t0, cpu0 = time.perf_counter(), cpu_seconds()
    started = utcnow()
    report = run_billing(engine, AS_OF, issue=True)
    issued, issued_cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
    t1, cpu1 = time.perf_counter(), cpu_seconds()
    stored = store_pdfs(engine, report.invoice_ids, since=started)
    t2, cpu2 = time.perf_counter(), cpu_seconds()
    with unit_of_work(engine) as s:
        count = s.scalar(select(func.count()).select_from(InvoiceDocument))
        size = s.scalar(select(func.avg(func.length(InvoiceDocument.content))))
    n = len(stored.stored)
    print(f"  ({len(report.invoice_ids)} invoices issued in {issued:.1f} s, {issued_cpu:.1f} s CPU; {n} PDFs "
          f"rendered and stored in "
          f"{t2 - t1:.1f} s, {n / max(t2 - t1, 1e-9):.0f} a second, {size / 1024:.0f} KiB each on average; "
          f"{count} stored in all; {len(stored.failed)} could not be made)")
    # CPU time does not depend on what else the (shared) machine runs: the figure to compare between changes.
    print(f"  (CPU time storing them: {cpu2 - cpu1:.1f} s, {(cpu2 - cpu1) / max(n, 1) * 1000:.1f} ms a PDF, the "
          f"workers' and this process's)")
    # What the machine's load cannot change: all the work's CPU time over both cores, the least the figure can be.
    print(f"  (CPU time in all: issuing {issued_cpu:.1f} s + storing {cpu2 - cpu1:.1f} s; on two idle cores at "
          f"least {(issued_cpu + cpu2 - cpu1) / 2:.1f} s)")
    for _, problem in stored.failed[:3]:
        print(f"    such as {problem.message()}")
    figure(f"issue {len(report.invoice_ids)} invoices and store their PDFs", t2 - t0, "s", 60)
    return report.invoice_ids


def _batch(url: str, answer) -> None:
    """In a process of its own, so that its peak memory is the batch's: make the batch, say how it went."""
    from app.delivery.post import print_batch as make_batch

    engine = make_engine(url)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "batch.pdf"
        t0 = time.perf_counter()
        report = make_batch(engine, out, until=AS_OF, mark_now=True)
        seconds = time.perf_counter() - t0
        answer.put((seconds, len(report.printed), report.pages, out.stat().st_size, len(report.left_out),
                    peak_memory_mb()))


def print_batch(url: str) -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    answer = ctx.Queue()
    child = ctx.Process(target=_batch, args=(url, answer))
    child.start()
    seconds, printed, pages, size, left_out, peak = answer.get()
    child.join()
    print(f"  ({printed} invoices on {pages} pages, {size / 2**20:.0f} MiB; {left_out} left out)")
    figure(f"print batch of {printed} invoices", seconds, "s", 30)
    figure("peak memory (the batch's process)", peak, "MB", 1024)


def main() -> None:
    warm_render()
    url = f"sqlite:///{working_copy(10_000, 'documents-10k.db')}"
    engine = make_engine(url)
    issue_and_store(engine)
    engine.dispose()
    print_batch(url)


if __name__ == "__main__":
    main()
