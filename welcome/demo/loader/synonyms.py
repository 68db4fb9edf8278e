"""The starting set of search synonyms; editors extend it in the admin."""

from pathlib import Path

import yaml

from welcome.search.models import SynonymGroup

SYNONYMS_FILE = Path(__file__).resolve().parent.parent / "content-data" / "synonyms.yml"


def load_synonyms(path=SYNONYMS_FILE):
    """Creates the groups that do not exist yet; a group an editor changed stays as it is."""
    created = 0
    for name, terms in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        _group, was_created = SynonymGroup.objects.get_or_create(name=name, defaults={"terms": "\n".join(terms)})
        created += was_created
    return created
