"""Help & Support > About Supplier Desk: the version, the bundled components and their licences
(Qt under the LGPL-3.0, and where its source is), and the data and log folders.

The layout is the Designer form ui/about.ui; the words and the filling live here.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QTreeWidgetItem, QWidget

from desktop.app.logging_setup import default_log_dir
from desktop.app.resources import app_icon
from desktop.app.version import app_version, install_folder
from desktop.forms.ui_about import Ui_AboutDialog
from desktop.views.retranslate import Retranslating
from desktop.views.wrapped_text import keep_wrapped_lines

QT_SOURCE_URL = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE_URL = "https://download.qt.io/official_releases/QtForPython/"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"

# (component, distribution for its version or "" when found otherwise, licence)
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Qt", "", "LGPL-3.0"),
    ("PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0"),
    ("Python", "", "PSF-2.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("requests", "requests", "Apache-2.0"),
    ("pydantic", "pydantic", "MIT"),
    ("FastAPI", "fastapi", "MIT"),
    ("Starlette", "starlette", "BSD-3-Clause"),
    ("Uvicorn", "uvicorn", "BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("Babel (CLDR data)", "Babel", "BSD-3-Clause"),
    ("Faker", "Faker", "MIT"),
    ("python-stdnum", "python-stdnum", "LGPL-2.1-or-later"),
    ("defusedxml", "defusedxml", "PSF-2.0"),
    ("openpyxl", "openpyxl", "MIT"),
    ("orjson", "orjson", "Apache-2.0 OR MIT"),
    ("SaxonC-HE (saxonche)", "saxonche", "MPL-2.0"),
)


def component_version(name: str, distribution: str) -> str:
    if name == "Qt":
        return qVersion()
    if name == "Python":
        return platform.python_version()
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(Retranslating, QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setObjectName("aboutDialog")
        self.data_dir = data_dir
        self.log_dir = default_log_dir()
        ui = self.ui
        ui.nameLabel.setObjectName("dialogTitle")
        ui.versionLabel.setObjectName("muted")
        ui.componentsHeading.setObjectName("sectionTitle")
        for named in (ui.nameLabel, ui.versionLabel, ui.componentsHeading):
            # The form's scroll area sized (and so polished) them under their old names:
            # the style sheet's rules for the new ones apply only when polished again.
            named.style().unpolish(named)
            named.style().polish(named)
        ui.iconLabel.setPixmap(app_icon().pixmap(64, 64))
        ui.nameLabel.setText("Supplier Desk")
        ui.dataPath.setText(str(data_dir))
        ui.logPath.setText(str(self.log_dir))
        ui.installPath.setText(str(install_folder().parent))
        for name, distribution, licence in COMPONENTS:
            row = QTreeWidgetItem([name, component_version(name, distribution), licence])
            ui.componentsTable.addTopLevelItem(row)
        header = ui.componentsTable.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.openDataButton.clicked.connect(lambda: self._open(self.data_dir))
        ui.openLogButton.clicked.connect(lambda: self._open(self.log_dir))
        ui.buttonBox.rejected.connect(self.reject)
        ui.scrollArea.setMinimumHeight(120)
        self._fitted = False
        self.retranslate()
        keep_wrapped_lines(self)  # a larger font or a small screen: every line still shown

    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("About Supplier Desk"))
        ui.versionLabel.setText(self.tr("Version {version}").format(version=app_version()))
        ui.leadLabel.setText(
            self.tr(
                "Find your customers on the e-invoicing network, connect with them, and follow "
                "your connection requests and invoices, online and offline."
            )
        )
        ui.componentsHeading.setText(self.tr("Components included and their licences"))
        ui.componentsTable.setAccessibleName(ui.componentsHeading.text())  # what a reader says
        ui.componentsTable.setHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        ui.qtNotice.setText(
            self.tr(
                "Supplier Desk uses the Qt libraries through PySide6 under the "
                '<a href="{lgpl}">GNU Lesser General Public License, version 3</a>. '
                'The source code of Qt is available at <a href="{qt}">{qt}</a> and that of '
                'PySide6 at <a href="{pyside}">{pyside}</a>. The Qt libraries are separate '
                "files in the installation folder; you may replace them with your own build."
            ).format(lgpl=LGPL_URL, qt=QT_SOURCE_URL, pyside=PYSIDE_SOURCE_URL)
        )
        ui.dataLabel.setText(self.tr("Data folder:"))
        ui.logLabel.setText(self.tr("Log folder:"))
        ui.installLabel.setText(self.tr("Installed in:"))
        ui.openDataButton.setText(self.tr("Open &data folder"))
        ui.openLogButton.setText(self.tr("Open &log folder"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_screen()

    def fit_screen(self) -> None:
        """As tall as the content, but never taller than the screen: the rest scrolls inside,
        the folders' buttons and Close stay on the screen."""
        room = self.screen().availableGeometry()
        frame = max(self.frameGeometry().height() - self.height(), 32)  # the title bar
        side = max(self.frameGeometry().width() - self.width(), 8)
        layout, contents = self.layout(), self.ui.aboutContents.layout()
        if layout is None or contents is None:
            return
        layout.activate()
        width = min(self.width(), room.width() - side)
        beside = self.height() - self.ui.scrollArea.height()  # margins and Close
        needed = contents.totalHeightForWidth(self.ui.scrollArea.viewport().width()) + beside
        self.resize(width, max(self.minimumSizeHint().height(), min(needed, room.height() - frame)))
        shown = self.frameGeometry()
        x = min(max(shown.left(), room.left()), room.right() - shown.width() + 1)
        y = min(max(shown.top(), room.top()), room.bottom() - shown.height() + 1)
        self.move(max(x, room.left()), max(y, room.top()))

    def _open(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class _AboutAction(QAction):
    """The menu entry; its text follows a language switch (the menu hears it, not the action)."""

    def __init__(self, menu: QMenu, window: QWidget, data_dir: Callable[[], Path]) -> None:
        super().__init__(menu)
        self.window_ = window
        self.data_dir = data_dir
        self.triggered.connect(self.show_about)
        menu.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("AboutDialog", "&About Supplier Desk"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_about(self) -> None:
        dialog = AboutDialog(self.data_dir(), self.window_)
        dialog.exec()


def add_about_action(menu: QMenu, window: QWidget, data_dir: Callable[[], Path]) -> QAction:
    """Help & Support > About Supplier Desk, at the end of `menu`."""
    menu.addSeparator()
    action = _AboutAction(menu, window, data_dir)
    menu.addAction(action)
    return action
