"""The four content languages and the fixed headings of a situation card."""

from . import catalogue

LANGS: tuple[str, ...] = ("en", "nl", "fr", "pt")

# Each language's name written in that language, for language pickers.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "pt": "Português",
}

# The seven sections of a card, in order, as they are written in each language.
CARD_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("In short", "Do now", "You can say", "Avoid", "Who can help", "Why", "Read more"),
    "nl": ("Kort gezegd", "Doe nu", "Wat je kunt zeggen", "Vermijd", "Wie kan helpen",
           "Waarom", "Meer lezen"),
    "fr": ("En bref", "À faire maintenant", "Ce que vous pouvez dire", "À éviter",
           "Qui peut aider", "Pourquoi", "Pour aller plus loin"),
    "pt": ("Em resumo", "O que fazer agora", "O que pode dizer", "Evite", "Quem pode ajudar",
           "Porquê", "Saber mais"),
}

# The sections of a training module, in order; the slides come last.
MODULE_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("Objectives", "Duration", "Materials", "Preparation", "Steps", "Trainer notes",
           "Debrief questions", "Handouts", "Slides"),
    "nl": ("Doelen", "Duur", "Materiaal", "Voorbereiding", "Stappen", "Notities voor de trainer",
           "Nabespreking", "Hand-outs", "Dia's"),
    "fr": ("Objectifs", "Durée", "Matériel", "Préparation", "Étapes", "Notes pour l'animation",
           "Questions de débriefing", "Documents à distribuer", "Diapositives"),
    "pt": ("Objetivos", "Duração", "Materiais", "Preparação", "Etapas", "Notas para a formação",
           "Perguntas de reflexão", "Materiais de apoio", "Diapositivos"),
}

CARD_MIN_WORDS = 150
CARD_MAX_WORDS = 350


def best_language(preferred: str) -> str:
    """Map a locale name such as ``pt_BR`` or ``nl-BE`` to a content language."""
    code = preferred.replace("-", "_").split("_")[0].lower()
    return code if code in LANGS else "en"

# The few words a page adds around the content, in the page's own language.
PAGE_WORDS: dict[str, dict[str, str]] = {
    "en": {  # a contact's page (library/contacts/items.py)
           "languages_spoken": "Languages spoken",
           "check_label": "Check this",
           "stale": "last checked more than a year ago",
           "never": "Never checked.",
           "local": "Entered by this office in its own "
           "words; shown as written in every language.",
           "from_list": "From the contacts list:",
           "sources": "Sources", "previous": "Previous", "next": "Next", "related": "See also",
           "from_pack": "From the content pack",
           "page": "Equalcity",
           "phone": "Phone", "website": "Website", "hours": "Hours",
           "checked": "Last checked", "verify": "Check locally that this is still right.",
           "used_in": "Used in", "sources_intro": "The public sources behind the text of this "
           "app. Addresses are shown as text; this app does not go online.",
           "footer": "Equalcity Desktop: written for the app from the Equalcity toolkits "
           "(IOM Belgium and Luxembourg); not an official IOM publication.",
           "source": "Source", "printed": "Printed",
           # Printed collections, handout packs and the contacts list.
           "handout_pack": "Handout pack", "document": "Toolkit document",
           "contents": "Contents", "contacts": "Local contacts",
           "glossary_intro": "{n} terms in alphabetical order.", "time": "Time",
           "step": "Step", "minutes": "min", "total": "Total", "slide": "Slide",
           "slides_appendix": "Appendix: the slides, with trainer notes",
           "copy_note": "To copy for the participants.",
           "sources_in_app": "The sources of every part are listed in the app, under Help.",
           "contacts_intro": "Each entry names its public source and the day it was read. Numbers "
           "and services change: check locally that they are still right before you refer "
           "someone.",
           "contacts_footer": "Equalcity Desktop: local contacts list.",
           "check_this": "check this: over a year old",
           "more_sources": "and {n} more", "helps_with": "Helps with",
           "address": "Address",
           "source_read": "Read on",
           "source_read_label": "Source read",
           "old_source": "the source is from {year}, more than two years ago",
           "old_read": "its source was read more than a year ago ({date})",
           "check_old_source": "check this: source from {year}",
           "check_old_read": "check this: source read over a year ago",
           "guide": "how things work in {country}"},
    "nl": {  # a contact's page (library/contacts/items.py)
           "languages_spoken": "Gesproken talen",
           "check_label": "Nakijken",
           "stale": "meer dan een jaar geleden nagekeken",
           "never": "Nooit nagekeken.",
           "local": "Door deze dienst ingevoerd in eigen "
           "woorden; in elke taal getoond zoals geschreven.",
           "from_list": "Uit de contactenlijst:",
           "sources": "Bronnen", "previous": "Vorige", "next": "Volgende", "related": "Zie ook",
           "from_pack": "Uit het inhoudspakket",
           "page": "Equalcity", "phone": "Telefoon", "website": "Website",
           "hours": "Openingsuren", "checked": "Laatst nagekeken",
           "verify": "Kijk lokaal na of dit nog klopt.", "used_in": "Gebruikt in",
           "sources_intro": "De openbare bronnen achter de tekst van deze app. Adressen staan er "
           "als tekst; deze app gaat niet online.",
           "footer": "Equalcity Desktop: voor de app geschreven vanuit de Equalcity-toolkits "
           "(IOM België en Luxemburg); geen officiële publicatie van IOM.",
           "source": "Bron", "printed": "Afgedrukt",
           "handout_pack": "Trainingsmap", "document": "Toolkitdocument",
           "contents": "Inhoud", "contacts": "Lokale contacten",
           "glossary_intro": "{n} termen in alfabetische volgorde.", "time": "Tijd",
           "step": "Stap", "minutes": "min", "total": "Totaal", "slide": "Dia",
           "slides_appendix": "Bijlage: de dia's, met notities voor de trainer",
           "copy_note": "Om te kopiëren voor de deelnemers.",
           "sources_in_app": "De bronnen van elk deel staan in de app, onder Help.",
           "contacts_intro": "Elk contact vermeldt zijn openbare bron en de dag waarop die gelezen "
           "werd. Nummers en diensten veranderen: kijk lokaal na of ze nog kloppen voor je "
           "iemand doorverwijst.",
           "contacts_footer": "Equalcity Desktop: lijst met lokale contacten.",
           "check_this": "nakijken: ouder dan een jaar",
           "more_sources": "en {n} andere", "helps_with": "Helpt bij",
           "address": "Adres",
           "source_read": "Gelezen op",
           "source_read_label": "Bron gelezen op",
           "old_source": "de bron dateert van {year}, meer dan twee jaar geleden",
           "old_read": "de bron werd meer dan een jaar geleden gelezen ({date})",
           "check_old_source": "nakijken: bron uit {year}",
           "check_old_read": "nakijken: bron meer dan een jaar geleden gelezen",
           "guide": "zo werkt het in {country}"},
    "fr": {  # a contact's page (library/contacts/items.py)
           "languages_spoken": "Langues parlées",
           "check_label": "À vérifier",
           "stale": "dernière vérification il y a plus d'un an",
           "never": "Jamais vérifié.",
           "local": "Saisi par ce service dans ses propres "
           "mots ; affiché tel quel dans chaque langue.",
           "from_list": "Dans la liste des contacts :",
           "sources": "Sources", "previous": "Précédent", "next": "Suivant",
           "related": "Voir aussi", "from_pack": "Du paquet de contenu", "page": "Equalcity",
           "phone": "Téléphone", "website": "Site web", "hours": "Heures d'ouverture",
           "checked": "Dernière vérification", "verify": "Vérifiez sur place que c'est toujours "
           "exact.", "used_in": "Utilisé dans", "sources_intro": "Les sources publiques du texte "
           "de cette application. Les adresses sont affichées comme texte ; l'application ne se "
           "connecte pas à internet.",
           "footer": "Equalcity Desktop : écrit pour l'application à partir des boîtes à outils "
           "Equalcity (OIM Belgique et Luxembourg) ; pas une publication officielle de l'OIM.",
           "source": "Source", "printed": "Imprimé le",
           "handout_pack": "Dossier pédagogique", "document": "Document de la boîte à outils",
           "contents": "Sommaire", "contacts": "Contacts locaux",
           "glossary_intro": "{n} termes par ordre alphabétique.", "time": "Minutage",
           "step": "Étape", "minutes": "min", "total": "Total", "slide": "Diapositive",
           "slides_appendix": "Annexe : les diapositives, avec les notes pour l'animation",
           "copy_note": "À photocopier pour les participant·es.",
           "sources_in_app": "Les sources de chaque partie figurent dans l'application, "
           "sous Aide.",
           "contacts_intro": "Chaque contact indique sa source publique et le jour où elle a été "
           "consultée. Les numéros et les services changent : vérifiez sur place qu'ils sont "
           "toujours exacts avant d'orienter quelqu'un.",
           "contacts_footer": "Equalcity Desktop : liste des contacts locaux.",
           "check_this": "à vérifier : plus d'un an",
           "more_sources": "et {n} autres", "helps_with": "Aide pour",
           "address": "Adresse",
           "source_read": "Consultée le",
           "source_read_label": "Source consultée le",
           "old_source": "la source date de {year}, il y a plus de deux ans",
           "old_read": "la source a été consultée il y a plus d'un an ({date})",
           "check_old_source": "à vérifier : source de {year}",
           "check_old_read": "à vérifier : source consultée il y a plus d'un an",
           "guide": "comment ça marche en {country}"},
    "pt": {  # a contact's page (library/contacts/items.py)
           "languages_spoken": "Línguas faladas",
           "check_label": "Verificar",
           "stale": "última verificação há mais de um ano",
           "never": "Nunca verificado.",
           "local": "Introduzido por este serviço nas suas próprias palavras; "
           "mostrado tal como escrito em todas as línguas.",
           "from_list": "Da lista de contactos:",
           "sources": "Fontes", "previous": "Anterior", "next": "Seguinte", "related": "Ver também",
           "from_pack": "Do pacote de conteúdos",
           "page": "Equalcity",
           "phone": "Telefone", "website": "Sítio web",
           "hours": "Horário", "checked": "Última verificação",
           "verify": "Confirme localmente se continua correto.", "used_in": "Usado em",
           "sources_intro": "As fontes públicas do texto desta aplicação. Os endereços aparecem "
           "como texto; a aplicação não se liga à internet.",
           "footer": "Equalcity Desktop: escrito para a aplicação a partir dos kits Equalcity "
           "(OIM Bélgica e Luxemburgo); não é uma publicação oficial da OIM.",
           "source": "Fonte", "printed": "Impresso em",
           "handout_pack": "Pasta do formador", "document": "Documento do kit",
           "contents": "Índice", "contacts": "Contactos locais",
           "glossary_intro": "{n} termos por ordem alfabética.", "time": "Tempo",
           "step": "Etapa", "minutes": "min", "total": "Total", "slide": "Diapositivo",
           "slides_appendix": "Anexo: os diapositivos, com notas para a formação",
           "copy_note": "Para fotocopiar e distribuir aos participantes.",
           "sources_in_app": "As fontes de cada parte estão na aplicação, em Ajuda.",
           "contacts_intro": "Cada contacto indica a sua fonte pública e o dia em que foi "
           "consultada. Os números e os serviços mudam: confirme localmente se continuam "
           "corretos antes de encaminhar alguém.",
           "contacts_footer": "Equalcity Desktop: lista de contactos locais.",
           "check_this": "a verificar: mais de um ano",
           "more_sources": "e mais {n}", "helps_with": "Ajuda em",
           "address": "Morada",
           "source_read": "Consultada em",
           "source_read_label": "Fonte consultada em",
           "old_source": "a fonte é de {year}, há mais de dois anos",
           "old_read": "a fonte foi consultada há mais de um ano ({date})",
           "check_old_source": "a verificar: fonte de {year}",
           "check_old_read": "a verificar: fonte consultada há mais de um ano",
           "guide": "como funciona em {country}"},
}

# Kinds, countries and the office's own line come from the catalogue (one wording
# each in every language); a printed "About this app" page is headed "Equalcity".
for _lang in LANGS:
    PAGE_WORDS[_lang].update({kind: name for kind, name in catalogue.KIND_NAMES[_lang].items()
                              if kind != "page"})
    PAGE_WORDS[_lang]["all"] = catalogue.ALL_TOOLKITS[_lang]
    PAGE_WORDS[_lang]["this_office"] = catalogue.COUNTRY_NAMES[_lang][""]
    PAGE_WORDS[_lang].update({f"country_{code}": name
                              for code, name in catalogue.COUNTRY_NAMES[_lang].items() if code})

# Languages a contact answers in (``languages:`` in the directory, ISO 639
# codes), named in each content language; a code not listed is shown as is.
_SPOKEN_CODES = ("en", "nl", "fr", "pt", "de", "lb", "it", "sv", "es", "ar", "tr", "fa", "prs",
                 "ps", "so", "ti", "am", "ru", "uk", "pl", "ro", "sq", "ku", "ur", "bg", "zh",
                 "fi", "sgn", "bn", "si", "fil")
_SPOKEN_NAMES = {
    "en": ("English", "Dutch", "French", "Portuguese", "German", "Luxembourgish", "Italian",
           "Swedish", "Spanish", "Arabic", "Turkish", "Persian", "Dari", "Pashto", "Somali",
           "Tigrinya", "Amharic", "Russian", "Ukrainian", "Polish", "Romanian", "Albanian",
           "Kurdish", "Urdu", "Bulgarian", "Chinese", "Finnish", "sign language", "Bengali",
           "Sinhala", "Filipino"),
    "nl": ("Engels", "Nederlands", "Frans", "Portugees", "Duits", "Luxemburgs", "Italiaans",
           "Zweeds", "Spaans", "Arabisch", "Turks", "Perzisch", "Dari", "Pasjtoe", "Somalisch",
           "Tigrinya", "Amhaars", "Russisch", "Oekraïens", "Pools", "Roemeens", "Albanees",
           "Koerdisch", "Urdu", "Bulgaars", "Chinees", "Fins", "gebarentaal", "Bengaals",
           "Singalees", "Filipijns"),
    "fr": ("anglais", "néerlandais", "français", "portugais", "allemand", "luxembourgeois",
           "italien", "suédois", "espagnol", "arabe", "turc", "persan", "dari", "pachto",
           "somali", "tigrigna", "amharique", "russe", "ukrainien", "polonais", "roumain",
           "albanais", "kurde", "ourdou", "bulgare", "chinois", "finnois", "langue des signes",
           "bengali", "cingalais", "filipino"),
    "pt": ("inglês", "neerlandês", "francês", "português", "alemão", "luxemburguês",
           "italiano", "sueco", "espanhol", "árabe", "turco", "persa", "dari", "pastó",
           "somali", "tigrínia", "amárico", "russo", "ucraniano", "polaco", "romeno",
           "albanês", "curdo", "urdu", "búlgaro", "chinês", "finlandês", "língua gestual",
           "bengali", "cingalês", "filipino"),
}
SPOKEN_LANGUAGES: dict[str, dict[str, str]] = {
    lang: dict(zip(_SPOKEN_CODES, names, strict=True)) for lang, names in _SPOKEN_NAMES.items()
}
