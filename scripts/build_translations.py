"""Compile i18n/*.ts into desktop/translations/*.qm with pyside6-lrelease (never by hand)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = ROOT / "desktop" / "translations"
    out.mkdir(exist_ok=True)
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
