"""The navigation tree: Situations (cards by toolkit), Country guides,
Toolkits (their documents and sections, from the manifests), Glossary and
Contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from .home_page import country_guides
from .labels import COUNTRY_LABELS, all_toolkits_label, country_label
from .library_panel import LibraryPanel

IdRole = Qt.ItemDataRole.UserRole + 1


class NavPane(LibraryPanel, QTreeWidget):
    """Signals: ``item_requested(item_id)``."""

    item_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navPane")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._contacts: list | None = None
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Contents"))
        self._rebuild()

    def _node(self, parent, text: str, item_id: str | None = None) -> QTreeWidgetItem:
        node = QTreeWidgetItem(parent, [text])
        node.setToolTip(0, text)
        if item_id:
            node.setData(0, IdRole, item_id)
        return node

    def _label(self, item) -> str:
        """An item's title; content a pack brought also names the pack."""
        title = item.title(self._lang)
        return f"{title} · {item.origin_title(self._lang)}" if item.origin else title

    def _rebuild(self) -> None:
        self.clear()
        library, lang = self._library, self._lang
        if library is None:
            return
        situations = self._node(self, self.tr("Situations"))
        for toolkit_id, cards in library.cards_by_toolkit(lang):
            toolkit = library.toolkits.get(toolkit_id)
            group = self._node(situations, toolkit.cities[lang] if toolkit
                               else all_toolkits_label())
            for item in cards:
                self._node(group, self._label(item), item.id)
        guides = country_guides(library)
        if guides:
            branch = self._node(self, self.tr("Country guides"))
            for item in guides:
                self._node(branch, self._label(item), item.id)
        self._add_toolkits(library, lang)
        glossary = self._node(self, self.tr("Glossary"))
        for item in sorted(library.of_kind("glossary"), key=lambda i: i.title(lang).casefold()):
            self._node(glossary, self._label(item), item.id)
        self._add_contacts(library, lang)
        situations.setExpanded(True)

    def _add_toolkits(self, library, lang: str) -> None:
        toolkits = self._node(self, self.tr("Toolkits"))
        for toolkit in library.toolkits.values():
            node = self._node(toolkits, toolkit.titles[lang])
            for document in toolkit.documents:
                doc_node = self._node(node, document.titles[lang])
                for section_id in document.sections:
                    if section_id in library.items:
                        self._node(doc_node, self._label(library.items[section_id]), section_id)

    def _add_contacts(self, library, lang: str) -> None:
        contacts = self._contacts if self._contacts is not None else library.of_kind("contact")
        if not contacts:
            return
        directory = self._node(self, self.tr("Contacts"))
        others = sorted({str(c.extra.get("country", "")) for c in contacts}
                        - set(COUNTRY_LABELS))
        for code in (*COUNTRY_LABELS, *others):
            here = sorted((c for c in contacts if c.extra.get("country", "") == code),
                          key=lambda c: c.title(lang).casefold())
            if here:
                group = self._node(directory, country_label(code))
                for item in here:
                    stale = self.tr(" (check this)") if item.extra.get("stale") else ""
                    self._node(group, item.title(lang) + stale, item.id)

    def set_contacts(self, contacts: list | None, rebuild: bool = True) -> None:
        """The contacts in effect (ContentService.contacts()): local ones, and
        without the bundled ones the office hid. None: the bundled list.
        ``rebuild=False`` when set_library or set_language follows."""
        self._contacts = contacts
        if rebuild:
            self._rebuild()

    def _on_activated(self, node: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = node.data(0, IdRole)
        if item_id:
            self.item_requested.emit(item_id)

    def show_glossary(self) -> None:
        """Open the glossary branch and put the keyboard on it."""
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            if node.text(0) == self.tr("Glossary"):
                node.setExpanded(True)
                self.setCurrentItem(node)
                self.scrollToItem(node)
        self.setFocus()

    def select_item(self, item_id: str | None) -> None:
        """Show where the open item sits, without opening anything."""
        self.blockSignals(True)
        self.clearSelection()
        if item_id:
            every = Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
            for node in self.findItems("*", every):
                if node.data(0, IdRole) == item_id:
                    self.setCurrentItem(node)
                    break
        self.blockSignals(False)
