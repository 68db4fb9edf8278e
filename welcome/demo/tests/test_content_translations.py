"""The Ruhr content is whole in every language: every German page exists in all ten, at full depth."""

import pytest
from django.conf import settings

from welcome.demo.loader.files import read_content
from welcome.demo.loader.structure import differences

FILES = read_content()
SOURCES = {f.key: f for f in FILES if f.language == settings.LANGUAGE_CODE}
TRANSLATIONS = {(f.key, f.language): f for f in FILES}
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_german_page_exists_in_every_language(language):
    missing = sorted(key for key in SOURCES if (key, language) not in TRANSLATIONS)
    assert missing == [], f"{language}: no translation of {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_carries_what_its_german_source_carries(language):
    incomplete = {
        key: differences(source, TRANSLATIONS[key, language])
        for key, source in SOURCES.items()
        if (key, language) in TRANSLATIONS
    }
    incomplete = {key: problems for key, problems in incomplete.items() if problems}
    assert incomplete == {}, f"{language}: {len(incomplete)} pages differ (manage.py check_translations {language})"
