"""Every URL × every role answers what view_matrix.MATRIX says, and every URL pattern has a row."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import URLResolver, get_resolver
from django.utils import timezone

from welcome.core.languages import language_codes

from .view_matrix import MATRIX, ROLES

# Views that Wagtail and Django bring along; their entry points have rows.
LIBRARY_PREFIXES = ("admin/", "django-admin/", "documents/")
# Who may read newcomer A's question: A, the guide who holds it, coordinators, administrators.
READERS_OF_REQUEST_A = {"new", "gA", "coor", "adm"}
OUR_SNIPPETS = re.compile(r"^admin/snippets/(places|events|search|pathfinder|guides|content)/\w+/$")


def log_in(client, user):
    """The one way the matrix logs a user in (staff may need a second factor here one day)."""
    client.force_login(user)


def _patterns(resolver, prefix=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern), entry.lookup_str


def _normalised(route):
    first, _, rest = route.partition("/")
    return f"<lang>/{rest}" if first in language_codes() else route


def _needs_a_row(route, view):
    if not route.startswith(LIBRARY_PREFIXES):
        return True
    return view.startswith("welcome.") or bool(OUR_SNIPPETS.match(route))


def test_every_url_pattern_has_a_row_in_the_matrix():
    rows = {pattern for pattern, _url, _answers in MATRIX}
    routes = {_normalised(route): view for route, view in _patterns(get_resolver())}
    missing = sorted(route for route, view in routes.items() if _needs_a_row(route, view) and route not in rows)
    assert missing == [], f"URL patterns without a row in view_matrix.MATRIX: {missing}"
    stale = sorted(rows - set(routes))
    assert stale == [], f"rows in view_matrix.MATRIX for URL patterns that do not exist: {stale}"


def test_every_row_has_an_answer_for_every_role():
    for pattern, _url, answers in MATRIX:
        assert len(answers.split()) == len(ROLES), pattern


@pytest.fixture
def world(site_content, django_user_model):
    """One of each: guides A, B and a paused one, requests A and B with their private links, staff."""
    from welcome.demo.loader.accounts import setup_roles
    from welcome.events.models import Event
    from welcome.guides.models import AbuseReport, BlockedAddress, ContactRequest, Guide, GuideApplication
    from welcome.guides.privacy import address_hash, message_fingerprint
    from welcome.guides.services.guides import create_guide
    from welcome.guides.services.requests import issue_link
    from welcome.places.models import Place
    from wagtail.models import Page

    setup_roles()

    def user(name, *groups, **extra):
        account = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-matrix-123", **extra)
        for group in groups:
            account.groups.add(Group.objects.get_or_create(name=group)[0])
        return account

    def guide(name, status=Guide.Status.ACTIVE):
        profile = create_guide(
            user(name, "Guides"),
            display_name=name,
            city="dortmund",
            origin="SY",
            profession="Engineer",
            languages=["ar", "de"],
            topics=["job"],
            stories={"ar": f"Story of {name}"},
        )
        Guide.objects.filter(pk=profile.pk).update(status=status)
        return profile

    def contact_request(holder, state, email):
        request = ContactRequest.objects.create(
            guide=holder,
            state=state,
            name="Newcomer",
            email=email,
            address_hash=address_hash(email),
            country="SY",
            languages=["ar"],
            planned_arrival="3m",
            message=f"A question from {email}",
            message_fingerprint=message_fingerprint(email),
            confirmed_at=timezone.now(),
        )
        return request, issue_link(request, "conversation"), issue_link(request, "confirm")

    guide_a, guide_b = guide("Guide A"), guide("Guide B")
    request_a, token_a, confirm_a = contact_request(guide_a, "accepted", "a@example.com")
    _request_b, token_b, confirm_b = contact_request(guide_b, "answered", "b@example.com")
    place = Place.objects.create(
        slug="auslaenderbehoerde-essen",
        name="Ausländerbehörde Essen",
        kind="foreigners_office",
        city="essen",
        town="Essen",
    )
    starts = timezone.now() + datetime.timedelta(days=10)
    event = Event.objects.create(
        title="Stammtisch",
        description="Treffen",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        city="essen",
        venue="Rathaus",
        languages=["de"],
    )
    application = GuideApplication.objects.create(
        display_name="Applicant",
        email="applicant@example.org",
        city="essen",
        origin="TR",
        profession="Nurse",
        languages=["tr"],
        topics=["job"],
        story="My story",
        story_language="tr",
        accepted_code_of_conduct=True,
    )
    report = AbuseReport.objects.create(request=request_a, guide=guide_a, reporter="newcomer", reason="Spam")
    blocked = BlockedAddress.objects.create(address_hash=address_hash("spam@example.com"), reason="spam")
    admin = user("administrator", "Administrators", is_superuser=True, is_staff=True)
    return {
        "users": {
            "gA": guide_a.user,
            "gB": guide_b.user,
            "paus": guide("Paused guide", Guide.Status.PAUSED).user,
            "coor": user("coordinator", "Coordinators"),
            "edit": user("editor", "Editors"),
            "city": user("city-editor", "City editors: Dortmund"),
            "adm": admin,
        },
        "tokens": {"new": (token_a, confirm_a), "other": (token_b, confirm_b)},
        "values": {
            "request": request_a.pk,
            "guide": guide_a.pk,
            "page": Page.objects.get(depth=2, locale__language_code="de").pk,
            "place": place.slug,
            "event": event.pk,
            "application": application.pk,
            "report": report.pk,
            "blocked": blocked.pk,
        },
        "private": "A question from a@example.com",
    }


def _answer(response):
    if response.status_code in (301, 302):
        return "L" if "login" in response["Location"] else "R"
    return str(response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_matrix_says(world, client, role):
    if role in world["users"]:
        log_in(client, world["users"][role])
    token, confirm = world["tokens"].get(role, ("not-a-private-link", "not-a-confirmation-link"))
    wrong = []
    for index, (pattern, url, answers) in enumerate(MATRIX):
        expected = answers.split()[ROLES.index(role)]
        language = language_codes()[index % len(language_codes())]
        address = url.format(lang=language, token=token, confirm=confirm, **world["values"])
        response = client.get(address)
        if _answer(response) != expected:
            wrong.append(f"{address}: {_answer(response)}, expected {expected} ({pattern})")
        if role not in READERS_OF_REQUEST_A and response.status_code == 200 and hasattr(response, "content"):
            assert world["private"] not in response.content.decode(errors="replace"), address
    assert wrong == [], f"{role}:\n" + "\n".join(wrong)
