"""`make screenshots` (packaging/screenshots.py) draws every main screen of a language offscreen into a folder.

Run as a separate process, as make runs it: the script points QSettings at a temporary folder and switches
the application's language, which must not leak into the tests that run after it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ["tenants", "catalogue", "prices", "invoices", "payments", "billing-run", "audit-log", "designer"]


def test_the_screens_of_a_language_are_drawn(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}  # no user settings touched
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--out", str(tmp_path / "s"),
                           "--languages", "de", "--companies", "6"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    written = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert written == sorted(f"de-{name}.png" for name in SCREENS)
    window = QImage(str(tmp_path / "s" / "de-tenants.png"))
    assert (window.width(), window.height()) == (1280, 800)
    assert not (tmp_path / ".config").exists()  # preferences went to the script's own folder
