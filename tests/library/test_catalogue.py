"""The one catalogue of names (kinds, topics, countries, languages) is complete in the
four languages, and the pages, printouts and contacts read their names from it."""

from __future__ import annotations

from equalcity_desktop.library import catalogue
from equalcity_desktop.library.contacts import COUNTRIES, HELPS_WITH, country_name, helps_with_label
from equalcity_desktop.library.languages import LANGS, PAGE_WORDS
from equalcity_desktop.library.model import KINDS


def test_every_name_is_there_in_every_language() -> None:
    tables = (catalogue.KIND_NAMES, catalogue.TOPIC_NAMES, catalogue.COUNTRY_NAMES,
              catalogue.LANGUAGE_NAMES)
    for table in tables:
        assert set(table) == set(LANGS)
        assert all(set(table[lang]) == set(table["en"]) for lang in LANGS)
        assert all(name.strip() for lang in LANGS for name in table[lang].values())
    assert set(KINDS) <= set(catalogue.KIND_NAMES["en"])
    assert set(HELPS_WITH) == set(catalogue.TOPIC_NAMES["en"])
    assert set(COUNTRIES) | {""} == set(catalogue.COUNTRY_NAMES["en"])
    assert set(catalogue.LANGUAGE_NAMES["en"]) == set(LANGS)
    assert set(catalogue.ALL_TOOLKITS) == set(LANGS)


def test_one_wording_for_a_country_and_a_kind_wherever_it_appears() -> None:
    for lang in LANGS:
        for code in COUNTRIES:
            assert PAGE_WORDS[lang][f"country_{code}"] == country_name(code, lang) \
                == catalogue.country_name(code, lang)
        assert PAGE_WORDS[lang]["this_office"] == country_name("", lang)
        for kind in KINDS:
            if kind != "page":  # on paper an "About" page is headed "Equalcity"
                assert PAGE_WORDS[lang][kind] == catalogue.kind_name(kind, lang)
        assert PAGE_WORDS[lang]["all"] == catalogue.all_toolkits(lang)
        for topic in HELPS_WITH:
            assert helps_with_label(topic, lang) == catalogue.topic_name(topic, lang)


def test_a_label_on_its_own_starts_with_a_capital() -> None:
    assert catalogue.topic_name("sexual-violence", "fr", capital=True) == "Violences sexuelles"
    assert catalogue.topic_name("lgbtqi", "en", capital=True) == "LGBTQI+ people"
    assert catalogue.country_name("xx", "nl") == "XX"
    assert catalogue.kind_name("card", "de") == "Situation card"  # unknown language: English


def test_the_printed_contacts_list_says_the_eu_group_works_everywhere() -> None:
    assert catalogue.contacts_heading("eu", "fr") == "Union européenne (toute l'UE)"
    assert catalogue.contacts_heading("be", "fr") == "Belgique"
