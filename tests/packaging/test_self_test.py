"""`supplier-desk --version` and `--self-test` from the source tree (the bundle's own run is
tests/packaging/test_bundle.py, marked `bundle`)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
        cwd=ROOT,
        env=dict(os.environ, **(env or {})),
    )


def test_version_prints_the_package_version() -> None:
    done = run_app("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Supplier Desk {metadata.version('supplier-desk')}"


def test_self_test_in_polish_on_a_polish_path_without_a_keychain(tmp_path: Path) -> None:
    data = tmp_path / "Użytkownicy" / "Łukasz Żółć" / "dane"
    report = tmp_path / "raport testu.txt"
    done = run_app(
        "--self-test",
        "--lang",
        "pl",
        "--data-dir",
        str(data),
        "--report",
        str(report),
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    text = report.read_text(encoding="utf-8")
    assert text.splitlines() == done.stdout.splitlines()[:-1]  # the file holds what was printed
    for seen in (
        "ok    first sync with the sandbox",
        "ok    home page greets 'Witamy, Elise'",
        "ok    wizard's first page 'Aktywuj nabywcę'",
        "ok    Qt's own wizard button 'Anuluj'",
        "ok    Polish collation (Ł after L, Ż after Ź)",
        "keychain in use: keyring.backends.fail.Keyring",
        "PASSED",
    ):
        assert seen in text
    assert any(data.glob("sandbox-portal.sqlite"))  # the data really went to that folder


def test_self_test_in_english_reports_each_check(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    done = run_app("--self-test", "--lang", "en", "--report", str(report))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    text = report.read_text(encoding="utf-8")
    assert "ok    home page greets 'Welcome Elise'" in text
    assert "ok    Qt's own wizard button 'Cancel'" in text
    assert "FAIL" not in text


def test_self_test_fails_with_a_reason_when_the_portal_cannot_start(tmp_path: Path) -> None:
    """A data folder that is a file: the sandbox cannot start; exit non-zero, say why."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    report = tmp_path / "report.txt"  # not the user's log folder
    done = run_app(
        "--self-test", "--lang", "en", "--data-dir", str(blocked / "data"), "--report", str(report)
    )
    assert done.returncode != 0
    assert "FAILED" in done.stdout
    assert "self-test stopped" in done.stdout or "FAIL " in done.stdout
    assert "FAILED" in report.read_text(encoding="utf-8")
