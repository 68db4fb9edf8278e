"""Page types: what the portal's content is, not how it is shown.

Every content page carries a plain-language summary, its official sources, the date it
was last reviewed and how often it must be reviewed again. Translations written without
a human review say so to readers until an editor ticks "reviewed by a person".
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, Q, Subquery, Window
from django.http import Http404
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

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
    def language_code(self):
        return language_of(self.locale_id)

    @property
    def is_source_language(self):
        return self.language_code == settings.LANGUAGE_CODE

    @property
    def shows_unreviewed_notice(self):
        """Readers are told when a translation has not been checked by a person."""
        return not self.is_source_language and not self.reviewed_by_person

    def serve(self, request, *args, **kwargs):
        # Wagtail falls back to the German tree when a language has no home page yet;
        # readers of that language get the missing-translation notice instead.
        if self.language_code != translation.get_language():
            from .views import missing_translation_response

            return missing_translation_response(request, self)
        from .rich_text import page_links_resolved

        # The links of the whole page are resolved together while it renders.
        with page_links_resolved(self.rich_text_fields(), request):
            response = super().serve(request, *args, **kwargs)
            response.render()
        if self.has_form:
            # The form carries this reader's CSRF token: no shared cache may keep the page.
            add_never_cache_headers(response)
        return response

    @property
    def has_form(self):
        # From the stored blocks: asking each block object would build the whole body first.
        return any(block["type"] == "feedback" for block in self.body.raw_data)

    def rich_text_fields(self):
        return [self.body]

    @cached_property
    def breadcrumb_trail(self):
        """The page's ancestors from the home page on (the home page's route fills it in)."""
        return list(self.get_ancestors().filter(depth__gte=2))

    @cached_property
    def live_translations(self):
        """The page and its live translations (the home page's route fills them in)."""
        return list(self.get_translations(inclusive=True).live().select_related("locale"))

    @cached_property
    def restricted_paths(self):
        """Where view restrictions apply on the whole site, read once per request (usually none)."""
        return tuple(restriction.page.path for restriction in self.site_view_restrictions)

    @cached_property
    def site_view_restrictions(self):
        return list(PageViewRestriction.objects.select_related("page"))

    def public_only(self, pages):
        """Like Wagtail's .public(), from the restrictions already read for this request."""
        return [page for page in pages if not page.path.startswith(self.restricted_paths)]

    def get_view_restrictions(self):
        """Wagtail's answer, from one read of all restrictions instead of two queries per page.

        Usually none apply, and an empty queryset costs no query when Wagtail checks it.
        """
        if self.alias_of_id:
            return super().get_view_restrictions()
        ids = [item.pk for item in self.site_view_restrictions if self.path.startswith(item.page.path)]
        return PageViewRestriction.objects.filter(pk__in=ids) if ids else PageViewRestriction.objects.none()

    def get_context(self, request, *args, **kwargs):
        from .translations import language_alternates

        context = super().get_context(request, *args, **kwargs)
        context["language_alternates"] = language_alternates(self, request)
        return context


class HomePage(ReviewedPage):
    subpage_types = ["content.SectionPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.public_only(SectionPage.objects.child_of(self).live().specific())
        return context

    def route(self, request, path_components):
        """The page at the end of the path, its ancestors and its translations in one query.

        Wagtail asks twice per level of the path. Our page types route by slug alone, so the page
        whose url_path is the whole path is the one Wagtail would find; as in Wagtail, only that
        page has to be live.
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/" for depth in range(1, len(path_components) + 1)
        ]
        on_path = Q(url_path__in=prefixes, path__startswith=self.path)
        # One page at most (slugs are unique among siblings); "= (subquery)" lets both engines read
        # the translations through the translation_key index instead of every page row.
        at_path = Page.objects.filter(url_path=prefixes[-1], path__startswith=self.path).order_by()
        target_key = at_path.values("translation_key")[:1]
        rows = list(
            Page.objects.filter(on_path | Q(translation_key=Subquery(target_key), live=True)).select_related("locale")
        )
        found = {page.url_path: page for page in rows if page.path.startswith(self.path) and page.url_path in prefixes}
        target = found.get(prefixes[-1])
        if target is None or not target.live or len(found) != len(prefixes):
            raise Http404
        page = target.specific
        page.breadcrumb_trail = [self, *(found[prefix] for prefix in prefixes[:-1])]
        page.live_translations = [row for row in rows if row.translation_key == target.translation_key and row.live]
        return RouteResult(page)


class SectionPage(ReviewedPage):
    """A topic's landing page: what the topic covers and where to read on."""

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage", "content.CityPage"]

    class Meta:
        verbose_name = _("section")

    children_per_page = 20

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        number = request.GET.get("page", "1")
        number = int(number) if number.isdigit() and int(number) > 0 else 1
        children, total = self.children_page(number)
        if number > 1 and not children:
            raise Http404
        context["children"] = children
        context["pagination"] = {
            "previous": number - 1 if number > 1 else None,
            "next": number + 1 if number * self.children_per_page < total else None,
        }
        return context

    def children_page(self, number):
        """One page of the live, public children and how many there are, in one query (a window count)."""
        start = (number - 1) * self.children_per_page
        children = self.get_children().live().annotate(total=Window(Count("pk")))
        for path in self.restricted_paths:
            children = children.exclude(path__startswith=path)
        children = list(children.order_by("path").specific()[start : start + self.children_per_page])
        return children, (children[0].total if children else 0)


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


_language_by_locale_id = {}


def language_of(locale_id):
    """A locale's language code, read once per process (locales change only with the settings)."""
    if locale_id not in _language_by_locale_id:
        _language_by_locale_id.update(Locale.objects.values_list("id", "language_code"))
    return _language_by_locale_id[locale_id]


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


# Registered with the app here; defined in their own modules.
from .accessibility import AccessibilityFeedback  # noqa: E402, F401
from .figures import Figure  # noqa: E402, F401
from .operator import OperatorDetails  # noqa: E402, F401
