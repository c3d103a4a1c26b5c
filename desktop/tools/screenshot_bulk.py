"""`--screenshots`: Connect with many customers, driven through its widgets: a Polish
customer list (Windows-1250, `;`) opened, matched on the real portal, a probable row's
candidates shown, and the outcomes after CONNECT."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest

from desktop.app.startup import Session
from desktop.tools.screenshot_connect import run_off_gui, wait_for
from desktop.views.pages.bulk_connect_page import BulkConnectPage

HEADER = "Nazwa klienta;NIP;Numer w sieci;Kraj;Kod dostawcy"
FIXED = [
    "Technical Services Test Buyer 17;;AAA206515132;MY;TS-17",
    "Żółta Łódka;;;Polska;",
    "Zolta Lodkaa Sp z o o;;;PL;",
    "Network Demo Test Buyer;;;GB;",
    "Hurtownia Qxjzvw;;;PL;",
    "Biuro Rachunkowe Test;PL 123-456-78-90;;PL;",
    "Technical Services Test Buyer 17;;AAA206515132;MY;TS-17",
]


class BulkScenes:
    def __init__(self, session: Session, settle: Callable[[], None]) -> None:
        self.session = session
        self.window = session.window
        page = self.window.pages["bulk"]
        assert isinstance(page, BulkConnectPage)
        self.page = page
        self.settle = settle

    def _customer_list(self, folder: Path) -> Path:
        """The fixed rows and a few of the network's Polish customers by VAT number."""
        client = self.session.ctx.client

        def some() -> list[str]:
            page = client.directory("sp", country="PL", limit=12)
            return [
                f"{e.name};{e.vat_number};;PL;D-{i:03d}"
                for i, e in enumerate(page.items)
                if e.kind == "entity" and e.vat_number
            ][:6]

        rows = [HEADER, *FIXED, *(run_off_gui(self.session, some) or [])]
        path = folder / "klienci.csv"
        path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1250", errors="replace"))
        return path

    def fit_page(self) -> None:
        self.window.show_page("bulk")
        self.settle()
        scroll = self.page.parentWidget()
        viewport = scroll.height() if scroll is not None else self.window.height()
        chrome = self.window.height() - viewport
        self.window.resize(self.window.width(), max(800, chrome + self.page.sizeHint().height()))
        self.settle()

    def take(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        written: list[Path] = []
        page = self.page
        with tempfile.TemporaryDirectory(prefix="supplier-desk-bulk-") as folder:
            path = self._customer_list(Path(folder))
            self.window.show_page("bulk")
            page.open_file(path)
            wait_for(page.imported)
            self.fit_page()
            written.append(save(self.window.grab(), out_dir / "20-bulk-import.png"))

            QTest.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
            wait_for(page.preview_ready)
            probable = next(
                (i for i in range(page.proxy.rowCount()) if page.proxy.index(i, 0).data() == "4"),
                None,
            )
            if probable is not None:
                page.table.setCurrentIndex(page.proxy.index(probable, 1))
            self.fit_page()
            written.append(save(self.window.grab(), out_dir / "21-bulk-preview.png"))

            if page.connect_button.isEnabled():
                QTest.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
                for _ in range(5):
                    wait_for(page.outcomes_updated)
                    if all(r.outcome != "queued" for r in page.model.rows() if r.local_id):
                        break
                page.kind.setCurrentIndex(page.kind.findData("sent"))
                self.fit_page()
                written.append(save(self.window.grab(), out_dir / "22-bulk-outcome.png"))
                page.kind.setCurrentIndex(page.kind.findData("all"))
        self.window.resize(self.window.width(), 800)
        return written
