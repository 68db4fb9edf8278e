"""Figures: one amount, written once, shown on every page that names it, in every language."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from welcome.content.figure_seed import load_figures
from welcome.content.figure_tokens import figure_text, render_figure_tokens
from welcome.content.figures import Figure
from welcome.content.review import outdated_translations
from welcome.core.testing import log_in
from welcome.demo.loader.accounts import setup_city_editors, setup_roles
from welcome.demo.loader.files import ContentFileError, read_content
from welcome.demo.loader.pages import check_links

TODAY = datetime.date.today()
# The pages of the test content that name {{figure:blue-card}}: the article in three languages, the Arabic home.
PAGES = {"de": "/de/work/blue-card/", "en": "/en/work/blue-card/", "uk": "/uk/work/blue-card/", "ar": "/ar/"}


def _in_force(key="blue-card", **changes):
    """The figure, valid for this whole year (the seed's dates would make these tests depend on the year)."""
    figure = Figure.objects.get(key=key)
    figure.valid_from = datetime.date(TODAY.year, 1, 1)
    figure.valid_to = datetime.date(TODAY.year, 12, 31)
    for name, value in changes.items():
        setattr(figure, name, value)
    figure.save()
    return figure


@pytest.fixture
def editor(site_content, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_user("figure-editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_the_content_load_creates_the_figures_of_figures_yaml(site_content):
    blue_card = Figure.objects.get(key="blue-card")
    assert blue_card.value == Decimal("50700.00") and blue_card.per == Figure.Per.YEAR
    assert blue_card.legal_basis.startswith("§ 18g")
    # The law states the rule, not the amount: an amount without an official page that states it is unchecked.
    assert "gesetze-im-internet.de" not in blue_card.source_url and not blue_card.is_checked
    assert Figure.objects.get(key="zab-statement-first").is_checked


def test_loading_again_keeps_what_editors_changed(site_content):
    _in_force(value=Decimal("52000"))
    assert load_figures() == 0
    assert Figure.objects.get(key="blue-card").value == Decimal("52000")


@pytest.mark.parametrize(
    ("language", "shown"),
    [("de", "50.700 €"), ("en", "EUR 50,700"), ("ar", "50700 يورو"), ("uk", "50\xa0700 євро")],
)
def test_a_page_shows_the_figure_in_the_readers_number_format(client, site_content, language, shown):
    _in_force()
    html = client.get(PAGES[language]).content.decode()
    assert f'<span class="figure">{shown}</span>' in html
    assert "{{figure:" not in html


def test_cents_are_shown_when_the_amount_has_them(site_content):
    figure = Figure(key="x", label="x", value=Decimal("45934.20"))
    with translation.override("de"):
        assert figure_text(figure) == "45.934,20 €"
    with translation.override("en"):
        assert figure_text(figure) == "EUR 45,934.20"


def test_changing_a_figure_changes_every_language_without_a_new_translation(
    site_content, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAIL_CACHE = True  # the page cache must forget pages that show the old amount
    figure = _in_force()
    # A reader without cookies each time: pages vary on cookies.
    Client().get(PAGES["de"])
    assert Client().get(PAGES["de"])["X-Wagtail-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        figure.value = Decimal("52000")
        figure.save()
    shown = {"de": "52.000 €", "en": "EUR 52,000", "uk": "52\xa0000 євро", "ar": "52000 يورو"}
    for language, path in PAGES.items():
        assert shown[language] in Client().get(path).content.decode(), language
    # No page was edited: no translation fell behind its source.
    assert outdated_translations() == []


def test_a_figure_past_its_end_says_which_year_it_was_set_for(client, site_content):
    _in_force(valid_from=datetime.date(2025, 1, 1), valid_to=datetime.date(2025, 12, 31))
    german = client.get(PAGES["de"]).content.decode()
    assert '50.700 € <span class="figure__year">(Betrag für 2025)</span>' in german
    english = client.get(PAGES["en"]).content.decode()
    assert '<span class="figure figure--dated">EUR 50,700 <span class="figure__year">(figure for 2025)' in english


def test_a_figure_not_yet_in_force_says_the_year_it_starts(site_content):
    figure = Figure(key="x", label="x", value=Decimal("14.60"), valid_from=datetime.date(TODAY.year + 1, 1, 1))
    with translation.override("en"):
        assert figure_text(figure) == f"EUR 14.60 (figure for {TODAY.year + 1})"


def test_an_unknown_key_stays_visible_and_text_stays_escaped(site_content):
    assert str(render_figure_tokens("<p>{{figure:no-such}}</p>")) == "<p>{{figure:no-such}}</p>"
    from welcome.content.templatetags.figure_tags import figures

    with translation.override("de"):
        assert str(figures("<b> {{figure:zab-statement-first}}")) == '&lt;b&gt; <span class="figure">200 €</span>'


def test_the_figures_are_read_in_one_query_then_from_the_cache(site_content, django_assert_num_queries):
    cache.clear()
    with django_assert_num_queries(1):
        render_figure_tokens("{{figure:blue-card}} and {{figure:blue-card-shortage}}")
    with django_assert_num_queries(0):
        render_figure_tokens("{{figure:blue-card}}")
        render_figure_tokens("<p>No figure here.</p>")


def test_the_loader_refuses_a_token_for_an_unknown_figure(tmp_path):
    (tmp_path / "work").mkdir()
    page = (
        "---\ntitle: T\nsummary: S\nreviewed: 2026-11-24\nsources:\n  - title: S\n    url: https://example.org/\n---\n"
    )
    (tmp_path / "work" / "_index.de.md").write_text(page + "Mindestens {{figure:blue-crad}}.\n", encoding="utf-8")
    with pytest.raises(ContentFileError, match="blue-crad"):
        check_links(read_content(tmp_path))


def test_the_usage_listing_names_every_page_and_path_check_step_that_uses_the_figure(client, editor):
    figure = Figure.objects.get(key="blue-card")
    log_in(client, editor)
    html = client.get(f"/admin/snippets/content/figure/usage/{figure.pk}/").content.decode()
    for title in ("Blaue Karte EU", "EU Blue Card", "Блакитна карта ЄС", "أهلاً بك في منطقة الرور"):
        assert title in html
    # The path check's Blue Card route compares the salary with it (the admin speaks German).
    assert "route-blue-card" in html and "Schritt des Weg-Checks" in html
    edit = client.get(f"/admin/snippets/content/figure/edit/{figure.pk}/").content.decode()
    assert f"/admin/snippets/content/figure/usage/{figure.pk}/" in edit


def test_a_city_editor_does_not_reach_the_figures(client, site_content, django_user_model):
    city_editor = django_user_model.objects.create_user("dortmund-editor", "d@example.org", "pw")
    city_editor.groups.add(setup_city_editors("dortmund", "Dortmund"))
    log_in(client, city_editor)
    figure = Figure.objects.get(key="blue-card")
    assert client.get(f"/admin/snippets/content/figure/usage/{figure.pk}/").status_code == 302


def test_the_review_report_lists_figures_past_their_end_or_unchecked(client, editor):
    for figure in Figure.objects.all():
        _in_force(figure.key, checked_on=TODAY, source_url="https://www.example.org/amount")
    log_in(client, editor)
    assert "Zu prüfende Beträge" not in client.get("/admin/reports/content-review/").content.decode()

    _in_force("minimum-wage", valid_from=datetime.date(2025, 1, 1), valid_to=datetime.date(2025, 12, 31))
    _in_force("deutschlandticket", checked_on=None)
    html = client.get("/admin/reports/content-review/").content.decode()
    assert "Zu prüfende Beträge (2)" in html
    assert "Statutory minimum wage" in html and "Deutschlandticket" in html
    assert "Enddatum überschritten" in html and "Noch nicht mit einer amtlichen Seite abgeglichen" in html
