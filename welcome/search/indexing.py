"""Keeps the search index in step with published pages."""

from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from welcome.content.models import CONTENT_PAGE_MODELS, content_pages

from .models import SearchEntry
from .normalise import terms
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
    return " ".join(_field_text(page, name) for name in dict.fromkeys(names))


def _term_string(text, phrases):
    found = terms(text)
    canonical, _rest = canonicalise(found, phrases)
    return " " + " ".join(found + canonical) + " "


def _section_title(page):
    if page.depth <= 3:
        return ""
    section = page.get_ancestors().filter(depth=3).first()
    return section.title if section else ""


def index_page(page, phrases=None):
    """Writes (or removes) the page's entry; only live, public content pages are searchable."""
    page = page.specific
    if not isinstance(page, CONTENT_PAGE_MODELS) or not page.live or page.get_view_restrictions().exists():
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    phrases = synonym_phrases() if phrases is None else phrases
    summary = getattr(page, "summary", "") or ""
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language_code": page.locale.language_code,
            "translation_key": page.translation_key,
            "title": page.title,
            "summary": summary,
            "section_title": _section_title(page),
            "url": page.get_url() or "",
            "title_terms": _term_string(page.title, phrases),
            "summary_terms": _term_string(summary, phrases),
            "all_terms": _term_string(f"{page.title} {page_text(page)}", phrases),
        },
    )
    return entry


def index_subtree(page):
    """The page and everything below it: titles and URLs of children depend on it."""
    phrases = synonym_phrases()
    for item in page.get_descendants(inclusive=True).specific():
        index_page(item, phrases)


def rebuild_index():
    """Indexes every live content page again; returns how many entries exist."""
    phrases = synonym_phrases()
    seen = []
    for page in content_pages().live().select_related("locale"):
        if index_page(page, phrases):
            seen.append(page.pk)
    SearchEntry.objects.exclude(page_id__in=seen).delete()
    return len(seen)
