"""The send dialog with a message in doubt (the mail server stored it, then lost the connection without an
answer): the clerk reads that it may have been delivered, a second send leaves it out, and only "Send again
those sent before" offers it again. The server is tests/test_delivery_in_doubt.py's."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_delivery import _smtp_set, _world, ring, tls_files  # noqa: F401 (fixtures)
from tests.test_delivery_in_doubt import smtp_server  # noqa: F401 (fixture)
from ui.delivery import SendInvoicesDialog


@pytest.fixture
def mail_world(sqlite_db, ring, smtp_server, monkeypatch):  # noqa: F811
    w = _world(sqlite_db, post=False)
    _smtp_set(sqlite_db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(sqlite_db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    return w


def test_a_message_in_doubt_is_said_so_and_not_offered_again_unless_asked(qtbot, worker, mail_world,
                                                                          smtp_server):  # noqa: F811
    gale = mail_world.inv["gale"][1]
    smtp_server.drop_after_data["accounts@gale.test"] = 5
    dialog = SendInvoicesDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.send_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent and not dialog.busy(), timeout=20000)
    assert len(smtp_server.to("accounts@gale.test")) == 1
    said = {r[1]: r[3] for r in dialog.rows()}
    assert said["gale"].startswith(f"In doubt: {gale} to accounts@gale.test is in doubt: the connection to ")
    assert "It may have been delivered, so it is not sent again unless asked" in said["gale"]
    assert dialog.summary.text() == (
        "2 invoice(s) sent. 1 in doubt: the connection was lost after sending, so they may have been delivered. "
        "They are not sent again unless you check \"Send again those sent before\"; ask the customer first.")
    # A second look: not offered; with "Send again those sent before", offered once more.
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.busy() and "Nothing to send" in dialog.summary.text(), timeout=10000)
    assert {r[1]: r[3].split(":")[0] for r in dialog.rows()}["gale"] == "In doubt"
    dialog.resend_box.setChecked(True)  # previews again by itself
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.send_button.isEnabled(), timeout=10000)
    assert {r[1]: r[3] for r in dialog.rows()}["gale"] == "Will be sent"
    assert len(smtp_server.to("accounts@gale.test")) == 1
