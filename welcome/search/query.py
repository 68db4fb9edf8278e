"""Finds pages for a query: the reader's language first, then other languages by the fallback chain.

A query becomes one full-text expression (fulltext.py): every word must match, as itself or a
longer word starting with it, as the parts of a compound, or as the nearest known word when the
index does not know it (a typo); synonym phrases match their group's canonical term. When no
page has every word, pages with some of them are shown and the page says so.
"""

import re
from dataclasses import dataclass, field

from django.utils.functional import cached_property

from welcome.core.languages import fallback_chain, language_codes
from welcome.core.links import PageLink

from . import fulltext, vocabulary
from .compounds import is_candidate, part_candidates, split_compound
from .fulltext import All, Any, Term
from .normalise import WORD, fold, word_terms
from .stopwords import stop_terms
from .synonyms import canonicalise

MIN_PREFIX = 3
MAX_CORRECTIONS = 3  # typo lookups per query, so a long query stays as fast as a short one


class ResultList:
    """One result list, counted and fetched page by page in the database (a Paginator's object_list).

    `first` is a page fetched with the counts, (offset, entries, page size): a Paginator asking
    for it gets it without another query.
    """

    def __init__(self, total, fetch, first=(0, [], 0)):
        self._total = total
        self._fetch = fetch
        self._first = first

    def count(self):
        return self._total

    def __len__(self):
        return self._total

    def _prefetched(self, start, stop):
        offset, entries, size = self._first
        if start >= offset and (stop <= offset + len(entries) or len(entries) < size):
            return entries[start - offset : stop - offset]
        return None

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop = index.start or 0, self._total if index.stop is None else index.stop
            if stop <= start:
                return []
            found = self._prefetched(start, stop)
            return found if found is not None else self._fetch(start, stop - start)
        if not 0 <= index < self._total:
            raise IndexError(index)
        return self[index : index + 1][0]

    def __iter__(self):
        return iter(self[0 : self._total])


EMPTY = ResultList(0, lambda offset, limit: [])


@dataclass
class SearchResults:
    query: str
    in_language: ResultList = EMPTY
    other_languages: ResultList = EMPTY
    matched_all_words: bool = True
    corrected_query: str = ""
    # False when more pages matched than the engine ranks: `count` is then a lower bound.
    counted_all: bool = True

    @property
    def count(self):
        return len(self.in_language) + len(self.other_languages)


@dataclass
class QueryPlan:
    """What a query asks for, once stop words, synonyms, compounds and typos are resolved."""

    clauses: list = field(default_factory=list)
    corrected: dict = field(default_factory=dict)  # folded word as typed → word shown instead

    @cached_property
    def every_word(self):
        return All(tuple(self.clauses))

    @cached_property
    def some_words(self):
        return Any(tuple(self.clauses))


def _reader_stop_terms(language_code):
    found = set()
    for code in [language_code, *fallback_chain(language_code)]:
        found |= stop_terms(code)
    return found


def plan(query, language_code):
    """Turns the query into clauses; looks up the vocabulary once and, for unknown words, once more."""
    result = QueryPlan()
    triples = word_terms(query)
    # "_" is a word character to Python but a separator to both engines.
    triples = [triple for triple in triples if triple[2].strip("_")]
    canonical, rest = canonicalise([term for _written, _folded, term in triples])
    stops = _reader_stop_terms(language_code)
    content = [term for term in rest if term not in stops] or rest
    folded_by_term = {term: folded for _written, folded, term in triples}
    content = list(dict.fromkeys(content))

    lookups = set(content)
    for term in content:
        if is_candidate(folded_by_term.get(term, term)):
            lookups |= part_candidates(folded_by_term.get(term, term))
    known = vocabulary.known(lookups)
    misspelt = {
        term: vocabulary.allowed_distance(folded_by_term.get(term, term))
        for term in content
        if term not in known and vocabulary.allowed_distance(folded_by_term.get(term, term))
    }
    corrections = vocabulary.corrections(dict(list(misspelt.items())[:MAX_CORRECTIONS]))

    for term in content:
        options = [Term(term, prefix=len(term) >= MIN_PREFIX)]
        parts = split_compound(folded_by_term.get(term, term), known)
        if parts:
            options.append(All(tuple(Term(part, prefix=True) for part in parts)))
        if term in corrections:
            nearest, display = corrections[term]
            options.append(Term(nearest, prefix=True))
            result.corrected[folded_by_term.get(term, term)] = display
        result.clauses.append(options[0] if len(options) == 1 else Any(tuple(options)))
    result.clauses += [Term(term) for term in dict.fromkeys(canonical)]
    return result


def _corrected_query(query, corrected):
    """The query as typed, with each corrected word replaced by the word the index knows."""
    return re.sub(WORD, lambda match: corrected.get(fold(match.group()), match.group()), query)


def language_order(language_code):
    """Other languages in the order a reader of `language_code` is offered them."""
    chain = fallback_chain(language_code)
    return chain + [code for code in language_codes() if code not in chain and code != language_code]


def _labelled(entries):
    """Each entry becomes a link that says in the reader's language where it leads ("(in German)")."""
    for entry in entries:
        entry.link = PageLink(entry.url, entry.title, entry.language_code)
    return entries


def search(query, language_code, page=1, other_page=1, per_page=20):
    """Results in the reader's language, then pages that exist only in other languages.

    `page` and `other_page` are the pages of each list the reader asked for: they are fetched
    together with the counts, in one statement.
    """
    results = SearchResults(query=query)
    query_plan = plan(query, language_code)
    if not query_plan.clauses:
        return results
    order = language_order(language_code)
    slices = ((page - 1) * per_page, per_page), ((other_page - 1) * per_page, per_page)
    expression = query_plan.every_word
    in_count, other_count, counted_all, in_first, other_first = fulltext.first_pages(
        expression, language_code, order, *slices
    )
    if not in_count + other_count and len(query_plan.clauses) > 1:
        expression = query_plan.some_words
        in_count, other_count, counted_all, in_first, other_first = fulltext.first_pages(
            expression, language_code, order, *slices
        )
        results.matched_all_words = False
    if not in_count + other_count:
        return results
    results.counted_all = counted_all
    results.in_language = ResultList(
        in_count,
        lambda offset, limit: fulltext.in_language(expression, language_code, offset, limit),
        (slices[0][0], in_first, per_page),
    )
    results.other_languages = ResultList(
        other_count,
        lambda offset, limit: _labelled(fulltext.other_languages(expression, language_code, order, offset, limit)),
        (slices[1][0], _labelled(other_first), per_page),
    )
    if query_plan.corrected:
        results.corrected_query = _corrected_query(query, query_plan.corrected)
    return results
