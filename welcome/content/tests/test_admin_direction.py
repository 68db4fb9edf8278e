"""In the admin, text typed into any field takes its own direction, so Arabic runs right to left."""

import pytest
from django.contrib.auth.models import Group

from welcome.content.models import HomePage
from welcome.core.testing import log_in
from welcome.demo.loader.accounts import setup_roles

pytestmark = pytest.mark.django_db


def test_editing_an_arabic_page_loads_the_direction_script(client, site_content, django_user_model):
    setup_roles()
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    log_in(client, editor)
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    html = client.get(f"/admin/pages/{arabic_home.pk}/edit/").content.decode()
    assert 'src="/static/content/admin/text-direction.js"' in html
