"""`supplier-desk --self-test --lang pl|en`: does this build of the app work here?

Meant for a built bundle (packaging/build_linux.sh and CI run it on what they built), and
runnable from the source tree. Offscreen, it checks what travels inside the bundle (version,
Qt's platform plugins, our translations and Qt's own, the icon and style sheet, keyring's
backends, the install folder left unwritten), then does what a supplier does first: starts
the embedded sandbox, signs in as its demo user, syncs, shows the home page, and opens the
verification wizard's first page, checking the words are in the language asked for (Qt's own
wizard buttons too). Each check is one line of the report, on stdout and in a file; the exit
code is 0 when all passed, 1 when one failed (the line says why), 2 when the test itself broke.

The report is for whoever builds or supports the app, so it is in English, like the log.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QTimer,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from desktop.app.install_check import damaged_translation
from desktop.app.logging_setup import default_log_dir
from desktop.app.version import app_version, install_folder, is_frozen

log = logging.getLogger(__name__)

WAIT_MS = 180_000
# What a supplier reads, per language: ours (from our .qm) and Qt's own (from qtbase_<lang>.qm).
EXPECTED: dict[str, dict[str, str]] = {
    "pl": {
        "home": "&Strona główna",
        "welcome": "Witamy, Elise",
        "wizard": "Aktywuj nabywcę",
        "next": "&Dalej >",
        "cancel": "Anuluj",
    },
    "en": {
        "home": "&Home",
        "welcome": "Welcome Elise",
        "wizard": "Activate your buyer",
        "next": "&Next >",
        "cancel": "Cancel",
    },
}
PLATFORM_PLUGINS = {
    "linux": ("offscreen", "xcb", "wayland"),
    "win32": ("offscreen", "windows"),
    "darwin": ("offscreen", "cocoa"),
}
KEYRING_BACKENDS = {
    "linux": "keyring.backends.SecretService",
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}
# Names in Polish order (Ł after L, Ź and Ż after Z): ICU's Polish collation, which the Linux
# bundle carries in a trimmed copy of Qt's ICU data (packaging/icu_data.py).
POLISH_ORDER = ["Lublin", "Łódź", "Mielec", "Zwoleń", "Źródła", "Żory"]
VERIFY_BUYER = "Demonstration Example Buyer"  # asks for verification (portal/sandbox/demo.py)


@dataclass
class Report:
    out: TextIO
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def _line(self, text: str) -> None:
        self.lines.append(text)
        print(text, file=self.out, flush=True)

    def ok(self, what: str) -> None:
        self._line(f"ok    {what}  [{time.monotonic() - self.started:.1f} s]")

    def fail(self, what: str) -> None:
        self.failures.append(what)
        self._line(f"FAIL  {what}")

    def check(self, passed: bool, what: str, why: str = "") -> bool:
        if passed:
            self.ok(what)
        else:
            self.fail(f"{what}: {why}" if why else what)
        return passed

    def note(self, text: str) -> None:
        self._line(f"      {text}")


def console() -> TextIO:
    """stdout; a windowed Windows build has none, so borrow the console it was started from."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]
            stream = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
            sys.stdout = sys.stderr = stream
            return stream
    return open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def wait_for(signals: list[Any], done: Callable[[], bool], timeout_ms: int = WAIT_MS) -> bool:
    """Run the event loop until `done()` holds, asking again whenever one of `signals` fires."""
    if done():
        return True
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if done():
            loop.quit()

    for signal in signals:
        signal.connect(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(check)
    return done()


def settle(ms: int = 100) -> None:
    """Let posted events (layouts, paints) run for a moment."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def check_bundle(report: Report, language: str) -> None:
    """What travels inside: version, platform plugins, translations, icon, style, keyring."""
    from desktop.app.resources import RESOURCES, app_icon, style_sheet

    report.check(bool(app_version()) and app_version() != "0+unknown", f"version {app_version()}")
    report.note(f"{'bundle' if is_frozen() else 'source tree'}: {install_folder()}")
    report.note(f"Qt {qVersion()}, platform {QGuiApplication.platformName()}, {sys.platform}")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = {p.name for p in plugins.glob("*")} if plugins.is_dir() else set()
    for name in PLATFORM_PLUGINS.get(sys.platform, ("offscreen",)):
        report.check(
            any(name in file_name for file_name in found),
            f"Qt platform plugin '{name}'",
            f"missing from {plugins}",
        )
    want = EXPECTED[language]
    damaged = damaged_translation(language)
    report.check(
        damaged is None,
        f"Supplier Desk's translation file for '{language}' loads",
        f"{damaged} is missing or damaged",
    )
    ours = QCoreApplication.translate("NavBar", "&Home")
    report.check(
        ours == want["home"],
        f"Supplier Desk's words in '{language}' ({ours!r})",
        f"expected {want['home']!r}: supplier_desk_{language}.qm is missing or damaged",
    )
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if language != "en":
        qm = qt_dir / f"qtbase_{language}.qm"
        report.check(qm.is_file(), f"Qt's own translation {qm.name}", f"missing from {qt_dir}")
    icon = app_icon()
    report.check(
        not icon.isNull() and not icon.pixmap(64, 64).isNull(),
        "application icon renders",
        f"{RESOURCES / 'app_icon.svg'} missing or unreadable (the SVG icon plugin?)",
    )
    try:
        report.check("#navBar" in style_sheet(), "style sheet", "no #navBar rule in it")
    except OSError as exc:
        report.fail(f"style sheet: {type(exc).__name__}")
    check_collation(report)
    check_keyring(report)


def check_collation(report: Report) -> None:
    collator = QCollator(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    got = sorted(reversed(POLISH_ORDER), key=collator.sortKey)
    report.check(
        got == POLISH_ORDER,
        "Polish collation (Ł after L, Ż after Ź)",
        f"sorted as {got}: the locale data for collation (ICU) is missing or incomplete",
    )


def check_keyring(report: Report) -> None:
    """keyring finds its backends by entry point; a bundle without its metadata has none."""
    import keyring

    points = {e.value for e in metadata.entry_points(group="keyring.backends")}
    expected = KEYRING_BACKENDS.get(sys.platform)
    if expected is not None:
        report.check(
            expected in points,
            f"keyring backend {expected} registered",
            f"entry points found: {sorted(points) or 'none'}",
        )
    backend = keyring.get_keyring()
    report.note(f"keychain in use: {type(backend).__module__}.{type(backend).__name__}")


def open_verification_item(session: Any) -> Any:
    """On a data folder kept from an earlier run the request exists already: its verification
    (still open, as the self-test never answers it) comes from the cache, read off the GUI."""
    from desktop.domain.types import Outcome, RequestItem, RequestItemState
    from desktop.tools.screenshot_connect import run_off_gui

    def find() -> RequestItem | None:
        for row in session.cache.verifications():
            if row.buyer_name == VERIFY_BUYER and row.state.is_open:
                return RequestItem(
                    buyer_id=row.buyer_id,
                    buyer_name=row.buyer_name,
                    buyer_network_number="",
                    buyer_country="",
                    state=RequestItemState.VERIFICATION_REQUIRED,
                    outcome=Outcome.VERIFICATION_REQUIRED,
                    verification_id=row.id,
                )
        return None

    return run_off_gui(session, find)


def check_session(report: Report, language: str, data_dir: Path) -> None:
    """Start the sandbox, sign in, sync, show Home; then the verification wizard's first page."""
    from desktop.app.startup import Options, start_session
    from desktop.tools.screenshot_verify import VerifyScenes

    want = EXPECTED[language]
    opts = Options(portal=None, data_dir=data_dir, splash=False, show_window=True)
    session = start_session(opts, notify=lambda title, text: report.fail(f"{title}: {text}"))
    if not report.check(session is not None, "embedded sandbox started, signed in"):
        return
    assert session is not None
    try:
        ctx, window = session.ctx, session.window
        synced = wait_for(
            [ctx.status_changed, ctx.tasks.idle],
            lambda: ctx.sync_attempted and not ctx.tasks.busy(),
        )
        report.check(
            synced and ctx.status.online and ctx.status.last_synced_at is not None,
            "first sync with the sandbox",
            f"online={ctx.status.online}, last synced {ctx.status.last_synced_at}",
        )
        report.check(bool(ctx.accounts), f"{len(ctx.accounts)} supplier account(s) synced")
        settle()
        report.check(
            window.isVisible() and window.current_page_key() == "home",
            "home page shown (interactive)",
            f"page {window.current_page_key()!r}, visible={window.isVisible()}",
        )
        welcome = window.header.welcome.text()
        report.check(
            welcome == want["welcome"], f"home page greets {welcome!r}", f"not {want['welcome']!r}"
        )
        scenes = VerifyScenes(session, settle)
        asked = scenes.ask(VERIFY_BUYER)
        item = asked[0] if asked is not None else open_verification_item(session)
        if not report.check(
            item is not None,
            f"verification asked for by {VERIFY_BUYER}",
            "no verification: neither a new connection request nor an open one",
        ):
            return
        assert item is not None
        wizard = scenes.open(item)
        page = wizard.currentPage()
        title = page.title() if page is not None else ""
        report.check(
            title == want["wizard"], f"wizard's first page {title!r}", f"not {want['wizard']!r}"
        )
        for which, key in (
            (QWizard.WizardButton.NextButton, "next"),
            (QWizard.WizardButton.CancelButton, "cancel"),
        ):
            text = wizard.button(which).text()
            report.check(
                text == want[key],
                f"Qt's own wizard button {text!r}",
                f"not {want[key]!r}: Qt's translation (qtbase_{language}.qm) not loaded",
            )
        wizard.close()
        settle()
    finally:
        session.close()


def run_self_test(
    language: str | None,
    data_dir: Path | None,
    report_file: Path | None,
    out: TextIO | None = None,
) -> int:
    """`language`: the one the app was started in (None: the default locale's, as installed)."""
    if language is None:
        language = QLocale().name().split("_")[0]
        language = language if language in EXPECTED else "en"
    report = Report(out or console())
    report.note(f"Supplier Desk self-test, language {language}")
    folder = install_folder()
    before = _tree_state(folder) if is_frozen() else {}
    scratch: Path | None = None
    if data_dir is None:
        scratch = Path(tempfile.mkdtemp(prefix="supplier-desk-self-test-"))
        data_dir = scratch
    report.note(f"data folder: {data_dir}")
    code = 0
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        check_bundle(report, language)
        check_session(report, language, data_dir)
        if is_frozen():
            changed = sorted(k for k, v in _tree_state(folder).items() if before.get(k) != v)
            report.check(not changed, "install folder left unwritten", ", ".join(changed[:5]))
    except Exception as exc:  # the test itself broke: say where, exit 2
        log.exception("self-test broke")
        report.fail(f"self-test stopped: {type(exc).__name__}: {exc}")
        report.note(traceback.format_exc().strip().replace("\n", "\n      "))
        code = 2
    finally:
        if scratch is not None:
            import shutil

            shutil.rmtree(scratch, ignore_errors=True)
    if code == 0 and report.failures:
        code = 1
    verdict = "PASSED" if code == 0 else f"FAILED ({len(report.failures)}): " + report.failures[0]
    report.note(verdict)
    target = report_file or default_log_dir() / f"self-test-{language}.txt"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(report.lines) + "\n", encoding="utf-8")
        print(f"      report: {target}", file=report.out, flush=True)
    except OSError as exc:
        print(f"      report not written to {target}: {exc}", file=report.out, flush=True)
    return code
