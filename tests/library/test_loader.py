"""The loader validates everything and names file, line and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from equalcity_desktop.library import loader
from equalcity_desktop.library.languages import LANGS
from tests.conftest import CONTENT, card_text, make_content, write


def problems(root: Path) -> list[str]:
    return [str(p) for p in loader.load([root]).problems]


def test_bundled_content_is_valid() -> None:
    result = loader.load([CONTENT])
    assert [str(p) for p in result.problems] == []
    assert len(result.library.toolkits) == 4
    assert len(result.library.of_kind("card")) >= 12
    assert len(result.library.of_kind("glossary")) >= 20


def test_the_first_content_of_the_foundation_is_there() -> None:
    library = loader.load([CONTENT]).library
    for card in ("disclosure-sogiesc", "microaggression-waiting-room", "misgendering-repair",
                 "names-pronouns-registration", "confidentiality-outing-risk",
                 "interpreter-working", "disclosure-violence-adult", "disclosure-violence-child",
                 "referral-with-consent", "suicidal-thoughts", "child-overwhelmed-grounding",
                 "honour-violence-signs"):
        item = library.items[card]
        assert item.kind == "card"
        assert set(item.variants) == set(LANGS), card
    for toolkit in library.toolkits.values():
        assert toolkit.documents[0].id == f"{toolkit.id}-introduction"


def test_valid_mini_content_loads_without_problems(mini_content: Path) -> None:
    result = loader.load([mini_content])
    assert result.problems == []
    assert set(result.library.items) == {"tk-intro", "card-one", "card-two", "safe-word"}


def test_missing_id(mini_content: Path) -> None:
    path = mini_content / "cards" / "card-one.nl.md"
    path.write_text(path.read_text(encoding="utf-8").replace("id: card-one\n", ""),
                    encoding="utf-8")
    found = problems(mini_content)
    assert any("card-one.nl.md:2: 'id' must be 'card-one'" in p for p in found), found


def test_duplicate_id_in_two_folders(mini_content: Path) -> None:
    for lang in LANGS:
        shutil.copy(mini_content / "cards" / f"card-one.{lang}.md",
                    mini_content / "glossary" / f"card-one.{lang}.md")
    found = problems(mini_content)
    assert any("duplicate id 'card-one'" in p for p in found), found


def test_unknown_kind_and_toolkit(mini_content: Path) -> None:
    path = mini_content / "cards" / "card-one.en.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("kind: card", "kind: recipe").replace("toolkit: tk",
                                                                       "toolkit: paris"),
                    encoding="utf-8")
    found = problems(mini_content)
    assert any("card-one.en.md:3: unknown kind 'recipe'" in p for p in found), found
    assert any("card-one.en.md:4: unknown toolkit 'paris'" in p for p in found), found


def test_a_missing_language_names_the_file_to_add(mini_content: Path) -> None:
    (mini_content / "cards" / "card-two.pt.md").unlink()
    found = problems(mini_content)
    assert any("language 'pt' is missing: add card-two.pt.md" in p for p in found), found
    assert "card-two" not in loader.load([mini_content]).library.items


def test_broken_internal_link_has_its_line(mini_content: Path) -> None:
    path = mini_content / "toolkits" / "tk" / "tk-intro.fr.md"
    path.write_text(path.read_text(encoding="utf-8").replace("card:card-one", "card:nowhere"),
                    encoding="utf-8")
    found = problems(mini_content)
    assert any(p.endswith("tk-intro.fr.md:10: broken link 'card:nowhere': no card with that id")
               for p in found), found


def test_card_missing_a_section(mini_content: Path) -> None:
    path = mini_content / "cards" / "card-one.fr.md"
    path.write_text(path.read_text(encoding="utf-8").replace("## Pourquoi", "## Parce que"),
                    encoding="utf-8")
    found = problems(mini_content)
    assert any("card section '## Pourquoi' is missing" in p for p in found), found
    assert any("unknown card section '## Parce que'" in p for p in found), found


def test_card_too_short(mini_content: Path) -> None:
    (mini_content / "cards" / "card-one.nl.md").write_text(
        card_text("card-one", "nl", body="## Kort gezegd\n\nTe kort.\n"), encoding="utf-8")
    found = problems(mini_content)
    assert any("a card has 150-350 words; this one has" in p for p in found), found


def test_empty_file(mini_content: Path) -> None:
    (mini_content / "cards" / "card-one.en.md").write_text("  \n", encoding="utf-8")
    found = problems(mini_content)
    assert any(p.endswith("card-one.en.md: the file is empty") for p in found), found


def test_invalid_yaml_reports_its_line(mini_content: Path) -> None:
    path = mini_content / "cards" / "card-two.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("summary: What to do.",
                                                             "summary: [unclosed"),
                    encoding="utf-8")
    found = problems(mini_content)
    assert any("card-two.en.md:" in p and "invalid YAML" in p for p in found), found


def test_not_utf8(mini_content: Path) -> None:
    path = mini_content / "glossary" / "safe-word.fr.md"
    path.write_bytes(path.read_bytes().replace(b"Safe word", "Mot sûr".encode("latin-1")))
    found = problems(mini_content)
    assert any("safe-word.fr.md:5: not UTF-8 text" in p for p in found), found


def test_no_front_matter(mini_content: Path) -> None:
    (mini_content / "glossary" / "safe-word.nl.md").write_text("# Just a heading\n",
                                                                encoding="utf-8")
    found = problems(mini_content)
    assert any("safe-word.nl.md:1: the file must start with a '---' line" in p for p in found)


def test_bad_file_name(mini_content: Path) -> None:
    write(mini_content / "cards" / "Card Three.en.md", "---\nid: x\n---\n")
    found = problems(mini_content)
    assert any("file name must be <id>.<lang>.md" in p for p in found), found


def test_manifest_lists_a_missing_section(mini_content: Path) -> None:
    manifest = mini_content / "toolkits" / "tk" / "toolkit.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "sections: [tk-intro]", "sections: [tk-intro, tk-ghost]"), encoding="utf-8")
    found = problems(mini_content)
    assert any("lists section 'tk-ghost'" in p for p in found), found


def test_a_bad_file_in_an_extra_folder_is_skipped_and_the_rest_loads(
        mini_content: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    for lang in LANGS:
        write(extra / "glossary" / f"good-term.{lang}.md",
              f"---\nid: good-term\nkind: glossary\ntoolkit: all\ntitle: Good {lang}\n---\n"
              "A fine definition.\n")
        write(extra / "glossary" / f"bad-term.{lang}.md",
              f"---\nid: bad-term\nkind: glossary\ntoolkit: all\ntitle: Bad {lang}\n---\n"
              "Links to [nothing](card:does-not-exist).\n")
    result = loader.load([mini_content, extra])
    assert "good-term" in result.library.items
    assert "bad-term" not in result.library.items
    assert "card-one" in result.library.items
    assert all("bad-term" in p.path for p in result.problems)
    assert len(result.problems) == 4


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = loader.load([tmp_path / "nowhere"])
    assert [p.message for p in result.problems] == ["content folder not found"]


@pytest.mark.parametrize("kind", ["module"])
def test_module_steps_must_add_up(mini_content: Path, kind: str) -> None:
    from equalcity_desktop.library.languages import MODULE_HEADINGS

    manifest = mini_content / "toolkits" / "tk" / "toolkit.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "sections: [tk-intro]", "sections: [tk-intro, tk-module]"), encoding="utf-8")
    for lang in LANGS:
        parts = []
        for heading in MODULE_HEADINGS[lang]:
            if heading == MODULE_HEADINGS[lang][4]:
                text = "1. **Welcome** (10 min): hello\n2. **Cases** (30 min): role cards"
            elif heading == MODULE_HEADINGS[lang][-1]:
                text = "### One\n\n- a\n\nNote: say hi\n\n---\n\n### Two\n\n---\n\n### Three"
            else:
                text = "Something useful."
            parts.append(f"## {heading}\n\n{text}\n")
        duration = "duration: 45\n" if lang == "en" else ""
        write(mini_content / "toolkits" / "tk" / f"tk-module.{lang}.md",
              f"---\nid: tk-module\nkind: {kind}\ntoolkit: tk\ntitle: Module {lang}\n"
              f"summary: A module.\n{duration}---\n" + "\n".join(parts))
    found = problems(mini_content)
    assert len(found) == 4
    assert all("the steps add up to 40 minutes but 'duration' says 45" in p for p in found)


def test_every_problem_names_a_file(tmp_path: Path) -> None:
    root = make_content(tmp_path / "c")
    (root / "cards" / "card-one.en.md").write_bytes(b"\xff\xfe")
    for problem in loader.load([root]).problems:
        assert problem.path and problem.message


def test_glossary_titles_are_unique_per_language(mini_content: Path) -> None:
    for lang in LANGS:
        write(mini_content / "glossary" / f"safe-word-two.{lang}.md",
              f"---\nid: safe-word-two\nkind: glossary\ntoolkit: all\ntitle: Safe word {lang}\n"
              "---\nThe same term again.\n")
    found = problems(mini_content)
    assert len(found) == 4
    assert all("glossary term 'safe word" in p and "is already defined by" in p for p in found)
