"""The people and things the view matrix and the fuzz test act with."""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import timezone


@pytest.fixture
def people(db, django_user_model):
    """Guides A, B and a paused one; request A (accepted by A), request B (closed, B's) with their
    private links, and a request waiting for A; the staff roles; one application, abuse report,
    blocked address, place and event."""
    from welcome.events.models import Event
    from welcome.guides.models import AbuseReport, BlockedAddress, ContactRequest, Guide, GuideApplication
    from welcome.guides.privacy import address_hash, message_fingerprint
    from welcome.guides.services.guides import create_guide
    from welcome.guides.services.requests import issue_link
    from welcome.places.models import Place, PlaceDescription

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
    _request_b, token_b, confirm_b = contact_request(guide_b, "closed", "b@example.com")
    waiting, _token, _confirm = contact_request(guide_a, "confirmed", "c@example.com")
    place = Place.objects.create(
        slug="auslaenderbehoerde-essen",
        name="Ausländerbehörde Essen",
        kind="foreigners_office",
        city="essen",
        town="Essen",
    )
    own_place = Place.objects.create(
        slug="buergerdienste-dortmund",
        name="Bürgerdienste Dortmund",
        kind="registration_office",
        city="dortmund",
        town="Dortmund",
    )
    description = PlaceDescription.objects.create(place=place, text="Aufenthalt und Visa.")
    own_description = PlaceDescription.objects.create(place=own_place, text="Anmeldung.")
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
    programme = _confirmed_programme()
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
            "waiting": waiting.pk,
            "guide": guide_a.pk,
            "place": place.slug,
            "place_pk": place.pk,
            "own_place_pk": own_place.pk,
            "description_pk": description.pk,
            "own_description_pk": own_description.pk,
            "event": event.pk,
            "programme": programme.translation_key if programme else "",
            "application": application.pk,
            "report": report.pk,
            "blocked": blocked.pk,
            "figure": apps.get_model("content", "Figure").objects.get(key="blue-card").pk,
        },
        "private": "A question from a@example.com",
    }


def _confirmed_programme():
    """A confirmed study programme, when the study finder is switched on."""
    from django.apps import apps

    if not apps.is_installed("welcome.study"):
        return None
    from wagtail.models import Locale

    from welcome.study.models import Programme, University

    university = University.objects.create(slug="matrix-uni", name="Matrix University", website="https://uni.example/")
    return Programme.objects.create(
        university=university,
        locale=Locale.get_default(),
        name="Informatik",
        name_language="de",
        official_url="https://uni.example/informatik",
        source_url="https://uni.example/informatik",
        checked_on=datetime.date(2026, 12, 1),
        confirmed=True,
    )


@pytest.fixture
def world(site_content, people):
    """`people` in a small portal: pages, and the editors' groups with their page permissions."""
    from wagtail.models import Page

    from welcome.demo.loader.accounts import setup_roles

    setup_roles()
    people["values"]["page"] = Page.objects.get(depth=2, locale__language_code="de").pk
    return people
