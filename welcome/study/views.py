"""The finder's pages: the filtered list of programmes and one page per programme."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language

from . import services
from .forms import ProgrammeFilterForm
from .models import Programme
from .structured_data import json_ld_script_body, programme_json_ld

PER_PAGE = 20


def index(request):
    """GET /<lang>/study/programmes/?q=&degree=&teaching_language=&subject_area=&university=&city=&start=&admission="""
    form = ProgrammeFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    programmes = services.find_programmes(services.published_programmes(), **filters)
    page = Paginator(programmes, PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = services.add_translations(page.object_list, get_language())
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "study/programme_list.html", {"form": form, "page": page, "query": query.urlencode()})


def detail(request, key):
    """GET /<lang>/study/programmes/<translation key>/: one confirmed programme."""
    try:
        programme, translated = services.programme_in_language(key, get_language())
    except Programme.DoesNotExist as error:
        raise Http404 from error
    context = {
        "programme": programme,
        "translated": translated,
        "json_ld": json_ld_script_body(programme_json_ld(programme, translated, request)),
        "related": services.related_pages(request),
    }
    return render(request, "study/programme_detail.html", context)
