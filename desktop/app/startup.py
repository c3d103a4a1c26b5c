"""Composition root: portal, sign-in, cache, client, sync engine, context, main window."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.app.cache_open import Notify, open_cache
from desktop.app.context import AppContext
from desktop.app.later import Later
from desktop.app.sandbox import (
    SANDBOX_KEY,
    SANDBOX_PASSWORD,
    SANDBOX_USER,
    SANDBOX_USERS,
    SandboxFailed,
    SandboxNetwork,
)
from desktop.app.settings import AppSettings
from desktop.app.tasks import TaskRunner
from desktop.cache import Cache, cache_path_for
from desktop.domain.lanes import Lane
from desktop.sync.errors import AuthFailed
from desktop.views.dialogs.request_actions import DOCUMENTS_FOLDER, forget_old_documents
from desktop.views.file_dialogs import remember_folders_in
from desktop.views.main_window import MainWindow
from desktop.views.window_size import open_at

if TYPE_CHECKING:
    from desktop.credentials import CredentialStore
    from desktop.sync import PortalClient, SyncEngine
    from desktop.views.dialogs.sign_in_dialog import SignInDialog

log = logging.getLogger(__name__)
RULES_LATEST_MS = 15000  # the rule book compiles after the first sync, or this long after start


@dataclass
class Options:
    portal: str | None = None
    user: str | None = None
    data_dir: Path = Path(".")
    retry_interval_ms: int = 15000
    sync_interval_ms: int = 60000  # online: how often the app syncs by itself
    show_window: bool = True
    splash: bool = True
    ask_sandbox_user: bool = False  # after logging out: who signs in to the sandbox next
    # The window first, from the cache; the sandbox starts, signs in and syncs behind it
    # (False: the sandbox answers before the window opens, as tests and --screenshots want).
    sandbox_behind: bool = False
    # sandbox_behind: the sandbox could not start behind the window (the window then closes)
    on_sandbox_failed: Callable[[], None] | None = None


@dataclass
class Session:
    """Everything one signed-in run holds; `close()` lets go of it in order."""

    ctx: AppContext
    window: MainWindow
    cache: Cache
    client_part: Later[PortalClient]  # made by the first sync (requests, the wire models)
    portal_url: str
    username: str
    server: Any = None  # the embedded sandbox (a SandboxNetwork)
    logged_out: bool = False
    remember: bool = False  # keep the refresh token in the keychain as it changes
    signed_in: bool = True  # False after "Work offline" until the user signs in
    asking: bool = False  # the sign-in dialog is up (no second one on top)
    _closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def client(self) -> PortalClient:
        return self.client_part.get()

    def close(self, *, keep_server: bool = False) -> None:
        """`keep_server`: the embedded sandbox serves the next session (after logging out)."""
        self.ctx.shutdown()
        self.window.close()
        self.window.deleteLater()
        client = self.client_part.made
        if client is not None:
            client.close()
        self.cache.close()
        if self.server is not None and not keep_server:
            self.server.stop()


def message_box(title: str, text: str) -> None:
    QMessageBox.warning(None, title, text)


def start_session(
    opts: Options,
    *,
    notify: Notify = message_box,
    store: CredentialStore | None = None,
    ask_sign_in: Callable[[SignInDialog], int] | None = None,
    sandbox: Any = None,
) -> Session | None:
    """None when the user cancels the sign-in. `sandbox`: an embedded sandbox already running."""
    opts.data_dir.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(opts.data_dir)
    remember_folders_in(settings)  # file dialogs open where the user last chose a file
    keychain_store = store

    def keys() -> CredentialStore:  # the keychain (keyring) is imported when first wanted
        nonlocal keychain_store
        if keychain_store is None:
            from desktop.credentials import CredentialStore

            keychain_store = CredentialStore()
        return keychain_store

    ask = ask_sign_in or (lambda dialog: dialog.exec())
    server = None
    url = ""
    # The portal client, made when first wanted: by the first sync on its worker, behind the
    # window (requests and the wire models are imported then), or by a sign-in dialog.
    waits_for_sign_in: list[bool] = []
    token_watchers: list[Callable[[Any], None]] = []

    def make_client() -> PortalClient:
        from desktop.sync.client import PortalClient

        made = PortalClient(url)
        if waits_for_sign_in and made.tokens is None:
            made.expect_session()  # signed in behind the window: the first calls wait for it
        for watch in token_watchers:
            made.on_tokens_changed(watch)
        return made

    client = Later(make_client)

    if opts.portal is None:
        signed_in = remember = True
        server = sandbox or SandboxNetwork(opts.data_dir)
        asking = opts.ask_sandbox_user or settings.logged_out(SANDBOX_KEY)
        if asking or not opts.sandbox_behind:  # the dialog signs in there: it must answer
            server.start_now(show_splash=opts.splash)
        url = server.base_url if server.started else "http://127.0.0.1"  # its port, once up
        cache_key = SANDBOX_KEY
        last = settings.last_user(SANDBOX_KEY)
        username = last if last in SANDBOX_USERS else SANDBOX_USER
        if asking:
            # Logged out (now or when last used): any demo user may sign in now.
            from desktop.views.dialogs.sign_in_dialog import SignInDialog

            dialog = SignInDialog(
                client.get(),
                keys(),
                url,
                tasks=TaskRunner(),
                sandbox_users=SANDBOX_USERS,
                sandbox_password=SANDBOX_PASSWORD,
            )
            if ask(dialog) != QDialog.DialogCode.Accepted:
                client.get().close()
                server.stop()
                return None
            username = dialog.user()
        settings.set_last_user(SANDBOX_KEY, username)  # the next start signs in as them
        settings.set_logged_out(SANDBOX_KEY, False)
        sandbox_user = username

        def ensure_session() -> None:
            if not server.started:
                say_step("sandbox")
                try:
                    client.get().base_url = server.ensure()
                except SandboxFailed:
                    say_step("sandbox_failed")
                    raise
            if client.get().tokens is None:
                say_step("sign_in")
                client.get().sign_in(sandbox_user, SANDBOX_PASSWORD)

    else:
        url = cache_key = opts.portal.rstrip("/")
        last = settings.last_user(url)
        logged_out = settings.logged_out(url)
        # After a log-out nobody is named: the next person signs in as themselves.
        username = opts.user or ("" if logged_out else last) or ""
        token = keys().load(url, username) if username else None
        remember = token is not None
        signed_in = True
        if token is None:
            # "Work offline" only for whoever last signed in here and did not log out.
            has_copy = (
                bool(username)
                and username == last
                and not logged_out
                and cache_path_for(opts.data_dir, url, username).exists()
            )
            from desktop.views.dialogs.sign_in_dialog import SignInDialog

            dialog = SignInDialog(
                client.get(),
                keys(),
                url,
                username=username or None,
                tasks=TaskRunner(),
                offline_available=has_copy,
            )
            answer = ask(dialog)
            if answer == SignInDialog.WORK_OFFLINE:
                signed_in = False  # the window opens on the cache; sign in when the portal answers
            elif answer != QDialog.DialogCode.Accepted:
                client.get().close()
                return None
            else:
                username = dialog.user()
                remember = dialog.remembered
        remembered = token

        def ensure_session() -> None:
            if client.get().tokens is not None:
                return
            if remembered:
                client.get().resume(remembered)  # AuthFailed -> ctx.session_expired
                return
            # Working offline, never signed in: stay offline while the portal is away; once
            # it answers, ask the user to sign in.
            client.get().probe()
            raise AuthFailed("Sign in to sync.")

        settings.set_last_user(url, username)
        if signed_in:
            settings.set_logged_out(url, False)

    if opts.portal is None or remembered:
        made = client.made
        if made is None:
            waits_for_sign_in.append(True)  # make_client says so
        elif made.tokens is None:
            made.expect_session()  # signed in behind the window: the first calls wait for it
    cache = open_cache(cache_path_for(opts.data_dir, cache_key, username), notify)

    def make_engine() -> SyncEngine:
        from desktop.sync.engine import SyncEngine

        return SyncEngine(client.get(), cache)

    known_name = settings.display_name(cache_key, username)

    def say_step(step: str) -> None:  # on the worker: the status bar says what waits
        ctx.sync_step.emit(step)

    def prepare() -> str | None:
        try:
            ensure_session()
        finally:
            client.get().session_settled()  # calls waiting for this sign-in go on, or fail
        say_step("sync")
        if known_name:
            return None
        return client.get().me().user.display_name

    ctx = AppContext(
        cache,
        client,
        Later(make_engine),
        user_display_name=known_name or username,
        retry_interval_ms=opts.retry_interval_ms,
        sync_interval_ms=opts.sync_interval_ms,
        prepare=prepare,
    )
    ctx.display_name_changed.connect(
        lambda name: settings.set_display_name(cache_key, username, name)
    )
    window = MainWindow(ctx)
    session = Session(ctx, window, cache, client, url, username, server)
    session.remember, session.signed_in = remember, signed_in
    # Saving a refreshed token and logging out never interleave: a refresh whose answer lands
    # after the log out (a sync's, on a worker thread) finds `logged_out` and keeps nothing.
    keychain = threading.Lock()
    if opts.portal is not None:

        def keep_token(tokens: Any) -> None:
            # A refreshed session may bring a new refresh token: keep the keychain current.
            with keychain:
                if tokens is not None and session.remember and not session.logged_out:
                    keys().save(url, username, tokens.refresh_token)

        made = client.made
        if made is None:
            token_watchers.append(keep_token)  # make_client hands it on
        else:
            made.on_tokens_changed(keep_token)

    def log_out() -> None:
        with keychain:
            session.logged_out = True
            keys().delete(url, username)
        settings.set_logged_out(cache_key, True)  # kept: the next start opens nothing of theirs
        ctx.tasks.run(lambda: client.get().sign_out(), lane=Lane.POOL)
        window.close()

    window.log_out_requested.connect(log_out)

    def step_taken(step: str) -> None:
        if step == "sandbox_failed":
            if opts.on_sandbox_failed is not None:
                opts.on_sandbox_failed()
            window.close()

    ctx.sync_step.connect(step_taken)
    if opts.portal is not None:
        ctx.session_expired.connect(lambda: _sign_in_again(session, keys(), ask))
    if opts.show_window:
        open_at(window, QSize(1280, 800))  # or what the screen has room for (--scale 2)
        window.show()
    old_copies = opts.data_dir / DOCUMENTS_FOLDER  # opened documents do not pile up
    housework: list[bool] = []

    def tidy_and_compile(*_args: object) -> None:
        # The rule book compiles in the background, so the first Check does not wait for it:
        # once the first sync has ended (or at the latest after RULES_LATEST_MS), not while
        # the window paints, Home fills and the sandbox starts (it would hold the GIL).
        if housework:
            return
        housework.append(True)
        ctx.status_changed.disconnect(tidy_and_compile)
        ctx.tasks.run(lambda: forget_old_documents(old_copies), lane=Lane.POOL)
        from desktop.operations.invoice_work import load_rules

        ctx.tasks.run(load_rules, lane=Lane.POOL, owner=ctx)

    ctx.status_changed.connect(tidy_and_compile)
    QTimer.singleShot(RULES_LATEST_MS, ctx, tidy_and_compile)
    if opts.show_window and not window.painted:
        # The first paint goes first: the sandbox's imports and start would hold the GIL.
        first: list[bool] = []

        def first_sync() -> None:
            if not first:
                first.append(True)
                ctx.request_sync()

        window.first_painted.connect(first_sync)
        QTimer.singleShot(3000, ctx, first_sync)  # a window not painted (minimized) syncs too
    else:
        ctx.request_sync()
    return session


def run_sessions(
    opts: Options,
    exec_app: Callable[[Session], int],
    *,
    notify: Notify = message_box,
    store: CredentialStore | None = None,
    ask_sign_in: Callable[[SignInDialog], int] | None = None,
) -> int:
    """Session after session: logging out closes the window and returns to the sign-in dialog
    (on the sandbox too, naming its demo users, which share the running sandbox); quitting, or
    cancelling the sign-in, ends the run. `exec_app` runs a session until its window closes."""
    sandbox = None
    while True:
        session = start_session(
            opts, notify=notify, store=store, ask_sign_in=ask_sign_in, sandbox=sandbox
        )
        if session is None:
            return 0
        code = exec_app(session)
        again = session.logged_out
        session.close(keep_server=again)
        if not again:
            return int(code)
        sandbox = session.server
        opts.user = None
        opts.ask_sandbox_user = True


def _sign_in_again(
    session: Session, store: CredentialStore, ask: Callable[[SignInDialog], int]
) -> None:
    """The stored sign-in was refused, or the user worked offline and the portal now answers:
    ask to sign in (as the same user: the cache is theirs). Cancel keeps working offline;
    "Try again" on the banner asks again."""
    if session.asking:
        return
    store.delete(session.portal_url, session.username)
    from desktop.views.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(
        session.client,
        store,
        session.portal_url,
        username=session.username,
        tasks=session.ctx.tasks,
        parent=session.window,
    )
    dialog.username.setReadOnly(True)
    if session.signed_in:
        message = QCoreApplication.translate(
            "SignInDialog", "Your sign-in has expired. Please sign in again."
        )
        dialog.show_error(message)
    else:
        message = QCoreApplication.translate(
            "SignInDialog", "The portal can be reached again. Sign in to sync your data."
        )
        dialog.show_good_news(message)
    session.asking = True
    try:
        answer = ask(dialog)
    finally:
        session.asking = False
    if answer == QDialog.DialogCode.Accepted:
        session.signed_in = True
        session.remember = dialog.remembered
        session.ctx.request_sync()
