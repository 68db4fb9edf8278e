"""The index vocabulary: which terms exist, and the nearest one to a misspelt word.

Typo tolerance for words of five letters or more: a term the index does not know is compared
with known terms of its first letter and a similar length (and, on PostgreSQL, with those
pg_trgm finds similar), by Damerau-Levenshtein distance: at most 1 for 5–7 letters, 2 for 8+.
Both candidate queries use an index, so the cost stays flat as the portal grows.
"""

from django.db import connection
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from .models import SearchTerm

MIN_TYPO_LENGTH = 5
MAX_TERM_LENGTH = 100


def allowed_distance(word):
    if len(word) < MIN_TYPO_LENGTH:
        return 0
    return 1 if len(word) < 8 else 2


def record(pairs):
    """Adds (term, display) pairs the vocabulary does not have yet."""
    rows = {}
    for term, display in pairs:
        if term and len(term) <= MAX_TERM_LENGTH and term not in rows:
            rows[term] = SearchTerm(
                term=term, display=display[:MAX_TERM_LENGTH], first_letter=term[0], length=len(term)
            )
    SearchTerm.objects.bulk_create(rows.values(), ignore_conflicts=True, batch_size=500)


def replace_all(pairs):
    SearchTerm.objects.all().delete()
    record(pairs)


def all_terms():
    return set(SearchTerm.objects.values_list("term", flat=True))


def known(candidates):
    """The subset of `candidates` that are index terms (one query)."""
    candidates = [term for term in set(candidates) if len(term) <= MAX_TERM_LENGTH]
    if not candidates:
        return set()
    return set(SearchTerm.objects.filter(term__in=candidates).values_list("term", flat=True))


def _candidates(misspelt):
    """Known terms that may be within reach of each misspelt term (one query, each part on an index)."""
    table = SearchTerm._meta.db_table
    parts, params = [], []
    for term, distance in misspelt.items():
        parts.append(f"SELECT term, display FROM {table} WHERE first_letter = %s AND length BETWEEN %s AND %s")
        params += [term[0], len(term) - distance, len(term) + distance]
        if connection.vendor == "postgresql":
            # pg_trgm (GIN index) also finds words whose first letter was mistyped.
            parts.append(f"SELECT term, display FROM {table} WHERE term %% %s")
            params.append(term)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ".join(parts), params)
        return dict(cursor.fetchall())


def corrections(misspelt):
    """{misspelt term: (nearest known term, how a page writes it)} for those with a near term.

    `misspelt` maps each unknown term to the largest distance allowed for it.
    """
    if not misspelt:
        return {}
    candidates = _candidates(misspelt)
    found = {}
    for term, distance in misspelt.items():
        near = process.extract(
            term, list(candidates), scorer=DamerauLevenshtein.distance, score_cutoff=distance, limit=None
        )
        if near:
            _distance, _length, nearest = min((score, abs(len(known) - len(term)), known) for known, score, _i in near)
            found[term] = (nearest, candidates[nearest])
    return found
