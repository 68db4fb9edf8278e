"""The calendar's pages: upcoming events, the archive, one page per event, and iCalendar files."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language, gettext

from welcome.content.cities import city_page_links

from . import services
from .forms import EventFilterForm
from .models import Event

PER_PAGE = 20


def _decorate(events, language):
    city_links = city_page_links(language)
    events = services.with_texts(events, language)
    for event in events:
        event.city_link = city_links.get(event.city)
    return events


def _listing(request, events, template, archive):
    """One list view for upcoming and past events: filters from GET, unknown values reported."""
    form = EventFilterForm(request.GET or None, months=services.months_with_events(events))
    filters = form.filters() if form.is_bound else {}
    page = Paginator(services.filter_events(events, **filters), PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = _decorate(list(page.object_list), get_language())
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, template, {"form": form, "page": page, "query": query.urlencode(), "archive": archive})


def index(request):
    """GET /<lang>/events/?city=&language=&month=: events that have not ended yet."""
    return _listing(request, services.upcoming_events(), "events/event_list.html", archive=False)


def archive(request):
    """GET /<lang>/events/archive/: events that are over, most recent first."""
    return _listing(request, services.past_events(), "events/event_list.html", archive=True)


def detail(request, pk):
    event = get_object_or_404(Event.objects.for_readers().select_related("place"), pk=pk)
    _decorate([event], get_language())
    return render(request, "events/event_detail.html", {"event": event, "is_over": event.ends_at < timezone.now()})


def _ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(request, pk):
    """GET /<lang>/events/<pk>/event.ics: one event for the reader's calendar app."""
    event = get_object_or_404(Event.objects.for_readers().select_related("place"), pk=pk)
    return _ics_response(
        services.calendar_file([event], get_language(), "welcome.ruhr"), f"welcome-ruhr-event-{event.pk}.ics"
    )


def feed(request):
    """GET /<lang>/events/feed.ics: every upcoming event, to subscribe to in a calendar app."""
    name = "welcome.ruhr · " + gettext("Events")
    return _ics_response(
        services.calendar_file(services.upcoming_events(), get_language(), name), "welcome-ruhr-events.ics"
    )
