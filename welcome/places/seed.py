"""Loading the directory's seed file: creates the places that are missing, keeps what editors changed."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from . import services
from .models import Place, PlaceSource, PlaceText

SEED_FILE = Path(__file__).resolve().parent / "data" / "places.yaml"
PLACE_FIELDS = [
    "name",
    "kind",
    "city",
    "description",
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
        for language, text in (entry.get("texts") or {}).items():
            PlaceText.objects.create(place=place, language=language, description=text.strip())
        for source in entry.get("sources") or []:
            _add_source(place, source)
        services.refresh_verification(place)
        report.created.append(entry["slug"])
    return report


def _add_source(place, source):
    row = PlaceSource(place=place, fact=source["fact"], url=source["url"], checked_on=source["checked_on"])
    try:
        row.full_clean(exclude=["place"])
    except ValidationError as error:
        raise ValidationError(f"{place.slug}: source {source}: {error.message_dict}") from error
    row.save()
