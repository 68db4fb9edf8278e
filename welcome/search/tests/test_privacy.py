"""Search never shows pages that are private (view restrictions), unpublished or in draft: tested at /<lang>/search/."""

import re

from wagtail.models import Page, PageViewRestriction

from welcome.content.models import content_pages


def _found(client, query, language="en"):
    """The titles of the results the search page lists."""
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return re.findall(r'class="card__title"><a href="[^"]*"[^>]*>([^<]*)</a>', html)


def _page(title):
    return content_pages().get(title=title).specific


def test_a_page_made_private_leaves_search_at_once_and_returns_when_public_again(site_content, client):
    page = _page("EU Blue Card")
    assert "EU Blue Card" in _found(client, "Blue Card")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert "EU Blue Card" not in _found(client, "Blue Card")
    restriction.delete()
    assert "EU Blue Card" in _found(client, "Blue Card")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.filter(page=page).delete()
    assert "EU Blue Card" in _found(client, "Blue Card")


def test_pages_below_a_private_section_leave_search_too(site_content, client):
    page = _page("EU Blue Card")
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    assert "EU Blue Card" not in _found(client, "Blue Card")


def test_an_unpublished_page_is_not_found(site_content, client):
    _page("EU Blue Card").unpublish()
    assert "EU Blue Card" not in _found(client, "Blue Card")


def test_a_draft_is_not_found_until_it_is_published(site_content, client):
    page = _page("EU Blue Card")
    page.title = "Quokka residence permit"
    revision = page.save_revision()
    assert "Quokka residence permit" not in _found(client, "Quokka residence")
    assert "EU Blue Card" in _found(client, "Blue Card")
    revision.publish()
    assert "Quokka residence permit" in _found(client, "Quokka residence")


def test_a_deleted_private_page_leaves_no_trace(site_content, client):
    page = _page("EU Blue Card")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    Page.objects.get(pk=page.pk).delete()
    assert "EU Blue Card" not in _found(client, "Blue Card")
