"""Compile the Qt Designer forms ui/*.ui into desktop/forms/ui_*.py with pyside6-uic.

The generated modules are build output (git ignores them); the forms hold layout only and the
behaviour lives in desktop/views. scripts/setup runs this, as it builds the translations.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = ROOT / "desktop" / "forms"
    out.mkdir(exist_ok=True)
    (out / "__init__.py").write_text('"""Generated from ui/*.ui by scripts/build_forms.py."""\n')
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    wanted = set()
    for form in sorted((ROOT / "ui").glob("*.ui")):
        target = out / f"ui_{form.stem}.py"
        wanted.add(target.name)
        subprocess.run([uic, str(form), "-o", str(target)], check=True)
    for stale in out.glob("ui_*.py"):
        if stale.name not in wanted:
            stale.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
