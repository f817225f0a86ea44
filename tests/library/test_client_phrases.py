"""The client-language data: the bundled files load without a problem, the
required languages and phrases are there, the honesty fields are set, the
scripts have their fonts and every character is in the font that draws it,
and a content pack can replace or add a language."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from equalcity_desktop import resources
from equalcity_desktop.library import client_phrases
from equalcity_desktop.library.client_phrases import SCRIPT_FONTS, load
from equalcity_desktop.library.languages import LANGS

CONTENT = resources.content_dir()
PHRASE_LANGUAGES = ("ar", "fa", "ps", "ti", "so", "kmr", "ckb", "tr", "uk", "ru", "es")
RTL = ("ar", "fa", "prs", "ps", "ckb", "ur")


@pytest.fixture(scope="module")
def data() -> client_phrases.ClientPhrases:
    return load([CONTENT])


def test_bundled_data_has_no_problem(data) -> None:
    assert data.problems == []


def test_at_least_24_languages_each_with_endonym_and_line(data) -> None:
    assert len(data.languages) >= 24
    for language in data.languages:
        assert language.endonym and language.point_line
        assert set(LANGS) <= set(language.names), language.code
    # the order of the card is the index's, every listed code has its file
    assert data.codes()[:3] == ["ar", "prs", "fa"]


def test_phrase_count_and_required_languages(data) -> None:
    assert 12 <= len(data.phrases) <= 20
    ids = [p.id for p in data.phrases]
    for wanted in ("welcome", "you_decide", "confidential_limits", "woman_or_man",
                   "interpreter", "doctor", "come_back", "safe_home"):
        assert wanted in ids
    for code in PHRASE_LANGUAGES:
        language = data.language(code)
        assert language is not None, code
        assert set(language.phrases) == set(ids), code  # complete, never a summary


def test_confidentiality_always_says_its_limit(data) -> None:
    phrase = next(p for p in data.phrases if p.id == "confidential_limits")
    assert "child" in phrase.text("en") and "danger" in phrase.text("en")
    assert "kind" in phrase.text("nl") and "enfant" in phrase.text("fr")
    assert "criança" in phrase.text("pt")


def test_worker_languages_fall_back_to_the_phrase_list(data) -> None:
    assert data.phrase_text("pt", "doctor") == "Precisa de um médico?"
    assert data.phrase_text("fr", "doctor") == "Avez-vous besoin d'un médecin ?"
    assert data.phrase_text("ka", "doctor") is None  # a card line, no phrases yet
    assert {lang.code for lang in data.with_phrases()} >= set(PHRASE_LANGUAGES)


def test_nobody_has_reviewed_yet_and_the_note_says_so(data) -> None:
    for language in data.languages:
        assert language.reviewed_by is None, language.code
    ar = data.language("ar")
    assert client_phrases.review_note(ar, "en") == "Not yet checked by a native speaker."
    for lang in LANGS:
        assert client_phrases.words(lang)["not_reviewed"]
        assert "{name}" in client_phrases.words(lang)["pointed"]


def test_directions_and_scripts(data) -> None:
    for code in RTL:
        assert data.language(code).rtl, code
        assert data.language(code).script == "Arab"
    assert data.language("ti").script == "Ethi" and not data.language("ti").rtl
    assert data.language("kmr").script == "Latn"
    for language in data.languages:
        assert (resources.path("resources/fonts") / language.font_file).is_file()


def test_arabic_script_uses_arabic_punctuation(data) -> None:
    for code in RTL:
        for text in data.language(code).texts():
            assert "?" not in text, (code, text)  # the Arabic question mark is ؟
            assert "," not in text, (code, text)


def _raw_fonts() -> dict[str, object]:
    QtGui = pytest.importorskip("PySide6.QtGui")  # noqa: N806
    from equalcity_desktop.app import create_app

    assert create_app() is not None  # the app's own QApplication, as pytest-qt's would be
    fonts: dict[str, object] = {}
    for script, (name, family) in SCRIPT_FONTS.items():
        if script in fonts:
            continue
        raw = QtGui.QRawFont(str(resources.path(f"resources/fonts/{name}")), 24)
        assert raw.isValid(), name
        assert raw.familyName() == family, (name, raw.familyName())
        fonts[script] = raw
        # and as the app loads it: through the font database, by family
        font_id = QtGui.QFontDatabase.addApplicationFont(
            str(resources.path(f"resources/fonts/{name}")))
        assert family in QtGui.QFontDatabase.applicationFontFamilies(font_id)
    return fonts


def test_every_character_is_in_the_font_that_draws_it(data) -> None:
    """Each character in the script's own font, or (punctuation such as "?" in
    Tigrinya) in DejaVu Sans, the second family of every client text."""
    fonts = _raw_fonts()
    fallback = fonts["Latn"]
    missing = []
    for language, text in client_phrases.all_texts(data):
        font = fonts[language.script]
        for char in text:
            if unicodedata.category(char) == "Cf":  # ZWNJ and marks: no glyph of their own
                continue
            # a str would go through Latin-1: the code point
            if not font.supportsCharacter(ord(char)) and not fallback.supportsCharacter(ord(char)):
                missing.append(f"{language.code}: U+{ord(char):04X} {unicodedata.name(char, '')}")
    assert missing == []


def test_the_registered_family_draws_every_character(data) -> None:
    """The same through QFontDatabase and QFontMetrics.inFontUcs4, as the windows use it."""
    QtGui = pytest.importorskip("PySide6.QtGui")  # noqa: N806
    _raw_fonts()
    missing = []
    for language, text in client_phrases.all_texts(data):
        stack = [QtGui.QFontMetrics(QtGui.QFont(family, 24))
                 for family in language.font_families]
        missing += [f"{language.code}: U+{ord(c):04X}" for c in text
                    if unicodedata.category(c) != "Cf"
                    and not any(m.inFontUcs4(ord(c)) for m in stack)]
    assert missing == []


def test_pack_replaces_a_language_and_adds_one(tmp_path: Path) -> None:
    pack = tmp_path / "pack" / client_phrases.FOLDER
    pack.mkdir(parents=True)
    (pack / "so.yaml").write_text(
        "language: so\nendonym: Soomaali\nnames: {en: Somali}\nscript: Latn\n"
        "direction: ltr\nreviewed_by: {name: A. Reviewer, date: 2027-01-15}\n"
        "point_line: Waxaan ku hadlaa luqaddan.\nphrases:\n  doctor: Dhakhtar ma u baahan tahay?\n",
        encoding="utf-8")
    (pack / "ha.yaml").write_text(
        "language: ha\nendonym: Hausa\nnames: {en: Hausa}\nscript: Latn\ndirection: ltr\n"
        "reviewed_by: null\npoint_line: Ina jin wannan harshe.\n", encoding="utf-8")
    data = load([CONTENT, tmp_path / "pack"])
    assert data.problems == []
    somali = data.language("so")
    assert somali.reviewed_by.name == "A. Reviewer"
    assert "A. Reviewer" in client_phrases.review_note(somali, "en")
    assert list(somali.phrases) == ["doctor"]
    assert data.codes()[-1] == "ha"  # not in the index's order: after the listed ones


def test_problems_name_the_file_and_leave_the_language_out(tmp_path: Path) -> None:
    folder = tmp_path / client_phrases.FOLDER
    folder.mkdir()
    (folder / "xx.yaml").write_text(
        "language: yy\nendonym: ''\nnames: {}\nscript: Hani\ndirection: up\n"
        "reviewed_by: somebody\npoint_line: x\nphrases: {nope: x}\n", encoding="utf-8")
    (folder / "zz.yaml").write_text("language: [\n", encoding="utf-8")
    data = load([CONTENT, tmp_path])
    assert data.language("yy") is None and data.language("zz") is None
    text = "\n".join(data.problems)
    for fragment in ("does not match the file name", "endonym", "names needs", "script 'Hani'",
                     "direction", "reviewed_by", "'nope' is not in", "zz.yaml"):
        assert fragment in text, fragment


@pytest.mark.parametrize("case", [
    ("@languages", "en", None, ("NotoNaskhArabic", "NotoSansEthiopic", "NotoSansBengali",
                                "DejaVuSans"), ("Point to your language", "Soomaali", "ትግርኛ")),
    ("@client-phrases", "ti", "nl", ("NotoSansEthiopic", "DejaVuSans"),
     ("ሓኪም የድልየኩም ድዩ?", "Hebt u een dokter nodig?", "Nog niet nagekeken")),
    ("@client-phrases", "uk", None, ("DejaVuSans",), ("Вам потрібен лікар?",)),
    ("@client-phrases", "ar", "fr", ("NotoNaskhArabic",), ("هل أنت بحاجة إلى طبيب؟",)),
])
def test_pdf_embeds_the_fonts_and_the_text_extracts(tmp_path: Path, case) -> None:
    print_id, lang, second, families, expect = case
    pypdf = pytest.importorskip("pypdf")
    from equalcity_desktop.app import create_app
    from equalcity_desktop.library.service import ContentService
    from equalcity_desktop.render.pdf import PdfRequest, export_pdf

    assert create_app() is not None  # a QGuiApplication here would break later widget tests
    out = tmp_path / "out.pdf"
    service = ContentService([CONTENT], cache=tmp_path / "cache")
    assert export_pdf(service, PdfRequest(print_id, lang, "a4", second), out) >= 1
    reader = pypdf.PdfReader(str(out))
    fonts, text = set(), ""
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            for desc in descendants.get_object() if descendants else ():
                assert "/FontFile2" in desc.get_object()["/FontDescriptor"]  # embedded
        text += "".join(page.extract_text().split())  # spaces come out as tabs or breaks
    for family in families:
        assert any(family in name for name in fonts), (family, fonts)
    # Arabic comes out as presentation forms in visual order: compare folded and reversed
    folded = unicodedata.normalize("NFKC", text)
    for phrase in expect:
        if any("\u0600" <= c <= "\u06ff" for c in phrase):
            for word in phrase.replace("؟", "").split():
                assert word in folded or word[::-1] in folded, word
        else:
            assert "".join(phrase.split()) in text, phrase


def test_client_phrases_pdf_refuses_a_language_without_phrases(tmp_path: Path) -> None:
    from equalcity_desktop.library import printable
    from equalcity_desktop.library.service import ContentService

    service = ContentService([CONTENT], cache=tmp_path / "cache")
    with pytest.raises(printable.PrintError, match="no key phrases in Georgian"):
        printable.build(service, "@client-phrases", "ka")
    with pytest.raises(printable.PrintError, match="worker's language"):
        printable.build(service, "@client-phrases", "ar", "ti")
    assert printable.exists(service, "@languages")
