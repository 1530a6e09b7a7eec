"""Delivering from the window (ui/delivery/): the send dialog against a real SMTP server on loopback (the
fixtures of tests/test_delivery.py), "Send by e-mail…" on one invoice, the print-and-post batch with its
question, and importing review answers."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.models import InvoiceDelivery
from app.storage.engine import unit_of_work
from tests.test_delivery import _smtp_set, _world, ring, smtp_server, tls_files  # noqa: F401 (fixtures)
from ui.delivery import PostBatchFlow, ReviewImport, SendInvoicesDialog
from ui.invoices import InvoiceBrowser

SHOTS = Path("/tmp/h/shots")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def mail_world(sqlite_db, ring, smtp_server, monkeypatch):  # noqa: F811
    w = _world(sqlite_db, post=False)
    _smtp_set(sqlite_db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(sqlite_db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    return w


def test_the_send_dialog_shows_what_goes_then_sends_off_the_gui_thread(qtbot, worker, mail_world, smtp_server):
    w = mail_world
    dialog = SendInvoicesDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    rows = dialog.rows()
    assert sorted(rows) == sorted([[w.inv["brightwater"][1], "brightwater", "buchhaltung@brightwater.test",
                                    "Will be sent"],
                                   [w.inv["cobalt"][1], "cobalt", "compta@cobalt.test", "Will be sent"],
                                   [w.inv["gale"][1], "gale", "accounts@gale.test", "Will be sent"]])
    assert dialog.send_button.isEnabled() and dialog.send_button.text() == "&Send 3 invoice(s)"
    assert smtp_server.received == []  # a preview sends nothing
    _shot(dialog, "send_dialog_preview")
    smtp_server.refuse.add("compta@cobalt.test")  # a bad address: that one fails, the others go
    qtbot.mouseClick(dialog.send_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.sent, timeout=20000)
    assert len(smtp_server.to("accounts@gale.test")) == 1
    assert len(smtp_server.to("buchhaltung@brightwater.test")) == 1
    said = {r[1]: r[3] for r in dialog.rows()}
    assert said["gale"] == said["brightwater"] == "Sent"
    assert said["cobalt"].startswith(f"Not sent: {w.inv['cobalt'][1]} to compta@cobalt.test not sent: recipient "
                                      "refused")
    assert "mailbox unavailable" in said["cobalt"]
    assert dialog.summary.text() == ("2 invoice(s) sent. 1 could not be sent: see why below; the next send tries "
                                     "them again.")
    _shot(dialog, "send_dialog_sent")
    # Once: a second look offers only the one that failed.
    smtp_server.refuse.clear()
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.send_button.isEnabled(), timeout=10000)
    assert [r[1] for r in dialog.rows() if r[3] == "Will be sent"] == ["cobalt"]
    qtbot.mouseClick(dialog.send_button, qtbot_button())
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.summary.text() == "1 invoice(s) sent.", timeout=20000)
    dialog.preview()
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    qtbot.waitUntil(lambda: "Nothing to send" in dialog.summary.text(), timeout=10000)
    assert not dialog.send_button.isEnabled()
    with unit_of_work(worker.engine) as s:
        assert {d.status for d in s.scalars(select(InvoiceDelivery))} == {"sent"}
    assert w.inv["gale"][0]


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_send_by_email_on_one_issued_invoice(qtbot, worker, mail_world, smtp_server):
    w = mail_world
    b = InvoiceBrowser(worker)
    qtbot.addWidget(b)
    b.resize(1400, 700)
    b.show()
    b.load()
    qtbot.waitUntil(lambda: b.model.rowCount() == 3 and b.model.complete(), timeout=5000)
    assert b.select(w.inv["gale"][0])
    qtbot.waitUntil(lambda: b.view.data() is not None and b.view.data()["id"] == w.inv["gale"][0], timeout=5000)
    assert b.view.send_button.isEnabled()
    _shot(b.view, "invoice_view_send_button")
    qtbot.mouseClick(b.view.send_button, qtbot_button())
    dialog = b.view.send_dialog
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy(), timeout=10000)
    assert len(dialog.outcome_texts()) == 1
    qtbot.mouseClick(dialog.send_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.sent, timeout=20000)
    assert len(smtp_server.to("accounts@gale.test")) == 1
    assert smtp_server.to("compta@cobalt.test") == []  # only the chosen invoice
    dialog.close()


@pytest.fixture
def post_world(sqlite_db):
    return _world(sqlite_db)


@pytest.mark.parametrize("answer, status", [("yes", "printed"), ("no", "queued"), ("later", "pending")])
def test_print_and_post_asks_whether_the_batch_printed(qtbot, worker, post_world, tmp_path, answer, status):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PostBatchFlow(worker, parent, open_file=False)
    ended = []
    flow.sig_finished.connect(ended.append)
    flow.start(str(tmp_path / "batch.pdf"))
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible(), timeout=20000)
    assert flow.question.text() == "Did the batch print correctly?"
    assert "4 invoice(s) on" in flow.question.informativeText()
    assert (tmp_path / "batch.pdf").exists()
    if answer == "yes":
        _shot(flow.question, "post_batch_question")
    with unit_of_work(worker.engine) as s:
        assert {d.status for d in s.scalars(select(InvoiceDelivery))} == {"pending"}
    qtbot.mouseClick({"yes": flow.yes, "no": flow.no, "later": flow.later}[answer], qtbot_button())
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended == [{"yes": "posted", "no": "rejected", "later": "later"}[answer]]
    with unit_of_work(worker.engine) as s:
        rows = s.scalars(select(InvoiceDelivery)).all()
        assert {d.status for d in rows} == {status}
        assert all((d.printed_at is not None) == (status == "printed") for d in rows)


def test_print_sends_the_batch_to_a_printer_and_marks_posted_only_when_confirmed(qtbot, worker, post_world, tmp_path,
                                                                                  monkeypatch):
    """"Print…" in the question: the print dialog (here one that prints to a PDF file), the pages painted on a
    thread of their own, the question again; nothing is marked before the clerk says yes."""
    import pdfplumber
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from ui.delivery import post_batch

    printed_pdf = tmp_path / "printed.pdf"
    offered = []

    class PrintDialog:  # the clerk picks a printer and presses Print: here a PDF "printer"
        def __init__(self, printer, parent):
            # The batch's paper and the whole sheet (both sides is asked too; a printer without duplex ignores it).
            offered.append((printer.pageLayout().pageSize().id(), printer.fullPage()))
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed_pdf))

        def setWindowTitle(self, title):
            pass

        def setMinMax(self, low, high):
            offered.append((low, high))

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(post_batch, "QPrintDialog", PrintDialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PostBatchFlow(worker, parent, open_file=False)
    ended, sent = [], []
    flow.sig_finished.connect(ended.append)
    flow.sig_printed.connect(sent.append)
    flow.start(str(tmp_path / "batch.pdf"))
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible(), timeout=20000)
    pages = flow.report.pages
    assert f"4 invoice(s) on {pages} page(s)" in flow.question.informativeText()
    first_question = flow.question
    qtbot.mouseClick(flow.print_button, qtbot_button())
    qtbot.waitUntil(lambda: bool(sent) and flow.question is not first_question and flow.question.isVisible(),
                    timeout=60000)
    assert offered == [(QPageSize.PageSizeId.A4, True), (1, pages)]
    assert (sent[0].pages, sent[0].total, sent[0].opened, sent[0].cancelled) == (pages, pages, True, False)
    with pdfplumber.open(printed_pdf) as doc:
        assert len(doc.pages) == pages
    with pdfplumber.open(tmp_path / "batch.pdf") as batch:
        assert [round(p.width) for p in doc.pages] == [round(p.width) for p in batch.pages]
    assert f"Sent to the printer: {pages} page(s)." in flow.question.informativeText()
    assert ended == []
    with unit_of_work(worker.engine) as s:  # printed is not posted: the clerk has not said so yet
        assert {d.status for d in s.scalars(select(InvoiceDelivery))} == {"pending"}
    qtbot.mouseClick(flow.yes, qtbot_button())
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended == ["posted"]
    with unit_of_work(worker.engine) as s:
        assert {d.status for d in s.scalars(select(InvoiceDelivery))} == {"printed"}


def test_printing_a_batch_stops_when_cancelled(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.delivery.batch_printer import print_pdf

    source = tmp_path / "three.pdf"
    _three_pages(source)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    seen = []
    done = print_pdf(source, printer, lambda d, t, m: seen.append((d, t)), lambda: len(seen) >= 1)
    assert (done.pages, done.total, done.cancelled) == (1, 3, True)
    assert seen == [(1, 3)]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    done = print_pdf(source, printer, lambda d, t, m: None, lambda: False)
    import pdfplumber

    with pdfplumber.open(tmp_path / "range.pdf") as doc:
        assert (done.pages, len(doc.pages)) == (2, 2)


def _three_pages(path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    for n in (1, 2, 3):
        c.drawString(100, 700, f"page {n}")
        c.showPage()
    c.save()


def test_a_batch_with_nothing_to_post_says_so(qtbot, worker, sqlite_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    _world(sqlite_db, post=False)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PostBatchFlow(worker, parent, open_file=False)
    ended = []
    flow.sig_finished.connect(ended.append)
    flow.start(str(tmp_path / "batch.pdf"))
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended == ["nothing"] and said == ["No invoice is waiting to go by post."]
    assert not (tmp_path / "batch.pdf").exists()


def test_review_answers_in_words():
    from app.errors import Problem
    from app.review.apply import Outcome

    out = Outcome(issued=["draft #4 -> INV-2026-00001"], queried=["draft #5"],
                  refused=[Problem("review_invoice_gone", {"invoice": "draft #6", "verdict": "approved"})])
    text = ReviewImport.words(out)
    assert "Issued: 1\n  draft #4 -> INV-2026-00001" in text
    assert "Held with the reviewer's comment: 1\n  draft #5" in text
    assert "Refused: 1\n  draft #6 no longer exists: it was deleted after the review file was exported" in text
    assert ReviewImport.words(Outcome()) == "The file has no answers."


def test_the_menus_offer_sending_posting_and_importing_answers(qtbot, worker, mail_world, smtp_server, tmp_path,
                                                               monkeypatch):
    from ui.app_shell import MainWindow

    w = MainWindow(worker, "sqlite:///test.db")
    qtbot.addWidget(w)
    w.show()
    billing = [a.text() for a in w.billing_menu.actions() if a.text()]
    assert "Send &invoices…" in billing and "&Print-and-post batch…" in billing
    assert "&Import review answers…" in [a.text() for a in w.file_menu.actions()]
    dialog = w.open_send_invoices()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy(), timeout=10000)
    assert len(dialog.rows()) == 3
    dialog.close()
    flow = w.print_and_post(str(tmp_path / "batch.pdf"))  # no company takes post here
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    ended = []
    flow.sig_finished.connect(ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended == ["nothing"]
    # Importing answers: the file chooser cancelled changes nothing.
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    w.import_review_answers()


def test_importing_review_answers_issues_the_approved_and_says_so(qtbot, worker, sqlite_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from app.models import Invoice
    from app.review.package import open_review
    from tests.test_review import _answer, _export
    from tests.review_world import review_world

    ids = review_world(sqlite_db)
    review = open_review(_export(sqlite_db, tmp_path).path)
    path = _answer(review, {ids["alpha"]: ("approved", ""), ids["beta"]: ("query", "Wrong plan?")})
    parent = QWidget()
    qtbot.addWidget(parent)
    importer = ReviewImport(worker, parent)
    got = []
    importer.sig_imported.connect(got.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # issue them
    importer.start()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    box = importer.last_box
    text = box.informativeText()
    assert text.startswith(f"Issued: 1\n  draft #{ids['alpha']} -> ")
    assert f"Held with the reviewer's comment: 1\n  draft #{ids['beta']}" in text
    _shot(box, "review_import_result")
    with unit_of_work(sqlite_db) as s:
        assert s.get(Invoice, ids["alpha"]).status == "issued" and s.get(Invoice, ids["beta"]).status == "draft"
        # Issuing froze the document: the import's second phase stored the issued draft's PDF.
        from sqlalchemy import select

        from app.models import InvoiceDocument

        assert set(s.scalars(select(InvoiceDocument.invoice_id))) == {ids["alpha"]}
    assert importer.progress is None  # the progress dialog is gone
    # Twice: nothing changes, and it says so.
    got.clear()
    importer.apply(str(path), True)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert importer.last_box.informativeText().startswith("Imported before, nothing changed: 2")
