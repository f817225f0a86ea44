"""The client's languages on paper, as HTML (Qt-free): the card a client points at
(``@languages``) and the key phrases in the client's language beside the worker's
(``@client-phrases``). :mod:`.printable` wraps them in a printout; the PDF writer
draws them."""

from __future__ import annotations

from html import escape

from .client_phrases import ClientLanguage, ClientPhrases, review_note, words
from .languages import LANGS

LANGUAGES_ID = "@languages"
CLIENT_PHRASES_ID = "@client-phrases"
PRINT_LAYOUTS = {LANGUAGES_ID: "languages", CLIENT_PHRASES_ID: "client-phrases"}
CARD_COLUMNS = 3


class ClientPrintError(ValueError):
    """A request that cannot be printed; one sentence for the user."""


def _client_block(language: ClientLanguage, text: str, points: float, bold: bool = False) -> str:
    align = "right" if language.rtl else "left"
    weight = " font-weight: bold;" if bold else ""
    return (f'<p dir="{language.direction}" align="{align}" style="font-family: '
            f'{language.css_font()}; font-size: {points:.1f}pt;{weight} margin: 0px">'
            f"{escape(text)}</p>")


def languages_html(data: ClientPhrases, lang: str) -> tuple[str, str, str]:
    """The pointing card on paper: title, HTML, footer (in the worker's ``lang``)."""
    said = words(lang)
    cells = []
    for language in data.languages:
        cells.append(
            '<td width="33%" valign="top">'
            + _client_block(language, language.endonym, 17, bold=True)
            + _client_block(language, language.point_line, 10)
            + f'<p class="kind" align="{"right" if language.rtl else "left"}">'
            f"{escape(language.name(lang))}</p></td>")
    rows = ["<tr>" + "".join(cells[i:i + CARD_COLUMNS]) + "</tr>"
            for i in range(0, len(cells), CARD_COLUMNS)]
    html = (f'<p class="kind">Equalcity</p><h1>{escape(said["languages_title"])}</h1>'
            f'<p class="summary">{escape(said["languages_intro"])}</p>'
            '<table width="100%" cellspacing="0" cellpadding="7" border="1" '
            'style="border-collapse: collapse; border-color: #999999">' + "".join(rows)
            + "</table>")
    unreviewed = any(language.reviewed_by is None for language in data.languages)
    footer = (said["none_reviewed"] + " " if unreviewed else "") + said["footer"]
    return said["languages_title"], html, footer


def phrases_html(data: ClientPhrases, code: str, worker: str) -> tuple[str, str, str]:
    """The key phrases in ``code`` with the worker's language ``worker`` beside them."""
    said = words(worker)
    language = data.language(code)
    if language is None and code in LANGS:  # an app language: the phrase list's own text
        language = ClientLanguage(code, code, {"en": code}, "Latn", "ltr", "", {})
    phrases = data.phrases_in(code) if language is not None else []
    if language is None or not phrases:
        name = language.name(worker) if language else code
        codes = ", ".join(lang.code for lang in data.with_phrases())
        raise ClientPrintError(said["no_phrases"].format(name=name, codes=codes))
    title = said["phrases_title"].format(
        name=f"{language.name(worker)} · {language.endonym}" if code not in LANGS else code)
    note = review_note(language, worker) if code not in LANGS else ""
    rows = []
    for number, (phrase, text) in enumerate(phrases, 1):
        mine = "" if worker == code else (
            f'<td width="38%" valign="top">{escape(phrase.text(worker))}</td>')
        rows.append(f'<tr><td width="4%" valign="top">{number}</td>'
                    f'<td valign="top">{_client_block(language, text, 15)}</td>{mine}</tr>')
    html = (f'<p class="kind">Equalcity</p><h1>{escape(title)}</h1>'
            + (f'<p class="summary">{escape(note)}</p>' if note else "")
            + '<table width="100%" cellspacing="0" cellpadding="6" border="1" '
            'style="border-collapse: collapse; border-color: #999999">' + "".join(rows)
            + "</table>")
    return title, html, said["footer"] + (f" {note}" if note else "")
