"""``prorata review open FILE``: the review window alone, without any database."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui import i18n


def run(path: str) -> int:
    """Open the review window on ``path`` (already checked by the caller); the application's exit status."""
    from ui.review.window import ReviewWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Prorata")
    app.setApplicationDisplayName("Prorata")
    app.setOrganizationName("Prorata")
    i18n.start(app)
    window = ReviewWindow()
    window.show()
    if not window.open_file(path):
        return 2
    return app.exec()
