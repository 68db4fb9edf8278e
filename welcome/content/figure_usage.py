"""Where a figure is used: the pages whose text names it, and what feature apps report (path check steps).

Wagtail's reference index does not see a token inside text, so the pages are found by reading their
rich text. Feature apps add their own uses with the hook `figure_usage`: a function of the figure
that returns a list of FigureUse.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .figures import TOKEN
from .models import CONTENT_PAGE_MODELS


@dataclass
class FigureUse:
    label: str
    kind: str
    language: str
    edit_url: str


def figure_keys_in(page):
    """The keys of the figures a page's text names."""
    return set(TOKEN.findall(" ".join(str(field.raw_data) for field in page.rich_text_fields())))


def pages_using(figure):
    """Every content page whose text names the figure: translations side by side, German first."""
    pages = [
        page
        for model in CONTENT_PAGE_MODELS
        for page in model.objects.select_related("locale")
        if figure.key in figure_keys_in(page)
    ]
    # Slugs are the same in every language: the url_path below the home page pairs the translations.
    return sorted(pages, key=lambda page: (page.url_path.split("/", 2)[-1], page.locale.language_code != "de"))


def figure_uses(figure):
    """Every use of the figure, for its usage listing in the admin."""
    uses = [
        FigureUse(
            page.title,
            str(_("Page")),
            page.locale.get_display_name(),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
        )
        for page in pages_using(figure)
    ]
    return uses + [use for hook in hooks.get_hooks("figure_usage") for use in hook(figure)]
