"""Text search over programmes with the portal's normalisation and synonym groups.

A programme's terms are its names and its subject area's names in German and English, run
through the same `terms` and `canonicalise` as the portal search, so "Informatik",
"computer science" and "علوم الحاسوب" meet in one canonical term when a synonym group holds them.
"""

from django.db.models import Q
from django.utils import translation

from welcome.search.normalise import terms
from welcome.search.synonyms import canonicalise

INDEXED_LANGUAGES = ("de", "en")


def _canonical_terms(text):
    found, rest = canonicalise(terms(text))
    return found + rest


def programme_terms(programme):
    """The programme's search terms as " term term ", so a term matches only whole."""
    texts = [programme.name, programme.name_translation, programme.university.name if programme.university_id else ""]
    if programme.subject_area:
        for language in INDEXED_LANGUAGES:
            with translation.override(language):
                texts.append(str(programme.get_subject_area_display()))
    found = []
    for text in texts:
        found.extend(_canonical_terms(text))
    return " " + " ".join(dict.fromkeys(found)) + " "


def matching(query):
    """A filter for programmes whose terms hold every term of the query; None for an empty query."""
    query_terms = _canonical_terms(query)
    if not query_terms:
        return None
    condition = Q()
    for term in query_terms:
        condition &= Q(search_terms__contains=f" {term} ")
    return condition
