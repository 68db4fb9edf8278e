"""Synonym groups turned into canonical terms, shared by indexing and querying."""

from django.core.cache import cache

from .normalise import terms

CACHE_KEY = "search:synonyms:v1"


def _load_phrases():
    from .models import SynonymGroup

    phrases = []
    for group in SynonymGroup.objects.all():
        for term in group.term_list():
            stemmed = tuple(terms(term))
            if stemmed:
                phrases.append((stemmed, f"syn{group.pk}"))
    # Longest phrases first, so "blue card eu" wins over "blue card".
    phrases.sort(key=lambda item: len(item[0]), reverse=True)
    return phrases


def synonym_phrases():
    phrases = cache.get(CACHE_KEY)
    if phrases is None:
        phrases = _load_phrases()
        cache.set(CACHE_KEY, phrases, 3600)
    return phrases


def forget_synonyms():
    cache.delete(CACHE_KEY)


def canonicalise(term_list, phrases=None):
    """Replaces every synonym phrase in a term list by its group's canonical term.

    Returns (canonical terms found, the terms that were not part of any phrase).
    """
    phrases = synonym_phrases() if phrases is None else phrases
    # Only phrases that start with the term at hand can match there; each bucket keeps the
    # longest-first order of `phrases`.
    by_first_term = {}
    for phrase, canonical in phrases:
        by_first_term.setdefault(phrase[0], []).append((phrase, canonical))
    found, rest = [], []
    index = 0
    while index < len(term_list):
        for phrase, canonical in by_first_term.get(term_list[index], ()):
            if tuple(term_list[index : index + len(phrase)]) == phrase:
                found.append(canonical)
                index += len(phrase)
                break
        else:
            rest.append(term_list[index])
            index += 1
    return found, rest
