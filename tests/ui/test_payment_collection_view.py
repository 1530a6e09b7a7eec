"""The console's collection page and the statement of account, on SQLite and PostgreSQL.

The world is tests/test_payment_collection.py's: the hoster bills d1, d2 and d3 for archiving, 24.00 EUR a
month (20.00 + 20 % VAT); d1 gets INV-2026-00001 and -00002, d2 -00003 and -00004, d3 -00005 and -00006, all
issued by the billing run as of 2026-03-15. d1 has a saved Visa card with the test gateway (an open amount
ending in .13 is declined, one ending in .15 gets no answer and nothing is charged), d2 a SEPA mandate, d3
nothing.
"""
from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal

import pdfplumber
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Invoice
from app.payments import collection_console
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import pain008
from app.storage.engine import unit_of_work
from tests.test_payment_collection import N, world  # noqa: F401 (fixture)
from tests.test_payment_processors import _fresh_gateway, pay_cash, ring  # noqa: F401 (fixtures)
from ui import i18n
from ui.payments import PaymentConsole
from ui.payments.collection_model import AMOUNT
from ui.worker import Worker

TODAY = date(2026, 3, 20)
SHOTS = "/tmp/h/shots"
DUE = date.today() + timedelta(days=5)  # a direct debit is never due in the past (of the real today)


def shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        QApplication.processEvents()
        widget.grab().save(f"{SHOTS}/{name}.png")


@pytest.fixture
def settings(tmp_path, qapp):
    """QSettings in a temporary folder: the folders the views remember never reach the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    old = qapp.organizationName()
    qapp.setOrganizationName("ProrataTest")
    yield
    qapp.setOrganizationName(old)


@pytest.fixture
def dbworker(qapp, db):
    w = Worker(db)
    yield w
    w.close()


@pytest.fixture
def opened(monkeypatch):
    """What would have been opened with the desktop's viewer or file manager."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def statuses(db) -> dict[str, str]:
    with unit_of_work(db) as s:
        return dict(s.execute(select(Invoice.number, Invoice.status).order_by(Invoice.id)).all())


def open_page(qtbot, worker, asked):
    c = PaymentConsole(worker, today=TODAY)
    qtbot.addWidget(c)
    c.resize(1180, 760)
    c.show()
    c.load()
    c.pages.setCurrentWidget(c.collection)
    v = c.collection

    def agree(question: str) -> bool:
        asked.append(question)
        return True
    v.ask = agree
    v.as_of.set_day(date(2026, 3, 15))
    v.collection_date.set_day(DUE)
    return c, v


def collect(qtbot, v) -> None:
    v.report = None
    qtbot.mouseClick(v.collect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.report is not None and not v.busy(), timeout=20000)


def test_a_collection_with_cards_and_a_mandate_lists_what_to_follow_up(qtbot, qtmodeltester, db, world, dbworker,
                                                                       settings, tmp_path, opened):
    pay_cash(db, "10.87", N[0])  # 24.00 - 10.87 = 13.13 open: the gateway declines it
    pay_cash(db, "23.85", N[1])  # 0.15 open: the gateway does not answer, and charges nothing
    asked = []
    c, v = open_page(qtbot, dbworker, asked)
    v.set_folder(str(tmp_path))
    assert QSettings().value("payments/collection_folder") == str(tmp_path)  # remembered
    collect(qtbot, v)
    due = DUE.strftime("%d/%m/%Y")
    # To collect: 13.13 + 0.15 by card, 24.00 + 24.00 by debit = 61.28; d3's two have nothing to collect them by.
    assert asked == [f"Collect 4 invoice(s) issued up to 15/03/2026, €61.28 in all?\n\n"
                     f"2 charged to a saved card now.\n2 debited on {due}, in bank file(s) written to {tmp_path}."
                     "\n\n2 invoice(s) left alone: no saved card, mandate or authorisation."]
    r = v.report
    assert [(x.invoice, x.status) for x in r.collected] == [(N[2], "submitted"), (N[3], "submitted")]
    assert v.summary.text() == (
        "2 invoice(s) collected, €48.00. 2 of them by direct debit: upload the bank file(s) below to the bank. "
        "2 to follow up: see the list below. 2 invoice(s) left alone: no saved card, mandate or authorisation.")
    (path,) = r.files
    pain008.validate(open(path, "rb").read(), "pain.008.001.02")
    assert v.files_label.text() == f"1 bank file(s) written to {tmp_path}: {os.path.basename(path)}"
    assert v.open_folder_button.isVisible() and v.progress_label.text() == "Collection finished."
    m = v.model
    qtmodeltester.check(m)
    rows = [[m.index(k, col).data() for col in range(4)] for k in range(m.rowCount())]
    assert rows == [["d1", N[0], "Card", "€13.13"], ["d1", N[1], "Card", "€0.15"]]
    assert m.index(0, 4).data() == "The card was declined."
    assert m.index(1, 4).data() == ("No answer from the processor: not known yet whether the card was charged. "
                                    "It is never charged twice: the next collection asks the processor first.")
    assert m.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "The card was declined.\n(card_declined)"
    assert v.follow_box.title() == "To follow up (2)"
    # Sorted by amount, smallest first, by a click on its header; a second click turns it round.
    qtbot.mouseClick(v.table.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
                     pos=_header_point(v.table, AMOUNT))
    assert [m.index(k, 1).data() for k in range(2)] == [N[1], N[0]]
    v.table.sortByColumn(AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [m.index(k, 1).data() for k in range(2)] == [N[0], N[1]]
    qtmodeltester.check(m)
    assert statuses(db) == {N[0]: "partially_paid", N[1]: "partially_paid", N[2]: "paid", N[3]: "paid",
                            N[4]: "issued", N[5]: "issued"}
    shot(c, "payments_collection")
    v.open_folder()
    assert opened == [str(tmp_path)]
    # The customer of a line to follow up, opened in the console.
    v.table.setCurrentIndex(m.index(0, 0))
    assert v.open_button.isEnabled()
    qtbot.mouseClick(v.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.pages.currentIndex() == 0 and c.panel.account() is not None
                    and c.panel.account().row.customer == "d1", timeout=5000)
    # 48.00 invoiced - 10.87 - 23.85 paid in cash = 13.28 owed.
    assert c.panel.balance.text() == "€13.28"


def _header_point(view, column):
    from PySide6.QtCore import QPoint

    header = view.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def test_the_collection_page_in_german(qtbot, qapp, db, world, dbworker, settings, tmp_path):
    pay_cash(db, "10.87", N[0])
    asked = []
    QLocale.setDefault(QLocale("de_DE"))
    i18n.switch(qapp, "de", save=False)
    try:
        c, v = open_page(qtbot, dbworker, asked)
        c.retranslate()
        v.set_folder(str(tmp_path))
        collect(qtbot, v)
        # 13.13 by card, 24.00 + 24.00 by debit and d1's other 24.00 by card: 85.13.
        assert asked[0].startswith("4 bis 15.03.2026 ausgestellte Rechnungen einziehen, insgesamt 85,13\xa0€?")
        assert v.model.index(0, 4).data() == "Die Karte wurde abgelehnt."
        assert v.model.index(0, 3).data() == "13,13\xa0€"
        assert c.pages.tabText(2) == "Einzug"
        shot(c, "payments_collection_de")
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale("en_GB"))


def test_cancel_stops_before_the_next_charge(qtbot, db, world, dbworker, settings, tmp_path):
    with unit_of_work(db) as s:  # each charge takes a second: time to cancel after the first has begun
        processor_accounts.configure(s, "hoster", "test", {"pause_after_charge": "1"})
    asked = []
    c, v = open_page(qtbot, dbworker, asked)
    v.set_folder(str(tmp_path))
    qtbot.mouseClick(v.collect_button, Qt.MouseButton.LeftButton)
    # The SEPA file first, then d1's two cards: cancel while the first is being charged.
    qtbot.waitUntil(lambda: "charging" in v.progress_label.text(), timeout=20000)
    assert v.progress_label.text() == f"Collecting: 1 of 3 done (charging {N[0]})"
    shot(c, "payments_collection_running")
    qtbot.mouseClick(v.cancel_button, Qt.MouseButton.LeftButton)
    assert v.progress_label.text() == "Stopping after the payment being collected now…"
    qtbot.waitUntil(lambda: v.report is not None and not v.busy(), timeout=20000)
    r = v.report
    assert r.cancelled and [(x.invoice, x.method) for x in r.collected] == [(N[2], "sepa"), (N[3], "sepa"),
                                                                            (N[0], "card")]
    assert statuses(db)[N[0]] == "paid" and statuses(db)[N[1]] == "issued"  # the second card was not charged
    assert v.progress_label.text() == "Collection cancelled."
    assert v.summary.text().endswith("Cancelled: what was collected stays collected; the rest is collected by the "
                                     "next run.")
    assert v.collect_button.isEnabled() and not v.cancel_button.isEnabled()


def test_nothing_to_collect_asks_nothing(qtbot, db, world, dbworker, settings, tmp_path):
    from app.services import billing_settings

    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "off")
    asked = []
    c, v = open_page(qtbot, dbworker, asked)
    qtbot.mouseClick(v.collect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not v.busy() and v.progress_label.text().startswith("Nothing"), timeout=10000)
    assert asked == [] and v.report is None
    assert v.progress_label.text() == ("Nothing to collect up to 15/03/2026. 6 invoice(s) left alone: payment "
                                       "collection is switched off for their issuer.")


def test_the_preview_counts_what_a_collection_does(db, world, tmp_path):
    pay_cash(db, "10.87", N[0])
    p = collection_console.preview(db, date(2026, 3, 15))
    assert (p.by_card, p.by_debit, p.files, p.skipped, p.switched_off) == (2, 2, 1, 2, 0)
    assert p.amounts == {"EUR": Decimal("85.13")}  # 13.13 + 24.00 * 3
    with unit_of_work(db) as s:
        assert collection_console.account_of(s, "nobody", "EUR") is None
        assert collection_console.account_of(s, "d1", "USD") is None
        d1 = collection_console.account_of(s, "d1", "EUR", N[0])
    from app.payments import console

    with unit_of_work(db) as s:
        assert console.account_view(s, d1).row.customer == "d1"


def test_a_statement_is_written_read_back_and_offered_to_open(qtbot, db, world, dbworker, settings, tmp_path,
                                                             opened):
    pay_cash(db, "10.87", N[0])  # on 2026-03-16
    c = PaymentConsole(dbworker, today=TODAY)
    qtbot.addWidget(c)
    c.resize(1180, 760)
    c.show()
    c.load()
    qtbot.waitUntil(lambda: c.model.complete() and not c.model.loading() and c.model.rowCount() == 3,
                    timeout=5000)
    row = next(r for r in range(c.model.rowCount()) if c.model.row_data(r).customer == "d1")
    c.list_view.setCurrentIndex(c.model.index(row, 0))
    p = c.panel
    qtbot.waitUntil(lambda: p.account() is not None and p.account().row.customer == "d1", timeout=5000)
    assert p.statement_button.isEnabled()
    shot(c, "payments_console_with_statement")
    qtbot.mouseClick(p.statement_button, Qt.MouseButton.LeftButton)
    d = p.dialog
    qtbot.waitUntil(d.isVisible, timeout=5000)
    assert os.path.basename(d.path.text()) == "statement-d1-hoster-EUR-2026-03-20.pdf"
    # Backwards: refused at the "From" field, nothing written.
    d.start.set_day(date(2026, 3, 31))
    d.end.set_day(date(2026, 3, 1))
    target = tmp_path / "d1 statement.pdf"
    d.path.setText(str(target))
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    message = d.form._fields["--from"][2]
    assert not message.isHidden() and message.text() == ("the statement's period runs backwards: 2026-03-31 is "
                                                         "after 2026-03-01")
    assert d.isVisible() and not target.exists()
    shot(d, "payments_statement_refused")
    d.start.set_day(date(2026, 2, 1))
    d.end.set_day(date(2026, 3, 31))
    shot(d, "payments_statement_dialog")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.written is not None and p.written.isVisible(), timeout=20000)
    assert not d.isVisible()
    assert p.written.text() == f"The statement is written to {target}."
    shot(p.written, "payments_statement_written")
    opener = next(b for b in p.written.buttons() if b.text() == "&Open it")
    opener.click()
    assert opened == [str(target)]
    assert QSettings().value("payments/statement_folder") == str(tmp_path)
    with pdfplumber.open(target) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    lines = text.splitlines()
    # N[0] (Jan 31) is before the period: the opening balance. Then N[1] (Feb 28), the cash (Mar 16):
    # 24.00 + 24.00 - 10.87 = 37.13. On Mar 31, N[1] (due Mar 14) is 17 days late: 1-30; N[0] (due Feb 14,
    # 13.13 left) is 45 days late: 31-60.
    assert "Your account with Northwind Hosting in EUR" in lines
    assert lines[lines.index("Date Entry Reference Amount Balance") + 1:][:5] == [
        "1 Feb 2026 Opening balance €24.00", f"28 Feb 2026 Invoice {N[1]} €24.00 €48.00",
        "16 Mar 2026 Payment received receipt -€10.87 €37.13", "31 Mar 2026 Closing balance €37.13",
        "You owe €37.13."]
    assert "€0.00 €24.00 €13.13 €0.00 €0.00 €0.00" in lines


def test_prorata_s_own_refusal_is_said_in_the_window_language(qapp):
    from app.errors import Problem
    from ui.payments.collection_words import reason_words

    QLocale.setDefault(QLocale("de_DE"))
    i18n.switch(qapp, "de", save=False)
    try:
        # The report's English text is for the command line; the window says the problem itself, in German
        # (translations/core/de.po).
        assert reason_words("failed", "a direct debit needs a folder for its bank file",
                            (Problem("collection_no_folder"),)) == "Eine Lastschrift braucht einen Ordner für ihre Bankdatei"
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale("en_GB"))
