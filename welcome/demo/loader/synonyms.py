"""The starting set of search synonyms; editors extend it in the admin."""

from pathlib import Path

import yaml

from welcome.search.models import SynonymGroup
from welcome.search.synonyms import forget_synonyms

SYNONYMS_FILE = Path(__file__).resolve().parent.parent / "content-data" / "synonyms.yml"


def load_synonyms(path=SYNONYMS_FILE):
    """Creates the groups that do not exist yet; a group an editor changed stays as it is.

    Bulk creation sends no save signals, so no index rebuild is queued per group: the
    loader rebuilds the index once, after everything is in place.
    """
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    existing = set(SynonymGroup.objects.filter(name__in=groups).values_list("name", flat=True))
    new = [SynonymGroup(name=name, terms="\n".join(terms)) for name, terms in groups.items() if name not in existing]
    SynonymGroup.objects.bulk_create(new)
    forget_synonyms()
    return len(new)
