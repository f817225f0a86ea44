"""Every page goes through the sanitiser: nothing runs, nothing is fetched."""

from __future__ import annotations

import pytest

from equalcity_desktop.library.markup import iter_links, plain_text, render_html, word_count

HOSTILE = [
    ("<script>alert(1)</script>", "<script"),
    ('<img src="x" onerror="alert(1)">', "onerror"),
    ("[click](javascript:alert(1))", "javascript:"),
    ("[data](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
    ("[file](file:///etc/passwd)", "file:"),
    ("[unc](//host/share/x.png)", "//host"),
    ('<a href="vbscript:x">x</a>', "vbscript"),
    ('<iframe src="https://example.org"></iframe>', "<iframe"),
    ('<p style="background:url(http://x)">x</p>', "style="),
    ("![img](http://tracker.example/pixel.png)", "<img"),
    ('<form action="http://x"><input></form>', "<form"),
]


@pytest.mark.parametrize(("markdown", "forbidden"), HOSTILE)
def test_hostile_markup_is_removed(markdown: str, forbidden: str) -> None:
    html = render_html(markdown)
    assert forbidden not in html.lower()


def test_internal_and_web_links_survive() -> None:
    html = render_html("[a](card:x) [b](doc:y) [c](term:z) [d](https://example.org)")
    for href in ("card:x", "doc:y", "term:z", "https://example.org"):
        assert f'href="{href}"' in html


def test_deep_nesting_and_long_lines_do_not_break() -> None:
    assert render_html("> " * 2000 + "deep")
    assert word_count(plain_text("word " * 200_000)) == 200_000


def test_plain_text_and_links_with_lines() -> None:
    text = "## Title\n\nOne [two](card:x) three.\n\n- four\n"
    assert plain_text(text) == "Title\nOne two three.\nfour"
    assert list(iter_links(text, first_line=10)) == [(12, "card:x")]


def test_glossary_terms_are_linked_once_and_never_twice() -> None:
    from equalcity_desktop.library.markup import link_terms

    text = ("## Safer space\n\nA safer space is a promise. Another safer space.\n\n"
            "See [the outing card](card:x) about outing.\n")
    out = link_terms(text, {"safer space": "safer-space", "outing": "outing"})
    assert out.count("(term:safer-space)") == 1
    assert "## Safer space" in out  # headings stay as they are
    assert "A [safer space](term:safer-space) is a promise" in out
    assert "[the outing card](card:x) about [outing](term:outing)" in out
    already = link_terms("[Outing](term:outing) and outing.", {"outing": "outing"})
    assert already.count("term:outing") == 1


def test_french_spaces_never_break_a_line() -> None:
    """« Merci » and "Et : quoi ?" keep their spaces, bound: no line starts with ":" or "»"."""
    html = render_html("« Merci. » Et : quoi ? Oui ! [lien](card:x) ![image](x.png)")
    assert "«&nbsp;Merci.&nbsp;»" in html
    assert "Et&nbsp;: quoi&nbsp;? Oui&nbsp;!" in html
    assert 'href="card:x"' in html  # links untouched
    assert "Oui&nbsp;! <a" in html  # the space before a link stays a normal one
