"""Every action of the window in one table: id, text, shortcuts, tooltip; and
where each one goes: the menus (:data:`MENUS`) and the toolbar (:data:`TOOLBAR`).

ui/menus.py builds the menu bar and the toolbar from these tables, and a test
rejects a key bound twice. Texts are marked with QT_TRANSLATE_NOOP and
translated when applied, so a language change only has to call
:func:`retranslate`. Menu titles keep the "MainWindow" context they were
translated in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[Key, ...] = ()
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("quick_exit", QT_TRANSLATE_NOOP("Actions", "Quick exit"), (),
               QT_TRANSLATE_NOOP("Actions", "Clear the screen and minimise the window at once "
                                 "(or press Shift three times)")),
    ActionSpec("focus_search", QT_TRANSLATE_NOOP("Actions", "&Search"),
               ("Ctrl+K", QKeySequence.StandardKey.Find),
               QT_TRANSLATE_NOOP("Actions", "Go to the search box")),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP("Actions", "&Save as PDF…"),
               (QKeySequence.StandardKey.SaveAs,),
               QT_TRANSLATE_NOOP("Actions", "Save the open page as a PDF")),
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), (QKeySequence.StandardKey.Print,),
               QT_TRANSLATE_NOOP("Actions", "Print the open page")),
    ActionSpec("pdf_glossary", QT_TRANSLATE_NOOP("Actions", "Save the &glossary as PDF…"), (),
               QT_TRANSLATE_NOOP("Actions", "Every term of the glossary in the content "
                                 "language, as a PDF")),
    ActionSpec("print_glossary", QT_TRANSLATE_NOOP("Actions", "Print the glossary…"), (),
               QT_TRANSLATE_NOOP("Actions", "Print every term of the glossary")),
    ActionSpec("pdf_contacts", QT_TRANSLATE_NOOP("Actions", "Save the &contacts list as PDF…"),
               (), QT_TRANSLATE_NOOP("Actions", "Every contact in effect, with this office's "
                                     "own, as a PDF")),
    ActionSpec("print_contacts", QT_TRANSLATE_NOOP("Actions", "Print the contacts list…"), (),
               QT_TRANSLATE_NOOP("Actions", "Print every contact in effect")),
    ActionSpec("contacts", QT_TRANSLATE_NOOP("Actions", "&Local contacts…"), (),
               QT_TRANSLATE_NOOP("Actions", "This office's referral contacts: add, edit, hide, "
                                 "import and export")),
    ActionSpec("content_packs", QT_TRANSLATE_NOOP("Actions", "Con&tent packs…"), (),
               QT_TRANSLATE_NOOP("Actions", "Import a content pack (for example from a USB "
                                 "stick), see the installed ones, remove one")),
    ActionSpec("present", QT_TRANSLATE_NOOP("Actions", "&Present"), ("F5",),
               QT_TRANSLATE_NOOP("Actions", "Show this module or document on the projector, "
                                 "from the first slide, with a presenter console")),
    ActionSpec("present_current", QT_TRANSLATE_NOOP("Actions", "Present from the &current slide"),
               ("Shift+F5",),
               QT_TRANSLATE_NOOP("Actions", "Go on from the slide where the last show ended")),
    ActionSpec("show_client", QT_TRANSLATE_NOOP("Actions", "Show to c&lient…"), ("Ctrl+Shift+L",),
               QT_TRANSLATE_NOOP("Actions", "Show this card large on the whole screen, in "
                                 "the language you choose for the client")),
    ActionSpec("language_card", QT_TRANSLATE_NOOP("Actions", "Point to your lan&guage"),
               ("Ctrl+Shift+G",),
               QT_TRANSLATE_NOOP("Actions", "Full screen: 28 languages, each in its own script, "
                                 "for a client to point at; you see which one")),
    ActionSpec("client_phrases", QT_TRANSLATE_NOOP("Actions", "&Key phrases for the client…"),
               ("Ctrl+Shift+Y",),
               QT_TRANSLATE_NOOP("Actions", "Short sentences in the client's language (Arabic, "
                                 "Farsi, Tigrinya, ...), one at a time, full screen")),
    ActionSpec("back", QT_TRANSLATE_NOOP("Actions", "&Back"), (QKeySequence.StandardKey.Back,),
               QT_TRANSLATE_NOOP("Actions", "Back to the previous page")),
    ActionSpec("forward", QT_TRANSLATE_NOOP("Actions", "&Forward"),
               (QKeySequence.StandardKey.Forward,),
               QT_TRANSLATE_NOOP("Actions", "Forward to the next page")),
    ActionSpec("home", QT_TRANSLATE_NOOP("Actions", "&Home"), ("Alt+Home",),
               QT_TRANSLATE_NOOP("Actions", "Show all situations")),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "&Larger text"),
               (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
               QT_TRANSLATE_NOOP("Actions", "Make the text larger")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "&Smaller text"),
               (QKeySequence.StandardKey.ZoomOut,),
               QT_TRANSLATE_NOOP("Actions", "Make the text smaller")),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normal text size"), ("Ctrl+0",),
               QT_TRANSLATE_NOOP("Actions", "Reset the text size")),
    ActionSpec("help_page", QT_TRANSLATE_NOOP("Actions", "&Using this app"),
               (QKeySequence.StandardKey.HelpContents,),
               QT_TRANSLATE_NOOP("Actions", "How to find a card fast, and quick exit")),
    ActionSpec("sources", QT_TRANSLATE_NOOP("Actions", "S&ources"), (),
               QT_TRANSLATE_NOOP("Actions", "Every source behind the text of this app")),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Equalcity"), (),
               QT_TRANSLATE_NOOP("Actions", "Who made the toolkits, and what this app is")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (QKeySequence.StandardKey.Quit,),
               QT_TRANSLATE_NOOP("Actions", "Close Equalcity")),
)


@dataclass(frozen=True)
class MenuSpec:
    """A menu of the menu bar: action ids in order, ``SEPARATOR``, or the id of a
    submenu of choices (a key of :data:`CHOICE_MENUS`)."""

    id: str
    title: str
    entries: tuple[str, ...]


SEPARATOR = "-"
# Submenus whose entries are values (a language, a theme, minutes), built by ui/menus.py.
CHOICE_MENUS: dict[str, str] = {
    "beside": QT_TRANSLATE_NOOP("MainWindow", "Save as PDF &beside another language"),
    "theme": QT_TRANSLATE_NOOP("MainWindow", "&Colours"),
    "idle": QT_TRANSLATE_NOOP("MainWindow", "Clear the screen when &unused"),
    "ui_language": QT_TRANSLATE_NOOP("MainWindow", "&Interface language"),
}

MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        "export_pdf", "beside", "print", SEPARATOR,
        "pdf_glossary", "print_glossary", "pdf_contacts", "print_contacts", SEPARATOR,
        "contacts", "content_packs", SEPARATOR, "quick_exit", SEPARATOR, "quit")),
    MenuSpec("go", QT_TRANSLATE_NOOP("MainWindow", "&Go"),
             ("focus_search", "back", "forward", "home")),
    MenuSpec("present", QT_TRANSLATE_NOOP("MainWindow", "&Present"),
             ("present", "present_current", "show_client", "language_card", "client_phrases")),
    MenuSpec("view", QT_TRANSLATE_NOOP("MainWindow", "&View"),
             ("zoom_in", "zoom_out", "zoom_reset", SEPARATOR, "theme", "idle", "ui_language")),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("help_page", "sources", "about")),
)
# Quick exit is not here: it has a bar of its own (see ui/menus.py).
TOOLBAR: tuple[str, ...] = ("back", "forward", "home", SEPARATOR, "present", "show_client")


def sequences(spec: ActionSpec) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for key in spec.shortcuts:
        if isinstance(key, QKeySequence.StandardKey):
            out += QKeySequence.keyBindings(key)
        else:
            out.append(QKeySequence(key))
    return [seq for seq in out if not seq.isEmpty()]


def create(parent: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(parent)
        action.setObjectName(spec.id)
        action.setShortcuts(sequences(spec))
        actions[spec.id] = action
    retranslate(actions)
    return actions


def retranslate(actions: dict[str, QAction]) -> None:
    for spec in ACTIONS:
        action = actions[spec.id]
        action.setText(QCoreApplication.translate("Actions", spec.text))
        tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else ""
        action.setToolTip(tip)
        action.setStatusTip(tip)
