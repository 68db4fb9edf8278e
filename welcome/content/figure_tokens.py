"""`{{figure:key}}` in rich text becomes the figure's amount in the reader's number format.

The token is plain text, so it survives the admin's rich-text editor and wagtail-localize's
segments untouched (an `<embed>` of a type the editor does not know would be dropped on the next
save). All figures are read in one query and kept in the cache until a figure changes, so a page
with figures costs no query once the cache is warm.
"""

from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .figures import TOKEN, Figure

CACHE_KEY = "content:figures:v1"


def figures_by_key():
    """Every figure by key, from the cache or one query."""
    figures = cache.get(CACHE_KEY)
    if figures is None:
        figures = {figure.key: figure for figure in Figure.objects.all()}
        cache.set(CACHE_KEY, figures, None)
    return figures


def forget_figures(**kwargs):
    cache.delete(CACHE_KEY)


def figure_text(figure, today=None):
    """The amount as plain text, with "figure for 2025" when it is not in force today."""
    year = figure.dated_year(today)
    if year is None:
        return str(figure.display)
    return f"{figure.display} ({gettext('figure for %(year)s') % {'year': year}})"


def _figure_html(figure):
    year = figure.dated_year()
    if year is None:
        return format_html('<span class="figure">{}</span>', figure.display)
    return format_html(
        '<span class="figure figure--dated">{} <span class="figure__year">({})</span></span>',
        figure.display,
        gettext("figure for %(year)s") % {"year": year},
    )


def render_figure_tokens(html):
    """Rendered rich text with each known token replaced; an unknown key stays visible for editors to see."""
    html = str(html)
    if "figure:" not in html or not TOKEN.search(html):
        return mark_safe(html)
    figures = figures_by_key()

    def replace(match):
        figure = figures.get(match.group(1))
        return _figure_html(figure) if figure else match.group(0)

    return mark_safe(TOKEN.sub(replace, html))
