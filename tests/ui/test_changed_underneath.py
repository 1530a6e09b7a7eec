"""An open edit form whose record a colleague changes meanwhile says so (issue 10): a bar with what changed and
Reload, the typed edits kept until Reload. The colleague writes through an engine of their own; the window
hears it through its live refresh (SQLite data_version, PostgreSQL LISTEN/NOTIFY)."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from app.services import companies_admin, resellers_admin, users_admin
from app.services.tenant_view import NodeKind, NodeRef
from app.storage.engine import make_engine, unit_of_work
from tests.tenant_world import build_world
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.worker import Worker

SHOT = "/tmp/h/shots/{}.png"


@pytest.fixture
def setup(qtbot, db, monkeypatch):
    world = build_world(db)
    worker = Worker(db)
    w = MainWindow(worker, "test", today=TODAY, live=True)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.tree.currentIndex().isValid() and not w.browser.model.is_loading(),
                    timeout=5000)
    colleague = make_engine(db.url.render_as_string(hide_password=False))
    monkeypatch.setenv("PRORATA_ACTOR", "erin")
    yield w, world, colleague
    colleague.dispose()


def open_edit(qtbot, w, ref: NodeRef, title: str):
    w.browser.show_ref(ref)
    qtbot.waitUntil(lambda: w.browser.detail.current() == ref and w.browser.detail.title.text() == title,
                    timeout=5000)
    d = w.browser.actions.open_edit()
    qtbot.waitUntil(lambda: d.save_button.isEnabled(), timeout=5000)
    return d


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_company_changed_by_a_colleague_is_announced_and_reloads(qtbot, setup):
    w, world, colleague = setup
    d = open_edit(qtbot, w, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    assert d.notice.isHidden()
    type_into(qtbot, d.email, "mine@contoso.example")  # our unsaved edit
    with unit_of_work(colleague) as s:  # another company: not the one being edited, no notice
        companies_admin.edit_company(s, "a1", {"name": "Alpha Ltd (renamed)"})
    started = time.monotonic()
    with unit_of_work(colleague) as s:
        companies_admin.edit_company(s, "c1", {"name": "Contoso AG"})
    qtbot.waitUntil(lambda: d.notice.isVisible(), timeout=3000)
    assert time.monotonic() - started < 2.5
    assert d.notice.headline.text() == "Someone else changed this record after you opened it."
    assert "Their change:\nName: Contoso GmbH → Contoso AG" in d.notice.details.text()
    assert d.notice.reload_button.isVisible()
    # Non-modal, nothing of ours replaced: the fields are as typed, and still editable.
    assert (d.name.text(), d.email.text()) == ("Contoso GmbH", "mine@contoso.example")
    assert d.isVisible() and d.name.isEnabled() and qtbot.screenshot(d) and True
    d.grab().save(SHOT.format("changed_underneath_company"))
    d.notice.reload_button.click()
    qtbot.waitUntil(lambda: d.name.text() == "Contoso AG", timeout=5000)
    assert d.email.text() == "billing@c1.example" and d.notice.isHidden()
    assert d.status.text() == "Read again: this is the stored version now."
    type_into(qtbot, d.email, "mine@contoso.example")
    with qtbot.waitSignal(d.sig_saved, timeout=5000):  # on the version read again, our save goes through
        d.save_button.click()
    with unit_of_work(colleague) as s:
        c = companies_admin.company_show(s, "c1", TODAY).record
    assert (c.name, c.email) == ("Contoso AG", "mine@contoso.example")


def test_dismissed_then_saved_meets_the_conflict(qtbot, setup, monkeypatch):
    from ui.tenants.forms import base as forms_base

    w, world, colleague = setup
    asked = []
    monkeypatch.setattr(forms_base, "ask_reload", lambda parent, text: asked.append(text) or False)
    d = open_edit(qtbot, w, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    type_into(qtbot, d.name, "Acme Cloud Services")
    with unit_of_work(colleague) as s:
        resellers_admin.edit_reseller(s, "acme", {"name": "Acme Cloud GmbH"})
    qtbot.waitUntil(lambda: d.notice.isVisible(), timeout=3000)
    assert "Name: Acme Cloud → Acme Cloud GmbH" in d.notice.details.text()
    d.notice.dismiss_button.click()
    assert d.notice.isHidden() and d.name.text() == "Acme Cloud Services"
    with qtbot.waitSignal(d.sig_failed, timeout=5000):  # never silently over theirs
        d.save_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Name: Acme Cloud → Acme Cloud GmbH" in asked[0]
    assert d.name.text() == "Acme Cloud Services"  # kept editing: still ours


def test_a_user_whose_email_a_colleague_changed(qtbot, setup):
    w, world, colleague = setup
    d = open_edit(qtbot, w, NodeRef(NodeKind.USER, world.bob), "Bob Ray")
    type_into(qtbot, d.name, "Robert Ray")
    with unit_of_work(colleague) as s:  # the e-mail is the form's key: the form finds the user by its id
        users_admin.edit_user(s, "c1", "bob@contoso.example", {"email": "robert@contoso.example"})
    qtbot.waitUntil(lambda: d.notice.isVisible(), timeout=3000)
    assert "Email: bob@contoso.example → robert@contoso.example" in d.notice.details.text()
    assert d.name.text() == "Robert Ray"
    d.notice.reload_button.click()
    qtbot.waitUntil(lambda: d.email.text() == "robert@contoso.example", timeout=5000)
    assert d.name.text() == "Bob Ray"


def test_a_user_deleted_meanwhile_cannot_be_saved(qtbot, setup):
    w, world, colleague = setup
    with unit_of_work(colleague) as s:
        new = users_admin.add_user(s, "c1", "temp@contoso.example", "Temp Worker")
    w.browser.reread()
    d = open_edit(qtbot, w, NodeRef(NodeKind.USER, new.id), "Temp Worker")
    type_into(qtbot, d.name, "Temp Worker II")
    with colleague.begin() as conn:  # a user with no history: gone at once
        conn.execute(text("DELETE FROM users WHERE id = :id"), dict(id=new.id))
    qtbot.waitUntil(lambda: d.notice.isVisible(), timeout=3000)
    assert d.notice.headline.text() == "Someone else deleted or moved this record after you opened it."
    assert not d.notice.reload_button.isVisible() and d.name.text() == "Temp Worker II"
    d.grab().save(SHOT.format("changed_underneath_user_gone"))
