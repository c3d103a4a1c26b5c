"""Settings declared once, typed; QSettings (an INI file in the data dir) underneath. No secrets."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings


def _key(portal_url: str) -> str:
    return hashlib.sha256(portal_url.rstrip("/").lower().encode()).hexdigest()[:16]


class AppSettings:
    def __init__(self, data_dir: Path) -> None:
        self._q = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    def last_user(self, portal_url: str) -> str | None:
        value = self._q.value(f"portal-{_key(portal_url)}/last_user")
        return str(value) if value else None

    def set_last_user(self, portal_url: str, username: str | None) -> None:
        name = f"portal-{_key(portal_url)}/last_user"
        if username:
            self._q.setValue(name, username)
        else:
            self._q.remove(name)
        self._q.sync()

    def logged_out(self, portal_url: str) -> bool:
        """The last user logged out: nothing of theirs opens until someone signs in."""
        value = self._q.value(f"portal-{_key(portal_url)}/logged_out")
        return str(value).lower() in ("true", "1")

    def set_logged_out(self, portal_url: str, logged_out: bool) -> None:
        name = f"portal-{_key(portal_url)}/logged_out"
        if logged_out:
            self._q.setValue(name, True)
        else:
            self._q.remove(name)
        self._q.sync()

    def display_name(self, portal_url: str, username: str) -> str | None:
        value = self._q.value(f"portal-{_key(portal_url)}/display_name/{username.lower()}")
        return str(value) if value else None

    def set_display_name(self, portal_url: str, username: str, name: str) -> None:
        self._q.setValue(f"portal-{_key(portal_url)}/display_name/{username.lower()}", name)
        self._q.sync()

    def last_folder(self) -> Path | None:
        """The folder of the last file chosen in a file dialog (any portal, any user)."""
        value = self._q.value("dialogs/last_folder")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        self._q.setValue("dialogs/last_folder", str(folder))
        self._q.sync()

    def language(self) -> str | None:
        """The language chosen in the app ("en", "pl"), None until one is chosen."""
        value = self._q.value("ui/language")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self._q.setValue("ui/language", language)
        self._q.sync()

    def theme(self) -> str | None:
        """ "light", "dark", "high-contrast", or None: follow the OS."""
        value = self._q.value("ui/theme")
        return str(value) if value else None
