"""The client's own language: the pointing card and the key phrases (Qt-free).

The data sits in ``content/client-languages/`` (format: its README.md):
``phrases.yaml`` lists the phrase ids with the text the worker reads (en, nl,
fr, pt), the worker-language version of the card's line, and the order of the
languages; one ``<code>.yaml`` per client language holds its name in its own
script (endonym), its script and direction, who reviewed it, the line "I speak
this language. I need an interpreter." and the phrases in that language.

Several roots may hold the folder (the bundled content, then each installed
content pack): a language file in a later root replaces the same language
from an earlier one (an office's reviewed translation), a new code adds a
language, and a later ``phrases.yaml`` adds phrase ids or replaces the
worker's text of an id. A file with a problem is left out and the problem is
reported with its file, as ``check-content`` does for the cards.

Fonts: each script is drawn with one bundled font (``SCRIPT_FONTS``), the
same on screen and on paper, so a test can check every character against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .frontmatter import FrontMatterError, load_yaml
from .languages import LANGS

FOLDER = "client-languages"
INDEX = "phrases.yaml"
CODE_RE = re.compile(r"^[a-z]{2,3}$")
PHRASE_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
DIRECTIONS = ("ltr", "rtl")
LATIN_FONT = ("DejaVuSans.ttf", "DejaVu Sans")
# ISO 15924 script -> (file under resources/fonts, family name). Latin, Cyrillic
# (with the Turkish, Kurmanji, Somali and Fula letters) and Georgian are in DejaVu
# Sans, which also draws what a script's own font lacks (Latin punctuation such
# as "?" in Tigrinya): every script's text is set in [its font, DejaVu Sans].
SCRIPT_FONTS: dict[str, tuple[str, str]] = {
    "Latn": LATIN_FONT,
    "Cyrl": LATIN_FONT,
    "Arab": ("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic"),
    "Ethi": ("NotoSansEthiopic-Regular.ttf", "Noto Sans Ethiopic"),
    "Geor": LATIN_FONT,
    "Beng": ("NotoSansBengali-Regular.ttf", "Noto Sans Bengali"),
}

# What the worker reads about this part of the app, in the interface or content language.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "languages_title": "Point to your language",
        "languages_intro": "Show this to the person and let them point at their language.",
        "phrases_title": "Key phrases: {name}",
        "not_reviewed": "Not yet checked by a native speaker.",
        "none_reviewed": "These translations have not yet been checked by a native speaker.",
        "reviewed": "Checked by {name} on {date}.",
        "pointed": "The client pointed at: {name}",
        "footer": "Equalcity. Use these phrases only until an interpreter is there.",
        "no_phrases": "there are no key phrases in {name} yet; languages with phrases: {codes}",
    },
    "nl": {
        "languages_title": "Wijs uw taal aan",
        "languages_intro": "Toon dit aan de persoon en laat die de eigen taal aanwijzen.",
        "phrases_title": "Kernzinnen: {name}",
        "not_reviewed": "Nog niet nagekeken door iemand met deze moedertaal.",
        "none_reviewed": "Deze vertalingen zijn nog niet nagekeken door iemand met die "
                         "moedertaal.",
        "reviewed": "Nagekeken door {name} op {date}.",
        "pointed": "De cliënt wees deze taal aan: {name}",
        "footer": "Equalcity. Gebruik deze zinnen alleen tot er een tolk is.",
        "no_phrases": "er zijn nog geen kernzinnen in het {name}; talen met zinnen: {codes}",
    },
    "fr": {
        "languages_title": "Montrez votre langue",
        "languages_intro": "Montrez ceci à la personne et laissez-la désigner sa langue.",
        "phrases_title": "Phrases clés : {name}",
        "not_reviewed": "Pas encore vérifié par une personne de langue maternelle.",
        "none_reviewed": "Ces traductions n'ont pas encore été vérifiées par une personne de "
                         "langue maternelle.",
        "reviewed": "Vérifié par {name} le {date}.",
        "pointed": "La personne a désigné : {name}",
        "footer": "Equalcity. Utilisez ces phrases seulement en attendant un interprète.",
        "no_phrases": "pas encore de phrases clés en {name} ; langues avec des phrases : {codes}",
    },
    "pt": {
        "languages_title": "Aponte para a sua língua",
        "languages_intro": "Mostre isto à pessoa e deixe-a apontar para a sua língua.",
        "phrases_title": "Frases-chave: {name}",
        "not_reviewed": "Ainda não verificado por um falante nativo.",
        "none_reviewed": "Estas traduções ainda não foram verificadas por falantes nativos.",
        "reviewed": "Verificado por {name} em {date}.",
        "pointed": "A pessoa apontou para: {name}",
        "footer": "Equalcity. Use estas frases só enquanto não houver intérprete.",
        "no_phrases": "ainda não há frases-chave em {name}; línguas com frases: {codes}",
    },
}


@dataclass(frozen=True)
class Review:
    name: str
    date: str  # YYYY-MM-DD


@dataclass(frozen=True)
class Phrase:
    id: str
    card: str  # the card the phrase comes from
    texts: dict[str, str]  # the worker's languages (en, nl, fr, pt)

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]


@dataclass(frozen=True)
class ClientLanguage:
    code: str
    endonym: str
    names: dict[str, str]  # in the worker's languages
    script: str
    direction: str
    point_line: str
    phrases: dict[str, str]
    reviewed_by: Review | None = None
    notes: str = ""
    path: str = ""

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.code

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def font_file(self) -> str:
        return SCRIPT_FONTS[self.script][0]

    @property
    def font_family(self) -> str:
        return SCRIPT_FONTS[self.script][1]

    @property
    def font_families(self) -> list[str]:
        """The script's font, then the fallback that draws what it lacks."""
        return list(dict.fromkeys((self.font_family, LATIN_FONT[1])))

    def css_font(self) -> str:
        return ", ".join(f"'{family}'" for family in self.font_families)

    def texts(self) -> list[str]:
        """Every text of the language that is shown in its own script."""
        return [self.endonym, self.point_line, *self.phrases.values()]


@dataclass
class ClientPhrases:
    phrases: list[Phrase] = field(default_factory=list)
    point_lines: dict[str, str] = field(default_factory=dict)  # worker language -> line
    languages: list[ClientLanguage] = field(default_factory=list)  # the card's order
    problems: list[str] = field(default_factory=list)

    def language(self, code: str) -> ClientLanguage | None:
        return next((lang for lang in self.languages if lang.code == code), None)

    def phrase_text(self, code: str, phrase_id: str) -> str | None:
        """A phrase in a client language; the app's own languages (en, nl, fr,
        pt) fall back to the worker's text of the phrase list."""
        language = self.language(code)
        if language is not None and phrase_id in language.phrases:
            return language.phrases[phrase_id]
        if code in LANGS:
            phrase = next((p for p in self.phrases if p.id == phrase_id), None)
            return phrase.texts.get(code) if phrase else None
        return None

    def phrases_in(self, code: str) -> list[tuple[Phrase, str]]:
        """The phrases that exist in ``code``, in the list's order."""
        out = []
        for phrase in self.phrases:
            text = self.phrase_text(code, phrase.id)
            if text:
                out.append((phrase, text))
        return out

    def with_phrases(self) -> list[ClientLanguage]:
        return [lang for lang in self.languages if self.phrases_in(lang.code)]

    def codes(self) -> list[str]:
        return [lang.code for lang in self.languages]


def default_roots() -> list[Path]:
    """The bundled content, then the installed content packs."""
    from .. import resources

    roots = [resources.content_dir()]
    try:
        from .pack_store import installed_roots

        roots += installed_roots()
    except OSError:  # a packs folder that cannot be read leaves the bundled data
        pass
    return roots


def load(roots: Sequence[Path] | None = None) -> ClientPhrases:
    """Read every root's ``client-languages`` folder, later roots winning."""
    roots = list(roots) if roots is not None else default_roots()
    result = ClientPhrases()
    order: list[str] = []
    phrases: dict[str, Phrase] = {}
    languages: dict[str, ClientLanguage] = {}
    for root in roots:
        folder = Path(root) / FOLDER
        if not folder.is_dir():
            continue
        index = folder / INDEX
        if index.is_file():
            _read_index(index, result, phrases, order)
    known = set(phrases)
    for root in roots:
        folder = Path(root) / FOLDER
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            if path.name == INDEX:
                continue
            language = _read_language(path, known, result.problems)
            if language is not None:
                languages[language.code] = language
    result.phrases = list(phrases.values())
    ranked = [c for c in order if c in languages]
    ranked += sorted((c for c in languages if c not in order),
                     key=lambda c: languages[c].name("en"))
    result.languages = [languages[c] for c in ranked]
    return result


def _parse(path: Path, problems: list[str]) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except FrontMatterError as exc:
        where = f"{path}:{exc.line}" if getattr(exc, "line", None) else str(path)
        problems.append(f"{where}: {exc}")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot be read ({exc})")
    return None


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _read_index(path: Path, result: ClientPhrases, phrases: dict[str, Phrase],
                order: list[str]) -> None:
    data = _parse(path, result.problems)
    if data is None:
        return
    if not isinstance(data, dict):
        result.problems.append(f"{path}: expected point_line, languages and phrases")
        return
    lines = data.get("point_line") or {}
    if isinstance(lines, dict):
        result.point_lines.update({k: _text(v) for k, v in lines.items()
                                   if k in LANGS and _text(v)})
    for code in data.get("languages") or ():
        if isinstance(code, str) and code not in order:
            order.append(code)
    for number, entry in enumerate(data.get("phrases") or (), 1):
        if not isinstance(entry, dict) or not PHRASE_ID_RE.match(str(entry.get("id", ""))):
            result.problems.append(f"{path}: phrase {number} needs an id (a-z, 0-9, _)")
            continue
        texts = {lang: _text(entry.get(lang)) for lang in LANGS if _text(entry.get(lang))}
        missing = [lang for lang in LANGS if lang not in texts]
        if missing:
            result.problems.append(f"{path}: phrase {entry['id']} has no text in "
                                   + ", ".join(missing))
            continue
        phrases[entry["id"]] = Phrase(entry["id"], _text(entry.get("card")), texts)


def _review(value: Any) -> Review | None | str:
    """A Review, None, or a problem (str)."""
    if value is None:
        return None
    if not isinstance(value, dict) or not _text(value.get("name")):
        return "reviewed_by is null or {name: ..., date: YYYY-MM-DD}"
    date = value.get("date")
    if isinstance(date, dt.date):
        date = date.isoformat()
    if not isinstance(date, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
        return "reviewed_by needs the date of the review (YYYY-MM-DD)"
    return Review(_text(value["name"]), date)


def _read_language(path: Path, known: set[str], problems: list[str]) -> ClientLanguage | None:
    data = _parse(path, problems)
    if data is None:
        return None
    found: list[str] = []
    if not isinstance(data, dict):
        problems.append(f"{path}: expected the fields of a client language (see README.md)")
        return None
    code = str(data.get("language") or "")
    if not CODE_RE.match(code):
        found.append("language is a 2- or 3-letter code (ISO 639)")
    elif code != path.stem:
        found.append(f"language {code!r} does not match the file name {path.name}")
    endonym, point_line = _text(data.get("endonym")), _text(data.get("point_line"))
    if not endonym:
        found.append("endonym (the language's name in its own script) is missing")
    if not point_line:
        found.append("point_line (\"I speak this language. I need an interpreter.\") is missing")
    names = data.get("names")
    if not isinstance(names, dict) or not _text(names.get("en")):
        found.append("names needs at least en (the name the worker reads)")
        names = {}
    script = str(data.get("script") or "")
    if script not in SCRIPT_FONTS:
        found.append(f"script {script!r} has no bundled font; one of " + ", ".join(SCRIPT_FONTS))
    direction = str(data.get("direction") or "")
    if direction not in DIRECTIONS:
        found.append("direction is ltr or rtl")
    review = _review(data.get("reviewed_by", None))
    if isinstance(review, str):
        found.append(review)
        review = None
    phrases = _read_phrases(data.get("phrases") or {}, known, found)
    if found:
        problems += [f"{path}: {message}" for message in found]
        return None
    return ClientLanguage(code, endonym, {k: _text(v) for k, v in names.items() if _text(v)},
                          script, direction, point_line, phrases, review,
                          _text(data.get("notes")), str(path))


def _read_phrases(raw: Any, known: set[str], found: list[str]) -> dict[str, str]:
    if not isinstance(raw, dict):
        found.append("phrases maps a phrase id to its text")
        return {}
    phrases: dict[str, str] = {}
    for key, value in raw.items():
        if key not in known:
            found.append(f"phrase {key!r} is not in {INDEX}")
        elif not _text(value):
            found.append(f"phrase {key!r} is empty")
        else:
            phrases[key] = _text(value)
    return phrases


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def review_note(language: ClientLanguage, lang: str) -> str:
    """The worker's note on who checked a language (never shown to the client)."""
    if language.reviewed_by is None:
        return words(lang)["not_reviewed"]
    return words(lang)["reviewed"].format(name=language.reviewed_by.name,
                                          date=language.reviewed_by.date)


def all_texts(data: ClientPhrases) -> Iterable[tuple[ClientLanguage, str]]:
    for language in data.languages:
        for text in language.texts():
            yield language, text
