"""Every string a reader can see exists in all ten languages."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGUE_DIRS = [ROOT / "locale", *sorted((ROOT / "welcome").glob("*/locale"))]
READER_FACING_FILES = ("views.py", "forms.py", "region.py", "services.py", "emails.py", "questions.py", "checklist.py")
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def _reader_facing(entry):
    for path, _line in entry.occurrences:
        if "/templates/" in path and "/admin/" not in path:
            return True
        if path.endswith(READER_FACING_FILES) or "/services/" in path:
            return True
    return False


@pytest.mark.parametrize("catalogue_dir", CATALOGUE_DIRS, ids=lambda p: str(p.relative_to(ROOT)))
@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_facing_strings_are_translated(catalogue_dir, language):
    path = catalogue_dir / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    untranslated = [
        entry.msgid
        for entry in polib.pofile(str(path))
        if _reader_facing(entry) and not entry.translated() and not entry.obsolete
    ]
    assert untranslated == [], f"{path.relative_to(ROOT)}: not translated: {untranslated[:10]}"
