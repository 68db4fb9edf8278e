"""Roles: editors, translators, administrators, city editors. The first administrator: create_admin."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from welcome.content.models import CityPage
from welcome.core.region import CITIES
from welcome.places.permissions import city_editors_group_name

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
ADMIN_ACCESS = ("wagtailadmin", "access_admin")


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_model(group, app_label, model_names, actions=("add", "change", "delete", "view")):
    for model in model_names:
        for action in actions:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            ).first()
            if permission:
                group.permissions.add(permission)


def setup_roles():
    """Editor, translator, administrator, and one group per city for the city's own editors.

    Coordinators and guides are the guides app's groups. Every run only adds what is missing.
    """
    root = Page.get_first_root_node()
    access = _permission(*ADMIN_ACCESS)

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(access)
    _grant_pages(editors, root, PAGE_PERMISSIONS)
    _grant_model(editors, "search", ["synonymgroup"])
    _grant_model(editors, "content", ["accessibilityfeedback", "figure"])
    _grant_model(editors, "content", ["operatordetails"], actions=("change", "view"))
    for app_label in ("places", "events", "pathfinder", "study"):
        for permission in Permission.objects.filter(content_type__app_label=app_label):
            editors.permissions.add(permission)
    for codename in ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"):
        for permission in Permission.objects.filter(codename=codename):
            editors.permissions.add(permission)

    translators, _ = Group.objects.get_or_create(name="Translators")
    translators.permissions.add(access)
    _grant_pages(translators, root, ("add_page", "change_page"))
    translators.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
    )
    # Translating a snippet edits its translated copy.
    _grant_model(translators, "study", ["programme"], ("change", "view"))
    _grant_model(translators, "places", ["placedescription"], ("change", "view"))
    _grant_model(translators, "pathfinder", ["steptext"], ("change", "view"))
    _grant_model(translators, "events", ["event"], ("change", "view"))

    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(access)
    _grant_pages(administrators, root, PAGE_PERMISSIONS + ("bulk_delete_page",))

    for slug, name, _kind in CITIES:
        setup_city_editors(slug, name)


def setup_city_editors(slug, name):
    """The city's own editors may edit its city page in every language and its places, and nothing else.

    The places permissions cover only the city's own places and their descriptions
    (welcome.places.permissions).
    """
    group, _ = Group.objects.get_or_create(name=city_editors_group_name(name))
    group.permissions.add(_permission(*ADMIN_ACCESS))
    _grant_model(group, "places", ["place"], actions=("change", "view"))
    _grant_model(group, "places", ["placedescription"], actions=("add", "change", "view"))
    for page in CityPage.objects.filter(slug=slug):
        _grant_pages(group, page, ("change_page", "publish_page"))
    return group
