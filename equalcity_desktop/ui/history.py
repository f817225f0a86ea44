"""Back and forward within this session only; nothing is ever written."""

from __future__ import annotations


class History:
    def __init__(self) -> None:
        self._entries: list[str] = []
        self._index = -1

    def visit(self, item_id: str) -> None:
        if self.current == item_id:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(item_id)
        self._index = len(self._entries) - 1

    @property
    def current(self) -> str | None:
        return self._entries[self._index] if self._index >= 0 else None

    def can_back(self) -> bool:
        return self._index > 0

    def can_forward(self) -> bool:
        return self._index + 1 < len(self._entries)

    def back(self) -> str | None:
        if self.can_back():
            self._index -= 1
        return self.current

    def forward(self) -> str | None:
        if self.can_forward():
            self._index += 1
        return self.current

    def clear(self) -> None:
        self._entries.clear()
        self._index = -1
