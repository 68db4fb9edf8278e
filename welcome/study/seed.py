"""Loads the universities and the checked programmes of data/programmes.yaml (idempotent).

Each programme may carry the translation of its name into the other portal languages. They are
made the way a translator would make them in wagtail-localize (a translation source, a string
translation for the name, the translated snippet saved by wagtail-localize itself), marked as
machine translations by TOOL_NAME until a person reviews them in the translation editor.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .importing import COLUMNS, ProgrammeRowForm
from .models import Programme, University

SEED_FILE = Path(__file__).resolve().parent / "data" / "programmes.yaml"
TOOL_NAME = "welcome.ruhr starting data, not yet reviewed by a person"


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    kept: int = 0
    translations: int = 0


def _row(entry):
    return {column: "" if entry.get(column) is None else str(entry[column]) for column in COLUMNS} | {
        "confirmed": "yes" if entry.get("confirmed") is True else "no"
    }


def _locales(codes, where):
    known = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    unknown = sorted(set(codes) - known)
    if unknown:
        raise ValidationError(f"{where}: translations in unknown languages: {', '.join(unknown)}")
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}


def _translate_name(programme, names, where):
    """Adds the name's translation in each language that has no translation of this programme yet."""
    existing = set(
        Programme.objects.filter(translation_key=programme.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )
    missing = {code: text for code, text in names.items() if code not in existing}
    if not missing:
        return 0
    if not programme.name_translation:
        raise ValidationError(f"{where}: translations need a name_translation in the source to translate from")
    source, _created = TranslationSource.get_or_create_from_instance(programme)
    segment = StringSegment.objects.select_related("string", "context").get(
        source=source, context__path="name_translation"
    )
    for code, locale in _locales(missing, where).items():
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": missing[code], "translation_type": "machine", "tool_name": TOOL_NAME},
        )
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        translation.save_target()
    return len(missing)


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
