"""Loading the directory's seed file: creates the places that are missing, keeps what editors changed.

A place's `description` (German) becomes its PlaceDescription; the `texts` beside it become
wagtail-localize translations of that description, made as a translator would make them and marked
as not yet reviewed by a person (welcome.core.translated_texts).
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale

from welcome.core.translated_texts import add_translations

from . import services
from .models import Place, PlaceDescription, PlaceSource

SEED_FILE = Path(__file__).resolve().parent / "data" / "places.yaml"
PLACE_FIELDS = [
    "name",
    "kind",
    "city",
    "street_address",
    "postcode",
    "town",
    "opening_hours",
    "phone",
    "email",
    "contact_form",
    "website",
    "languages",
    "editor_note",
]


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    kept: list = field(default_factory=list)

    @property
    def total(self):
        return len(self.created) + len(self.kept)


def read_seed(path=SEED_FILE):
    """The entries of the seed file; a broken entry stops the load with the slug and the reason."""
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    slugs = [entry.get("slug") for entry in entries]
    duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
    if duplicates:
        raise ValidationError(f"Duplicate slugs in {path}: {', '.join(sorted(duplicates))}")
    return entries


@transaction.atomic
def load_places(path=SEED_FILE):
    """Creates every place of the seed file that does not exist yet (by slug).

    An existing place is never changed: once an editor has corrected or verified it in the admin,
    the seed file no longer speaks for it. Running the load twice changes nothing. Whether a new
    place counts as verified follows from its sources (services.verification_gaps).
    """
    report = SeedReport()
    for entry in read_seed(path):
        if Place.objects.filter(slug=entry["slug"]).exists():
            report.kept.append(entry["slug"])
            continue
        place = Place(slug=entry["slug"], **{name: entry[name] for name in PLACE_FIELDS if name in entry})
        try:
            place.full_clean()
        except ValidationError as error:
            raise ValidationError(f"{entry['slug']}: {error.message_dict}") from error
        place.save()
        _add_description(place, entry)
        for source in entry.get("sources") or []:
            _add_source(place, source)
        services.refresh_verification(place)
        report.created.append(entry["slug"])
    return report


def _add_description(place, entry):
    texts = {code: text.strip() for code, text in (entry.get("texts") or {}).items() if text and text.strip()}
    description = (entry.get("description") or "").strip()
    if not description:
        if texts:
            raise ValidationError(f"{place.slug}: translations need a German description to translate from")
        return
    source = PlaceDescription(place=place, locale=Locale.get_default(), text=description)
    source.full_clean()
    source.save()
    try:
        add_translations(source, {code: {"text": text} for code, text in texts.items()})
    except ValueError as error:
        raise ValidationError(f"{place.slug}: {error}") from error


def _add_source(place, source):
    row = PlaceSource(place=place, fact=source["fact"], url=source["url"], checked_on=source["checked_on"])
    try:
        row.full_clean(exclude=["place"])
    except ValidationError as error:
        raise ValidationError(f"{place.slug}: source {source}: {error.message_dict}") from error
    row.save()
