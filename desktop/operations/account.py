"""The user's own things: signing in (probe, sign-in and the keychain), My account's profile
(read and save), and the notices file behind the header's bell."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from desktop.app.tasks import TaskRunner
from desktop.domain.notices import notices_path_for, write_notices
from desktop.operations.op import CollectionOp, QueryOp
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext
    from desktop.cache.profiles import ProfileState
    from desktop.credentials import CredentialStore
    from desktop.sync import PortalClient
    from wire.profile import SupplierProfileUpdate


# --- signing in (before any AppContext exists) -----------------------------------------
class SignInHost(QObject):
    """What an operation needs of the app (its task runner, the failure and change signals)
    while the sign-in dialog is up and no AppContext exists yet."""

    changed = Signal(object)
    operation_failed = Signal(str)

    def __init__(self, tasks: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks or TaskRunner(self)

    def as_context(self) -> AppContext:
        # QueryOp only uses `tasks`, `changed` and `operation_failed`: this host has them.
        return cast("AppContext", self)


def probe_portal(host: SignInHost, parent: QObject, client: PortalClient) -> QueryOp[None]:
    """Does the portal answer? (`PortalUnreachable` if not.)"""
    return QueryOp(host.as_context(), client.probe, parent=parent, name="account.probe")


def sign_in(
    host: SignInHost,
    parent: QObject,
    client: PortalClient,
    store: CredentialStore,
    portal_url: str,
    *,
    user: str,
    password: str,
    remember: bool,
) -> CollectionOp[bool]:
    """HTTP sign-in, then the refresh token to the keychain (which may be slow too) when
    `remember`; True once it is kept there. On the serial lane: the client's tokens change."""

    def run() -> bool:
        client.sign_in(user, password)
        tokens = client.tokens
        if remember and tokens is not None:
            return store.save(portal_url, user, tokens.refresh_token)
        return False

    return CollectionOp(host.as_context(), run, parent=parent, name="account.sign_in")


# --- My account -------------------------------------------------------------------------
def load_profile(ctx: AppContext, parent: QObject, account_id: str) -> QueryOp[ProfileState]:
    """The supplier account's profile: the edit waiting to be sent, else the network's."""
    cache = ctx.cache
    return QueryOp(
        ctx, lambda: cache.profile(account_id), parent=parent, name="account.profile"
    ).latest_only()


def save_profile(
    ctx: AppContext, parent: QObject, account_id: str, edit: SupplierProfileUpdate
) -> CollectionOp[None]:
    """The edit kept on this computer at once (offline too); the next sync sends it."""
    cache = ctx.cache
    return CollectionOp(
        ctx,
        lambda: cache.save_profile(account_id, edit),
        parent=parent,
        name="account.save_profile",
        changes={Collection.SUPPLIER_PROFILES},
    )


# --- the data folder and the notices ------------------------------------------------------
def data_folder(ctx: AppContext) -> Path:
    """The folder of this user's cache (About shows it)."""
    return ctx.cache.path.parent


def notices_path(ctx: AppContext) -> Path:
    """The notices file, beside this user's cache."""
    return notices_path_for(ctx.cache.path)


def save_notices(ctx: AppContext, parent: QObject, path: Path, text: str) -> CollectionOp[None]:
    """The notices list written to its file (behind any earlier write of it)."""
    return CollectionOp(
        ctx, lambda: write_notices(path, text), parent=parent, name="account.save_notices"
    )
