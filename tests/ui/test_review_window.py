"""The review window (ui/review/): opens a review file without a database, shows each invoice's PDF, takes
approve / query verdicts into the answers file, picks them up again, and refuses a tampered file."""
from __future__ import annotations

import zipfile

from app.review import answers
from app.review.export import export_review
from tests.review_world import DAY, review_world
from ui.review import ReviewWindow
from ui.review.list_model import ReviewListModel

SHOTS = "/tmp/h/shots"


def _file(sqlite_db, tmp_path):
    ids = review_world(sqlite_db)
    return ids, export_review(sqlite_db, tmp_path / "jan.prorata-review", since=DAY, exported_by="ann").path


def _window(qtbot):
    w = ReviewWindow()
    w.errors = []
    w.report_error = w.errors.append
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_reviewer_approves_and_queries_and_the_answers_are_kept(qtbot, sqlite_db, tmp_path):
    ids, path = _file(sqlite_db, tmp_path)
    w = _window(qtbot)
    assert w.open_file(path)
    assert w.model.rowCount() == 3
    qtbot.waitUntil(lambda: len(w.pages.images) == 1, timeout=5000)
    assert w.model.entries[w.current_row()].id == ids["alpha"]
    assert "Alpha" in w.heading.text() and "€24.00" in w.heading.text()

    w.reviewer.setText("rita")
    assert w.give("approved")
    assert w.model.entries[w.current_row()].id == ids["beta"]  # on to the next one
    assert not w.give("query")  # a query needs a comment
    assert w.problem.text() == f"a query on draft #{ids['beta']} needs a comment: say what should be checked"
    w.comment.setFocus()
    qtbot.keyClicks(w.comment, "Archiving still wanted?")
    assert w.give("query")
    assert w.summary.text() == "3 invoice(s): 1 approved, 1 queried, 1 to review"

    saved = answers.read(tmp_path / "jan.answers.json")
    assert saved.reviewer == "rita"
    assert [(a.invoice_id, a.verdict, a.comment) for a in saved.answers] == [
        (ids["alpha"], "approved", ""), (ids["beta"], "query", "Archiving still wanted?")]

    again = _window(qtbot)  # opened again: the answers given so far are there, the next open one is shown
    assert again.open_file(path)
    assert again.model.entries[again.current_row()].id == ids["gamma"]
    assert again.model.data(again.model.index(1, 3)) == "Queried"
    assert again.reviewer.text() == "rita"


def test_a_tampered_file_is_refused_in_words(qtbot, sqlite_db, tmp_path):
    ids, path = _file(sqlite_db, tmp_path)
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    name = f"invoices/{ids['alpha']}.json"
    members[name] = members[name].replace(b'"24.00"', b'"14.00"')
    with zipfile.ZipFile(path, "w") as z:
        for n, body in members.items():
            z.writestr(n, body)
    w = _window(qtbot)
    assert not w.open_file(path)
    assert w.review is None and w.model.rowCount() == 0
    assert f"{name} does not match the SHA-256 in its manifest" in str(w.errors[0])


def test_the_list_model(qtmodeltester, qtbot, sqlite_db, tmp_path):
    _, path = _file(sqlite_db, tmp_path)
    w = _window(qtbot)
    w.open_file(path)
    qtmodeltester.check(w.model)
    qtmodeltester.check(ReviewListModel())


def test_screenshot_of_the_review_window(qtbot, sqlite_db, tmp_path):
    _, path = _file(sqlite_db, tmp_path)
    w = _window(qtbot)
    w.resize(1280, 800)
    w.open_file(path)
    w.give("approved")
    qtbot.keyClicks(w.comment, "Customer cancelled in January: please check before issuing.")
    w.give("query")
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: not w.renderer.busy(), timeout=5000)
    qtbot.wait(300)
    import os

    os.makedirs(SHOTS, exist_ok=True)
    w.grab().save(f"{SHOTS}/review.png")
