"""Finds pages for a query, in the reader's language first."""

from dataclasses import dataclass, field

from django.db.models import Q

from welcome.core.languages import language_codes, language_name

from .models import SearchEntry
from .normalise import terms
from .synonyms import canonicalise

MAX_CANDIDATES = 400
WEIGHTS = (("title_terms", 3), ("summary_terms", 2), ("all_terms", 1))


@dataclass
class SearchResults:
    query: str
    in_language: list = field(default_factory=list)
    other_languages: list = field(default_factory=list)
    matched_all_words: bool = True

    @property
    def count(self):
        return len(self.in_language) + len(self.other_languages)


def _conditions(query):
    canonical, rest = canonicalise(terms(query))
    # A synonym must match whole; a plain word may be the start of a longer word.
    needles = [f" {term} " for term in dict.fromkeys(canonical)] + [f" {term}" for term in dict.fromkeys(rest)]
    return needles


def _score(entry, needles):
    return sum(weight for needle in needles for name, weight in WEIGHTS if needle in getattr(entry, name))


def _matching(needles, require_all):
    clauses = [Q(all_terms__contains=needle) for needle in needles]
    combined = clauses[0]
    for clause in clauses[1:]:
        combined = combined & clause if require_all else combined | clause
    return list(SearchEntry.objects.filter(combined)[:MAX_CANDIDATES])


def search(query, language_code):
    """Results in the reader's language, then pages that exist only in other languages."""
    results = SearchResults(query=query)
    needles = _conditions(query)
    if not needles:
        return results
    entries = _matching(needles, require_all=True)
    if not entries and len(needles) > 1:
        entries = _matching(needles, require_all=False)
        results.matched_all_words = False
    if not entries:
        return results

    best_by_key = {}
    for entry in sorted(entries, key=lambda e: -_score(e, needles)):
        best_by_key.setdefault(entry.translation_key, []).append(entry)

    # The reader's own language wins: a match in any language shows the reader's version when it exists.
    readers_versions = {
        entry.translation_key: entry
        for entry in SearchEntry.objects.filter(translation_key__in=best_by_key, language_code=language_code)
    }
    order = language_codes()
    for key, group in best_by_key.items():
        score = max(_score(e, needles) for e in group)
        if key in readers_versions:
            results.in_language.append((score, readers_versions[key]))
        else:
            shown = min(group, key=lambda e: order.index(e.language_code) if e.language_code in order else 99)
            shown.language_name = language_name(shown.language_code)
            results.other_languages.append((score, shown))
    results.in_language = [entry for _s, entry in sorted(results.in_language, key=lambda pair: -pair[0])]
    results.other_languages = [entry for _s, entry in sorted(results.other_languages, key=lambda pair: -pair[0])]
    return results
