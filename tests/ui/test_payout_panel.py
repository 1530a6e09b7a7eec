"""A clerk pays a reseller out from the account panel, and reverses a payout that did not hold (its transfer
bounced): app/payments/payouts.py ``add`` and ``reverse`` through ui/payments/payout_dialog.py. The buttons are
there on a reseller's account with the hoster only; a payout is reversed once, a second clerk told so in words.

The world of tests/test_reseller_negative_statement.py, acme's payment left out (as tests/test_payout_reversal.py
has it), as of 2026-04-01: ST-1 (1 February) -4.10, acme owes it (its entry +4.10); ST-2 (1 March) +12.56, owed to
acme (its entry -12.56). Statements -4.10 + 12.56 = 8.46 to pay out; balance +4.10 - 12.56 = -8.46.
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_reseller_negative_statement import world
from tests.ui.test_payment_console import TODAY, open_console, pick, shot, yes  # noqa: F401 (the fixture)


def payout_row(p, amount: str) -> int:
    """The ledger row of the payout entry of ``amount`` (as the Amount column shows it)."""
    return next(r for r in range(p.ledger.rowCount())
                if p.ledger.row_data(r).kind == "payout" and p.ledger.index(r, 3).data() == amount)


def test_pay_out_then_reverse_the_payout_once(qtbot, worker, sqlite_db, yes):  # noqa: F811
    world(sqlite_db, paid=None)
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "acme")
    assert (p.statements.text(), p.paid_out.text(), p.to_pay_out.text(), p.balance.text()) == (
        "€8.46", "€0.00", "€8.46", "-€8.46")
    assert p.payout_button.isVisibleTo(p) and p.payout_button.isEnabled()
    assert p.reverse_payout_button.isVisibleTo(p) and not p.reverse_payout_button.isEnabled()
    lines = len(p.account().lines)
    shot(c, "payout_panel_before")

    d = p.pay_out()
    assert d.amount.text() == "8.46" and d.date.day() == TODAY  # what is to pay out, today
    assert "To pay out: €8.46" in d.heading.text()
    shot(d, "payout_dialog")
    d.amount.setText("9.00")  # 9.00 > the 8.46 owed: refused at the field, the dialog stays open
    d.accept()
    qtbot.waitUntil(lambda: d.form.message_text("amount") != "", timeout=5000)
    assert d.isVisible() and d.form.message_text("amount") == (
        "the hoster owes acme 8.46 EUR, not 9.00: nothing was paid out")
    shot(d, "payout_dialog_refused")
    d.amount.setText("8.46")
    d.accept()
    assert yes[-1] == "Pay €8.46 out to Acme Cloud GmbH on 01/04/2026? Make sure the money was actually sent."
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: p.account() is not None and len(p.account().lines) == lines + 1, timeout=5000)
    # Paid out 8.46: to pay out 8.46 - 8.46 = 0.00; balance -8.46 + 8.46 = 0.00. Nothing left to pay out.
    assert (p.statements.text(), p.paid_out.text(), p.to_pay_out.text(), p.balance.text()) == (
        "€8.46", "€8.46", "€0.00", "€0.00")
    assert not p.payout_button.isEnabled()
    row = payout_row(p, "€8.46")
    entry = p.ledger.row_data(row).id
    assert [p.ledger.index(row, k).data() for k in range(5)] == [
        "01/04/2026", "Payout to reseller", f"PO-{entry}", "€8.46", "€0.00"]

    # A second clerk's window shows the payout too, not yet reversed.
    c2 = open_console(qtbot, worker)
    p2 = pick(qtbot, c2, "acme")
    p2.ledger_view.setCurrentIndex(p2.ledger.index(payout_row(p2, "€8.46"), 0))
    assert p2.reverse_payout_button.isEnabled()

    p.ledger_view.setCurrentIndex(p.ledger.index(row, 0))
    assert p.reverse_payout_button.isEnabled()
    r = p.reverse_payout()
    assert r.payout.currentData() == entry and r.date.day() == TODAY
    assert r.effect.text() == f"What payout PO-{entry} paid, €8.46, is owed to the reseller again."
    r.reason.setText("transfer returned AC04")
    shot(r, "payout_reverse_dialog")
    r.accept()
    assert yes[-1] == f"Reverse payout PO-{entry} of €8.46 on 01/04/2026? This cannot be undone."
    qtbot.waitUntil(lambda: not r.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: p.account() is not None and len(p.account().lines) == lines + 2, timeout=5000)
    # Reversed: paid out 8.46 - 8.46 = 0.00, 8.46 to pay out again; balance 0.00 - 8.46 = -8.46.
    assert (p.statements.text(), p.paid_out.text(), p.to_pay_out.text(), p.balance.text()) == (
        "€8.46", "€0.00", "€8.46", "-€8.46")
    assert p.payout_button.isEnabled()
    back = payout_row(p, "-€8.46")
    assert p.ledger.row_data(back).reference == f"PO-{entry} reversed: transfer returned AC04"
    assert [p.ledger.index(back, k).data() for k in range(5)] == [
        "01/04/2026", "Payout reversed", f"of payout PO-{entry} · transfer returned AC04", "-€8.46", "-€8.46"]
    row = payout_row(p, "€8.46")
    assert p.ledger.index(row, 2).data() == f"PO-{entry} (reversed)"
    p.ledger_view.setCurrentIndex(p.ledger.index(row, 0))
    assert not p.reverse_payout_button.isEnabled()  # reversed already: not offered again
    qtbot.waitUntil(lambda: c.model.complete() and not c.model.loading() and c.model.rowCount() == 2, timeout=5000)
    shot(c, "payout_panel_after_reverse")

    # The second clerk reverses it too: refused in words, nothing written, its window read again.
    r2 = p2.reverse_payout()
    r2.accept()
    qtbot.waitUntil(lambda: not r2.isVisible(), timeout=5000)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "race_message" and w.isVisible())
    assert box.informativeText().startswith(f"payout PO-{entry} was already reversed on 2026-04-01 by ")
    assert box.informativeText().endswith("; nothing was changed")
    shot(box, "payout_reversed_twice")
    box.done(QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: len(p2.account().lines) == lines + 2, timeout=5000)
    assert (p2.paid_out.text(), p2.to_pay_out.text()) == ("€0.00", "€8.46")  # one reversal, not two


def test_no_payout_buttons_on_a_company_account(qtbot, worker, sqlite_db):
    world(sqlite_db, paid=None)
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "r1")
    assert not p.payout_button.isVisibleTo(p) and not p.reverse_payout_button.isVisibleTo(p)
    assert p.pay_out() is None and p.reverse_payout() is None
