"""Entry point: `supplier-desk` = `python -m desktop`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from desktop.app.logging_setup import APP_NAME, setup_logging

# Qt loads in main(), after the options that need no window (--version, --check-invoice).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="supplier-desk", description=APP_NAME)
    parser.add_argument(
        "--portal", metavar="URL", help="a network portal (default: the embedded sandbox)"
    )
    parser.add_argument("--user", metavar="NAME", help="the user to sign in as")
    parser.add_argument("--lang", choices=("pl", "en"), help="the language (default: the system's)")
    parser.add_argument(
        "--theme",
        choices=("light", "dark", "high-contrast"),
        help="the look (default: the system's light, dark or high-contrast setting)",
    )
    parser.add_argument(
        "--scale",
        metavar="FACTOR",
        type=float,
        help="scale the whole window, as the system's 150%% or 200%% does (e.g. 2)",
    )
    parser.add_argument(
        "--font-scale",
        metavar="FACTOR",
        type=float,
        help="fonts this much larger (default: as much larger as the system font is)",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render every page to PNG files in DIR, then exit",
    )
    parser.add_argument("--version", action="store_true", help="print the version, then exit")
    parser.add_argument(
        "--check-invoice",
        metavar="FILE",
        nargs="+",
        type=Path,
        help="check UBL invoice files against the Peppol BIS Billing 3.0 rules, print one JSON "
        "line per finding, exit 0 (no fatal rule fired), 1 (one did) or 2 (a file is not XML)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (sandbox, sign-in, sync, home page, wizard), "
        "report, exit 0 when it works",
    )
    parser.add_argument(
        "--report", metavar="FILE", type=Path, help="where --self-test writes its report"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        help="where the cache and settings live",
    )
    parser.add_argument(
        "--retry-interval", metavar="SECONDS", type=float, default=15.0, help=argparse.SUPPRESS
    )  # tests: how soon an offline app tries again
    parser.add_argument(
        "--sync-interval", metavar="SECONDS", type=float, default=60.0, help=argparse.SUPPRESS
    )  # demos and tests: how often an online app syncs by itself
    parser.add_argument("--rule-server", action="store_true", help=argparse.SUPPRESS)
    # the bundled app's rule process (einvoice.rule_server): the official rules off the GUI's GIL
    return parser.parse_args(argv)


def make_app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from desktop.app import garbage
    from desktop.app.resources import app_icon, style_sheet

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    garbage.install(app)  # cycles are collected on the GUI thread only
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(style_sheet())
    return app


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.rule_server:  # no Qt: a child process of this app's own (frozen bundle)
        from einvoice.rule_server import serve

        return serve()
    if args.check_invoice:  # no Qt: scripts and CI run it headless
        from einvoice.check_cli import check_files

        return check_files(args.check_invoice)
    if args.version:
        from desktop.app.version import app_version
        from desktop.tools.self_test import console

        print(f"{APP_NAME} {app_version()}", file=console())
        return 0
    from PySide6.QtCore import QCoreApplication

    from desktop.app.i18n import Translations, pick_language
    from desktop.app.language import LanguageSwitcher, install_switcher
    from desktop.app.settings import AppSettings
    from desktop.app.theme import ThemeManager

    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    log_file = setup_logging()
    log.info("starting; log file %s", log_file)
    if args.scale:  # before the QApplication exists, as the OS's own scaling would be
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    app = make_app()
    settings = AppSettings(args.data_dir)
    language = LanguageSwitcher(Translations(), settings)
    install_switcher(language)
    language.start(pick_language(args.lang, settings.language()))
    ThemeManager(args.theme or settings.theme(), font_scale=args.font_scale).apply()

    if args.self_test:
        from desktop.app.install_check import requested_language
        from desktop.tools.self_test import run_self_test

        default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        own_dir = None if args.data_dir == default else args.data_dir  # else a throwaway one
        return run_self_test(requested_language(args.lang, args.data_dir), own_dir, args.report)

    from desktop.app.install_check import (
        damaged_translation,
        damaged_translation_text,
        requested_language,
    )
    from desktop.app.sandbox import SandboxFailed
    from desktop.app.startup import Options, Session, message_box, run_sessions

    damaged = damaged_translation(requested_language(args.lang, args.data_dir))
    if damaged is not None:  # the app runs on in English; the user learns why
        log.warning("translation unusable: %s", damaged)
        message_box(
            QCoreApplication.translate("Main", "Translation damaged"),
            damaged_translation_text(damaged),
        )

    try:
        args.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a bad --data-dir: a message in the user's language, no traceback
        log.error("data folder unusable: %s", type(exc).__name__)
        message_box(
            QCoreApplication.translate("Main", "Supplier Desk cannot start"),
            QCoreApplication.translate(
                "Main",
                "Supplier Desk cannot keep its data in {folder}. Choose another folder with "
                "--data-dir.",
            ).format(folder=str(args.data_dir)),
        )
        return 1

    sandbox_failed: list[bool] = []

    def say_sandbox_failed() -> None:
        sandbox_failed.append(True)
        message_box(
            QCoreApplication.translate("Main", "Supplier Desk cannot start"),
            QCoreApplication.translate(
                "Main",
                "The sandbox network could not start. The log file says why: {log}",
            ).format(log=str(log_file)),
        )

    opts = Options(
        portal=args.portal,
        user=args.user,
        data_dir=args.data_dir,
        retry_interval_ms=int(args.retry_interval * 1000),
        sync_interval_ms=int(args.sync_interval * 1000),
        show_window=args.screenshots is None,
        splash=args.screenshots is None,
        sandbox_behind=args.screenshots is None,  # the window first; the sandbox behind it
        on_sandbox_failed=say_sandbox_failed,
    )
    if args.screenshots is not None:
        from desktop.tools.screenshots import run_screenshots

        return run_screenshots(opts, args.screenshots)

    def exec_app(_session: Session) -> int:
        app.setQuitOnLastWindowClosed(True)
        code = app.exec()
        return 1 if sandbox_failed else code

    try:
        return run_sessions(opts, exec_app)
    except SandboxFailed:
        message_box(
            QCoreApplication.translate("Main", "Supplier Desk cannot start"),
            QCoreApplication.translate(
                "Main",
                "The sandbox network could not start. The log file says why: {log}",
            ).format(log=str(log_file)),
        )
        return 1
