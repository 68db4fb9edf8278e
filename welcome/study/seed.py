"""Loads the universities and the checked programmes of data/programmes.yaml (idempotent)."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale

from .importing import COLUMNS, ProgrammeRowForm
from .models import Programme, University

SEED_FILE = Path(__file__).resolve().parent / "data" / "programmes.yaml"


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    kept: int = 0


def _row(entry):
    return {column: "" if entry.get(column) is None else str(entry[column]) for column in COLUMNS} | {
        "confirmed": "yes" if entry.get("confirmed") is True else "no"
    }


@transaction.atomic
def load_programmes(path=SEED_FILE):
    """Creates the universities and programmes that are missing; keeps what exists as editors left it."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    locale = Locale.get_default()
    report = SeedReport()
    for entry in data["universities"]:
        programmes = entry.pop("programmes", [])
        university, _created = University.objects.get_or_create(slug=entry["slug"], defaults=entry)
        for programme_entry in programmes:
            exists = Programme.objects.filter(
                university=university,
                locale=locale,
                name=programme_entry["name"],
                degree=programme_entry.get("degree") or "",
            ).exists()
            if exists:
                report.kept += 1
                continue
            form = ProgrammeRowForm(_row(programme_entry), instance=Programme(university=university, locale=locale))
            if not form.is_valid():
                raise ValidationError(f"{path}: {programme_entry['name']}: {form.errors.as_text()}")
            report.created.append(form.save())
    return report
