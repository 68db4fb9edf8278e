"""Page types: what the portal's content is, not how it is shown.

Every content page carries a plain-language summary, its official sources, the date it
was last reviewed and how often it must be reviewed again. Translations written without
a human review say so to readers until an editor ticks "reviewed by a person".
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from welcome.core.region import CITY_KIND_LABELS, DISTRICT, INDEPENDENT

from .blocks import BodyBlock, FactBlock, SourceBlock
from .permissions import StructurePermissionTester


class ReviewedPage(Page):
    """Fields and rules shared by every content page."""

    def permissions_for_user(self, user):
        return StructurePermissionTester(user, self)

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences: what the reader learns here. Shown in lists and search."),
    )
    sources = StreamField([("source", SourceBlock())], blank=True, verbose_name=_("official sources"))
    last_reviewed = models.DateField(_("last reviewed"), default=datetime.date.today)
    review_interval_days = models.PositiveSmallIntegerField(
        _("review every (days)"), default=365, help_text=_("Pages with rules or amounts: 180 days or less.")
    )
    reviewed_by_person = models.BooleanField(
        _("translation reviewed by a person"),
        default=False,
        help_text=_("Tick once a person has checked this translation. Until then readers see a notice."),
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("Open questions and unverified facts. Never shown to readers.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body"), FieldPanel("sources")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed"),
                FieldPanel("review_interval_days"),
                FieldPanel("reviewed_by_person"),
                FieldPanel("editor_note"),
            ],
            heading=_("Review"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def review_due(self):
        return self.last_reviewed + datetime.timedelta(days=self.review_interval_days)

    @property
    def is_review_overdue(self):
        return self.review_due < timezone.localdate()

    @property
    def is_source_language(self):
        return self.locale.language_code == settings.LANGUAGE_CODE

    @property
    def shows_unreviewed_notice(self):
        """Readers are told when a translation has not been checked by a person."""
        return not self.is_source_language and not self.reviewed_by_person

    def serve(self, request, *args, **kwargs):
        # Wagtail falls back to the German tree when a language has no home page yet;
        # readers of that language get the missing-translation notice instead.
        if self.locale.language_code != translation.get_language():
            from .views import missing_translation_response

            return missing_translation_response(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .translations import language_alternates

        context = super().get_context(request, *args, **kwargs)
        context["language_alternates"] = language_alternates(self)
        return context


class HomePage(ReviewedPage):
    subpage_types = ["content.SectionPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public().specific()
        return context


class SectionPage(ReviewedPage):
    """A topic's landing page: what the topic covers and where to read on."""

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage", "content.CityPage"]

    class Meta:
        verbose_name = _("section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


class ArticlePage(ReviewedPage):
    parent_page_types = ["content.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")


class CityPage(ReviewedPage):
    """One of the 11 independent cities or 4 districts of the Ruhr."""

    city_kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=[(INDEPENDENT, CITY_KIND_LABELS[INDEPENDENT]), (DISTRICT, CITY_KIND_LABELS[DISTRICT])],
    )
    facts = StreamField([("fact", FactBlock())], blank=True, verbose_name=_("facts"))
    welcome_office_title = models.CharField(_("welcome or foreigners' office"), max_length=200, blank=True)
    welcome_office_url = models.URLField(_("its website"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("city_kind"),
        FieldPanel("facts"),
        MultiFieldPanel(
            [FieldPanel("welcome_office_title"), FieldPanel("welcome_office_url")], heading=_("Local office")
        ),
        FieldPanel("body"),
        FieldPanel("sources"),
    ]
    search_fields = ReviewedPage.search_fields + [index.SearchField("facts")]
    parent_page_types = ["content.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("city or district")

    def get_context(self, request, *args, **kwargs):
        from wagtail import hooks

        context = super().get_context(request, *args, **kwargs)
        # Feature apps (offices, events, guides) add their own panels to city pages.
        context["city_panels"] = [
            panel for hook in hooks.get_hooks("city_page_panels") if (panel := hook(self, request))
        ]
        return context


CONTENT_PAGE_MODELS = (HomePage, SectionPage, ArticlePage, CityPage)


def content_pages():
    """Every reviewed content page, of any type, as specific instances."""
    return Page.objects.type(*CONTENT_PAGE_MODELS).specific()


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)
