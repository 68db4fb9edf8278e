"""Fixtures for the guides app: guides, requests in every state, a coordinator, committed work."""

import itertools

import pytest
from django.contrib.auth.models import Group

from welcome.guides.models import ContactRequest, PrivateLink
from welcome.guides.services import requests as services
from welcome.guides.services.guides import create_guide

_numbers = itertools.count(1)


@pytest.fixture
def committed(db, django_capture_on_commit_callbacks):
    """Runs a call as if its transaction committed: e-mails queued on commit are handed over."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def make_guide(db, django_user_model):
    def make(languages=("ar",), topics=("job",), city="dortmund", origin="SY", capacity=3, name=None, **extra):
        number = next(_numbers)
        user = django_user_model.objects.create_user(f"guide{number}", f"guide{number}@example.org", "pw-guide-123")
        return create_guide(
            user,
            display_name=name or f"Guide {number}",
            city=city,
            origin=origin,
            profession="Engineer",
            languages=list(languages),
            topics=list(topics),
            stories={languages[0]: f"Story {number}"},
            capacity=capacity,
            **extra,
        )

    return make


@pytest.fixture
def coordinator(db, django_user_model):
    user = django_user_model.objects.create_user("coord", "coord@example.org", "pw-coord-123")
    user.groups.add(Group.objects.get_or_create(name="Coordinators")[0])
    return user


REQUEST_DATA = {
    "name": "Layla",
    "email": "layla@example.com",
    "country": "SY",
    "city": "dortmund",
    "languages": ["ar"],
    "topics": ["job"],
    "planned_arrival": "3m",
    "message": "How do I get my engineering degree recognised?",
}


@pytest.fixture
def submit(committed):
    """Submits a request (state new); returns it with its confirmation token."""

    def run(guide=None, language="ar", **changes):
        request = committed(
            services.submit_request, {**REQUEST_DATA, **changes}, language, guide=guide, client_ip="10.0.0.1"
        )
        token = services.issue_link(request, PrivateLink.Purpose.CONFIRM)
        return request, token

    return run


@pytest.fixture
def confirmed(submit, committed):
    """A confirmed request and its conversation token."""

    def run(guide=None, **changes):
        _request, token = submit(guide=guide, **changes)
        request, conversation_token = committed(services.confirm_request, token)
        return ContactRequest.objects.get(pk=request.pk), conversation_token

    return run
