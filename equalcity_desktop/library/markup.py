"""Markdown to safe HTML and to plain text.

Content is trusted less than code: a content pack or an extra folder may hold
anything, so every page goes through an nh3 allowlist after Markdown. Only
internal links (``card:``, ``doc:``, ``term:``) and web addresses survive;
scripts, event handlers, styles and ``javascript:``/``data:``/``file:`` links
do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

from .model import LINK_SCHEMES

_TAGS = {
    "h1", "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "b", "i",
    "blockquote", "code", "pre", "a", "table", "thead", "tbody", "tr", "th", "td", "span",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}, "ol": {"start"}}
_URL_SCHEMES = {"http", "https", "mailto", *LINK_SCHEMES}

# [text](target) in Markdown source; the target ends at whitespace or ')'.
LINK_RE = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<target>[^)\s]*)(?:\s+\"[^\"]*\")?\)")
WORD_RE = re.compile(r"\w+", re.UNICODE)


# French puts a space inside « » and before : ; ? ! ; it must never become a line break
# (a line starting with ":" or ending with "«"). Elsewhere such a space is rare, and
# binding it is harmless.
_BOUND_SPACE_RE = re.compile(r"(?<=«) | (?=[»:;?!](?:\s|$|[»)]))", re.MULTILINE)
NO_BREAK_SPACE = "\u00a0"


def bind_french_spaces(text: str) -> str:
    return _BOUND_SPACE_RE.sub(NO_BREAK_SPACE, text)


def render_html(markdown_text: str) -> str:
    """Markdown to HTML that is safe to show in the app."""
    import markdown  # on first use: 40 ms the window's start need not wait for

    html = markdown.markdown(bind_french_spaces(markdown_text),
                             extensions=["tables", "sane_lists"], output_format="html")
    return sanitise(html)


_HREF_RE = re.compile(r"^(?:https?|mailto|" + "|".join(LINK_SCHEMES) + "):", re.IGNORECASE)


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    # nh3 keeps relative links; a link without a scheme ("//host/share", a
    # path) could reach the file system or a UNC share, so only named schemes pass.
    if tag == "a" and name == "href" and not _HREF_RE.match(value):
        return None
    return value


def sanitise(html: str) -> str:
    import nh3

    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=_keep_attribute,
    )


class _TextCollector(HTMLParser):
    _BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "tr", "br", "blockquote", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, _attrs: object) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")


def plain_text(markdown_text: str) -> str:
    """The words a reader sees, one paragraph per line (for search and counts)."""
    collector = _TextCollector()
    collector.feed(render_html(markdown_text))
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


def iter_links(markdown_text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line, target) for each Markdown link in the source."""
    for offset, line in enumerate(markdown_text.split("\n")):
        for match in LINK_RE.finditer(line):
            yield first_line + offset, match.group("target")


def link_terms(markdown_text: str, terms: dict[str, str]) -> str:
    """Link the first mention of each glossary term (text -> term id) that the
    page does not link already; headings and existing links are left alone."""
    linked = {target for _, target in iter_links(markdown_text)}
    lines = markdown_text.split("\n")
    for term, term_id in sorted(terms.items(), key=lambda kv: -len(kv[0])):
        if f"term:{term_id}" in linked:
            continue
        pattern = re.compile(rf"(?<![\w\[/:-]){re.escape(term)}(?![\w\]])", re.IGNORECASE)
        for i, line in enumerate(lines):
            if line.lstrip().startswith("#"):
                continue
            # Existing links become blanks of the same length, so nothing inside them matches.
            masked = LINK_RE.sub(lambda m: " " * len(m.group(0)), line)
            found = pattern.search(masked)
            if found:
                start, end = found.span()
                lines[i] = f"{line[:start]}[{line[start:end]}](term:{term_id}){line[end:]}"
                linked.add(f"term:{term_id}")
                break
    return "\n".join(lines)


def split_link(target: str) -> tuple[str, str] | None:
    """``card:x`` -> ("card", "x"); None for web and other links."""
    scheme, sep, rest = target.partition(":")
    if sep and scheme in LINK_SCHEMES:
        return scheme, rest
    return None

