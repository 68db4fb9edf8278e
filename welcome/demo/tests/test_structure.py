"""The structure check finds what a translation dropped, and accepts other wording and localised links."""

from pathlib import Path

from welcome.demo.loader.files import PageFile
from welcome.demo.loader.structure import differences, share_matching

GERMAN = """Einleitung mit [Link](page:visa/blue-card).

## Voraussetzungen

- eins
- zwei
- drei

:::faq
### Frage eins?
Antwort.
### Frage zwei?
Antwort mit [Quelle](https://www.make-it-in-germany.com/de/visum).
:::
"""


def _page(language, body, sources=("https://www.make-it-in-germany.com/de/",)):
    meta = {
        "title": "T",
        "summary": "S",
        "reviewed": "2026-11-24",
        "sources": [{"title": "Q", "url": u} for u in sources],
    }
    return PageFile(key="visa/example", language=language, path=Path(f"example.{language}.md"), meta=meta, body=body)


def test_a_full_translation_with_localised_links_matches():
    english = GERMAN.replace("Einleitung", "Intro").replace("/de/visum", "/en/visa")
    translation = _page("en", english, sources=("https://www.make-it-in-germany.com/en/",))
    assert differences(_page("de", GERMAN), translation) == []
    assert share_matching(_page("de", GERMAN), translation) == 1.0


def test_dropped_list_items_faq_entries_links_and_sources_are_reported():
    cut = """Intro.

## Requirements

- one
- two

:::faq
### Question one?
Answer.
:::
"""
    problems = differences(_page("de", GERMAN), _page("en", cut, sources=()))
    assert "missing: list of 3 items" in problems
    assert "not in the source: list of 2 items" in problems
    assert "missing: faq with 2 entries" in problems
    assert "missing: source make-it-in-germany.com" in problems
    assert "missing link: page:visa/blue-card" in problems
    assert "missing link: make-it-in-germany.com" in problems
    assert share_matching(_page("de", GERMAN), _page("en", cut, sources=())) < 0.5
