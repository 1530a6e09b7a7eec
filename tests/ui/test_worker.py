"""The database worker: results and errors come back to the GUI thread as data; bindings stay sane."""
from __future__ import annotations

import sys
import threading

from app.errors import ProrataError
from app.services import directory


def test_results_and_errors_arrive_in_the_gui_thread(qtbot, worker, world):
    got = {}
    gui = threading.get_ident()

    def done(name):
        return lambda value: got.update({name: (value, threading.get_ident() == gui)})
    worker.run(lambda s: directory.root(s).name, on_done=done("root"))
    worker.run(lambda s: directory.path_to(s, directory.NodeRef(directory.NodeKind.COMPANY, 999)),
               on_error=done("missing"))
    worker.run(lambda s: 1 / 0, on_error=done("bug"))
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    assert got["root"] == ("Northwind Hosting", True)
    missing, in_gui = got["missing"]
    assert isinstance(missing, ProrataError) and missing.messages() == ["no company 999"] and in_gui
    bug, _ = got["bug"]
    assert bug.problems[0].id == "internal_error"
    assert bug.messages() == ["an unexpected error occurred (ZeroDivisionError: division by zero); "
                              "details are in the log"]


def test_progress_and_cancel_for_long_work(qtbot, worker):
    seen, result = [], []

    def long_work(progress, cancelled):
        for i in range(1, 4):
            progress(i, 3, f"step {i}")
        return "cancelled" if cancelled() else "finished"
    task = worker.run(long_work, session=False, on_progress=lambda d, t, m: seen.append((d, t, m)),
                      on_done=result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert seen == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert result == ["finished"] and not task.cancelled()


def test_many_signals_do_not_eat_the_reference_to_true(qtbot, worker, world):
    # PySide6 6.12.0 lost a reference to True on every emit and aborted the interpreter
    # (pyproject.toml excludes it); this catches a binding with that bug.
    before = sys.getrefcount(True)
    answers = []
    for _ in range(300):
        worker.run(lambda s: None, on_done=answers.append)
    qtbot.waitUntil(lambda: len(answers) == 300, timeout=10000)
    assert sys.getrefcount(True) > before - 50
