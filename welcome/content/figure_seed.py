"""Loading the first figures from data/figures.yaml: creates what is missing, keeps what editors changed."""

from decimal import Decimal
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from .figures import Figure

FIGURES_FILE = Path(__file__).resolve().parent / "data" / "figures.yaml"
FIELDS = ["label", "unit", "per", "valid_from", "valid_to", "legal_basis", "source_url", "checked_on", "checked_by"]


def read_figures(path=FIGURES_FILE):
    """The figures of the file, as unsaved Figures (checked like the admin form checks them)."""
    figures = []
    for entry in yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []:
        figure = Figure(
            key=entry["key"],
            value=Decimal(str(entry["value"])),
            editor_note=" ".join(str(entry.get("editor_note", "")).split()),
            **{name: entry[name] for name in FIELDS if name in entry},
        )
        try:
            figure.full_clean(validate_unique=False)
        except ValidationError as error:
            raise ValidationError(f"{Path(path).name}, {entry['key']}: {error.messages}") from error
        figures.append(figure)
    return figures


@transaction.atomic
def load_figures(path=FIGURES_FILE):
    """Creates the figures whose key does not exist yet; returns how many. Running it twice changes nothing."""
    existing = set(Figure.objects.values_list("key", flat=True))
    new = [figure for figure in read_figures(path) if figure.key not in existing]
    for figure in new:
        figure.save()
    return len(new)
