"""packaging/icu_data.py cuts Qt's ICU data to English and Polish, and Qt still collates
Polish names the Polish way with it (checked in a Qt process loading the cut library)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icu_data  # noqa: E402

QT_LIB = Path(QtCore.__file__).parent / "Qt" / "lib"
NAMES = ["Żory", "Zwoleń", "Źródła", "Łódź", "Lublin", "Mielec", "Ćmielów", "Cedynia"]
SORT = f"""
import json
from PySide6.QtCore import QCollator, QLocale
names = {NAMES!r}
print(json.dumps({{
    loc: sorted(names, key=QCollator(QLocale(loc)).sortKey) for loc in ("pl_PL", "en_US")
}}))
"""


def sorted_by_qt(library_dir: Path | None) -> dict[str, list[str]]:
    env = dict(os.environ)
    if library_dir is not None:  # found before Qt's own copy (RUNPATH comes after it)
        env["LD_LIBRARY_PATH"] = str(library_dir)
    done = subprocess.run(
        [sys.executable, "-c", SORT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_cut_icu_data_is_small_and_collates_as_the_whole(tmp_path: Path) -> None:
    whole = next(QT_LIB.glob("libicudata.so.*"))
    library = tmp_path / whole.name
    shutil.copyfile(whole, library)
    work = tmp_path / "work"
    work.mkdir()
    before, after = icu_data.trim(library, work)
    assert before == whole.stat().st_size
    assert after < 8 * 2**20 < before / 3
    kept = subprocess.run(
        [
            "icupkg",
            "--ignore-deps",
            "-l",
            str(work / "kept" / f"icudt{whole.name.rsplit('.', 1)[-1]}l.dat"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert {"root.res", "pl.res", "en.res", "coll/pl.res", "coll/ucadata.icu"} <= set(kept)
    assert not {"de.res", "coll/de.res", "ja.res"} & set(kept)

    cut = sorted_by_qt(tmp_path)
    assert cut["pl_PL"] == [
        "Cedynia",
        "Ćmielów",
        "Lublin",
        "Łódź",
        "Mielec",
        "Zwoleń",
        "Źródła",
        "Żory",
    ]
    assert cut == sorted_by_qt(None)  # as with Qt's whole data, English too


def test_not_an_icu_data_library_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "libQt6Core.so.6"
    shutil.copyfile(QT_LIB / "libQt6Core.so.6", other)
    with pytest.raises(SystemExit, match="not a libicudata"):
        icu_data.trim(other, tmp_path)
    assert other.read_bytes() == (QT_LIB / "libQt6Core.so.6").read_bytes()
