from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from .query import search

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20
MAX_PAGE = 10_000  # beyond any real list; keeps the offset a small number


def _page_number(value):
    """The page a reader asked for; anything odd is the first (the Paginator clamps the rest)."""
    try:
        return min(max(int(value), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def search_page(request):
    """GET /<lang>/search/?q=…&page=…&other_page=…: results in the reader's language first."""
    query = request.GET.get("q", "").strip()
    too_long = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    pages = {name: _page_number(request.GET.get(name)) for name in ("page", "other_page")}
    results = search(query, get_language(), pages["page"], pages["other_page"], RESULTS_PER_PAGE) if query else None
    result_page = other_page = None
    if results:
        result_page = Paginator(results.in_language, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        other_page = Paginator(results.other_languages, RESULTS_PER_PAGE).get_page(request.GET.get("other_page"))
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "results": results,
            "result_page": result_page,
            "other_page": other_page,
            "too_long": too_long,
        },
    )
