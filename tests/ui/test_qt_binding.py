"""The Qt binding the project installs must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 returned None from every method that returns nothing without
taking a reference to it, so a running app aborted ("none_dealloc") after a few thousand such
calls: setting a label's text, enabling a button. pyproject.toml keeps that release out; this
test fails if a release like it comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 50_000

PROGRAM = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range({CALLS}):
    label.setText("Supplier Desk")
    label.setEnabled(True)
print(sys.getrefcount(None) - before)
"""


def test_widgets_can_be_changed_many_times_without_the_app_aborting() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.split()[-1])) < 100  # no reference lost per call
