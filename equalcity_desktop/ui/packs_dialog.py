"""Content packs: the installed ones (with Remove) and "Import from file…".

An import runs in a worker thread (unpacking, hashing and the content check
take a second or two for a city's pack, longer from a slow USB stick), so the
window keeps answering. Before anything is installed the dialog shows what
the pack holds and what it replaces; installing an older version than the
one installed takes an explicit click on "Replace with the older version".
Problems are one sentence in a line inside the dialog, never a traceback or a
stack of message boxes. The summary says who signed the pack; a pack that no
trusted key signed installs only after a second confirmation that names the
risk (a warning box with "Install anyway"), and "Trusted keys…" manages the
keys this PC trusts. After an install or a removal the dialog emits
``packs_changed`` so the window can load the content again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..library import packs
from ..library.languages import LANGS
from .pack_worker import PrepareWorker, ask_pack_path

IdRole = Qt.ItemDataRole.UserRole + 1


class PacksDialog(QDialog):
    packs_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lang: str = "en",
                 folder: Path | None = None, bundled: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.lang = lang if lang in LANGS else "en"
        self.folder, self.bundled = folder, bundled
        self.prepared: packs.PreparedPack | None = None
        self.worker: PrepareWorker | None = None
        self._remove_pending: str | None = None
        self.risk_box: QMessageBox | None = None  # the second confirmation, while open

        self.intro = QLabel(wordWrap=True)
        self.table = QTreeWidget()
        self.table.setObjectName("packsList")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.import_button = QPushButton()
        self.import_button.setObjectName("packsImport")
        self.import_button.clicked.connect(self._choose_file)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("packsRemove")
        self.remove_button.clicked.connect(self._ask_remove)
        self.confirm_remove_button = QPushButton()
        self.confirm_remove_button.setObjectName("packsConfirmRemove")
        self.confirm_remove_button.clicked.connect(self._remove)
        self.confirm_remove_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.confirm_remove_button)
        row.addStretch(1)
        self.keys_button = QPushButton()
        self.keys_button.setObjectName("packsTrustedKeys")
        self.keys_button.clicked.connect(self.open_keys)
        row.addWidget(self.keys_button)

        # What an import would install, shown before anything is written.
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("packsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.install_button = QPushButton()
        self.install_button.setObjectName("packsInstall")
        self.install_button.clicked.connect(self._install)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("packsCancel")
        self.cancel_button.clicked.connect(self._cancel_prepared)
        confirm = QHBoxLayout()
        confirm.addWidget(self.install_button)
        confirm.addWidget(self.cancel_button)
        confirm.addStretch(1)
        self.confirm_box = QWidget()
        box = QVBoxLayout(self.confirm_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addLayout(confirm)
        self.confirm_box.hide()

        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("packsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()
        self.refresh()

    # -- text ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Content packs"))
        self.intro.setText(self.tr("Packs add content to this PC, for example a city's own "
                                   "cards. Import one from a file, such as on a USB stick."))
        self.table.setHeaderLabels([self.tr("Pack"), self.tr("Version"), self.tr("Languages"),
                                    self.tr("Files")])
        self.table.setAccessibleName(self.tr("Installed content packs"))
        self.table.header().setAccessibleName(self.tr("Columns"))
        self.import_button.setText(self.tr("Import from file…"))
        self.import_button.setAccessibleName(self.tr("Import a content pack from a file"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected pack"))
        self.confirm_remove_button.setText(self.tr("Yes, remove it"))
        self.confirm_remove_button.setAccessibleName(self.tr("Confirm removing the pack"))
        self.keys_button.setText(self.tr("Trusted keys…"))
        self.keys_button.setAccessibleName(self.tr("Manage the keys this PC trusts"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not install this pack"))
        self.status.setAccessibleName(self.tr("Status"))
        self.summary.setAccessibleName(self.tr("What the pack contains"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        if self.prepared is not None:
            self._show_summary(self.prepared.info)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list -------------------------------------------------------------
    def refresh(self) -> None:
        self.table.clear()
        for info in packs.list_installed(self.folder):
            item = QTreeWidgetItem([info.title(self.lang), info.version,
                                    ", ".join(lang.upper() for lang in info.languages),
                                    str(info.file_count)])
            item.setData(0, IdRole, info.id)
            item.setToolTip(0, info.id)
            self.table.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        self._update_buttons()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(0, IdRole) if items else None

    def _busy(self) -> bool:
        return self.worker is not None

    def _update_buttons(self) -> None:
        busy = self._busy() or self.prepared is not None
        self.import_button.setEnabled(not busy)
        self.install_button.setEnabled(self.risk_box is None)
        self.remove_button.setEnabled(not busy and self.selected_id() is not None)
        if self._remove_pending is not None and self._remove_pending != self.selected_id():
            self._remove_pending = None
            self.confirm_remove_button.hide()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- import -----------------------------------------------------------------
    def _choose_file(self) -> None:
        path = ask_pack_path(self, self.tr("Import a content pack"),
                             self.tr("Content packs (*.zip)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Check ``path`` in a worker; the summary appears when it is done."""
        if self._busy() or self.prepared is not None:
            return
        self._say(self.tr("Checking the pack…"))
        worker = PrepareWorker(Path(path), self.folder, self.bundled)
        worker.prepared.connect(self._on_prepared)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_worker_finished)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        self._update_buttons()
        worker.start()

    def _on_worker_finished(self) -> None:
        if self.worker is self.sender():
            self.worker = None
            self._update_buttons()

    def _on_prepared(self, prepared: packs.PreparedPack) -> None:
        if self.worker is None or self.worker.abandoned:
            prepared.discard()
            return
        self.prepared = prepared
        self._show_summary(prepared.info)
        self._say("")
        self.confirm_box.show()
        self.install_button.setFocus()
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self._say(self.tr("The pack was not installed: %1.").replace("%1", message))

    def _show_summary(self, info: packs.PackInfo) -> None:
        kind_names = {"card": self.tr("situation cards"), "section": self.tr("sections"),
                      "module": self.tr("training modules"), "poster": self.tr("posters"),
                      "glossary": self.tr("glossary terms"), "page": self.tr("pages"),
                      "contact": self.tr("contacts")}
        counts = ", ".join(f"{kind_names.get(kind, kind)} ({n})"  # no plural needed
                           for kind, n in sorted(info.kinds.items()))
        lines = [self.tr("“%1”, version %2").replace("%1", info.title(self.lang))
                 .replace("%2", info.version),
                 self.tr("Languages: %1").replace(
                     "%1", ", ".join(lang.upper() for lang in info.languages)),
                 self.tr("Contains: %1").replace("%1", counts)]
        if info.signer:
            lines.append(self.tr("Signed by “%1” (key %2), a key this PC trusts.")
                         .replace("%1", info.signer).replace("%2", info.key_id))
        elif info.key_id:
            lines.append(self.tr("Warning: signed with a key this PC does not trust (key %1). "
                                 "Nothing shows that it comes from your office.")
                         .replace("%1", info.key_id))
        else:
            lines.append(self.tr("Warning: not signed. Nothing shows who made this pack or "
                                 "that nobody changed it."))
        if info.is_downgrade:
            lines.append(self.tr("Version %1 is installed, which is newer. Installing this "
                                 "pack replaces it with the older version.")
                         .replace("%1", info.installed_version or ""))
            self.install_button.setText(self.tr("Replace with the older version"))
        elif info.replaces:
            lines.append(self.tr("Replaces the installed version %1.")
                         .replace("%1", info.installed_version or ""))
            self.install_button.setText(self.tr("Install"))
        else:
            self.install_button.setText(self.tr("Install"))
        self.install_button.setAccessibleName(self.install_button.text())
        self.summary.setText("\n".join(lines))

    def _install(self) -> None:
        if self.prepared is not None and self.prepared.info.trust_problem:
            self._ask_risk()  # a second confirmation, naming the risk
            return
        self._commit(allow_unsigned=False)

    def _ask_risk(self) -> None:
        if self.risk_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Install a pack nobody vouches "
                          "for?"), self.tr("No key this PC trusts signed this pack. Once "
                          "installed, its cards, contacts and terms appear in the app beside "
                          "the bundled guidance, and nothing shows who wrote them or whether "
                          "someone changed them on the way. Install it only if you know where "
                          "it came from."), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("packsRiskBox")
        self.risk_accept = box.addButton(self.tr("Install anyway"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.risk_accept.setObjectName("packsInstallAnyway")
        self.risk_accept.setAccessibleName(self.tr("Install the unsigned pack anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._risk_answered)
        self.risk_box = box
        self._update_buttons()
        box.open()

    def _risk_answered(self) -> None:
        box, self.risk_box = self.risk_box, None
        if box is None:
            return
        accepted = box.clickedButton() is self.risk_accept
        box.deleteLater()
        self._update_buttons()
        if accepted:
            self._commit(allow_unsigned=True)
        else:
            self._cancel_prepared()

    def _commit(self, *, allow_unsigned: bool) -> None:
        prepared, self.prepared = self.prepared, None
        self.confirm_box.hide()
        if prepared is None:
            return
        try:
            # The summary said it is older; this button is the confirmation.
            info = prepared.commit(confirm_downgrade=True, allow_unsigned=allow_unsigned)
        except packs.PackError as exc:
            self._on_failed(str(exc))
        else:
            self._say(self.tr("Installed “%1”, version %2.").replace("%1", info.title(self.lang))
                      .replace("%2", info.version))
            self.refresh()
            self.packs_changed.emit()
        self._update_buttons()
        self.import_button.setFocus()

    def _cancel_prepared(self) -> None:
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        self.confirm_box.hide()
        self._say(self.tr("Nothing was installed."))
        self._update_buttons()
        self.import_button.setFocus()

    # -- remove ------------------------------------------------------------------
    def _ask_remove(self) -> None:
        pack_id = self.selected_id()
        if pack_id is None:
            return
        self._remove_pending = pack_id
        title = self.table.selectedItems()[0].text(0)
        self._say(self.tr("Remove “%1”? Its content leaves the app on this PC; you can "
                          "import it again later.").replace("%1", title))
        self.confirm_remove_button.show()
        self.confirm_remove_button.setFocus()

    def _remove(self) -> None:
        pack_id, self._remove_pending = self._remove_pending, None
        self.confirm_remove_button.hide()
        if pack_id is None:
            return
        try:
            packs.remove(pack_id, self.folder)
        except packs.PackError as exc:
            self._say(self.tr("The pack was not removed: %1.").replace("%1", str(exc)))
        else:
            self._say(self.tr("The pack was removed."))
            self.refresh()
            self.packs_changed.emit()
        self.import_button.setFocus()

    # -- trusted keys ---------------------------------------------------------------
    def open_keys(self) -> QDialog:
        from .trusted_keys_dialog import TrustedKeysDialog

        dialog = TrustedKeysDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.refresh)
        dialog.open()
        return dialog

    # -- closing -------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.risk_box is not None:
            box, self.risk_box = self.risk_box, None
            box.close()
        if self.worker is not None:
            self.worker.abandoned = True  # it cleans up after itself when it finishes
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None
        super().done(result)
