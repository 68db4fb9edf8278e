from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from welcome.content.models import ArticlePage, CityPage
from welcome.core.testing import log_in
from welcome.demo.loader.accounts import setup_roles


def _user_in(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", "").replace(":", ""), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_city_editors_edit_their_city_in_every_language_and_nothing_else(site_content, django_user_model):
    setup_roles()
    editor = _user_in(django_user_model, "City editors: Dortmund")
    dortmund = CityPage.objects.get(slug="dortmund", locale__language_code="de")
    article = ArticlePage.objects.get(slug="blue-card", locale__language_code="de")
    assert dortmund.permissions_for_user(editor).can_edit()
    assert dortmund.permissions_for_user(editor).can_publish()
    assert not article.permissions_for_user(editor).can_edit()
    assert not dortmund.get_parent().permissions_for_user(editor).can_edit()
    editable = page_permission_policy.instances_user_has_permission_for(editor, "change")
    assert set(editable.values_list("slug", flat=True)) == {"dortmund"}


def test_editors_edit_and_publish_every_page_translators_only_edit(site_content, django_user_model):
    setup_roles()
    editor = _user_in(django_user_model, "Editors")
    translator = _user_in(django_user_model, "Translators")
    article = ArticlePage.objects.get(slug="blue-card", locale__language_code="en")
    assert article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(translator).can_edit()
    assert not article.permissions_for_user(translator).can_publish()
    assert editor.has_perm("wagtailadmin.access_admin") and translator.has_perm("wagtailadmin.access_admin")


def test_roles_can_be_set_up_again_without_duplicates(site_content):
    setup_roles()
    setup_roles()
    assert Group.objects.filter(name="Editors").count() == 1
    assert Page.objects.count() == len(site_content.created) + 1


def test_city_editors_cannot_delete_or_move_their_city_page_in_the_admin(site_content, client, django_user_model):
    setup_roles()
    editor = _user_in(django_user_model, "City editors: Dortmund")
    log_in(client, editor)
    dortmund = CityPage.objects.get(slug="dortmund", locale__language_code="de")
    assert client.get(f"/admin/pages/{dortmund.pk}/edit/").status_code == 200
    for action in ("delete", "move"):
        response = client.get(f"/admin/pages/{dortmund.pk}/{action}/")
        assert response.status_code in (302, 403), action
        assert response.status_code == 403 or "/admin/" in response["Location"]
    client.post(f"/admin/pages/{dortmund.pk}/delete/")
    client.post(f"/admin/pages/{dortmund.pk}/move/{dortmund.get_parent().get_parent().pk}/confirm/")
    dortmund.refresh_from_db()
    assert CityPage.objects.filter(pk=dortmund.pk).exists() and dortmund.get_parent().slug != ""
    assert not dortmund.permissions_for_user(editor).can_delete()
    assert not dortmund.permissions_for_user(editor).can_move()


def test_editors_still_delete_and_move_pages_in_the_admin(site_content, client, django_user_model):
    setup_roles()
    editor = _user_in(django_user_model, "Editors")
    log_in(client, editor)
    dortmund = CityPage.objects.get(slug="dortmund", locale__language_code="de")
    assert client.get(f"/admin/pages/{dortmund.pk}/delete/").status_code == 200
    assert client.get(f"/admin/pages/{dortmund.pk}/move/").status_code == 200


def test_translators_may_change_the_translated_copies_of_every_translatable_snippet(site_content, django_user_model):
    setup_roles()
    translator = _user_in(django_user_model, "Translators")
    for permission in ("places.change_placedescription", "events.change_event", "pathfinder.change_steptext"):
        assert translator.has_perm(permission), permission
    assert not translator.has_perm("places.change_place")  # the facts stay with editors
