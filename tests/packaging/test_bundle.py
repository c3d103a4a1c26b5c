"""The BUILT Linux bundle works: packaging/build_linux.sh builds it and smoke-tests it in Polish
and English; then the bundle is damaged the ways an installation gets damaged, and the app
still starts, saying what is wrong. Slow (a PyInstaller build): `pytest -m bundle tests/packaging`.
Set SUPPLIER_DESK_BUNDLE=<folder> to test a bundle already built instead of building one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The issue aims at 120 MB: 117 MB of files. psycopg and its libpq add 12 MB while a portal
# module the sandbox loads imports psycopg at module level (bundle_filter.portal_needs_psycopg).
SIZE_LIMIT_MB = 120
PSYCOPG_MB = 12
# The rule engine (issue 20): saxonche's native SaxonC library is a 100 MB GraalVM image (36 MB
# compressed in an installer); nothing smaller runs the official XSLT 2.0 rules as published.
RULE_ENGINE_MB = 102
pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("SUPPLIER_DESK_BUNDLE")
    if given:
        yield Path(given)
        return
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("pip install -e .[packaging]")
    out = tmp_path_factory.mktemp("bundle")
    env = dict(
        os.environ, SKIP_SETUP="1", DIST=str(out / "dist"), WORK=str(out / "work"), CLEAN="1"
    )
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    # build_linux.sh runs the self-test in pl and en itself: its exit code says both passed.
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    for lang in ("pl", "en"):
        report = (out / "dist" / f"self-test-{lang}.txt").read_text(encoding="utf-8")
        assert "PASSED" in report and "FAIL" not in report
    assert list((out / "dist").glob("supplier-desk-*-linux-*.tar.gz"))
    yield out / "dist" / "Supplier Desk"


def self_test(app: Path, lang: str, tmp: Path, **env: str) -> tuple[int, str]:
    report = tmp / f"report-{lang}.txt"
    done = subprocess.run(
        [str(app / "Supplier Desk"), "--self-test", "--lang", lang, "--report", str(report)]
        + (["--data-dir", env.pop("data_dir")] if "data_dir" in env else []),
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True,
        text=True,
        timeout=600,
    )
    return done.returncode, report.read_text(encoding="utf-8")


def copy_of(bundle: Path, tmp: Path) -> Path:
    target = tmp / "Supplier Desk"
    shutil.copytree(bundle, target, symlinks=True)
    return target


def test_bundle_is_small_and_complete(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    internal = bundle / "_internal"
    limit = SIZE_LIMIT_MB + (PSYCOPG_MB if any(internal.glob("psycopg_binary*")) else 0)
    limit += RULE_ENGINE_MB
    assert sorted(p.name for p in internal.glob("einvoice/rules_data/*")) == [
        "CEN-EN16931-UBL.xslt",
        "NOTICE.md",
        "PEPPOL-EN16931-UBL.xslt",
        "business_terms.json",
    ]
    assert size < limit * 2**20, f"{size / 2**20:.0f} MB"
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_pl.qm").is_file()
    assert not list(internal.glob("PySide6/Qt/translations/qtbase_de.qm"))
    assert list(internal.glob("portal/store/migrations/versions/0001_*.py"))
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    # Qt's ICU data cut to en/pl (packaging/icu_data.py), the rest left out (bundle_filter).
    icu = next(internal.glob("PySide6/Qt/lib/libicudata.so.*"))
    assert icu.stat().st_size < 8 * 2**20
    assert not list(internal.glob("stdnum/**/*.dat"))
    assert not list(internal.glob("PySide6/Qt/plugins/wayland-graphics-integration-client"))
    assert not list(internal.glob("libQt6OpenGL*")) + list(internal.glob("libgssapi_krb5.so*"))
    links = [p for p in bundle.rglob("*") if p.is_symlink()]
    assert all(p.exists() for p in links), [str(p) for p in links if not p.exists()]
    desktop_file = (bundle / "share" / "supplier-desk.desktop").read_text(encoding="utf-8")
    assert "Icon=supplier-desk" in desktop_file
    assert (bundle / "share/icons/hicolor/256x256/apps/supplier-desk.png").is_file()


def test_version_is_baked_in(bundle: Path) -> None:
    done = subprocess.run(
        [str(bundle / "Supplier Desk"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == f"Supplier Desk {metadata.version('supplier-desk')}"


def test_polish_path_no_keychain_read_only_install(bundle: Path, tmp_path: Path) -> None:
    app = copy_of(bundle, tmp_path)
    for path in [app, *app.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o222)
    data = tmp_path / "Użytkownicy" / "Łukasz Żółć" / "dane"
    try:
        code, report = self_test(
            app,
            "pl",
            tmp_path,
            data_dir=str(data),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
    finally:
        for path in [app, *app.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | 0o200)
    assert code == 0, report
    assert "ok    install folder left unwritten" in report
    assert "keychain in use: keyring.backends.fail.Keyring" in report
    assert (data / "sandbox-portal.sqlite").is_file()


def test_damaged_translation_still_starts_and_says_which(bundle: Path, tmp_path: Path) -> None:
    app = copy_of(bundle, tmp_path)
    qm = app / "_internal" / "desktop" / "translations" / "supplier_desk_pl.qm"
    qm.write_bytes(qm.read_bytes()[:100])  # truncated, as by a broken download
    code, report = self_test(app, "pl", tmp_path)
    assert code == 1, report
    assert "supplier_desk_pl.qm is missing or damaged" in report
    # The app still started (in English), signed in, synced and showed Home.
    assert "ok    home page shown (interactive)" in report


def test_missing_icon_still_starts_and_says_which(bundle: Path, tmp_path: Path) -> None:
    app = copy_of(bundle, tmp_path)
    (app / "_internal" / "resources" / "app_icon.svg").unlink()
    code, report = self_test(app, "en", tmp_path)
    assert code == 1, report
    assert "FAIL  application icon renders" in report and "app_icon.svg" in report
    assert "ok    home page shown (interactive)" in report


def test_bundle_checks_an_invoice(bundle: Path) -> None:
    example = ROOT / "tests" / "data" / "peppol" / "base-example.xml"
    done = subprocess.run(
        [str(bundle / "Supplier Desk"), "--check-invoice", str(example)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stderr


def test_bundle_runs_the_rule_process(bundle: Path) -> None:
    from einvoice.rule_server import RuleServer

    server = RuleServer([str(bundle / "Supplier Desk"), "--rule-server"])
    try:
        example = ROOT / "tests" / "data" / "peppol" / "base-example.xml"
        assert server.check(example.read_bytes()) == []
    finally:
        server.close()
