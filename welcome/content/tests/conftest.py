"""Fixtures of the content app's tests."""

import pytest


@pytest.fixture
def home_outside_every_site(site_content):
    """The default site's root moved to a new page: the loaded home pages and their sections are
    then under no site's root and have no address (as serialized_rollback can leave Wagtail's own)."""
    from wagtail.models import Page, Site

    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.objects.get(depth=1).add_child(title="Elsewhere", slug="elsewhere")
    site.save()
    return site
