"""The keys whose content packs this PC installs without asking: list, add
from a ``.pub`` file, remove. Each outcome is one sentence in the dialog.
The same file as ``equalcity pack keys`` (``trusted-keys.yaml`` beside the
settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..library import pack_keys
from . import file_dialogs

NameRole = Qt.ItemDataRole.UserRole + 1


class TrustedKeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedKeysDialog")
        self.path = path  # None: the settings folder's trusted-keys.yaml
        self.intro = QLabel(wordWrap=True)
        self.table = QTreeWidget()
        self.table.setObjectName("trustedKeysList")
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.setObjectName("trustedKeysAdd")
        self.add_button.clicked.connect(self._choose_file)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("trustedKeysRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("trustedKeysStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trusted keys"))
        self.intro.setText(self.tr("Packs signed with one of these keys install without a "
                                   "warning. Add only the public key (.pub file) your office "
                                   "gave you."))
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Key"), self.tr("Added")])
        self.table.setAccessibleName(self.tr("Trusted keys"))
        self.add_button.setText(self.tr("Add from file…"))
        self.add_button.setAccessibleName(self.tr("Add a trusted key from a file"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Stop trusting the selected key"))
        self.status.setAccessibleName(self.tr("Status"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.table.clear()
        try:
            keys = pack_keys.trusted_keys(self.path)
        except pack_keys.PackKeyError as exc:
            keys = []
            self._say(str(exc))
        for key in keys:
            item = QTreeWidgetItem([key.name, key.key_id, key.added])
            item.setData(0, NameRole, key.name)
            self.table.addTopLevelItem(item)
        for column in (1, 2):
            self.table.resizeColumnToContents(column)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def _say(self, text: str) -> None:
        self.status.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))

    def _choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        path = file_dialogs.ask_open_path(self, self.tr("Add a trusted key"),
                                          self.tr("Public keys (*.pub);;All files (*)"),
                                          Path(start))
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path, name: str | None = None) -> bool:
        name = name or pack_keys.key_file_name(path)
        try:
            added = pack_keys.add_trusted(str(path), name, self.path)
        except pack_keys.PackKeyError as exc:
            self._say(self.tr("The key was not added: %1").replace("%1", str(exc)))
            return False
        self._say(self.tr("Packs signed by “%1” now install without a warning.")
                  .replace("%1", added.name))
        self.refresh()
        return True

    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        try:
            gone = pack_keys.remove_trusted(items[0].data(0, NameRole), self.path)
        except pack_keys.PackKeyError as exc:
            self._say(self.tr("The key was not removed: %1").replace("%1", str(exc)))
            return
        self._say(self.tr("Packs signed by “%1” now need a second confirmation; installed "
                          "packs stay.").replace("%1", gone.name))
        self.refresh()
