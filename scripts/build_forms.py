"""Compile the Qt Designer forms ui/*.ui into desktop/forms/ui_*.py with pyside6-uic.

The generated modules are build output (git ignores them); the forms hold layout only and the
behaviour lives in desktop/views. scripts/setup runs this, as it builds the translations.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = ROOT / "desktop" / "forms"
    out.mkdir(exist_ok=True)
    (out / "__init__.py").write_text('"""Generated from ui/*.ui by scripts/build_forms.py."""\n')
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    forms = {form: out / f"ui_{form.stem}.py" for form in sorted((ROOT / "ui").glob("*.ui"))}
    wanted = {target.name for target in forms.values()}
    # One pyside6-uic a form, a few at once (each is a process start: 0.2 s).
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        done = pool.map(
            lambda pair: subprocess.run([uic, str(pair[0]), "-o", str(pair[1])], check=True),
            forms.items(),
        )
        list(done)  # raises the first failure
    for stale in out.glob("ui_*.py"):
        if stale.name not in wanted:
            stale.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
