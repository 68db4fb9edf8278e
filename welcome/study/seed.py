"""Loads the universities and the checked programmes of data/programmes.yaml (idempotent).

Each programme may carry the translation of its name into the other portal languages. They are
made the way a translator would make them in wagtail-localize (welcome.core.translated_texts:
a translation source, a string translation for the name, the translated snippet saved by
wagtail-localize itself), marked as machine translations by TOOL_NAME until a person reviews them
in the translation editor.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale

from welcome.core.translated_texts import SEED_TOOL_NAME, add_translations

from .importing import COLUMNS, ProgrammeRowForm
from .models import Programme, University

SEED_FILE = Path(__file__).resolve().parent / "data" / "programmes.yaml"
TOOL_NAME = SEED_TOOL_NAME


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    kept: int = 0
    translations: int = 0


def _row(entry):
    return {column: "" if entry.get(column) is None else str(entry[column]) for column in COLUMNS} | {
        "confirmed": "yes" if entry.get("confirmed") is True else "no"
    }


def _translate_name(programme, names, where):
    """Adds the name's translation in each language that has no translation of this programme yet."""
    if names and not programme.name_translation:
        raise ValidationError(f"{where}: translations need a name_translation in the source to translate from")
    try:
        return add_translations(programme, {code: {"name_translation": text} for code, text in names.items()})
    except ValueError as error:
        raise ValidationError(f"{where}: {error}") from error


@transaction.atomic
def load_programmes(path=SEED_FILE):
    """Creates the universities, programmes and name translations that are missing; keeps what exists."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    locale = Locale.get_default()
    report = SeedReport()
    for entry in data["universities"]:
        programmes = entry.pop("programmes", [])
        university, _created = University.objects.get_or_create(slug=entry["slug"], defaults=entry)
        for programme_entry in programmes:
            where = f"{path}: {programme_entry['name']}"
            programme = Programme.objects.filter(
                university=university,
                locale=locale,
                name=programme_entry["name"],
                degree=programme_entry.get("degree") or "",
            ).first()
            if programme:
                report.kept += 1
            else:
                form = ProgrammeRowForm(_row(programme_entry), instance=Programme(university=university, locale=locale))
                if not form.is_valid():
                    raise ValidationError(f"{where}: {form.errors.as_text()}")
                programme = form.save()
                report.created.append(programme)
            report.translations += _translate_name(programme, programme_entry.get("translations") or {}, where)
    return report
