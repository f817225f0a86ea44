"""Light, dark and high-contrast themes, and following the system.

Each theme is a table of palette colours chosen for WCAG 2.2 contrast: text
at least 4.5:1 against its background, control borders and the focus ring at
least 3:1 (tests/ui/test_themes.py computes every pair). The style sheet
uses palette() roles only, so it follows whichever theme is on. The app draws with the
Fusion style, which uses the palette everywhere (set in app.create_app).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
THEMES: dict[str, dict[str, str]] = {
    "light": {
        "Window": "#f3f3f5", "WindowText": "#1a1a1a", "Base": "#ffffff",
        "AlternateBase": "#f0f0f4", "Text": "#1a1a1a", "Button": "#e8e8ee",
        "ButtonText": "#1a1a1a", "Highlight": "#1f4fa8", "HighlightedText": "#ffffff",
        "PlaceholderText": "#595966", "Link": "#1a4fb5", "LinkVisited": "#5a2d91",
        "Mid": "#84848f", "Dark": "#6b6b78", "Light": "#ffffff", "Midlight": "#f7f7f9",
        "Shadow": "#3c3c44", "ToolTipBase": "#ffffe8", "ToolTipText": "#1a1a1a",
        "BrightText": "#ffffff",
    },
    "dark": {
        "Window": "#1f2024", "WindowText": "#ececef", "Base": "#17181b",
        "AlternateBase": "#24262b", "Text": "#ececef", "Button": "#2c2e34",
        "ButtonText": "#ececef", "Highlight": "#8ab4f8", "HighlightedText": "#0b0c0e",
        "PlaceholderText": "#a7a9b0", "Link": "#8ab4f8", "LinkVisited": "#c8a2f0",
        "Mid": "#80848f", "Dark": "#101114", "Light": "#3a3c43", "Midlight": "#30323a",
        "Shadow": "#000000", "ToolTipBase": "#2c2e34", "ToolTipText": "#ececef",
        "BrightText": "#ffffff",
    },
    "contrast": {
        "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000",
        "AlternateBase": "#1a1a1a", "Text": "#ffffff", "Button": "#000000",
        "ButtonText": "#ffffff", "Highlight": "#ffff00", "HighlightedText": "#000000",
        "PlaceholderText": "#d8d8d8", "Link": "#00ffff", "LinkVisited": "#ff80ff",
        "Mid": "#ffffff", "Dark": "#ffffff", "Light": "#ffffff", "Midlight": "#ffffff",
        "Shadow": "#ffffff", "ToolTipBase": "#000000", "ToolTipText": "#ffffff",
        "BrightText": "#ffffff",
    },
}
CHOICES = ("system", "light", "dark", "contrast")


def resolve(choice: str) -> str:
    """The theme to show for a setting; "system" follows the desktop's scheme."""
    if choice in THEMES:
        return choice
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def palette(name: str) -> QPalette:
    result = QPalette()
    for role, colour in THEMES[name].items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            result.setColor(group, getattr(Role, role), QColor(colour))
    disabled = QColor(THEMES[name]["PlaceholderText"])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply(app: QApplication, choice: str) -> str:
    """Put the chosen theme on; returns the theme actually shown."""
    name = resolve(choice)
    app.setPalette(palette(name))
    app.setStyleSheet(app.styleSheet())  # re-polish: palette() in the sheet follows
    return name


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
