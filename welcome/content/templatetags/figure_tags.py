from django import template
from django.utils.html import conditional_escape

from ..figure_tokens import render_figure_tokens

register = template.Library()


@register.filter
def figures(text):
    """Text with its {{figure:key}} tokens shown as amounts: `{{ value|richtext|figures }}`, `{{ title|figures }}`.

    Plain text is escaped first, so only the rendered amounts are markup.
    """
    return render_figure_tokens(conditional_escape(text))
