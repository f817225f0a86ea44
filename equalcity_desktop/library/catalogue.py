"""The names of things in the four languages, in one place (Qt-free): kinds of item,
what a contact helps with (topics, ``helps_with`` in the directory), countries, and the
four languages themselves.

The window (``ui/labels.py``, in the interface language), the printouts and pages (in
the content language) and the command line all read them from here, so a country or a
kind has one wording in each language wherever it appears. Topics are kept as they
read inside a sentence ("helps with: sexual violence, shelters"); labels on their own
start with a capital (:func:`topic_name` with ``capital=True``).

Two additions on paper only: a printed "About this app" page is headed "Equalcity"
(``PAGE_WORDS["page"]`` in :mod:`.languages`), and the printed contacts list heads the
EU's group "European Union (EU-wide)" (:func:`contacts_heading`).
"""

from __future__ import annotations

KIND_NAMES: dict[str, dict[str, str]] = {
    "en": {"card": "Situation card", "section": "Toolkit section", "module": "Training module",
           "poster": "Poster", "glossary": "Glossary", "contact": "Contact",
           "page": "About this app", "country": "Country guide"},
    "nl": {"card": "Situatiekaart", "section": "Toolkitdeel", "module": "Vormingsmodule",
           "poster": "Affiche", "glossary": "Woordenlijst", "contact": "Contact",
           "page": "Over deze app", "country": "Landengids"},
    "fr": {"card": "Fiche situation", "section": "Partie de la boîte à outils",
           "module": "Module de formation", "poster": "Affiche", "glossary": "Glossaire",
           "contact": "Contact", "page": "À propos de cette application",
           "country": "Guide pays"},
    "pt": {"card": "Ficha de situação", "section": "Secção do kit",
           "module": "Módulo de formação", "poster": "Cartaz", "glossary": "Glossário",
           "contact": "Contacto", "page": "Sobre esta aplicação", "country": "Guia do país"},
}
ALL_TOOLKITS: dict[str, str] = {"en": "All toolkits", "nl": "Alle toolkits",
                                "fr": "Toutes les boîtes à outils", "pt": "Todos os kits"}

# What a contact helps with, as it reads inside a sentence.
TOPIC_NAMES: dict[str, dict[str, str]] = {
    "en": {"emergency": "emergencies", "violence": "violence",
           "sexual-violence": "sexual violence", "children": "children", "youth": "young people",
           "suicide": "suicide", "mental-health": "mental health", "lgbtqi": "LGBTQI+ people",
           "trafficking": "human trafficking", "victims": "victim support",
           "asylum": "asylum and migration", "health": "health", "legal": "legal advice",
           "honour-violence": "honour-related violence",
           "shelter": "shelters", "fgm": "female genital mutilation",
           "forced-marriage": "forced marriage", "interpreting": "interpreting",
           "hate-crime": "hate crime", "guardianship": "guardianship"},
    "nl": {"emergency": "noodgevallen", "violence": "geweld", "sexual-violence": "seksueel geweld",
           "children": "kinderen", "youth": "jongeren", "suicide": "zelfdoding",
           "mental-health": "geestelijke gezondheid", "lgbtqi": "LGBTQI+-personen",
           "trafficking": "mensenhandel", "victims": "slachtofferhulp",
           "asylum": "asiel en migratie", "health": "gezondheid", "legal": "juridisch advies",
           "honour-violence": "eergerelateerd geweld",
           "shelter": "opvang", "fgm": "vrouwelijke genitale verminking",
           "forced-marriage": "gedwongen huwelijk", "interpreting": "sociaal tolken",
           "hate-crime": "haatmisdrijven", "guardianship": "voogdij"},
    "fr": {"emergency": "urgences", "violence": "violences", "sexual-violence":
           "violences sexuelles", "children": "enfants", "youth": "jeunes",
           "suicide": "suicide", "mental-health": "santé mentale",
           "lgbtqi": "personnes LGBTQI+", "trafficking": "traite des êtres humains",
           "victims": "aide aux victimes", "asylum": "asile et migration", "health": "santé",
           "legal": "conseil juridique", "honour-violence": "violences liées à l'honneur",
           "shelter": "hébergement", "fgm": "mutilations génitales féminines",
           "forced-marriage": "mariage forcé", "interpreting": "interprétariat social",
           "hate-crime": "crimes de haine", "guardianship": "tutelle"},
    "pt": {"emergency": "emergências", "violence": "violência",
           "sexual-violence": "violência sexual", "children": "crianças", "youth": "jovens",
           "suicide": "suicídio", "mental-health": "saúde mental",
           "lgbtqi": "pessoas LGBTQI+", "trafficking": "tráfico de seres humanos",
           "victims": "apoio à vítima", "asylum": "asilo e migração", "health": "saúde",
           "legal": "aconselhamento jurídico", "honour-violence": "violência baseada na honra",
           "shelter": "casas de abrigo", "fgm": "mutilação genital feminina",
           "forced-marriage": "casamento forçado", "interpreting": "interpretação",
           "hate-crime": "crimes de ódio", "guardianship": "tutela"},
}

# The countries of the directory; "" is the office's own contacts.
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "en": {"": "This office", "eu": "European Union", "be": "Belgium", "lu": "Luxembourg",
           "it": "Italy", "se": "Sweden"},
    "nl": {"": "Deze dienst", "eu": "Europese Unie", "be": "België", "lu": "Luxemburg",
           "it": "Italië", "se": "Zweden"},
    "fr": {"": "Ce service", "eu": "Union européenne", "be": "Belgique", "lu": "Luxembourg",
           "it": "Italie", "se": "Suède"},
    "pt": {"": "Este serviço", "eu": "União Europeia", "be": "Bélgica", "lu": "Luxemburgo",
           "it": "Itália", "se": "Suécia"},
}

# On the printed contacts list the EU's group says what it is: numbers that work in
# every member state ("European Union (EU-wide)"); the name itself stays the same.
EU_WIDE: dict[str, str] = {"en": "EU-wide", "nl": "heel de EU", "fr": "toute l'UE",
                           "pt": "toda a UE"}

# The four languages inside a sentence ("found in Dutch"); a picker shows each
# language's own name instead (languages.NATIVE_NAMES).
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "nl": "Dutch", "fr": "French", "pt": "Portuguese"},
    "nl": {"en": "Engels", "nl": "Nederlands", "fr": "Frans", "pt": "Portugees"},
    "fr": {"en": "anglais", "nl": "néerlandais", "fr": "français", "pt": "portugais"},
    "pt": {"en": "inglês", "nl": "neerlandês", "fr": "francês", "pt": "português"},
}


def _in(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    return table.get(lang, table["en"])


def kind_name(kind: str, lang: str) -> str:
    return _in(KIND_NAMES, lang).get(kind, kind)


def all_toolkits(lang: str) -> str:
    return ALL_TOOLKITS.get(lang, ALL_TOOLKITS["en"])


def topic_name(topic: str, lang: str, capital: bool = False) -> str:
    name = _in(TOPIC_NAMES, lang).get(topic, topic)
    return name[:1].upper() + name[1:] if capital else name


def country_name(code: str, lang: str) -> str:
    """A country by its code, "This office" for ""; an unknown code in capitals."""
    return _in(COUNTRY_NAMES, lang).get(code, code.upper())


def contacts_heading(code: str, lang: str) -> str:
    """The heading over a country's contacts on the printed list."""
    name = country_name(code, lang)
    return f"{name} ({EU_WIDE.get(lang, EU_WIDE['en'])})" if code == "eu" else name


def language_name(code: str, lang: str) -> str:
    return _in(LANGUAGE_NAMES, lang).get(code, code)
