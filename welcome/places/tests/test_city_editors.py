"""City editors edit the places of their own city in the admin, and only those."""

import pytest
from django.contrib.auth.models import Group

from welcome.core.testing import log_in
from welcome.demo.loader.accounts import setup_roles
from welcome.places.models import Place

pytestmark = pytest.mark.django_db

INDEX = "/admin/snippets/places/place/"


@pytest.fixture
def dortmund_editor(client, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_user("dortmund-editor", password="pw")
    user.groups.add(Group.objects.get(name="City editors: Dortmund"))
    log_in(client, user)
    return client


@pytest.fixture
def two_places(make_place):
    return make_place(city="dortmund", name="Dortmund office"), make_place(city="essen", name="Essen office")


def test_city_editor_lists_only_the_places_of_their_city(dortmund_editor, two_places):
    html = dortmund_editor.get(INDEX).content.decode()
    assert "Dortmund office" in html
    assert "Essen office" not in html


def test_city_editor_edits_a_place_of_their_city(dortmund_editor, two_places):
    dortmund, _essen = two_places
    response = dortmund_editor.get(f"{INDEX}edit/{dortmund.pk}/")
    assert response.status_code == 200


def test_city_editor_cannot_open_or_change_another_citys_place(dortmund_editor, two_places):
    _dortmund, essen = two_places
    assert dortmund_editor.get(f"{INDEX}edit/{essen.pk}/").status_code in (302, 403)
    dortmund_editor.post(f"{INDEX}edit/{essen.pk}/", {"name": "Taken over", "slug": essen.slug, "kind": "school"})
    assert Place.objects.get(pk=essen.pk).name == "Essen office"
    assert dortmund_editor.post(f"{INDEX}delete/{essen.pk}/").status_code in (302, 403)
    assert Place.objects.filter(pk=essen.pk).exists()


def test_editors_list_every_place(client, django_user_model, two_places):
    setup_roles()
    user = django_user_model.objects.create_user("editor", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    log_in(client, user)
    html = client.get(INDEX).content.decode()
    assert "Dortmund office" in html and "Essen office" in html


def test_saving_sources_in_the_admin_makes_the_place_verified(dortmund_editor, two_places):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    dortmund, _essen = two_places
    official = "https://www.dortmund.de/auslaenderwesen"
    sources = [
        {"fact": fact, "url": official, "checked_on": "2026-12-01", "ORDER": str(i)}
        for i, fact in enumerate(["address", "phone", "opening_hours"])
    ]
    data = nested_form_data(
        {
            "name": "Dortmund office",
            "slug": dortmund.slug,
            "kind": "foreigners_office",
            "city": "dortmund",
            "street_address": "Olpe 1",
            "postcode": "44135",
            "town": "Dortmund",
            "opening_hours": "Nur mit Termin.",
            "phone": "+49 231 50-27132",
            "sources": inline_formset(sources),
        }
    )
    response = dortmund_editor.post(f"{INDEX}edit/{dortmund.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    dortmund.refresh_from_db()
    assert dortmund.sources.count() == 3
    assert dortmund.verified and str(dortmund.verified_on) == "2026-12-01"
