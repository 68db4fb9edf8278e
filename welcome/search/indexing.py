"""Keeps the search index in step with published pages."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from welcome.content.figures import TOKEN as FIGURE_TOKEN
from welcome.content.models import CONTENT_PAGE_MODELS, content_pages

from . import vocabulary
from .compounds import split_compound
from .models import SearchEntry, SearchTerm
from .normalise import word_terms
from .synonyms import canonicalise, synonym_phrases


def _field_text(page, field_name):
    value = getattr(page, field_name, None)
    if value is None:
        return ""
    if callable(value):
        value = value()
    try:
        field = page._meta.get_field(field_name)
    except Exception:  # a method, not a model field
        field = None
    if isinstance(field, StreamField):
        return " ".join(field.get_searchable_content(value))
    if isinstance(field, RichTextField):
        return strip_tags(value)
    return str(value)


def page_text(page):
    """All text the page declares searchable (its `search_fields`), as one string."""
    names = [f.field_name for f in page.search_fields if isinstance(f, index.SearchField)]
    text = " ".join(_field_text(page, name) for name in dict.fromkeys(names))
    # A {{figure:key}} token is a reference, not words a reader searches for.
    return FIGURE_TOKEN.sub(" ", text)


def _section_title(page):
    if page.depth <= 3:
        return ""
    section = page.get_ancestors().filter(depth=3).first()
    return section.title if section else ""


def searchable_texts(page):
    """The three weighted texts of a page: title, summary, and everything (title included)."""
    summary = getattr(page, "summary", "") or ""
    return {"title_terms": page.title, "summary_terms": summary, "all_terms": f"{page.title} {page_text(page)}"}


def vocabulary_of(texts):
    """(term, word as written) for every word of the texts."""
    return [(term, written) for text in texts.values() for written, _folded, term in word_terms(text)]


def term_columns(texts, phrases, known):
    """The term string of each text: its terms, the parts of its compounds, its synonyms' canonical terms."""
    columns = {}
    for column, text in texts.items():
        triples = word_terms(text)
        found = [term for _written, _folded, term in triples]
        parts = [part for folded in dict.fromkeys(f for _w, f, _t in triples) for part in split_compound(folded, known)]
        canonical, _rest = canonicalise(found, phrases)
        columns[column] = " ".join(found + parts + canonical)
    return columns


def is_searchable(page):
    """Only live, public content pages are searchable."""
    return isinstance(page, CONTENT_PAGE_MODELS) and page.live and not page.get_view_restrictions().exists()


def index_page(page, phrases=None, known=None):
    """Writes (or removes) the page's entry; `known` is the vocabulary compounds are split against."""
    page = page.specific
    if not is_searchable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    phrases = synonym_phrases() if phrases is None else phrases
    texts = searchable_texts(page)
    words = vocabulary_of(texts)
    if known is None:
        vocabulary.record(words)
        known = vocabulary.all_terms()
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language_code": page.locale.language_code,
            "translation_key": page.translation_key,
            "title": page.title,
            "summary": texts["summary_terms"],
            "section_title": _section_title(page),
            "url": page.get_url() or "",
            **term_columns(texts, phrases, known | {term for term, _written in words}),
        },
    )
    return entry


_paused = ContextVar("search_indexing_paused", default=False)


@contextmanager
def paused():
    """Publishing inside this block leaves the index alone; the caller runs `rebuild_index` after.

    A bulk load publishes every page once or twice, and each publish would index the page's
    whole subtree again: one rebuild at the end does the same work once.
    """
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def index_subtree(page):
    """The page and everything below it: titles and URLs of children depend on it."""
    if _paused.get():
        return
    phrases = synonym_phrases()
    for item in page.get_descendants(inclusive=True).specific():
        index_page(item, phrases)


def rebuild_index():
    """Indexes every live content page again, with a fresh vocabulary; returns how many entries exist."""
    phrases = synonym_phrases()
    pages = list(content_pages().live().select_related("locale").specific())
    words = [pair for page in pages if is_searchable(page) for pair in vocabulary_of(searchable_texts(page))]
    vocabulary.replace_all(words)
    known = {term for term, _written in words}
    seen = [page.pk for page in pages if index_page(page, phrases, known)]
    SearchEntry.objects.exclude(page_id__in=seen).delete()
    if connection.vendor == "postgresql":
        # Without statistics the planner scans the vocabulary instead of using its indexes.
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {SearchEntry._meta.db_table}, {SearchTerm._meta.db_table}")
    return len(seen)
