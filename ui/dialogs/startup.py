"""Questions asked while opening a database: upgrade the schema? load demo data?"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def confirm_upgrade(current: str, head: str, parent: QWidget | None = None) -> bool:
    """True when the user agrees to bring the schema from ``current`` to ``head``."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Upgrade the database?"),
                      tr("This database was written by an older version of Prorata."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(tr("Its schema must be upgraded (%1 → %2) before Prorata can open it. "
                              "Take a backup first if you are unsure. The upgrade runs in one "
                              "transaction: it finishes completely or changes nothing.")
                           .replace("%1", current).replace("%2", head))
    upgrade = box.addButton(tr("Upgrade"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(upgrade)
    box.exec()
    return box.clickedButton() is upgrade


DEMO_SIZES = (100, 1_000, 10_000, 100_000)


def offer_demo(parent: QWidget | None = None) -> int | None:
    """Ask whether to fill the empty database with demo data; the number of companies, or None."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Empty database"),
                      tr("This database holds no hoster, resellers or companies yet."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(tr("Load demo data to look around? You can also start empty and import "
                              "your own data with “prorata import”."))
    demo = box.addButton(tr("Load demo data…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    if box.clickedButton() is not demo:
        return None
    labels = [tr("%1 companies").replace("%1", QLocale().toString(n)) for n in DEMO_SIZES]
    choice, ok = QInputDialog.getItem(parent, tr("Demo data"), tr("How many companies?"), labels, 1, False)
    if not ok:
        return None
    return DEMO_SIZES[labels.index(choice)]
