"""What a newcomer sees without an account: the guides, matching, the contact form, opt-in."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language

from welcome.core.client import client_ip

from ..forms import ApplicationForm, ContactForm, GuideFilterForm, MatchForm, NewLinkForm
from ..matching import rank_guides
from ..models import Guide
from ..services import guides as guide_services
from ..services import requests as request_services
from ..services.protection import Rejected
from ..services.statistics import guide_median_hours
from .common import private, show_rejection

PER_PAGE = 20


def _public_guides():
    return (
        Guide.objects.active()
        .with_load()
        .prefetch_related("languages", "topics", "stories")
        .order_by("display_name", "pk")
    )


def _decorate(guides):
    """Adds what the templates show: the story in the reader's language, availability, answer time."""
    medians = guide_median_hours([guide.pk for guide in guides])
    language = get_language()
    for guide in guides:
        guide.story = guide.story_for(language)
        guide.available = guide.takes_requests(guide.open_count)
        guide.median_hours = medians.get(guide.pk)
        guide.median_days = guide.median_hours / 24 if guide.median_hours else None
    return guides


def guide_list(request):
    """GET /<lang>/guides/: every active guide, with filters."""
    origins = sorted({code for code in Guide.objects.active().values_list("origin", flat=True)})
    form = GuideFilterForm(request.GET or None, origins=origins)
    guides = _public_guides()
    if form.is_valid():
        data = form.cleaned_data
        if data["language"]:
            guides = guides.filter(pk__in=Guide.objects.filter(languages__code=data["language"]).values("pk"))
        if data["topic"]:
            guides = guides.filter(pk__in=Guide.objects.filter(topics__code=data["topic"]).values("pk"))
        if data["origin"]:
            guides = guides.filter(origin=data["origin"])
        if data["city"]:
            guides = guides.filter(city=data["city"])
    page = Paginator(guides, PER_PAGE).get_page(request.GET.get("page"))
    _decorate(list(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "guides/guide_list.html", {"form": form, "page": page, "query": query.urlencode()})


def guide_profile(request, pk):
    guide = get_object_or_404(_public_guides(), pk=pk)
    _decorate([guide])
    # The reader's language first, then the others the guide wrote.
    stories = sorted(guide.stories.all(), key=lambda story: story.language != get_language())
    return render(request, "guides/guide_profile.html", {"guide": guide, "stories": stories})


def match(request):
    """GET /<lang>/guides/match/: the best guides for what the newcomer tells us, and why."""
    form = MatchForm(request.GET or None)
    matches = None
    if form.is_valid():
        data = form.cleaned_data
        matches = rank_guides(data["languages"], data["topics"], data["city"], data["origin"], limit=5)
        for m in matches:
            # Matching already counted each guide's load; _decorate reads it from the guide.
            m.guide.open_count = m.open_count
        _decorate([m.guide for m in matches])
    return render(request, "guides/match.html", {"form": form, "matches": matches, "query": request.GET.urlencode()})


def contact(request, pk=None):
    """The contact form, for a chosen guide or for "find me a guide" (pk None)."""
    guide = get_object_or_404(_public_guides(), pk=pk) if pk is not None else None
    if guide:
        _decorate([guide])
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            try:
                request_services.submit_request(
                    form.cleaned_data, get_language(), guide=guide, client_ip=client_ip(request)
                )
            except Rejected as rejected:
                show_rejection(form, rejected)
            else:
                return redirect("guides:sent")
    else:
        # Languages and topics chosen on the matching page come along.
        initial = {key: request.GET.getlist(key) for key in ("languages", "topics") if key in request.GET}
        initial.update({key: request.GET[key] for key in ("city",) if request.GET.get(key)})
        if guide and "languages" not in initial:
            initial["languages"] = [code for code in guide.language_codes if code == get_language()]
        form = ContactForm(initial=initial)
    return render(request, "guides/contact.html", {"form": form, "guide": guide})


def sent(request):
    return render(request, "guides/sent.html")


@private
def confirm(request, token):
    """GET shows a button, POST confirms: link checkers that open e-mail links confirm nothing."""
    found = request_services.find_confirmation(token)
    if found is None:
        raise Http404
    contact_request, used = found
    if request.method == "POST" and not used:
        contact_request, conversation_token = request_services.confirm_request(token)
        if conversation_token:
            return redirect(reverse("guides:conversation", args=[conversation_token]) + "?confirmed=1")
        used = True
    return render(request, "guides/confirm.html", {"used": used, "contact_request": contact_request})


def new_link(request):
    """A newcomer who lost their private link asks for a new one by e-mail."""
    done = False
    if request.method == "POST":
        form = NewLinkForm(request.POST)
        if form.is_valid():
            try:
                request_services.send_new_links(form.cleaned_data["email"], client_ip=client_ip(request))
                done = True
            except Rejected as rejected:
                show_rejection(form, rejected)
    else:
        form = NewLinkForm()
    return render(request, "guides/new_link.html", {"form": form, "done": done})


def apply(request):
    """Becoming a guide: the application form with the code of conduct."""
    if request.method == "POST":
        form = ApplicationForm(request.POST)
        if form.is_valid():
            try:
                guide_services.apply(form.cleaned_data, get_language(), client_ip=client_ip(request))
            except Rejected as rejected:
                show_rejection(form, rejected)
            else:
                return render(request, "guides/apply_done.html")
    else:
        form = ApplicationForm(initial={"story_language": get_language()})
    return render(request, "guides/apply.html", {"form": form})
