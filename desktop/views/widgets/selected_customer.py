"""Selected: the company name, country and network number of the chosen customer."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from desktop.domain.types import DirectoryEntry
from desktop.models.countries import country_name
from desktop.views.retranslate import Retranslating


class SelectedCustomerBox(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectedBox")
        self._entry: DirectoryEntry | None = None
        self.title = self._label("sectionTitle")
        self.company_caption = self._label("fieldLabel")
        self.country_caption = self._label("fieldLabel")
        self.number_caption = self._label("fieldLabel")
        self.company = self._label("selectedCompany")
        self.company.setWordWrap(True)
        self.country = self._label("selectedCountry")
        self.number = self._label("selectedNumber")
        form = QFormLayout()
        form.addRow(self.company_caption, self.company)
        form.addRow(self.country_caption, self.country)
        form.addRow(self.number_caption, self.number)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        self.retranslate()
        self.hide()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        return label

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selected:"))
        self.company_caption.setText(self.tr("Company name:"))
        self.country_caption.setText(self.tr("Country:"))
        self.number_caption.setText(self.tr("Network number:"))
        self.set_entry(self._entry)

    def set_entry(self, entry: DirectoryEntry | None) -> None:
        self._entry = entry
        if entry is None:
            self.hide()
            return
        if entry.kind == "group":
            self.company.setText(self.tr("{name} (group)").format(name=entry.name))
        else:
            self.company.setText(entry.name)
        self.country.setText(country_name(entry.country) or "—")
        self.number.setText(entry.network_number or "—")
        self.show()
