"""Split a content file into YAML front matter and Markdown body."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


class FrontMatterError(ValueError):
    """The file has no valid front matter; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Parsed:
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line where the body starts


@cache
def _loader() -> Any:
    # Imported on first use: YAML is not needed to show the window.
    import yaml

    # The C loader is several times faster; the pure one is the same grammar.
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str, first_line: int = 1) -> Any:
    """Safe-load YAML, turning parser errors into a message with a line."""
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(f"invalid YAML: {problem}", line) from None


def split(text: str) -> Parsed:
    """Parse ``---`` YAML ``---`` then Markdown."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError("the file must start with a '---' line and YAML front matter", 1)
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        raise FrontMatterError("the front matter has no closing '---' line", 1)
    meta = load_yaml("\n".join(lines[1:end]), first_line=2)
    if not isinstance(meta, dict):
        raise FrontMatterError("the front matter must be a YAML mapping (key: value)", 2)
    return Parsed(meta=meta, body="\n".join(lines[end + 1 :]), body_line=end + 2)
