"""A pack's text never passes for bundled guidance: its glossary terms never
become links inside bundled cards; an item titled like a bundled one is
refused when the pack is checked; its page, its PDF footer and its contacts
in a bundled card's "Who can help" carry the pack's name. And the manifest
parser, fed any bytes, returns a manifest or sentences, never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equalcity_desktop.library import packs, printable
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.service import ContentService

from .test_packs import pack_card, pack_source


def term(term_id: str, title: str, lang: str) -> str:
    return (f"---\nid: {term_id}\nkind: glossary\ntoolkit: all\ntitle: {title}\n---\n"
            "What the pack means by this word.\n")


def pack_folder(root: Path, *, term_title: str = "Listen") -> Path:
    """An unpacked pack (as installed): pack.yaml, one card, one term."""
    src = pack_source(root, cards=1)
    for lang in LANGS:
        (src / "glossary").mkdir(exist_ok=True)
        (src / "glossary" / f"city-listen.{lang}.md").write_text(
            term("city-listen", term_title, lang), encoding="utf-8")
        card = pack_card("city-card-0", lang, word=" Listen to what the city says")
        (src / "cards" / f"city-card-0.{lang}.md").write_text(card, encoding="utf-8")
    return src


@pytest.fixture
def with_pack(tmp_path: Path, mini_content: Path) -> ContentService:
    svc = ContentService([mini_content, pack_folder(tmp_path / "pack")], cache=tmp_path / "ix")
    assert svc.problems == [], svc.problems
    yield svc
    svc.close()


def test_a_pack_term_never_links_inside_a_bundled_card(with_pack: ContentService) -> None:
    bundled = with_pack.page_html("card-one", "en")
    assert "Listen calmly" in bundled
    assert "term:city-listen" not in bundled
    assert 'href="term:safe-word"' in bundled  # bundled terms still link
    own = with_pack.page_html("city-card-0", "en")
    assert 'href="term:city-listen"' in own  # inside the pack's own card it does


def test_a_pack_items_page_and_pdf_name_the_pack(with_pack: ContentService) -> None:
    for item_id in ("city-card-0", "city-listen"):
        page = with_pack.page_html(item_id, "nl")
        assert "Uit het inhoudspakket “Stadspakket”" in page
        printed = printable.build(with_pack, item_id, "en")
        assert "From the content pack “City pack”" in printed.html
        assert printed.footer.startswith("From the content pack “City pack”. ")
    bundled = printable.build(with_pack, "card-one", "en")
    assert "content pack" not in bundled.footer and "content pack" not in bundled.html


def test_a_pack_item_titled_like_a_bundled_one_is_refused(tmp_path: Path,
                                                          mini_content: Path) -> None:
    # "Card card-one fr" is a bundled title; case, accents and spacing do not matter.
    src = pack_folder(tmp_path / "src", term_title="CÂRD  card-one FR")
    with pytest.raises(packs.PackError) as err:
        packs.build(src, tmp_path / "out.zip", bundled=mini_content)
    message = str(err.value)
    assert message == ("glossary/city-listen.en.md: the pack's glossary “CÂRD  card-one FR” (en) "
                       "has the title of the bundled “Card card-one fr” (card-one), so it could "
                       "pass for bundled guidance; give it a title of its own")
    assert not (tmp_path / "out.zip").exists()
    # A term whose word (before its gloss) is a bundled term's word is refused too.
    src = pack_folder(tmp_path / "src2", term_title="Safe word en (the city's)")
    with pytest.raises(packs.PackError, match="the title of the bundled “Safe word en”"):
        packs.build(src, tmp_path / "out.zip", bundled=mini_content)


def test_a_pack_contact_in_a_bundled_card_names_its_pack(
                                                         tmp_path: Path) -> None:
    from ..conftest import CONTENT

    src = tmp_path / "pack"
    (src / "directory").mkdir(parents=True)
    (src / "pack.yaml").write_text("id: city\ntitle: City pack\nversion: \"1.0\"\n"
                                   "languages: [en, nl, fr, pt]\n", encoding="utf-8")
    bundled_be = (CONTENT / "directory" / "be.yaml").read_text(encoding="utf-8")
    import yaml

    data = yaml.safe_load(bundled_be)
    first = dict(data["entries"][0])
    first["id"] = "city-" + first["id"]
    first["name"] = {k: f"City line {k}" for k in LANGS}
    (src / "directory" / "be.yaml").write_text(
        yaml.safe_dump({"country": "be", "entries": [first]}, allow_unicode=True),
        encoding="utf-8")
    svc = ContentService([CONTENT, src], cache=tmp_path / "ix")
    try:
        assert svc.problems == [], svc.problems[:3]
        pages = [svc.page_html(card.id, "en") for card in svc.library.of_kind("card")
                 if not card.origin]
        marked = [p for p in pages if f'href="contact:{first["id"]}"' in p]
        assert marked, "the pack's contact appears on no bundled card"
        assert all("(from the content pack “City pack”)" in p for p in marked)
    finally:
        svc.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4)
                 | st.dictionaries(st.sampled_from(["id", "title", "version", "languages",
                                                    "schema", "files", "path", "sha256",
                                                    "size", "en", "nl"]), inner, max_size=6),
                 max_leaves=30).map(lambda v: __import__("yaml").safe_dump(v).encode()),
    st.sampled_from([b"[" * 5000, b"{a: " * 3000, b"a: !!python/object:os.system x",
                     b"d: 2024-13-45", b"x: &a [*a]", b"\xef\xbb\xbfid: x", b"\x00\xff",
                     b"schema: 99999999999999999999999", "title: \u200b".encode()]),
))
def test_the_manifest_parser_never_raises(data: bytes) -> None:
    manifest, problems = packs.parse_manifest(data)
    assert (manifest is None) == bool(problems)
    for problem in problems:
        assert isinstance(problem, str) and problem.strip()
        assert "\n" not in problem and "Traceback" not in problem


def test_a_zero_width_title_is_refused() -> None:
    manifest, problems = packs.parse_manifest(
        "id: city\ntitle: \"\u200b\u200d\"\nversion: \"1.0\"\nlanguages: [en]\n".encode(),
        need_files=False)
    assert manifest is None and "'title' must be visible text" in problems[0]


def test_a_pack_items_slides_name_the_pack_on_every_slide(with_pack: ContentService) -> None:
    from equalcity_desktop.library.presentation import build_deck

    deck = build_deck(with_pack.item("city-card-0"), "nl")
    assert deck.slides and all("Uit het inhoudspakket “Stadspakket”" in s.context
                               for s in deck.slides)
    bundled = build_deck(with_pack.item("card-one"), "en")
    assert not any("content pack" in s.context for s in bundled.slides)
