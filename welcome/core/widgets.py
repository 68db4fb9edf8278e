"""A widget for choice lists too long for Django's own select template.

Django renders every option through two more templates of its own (the option, then its
attributes). For the 250 countries that was 17 ms of a 55 ms page; this template writes the
options in one loop, with the same markup. (Checkbox lists are written option by option by
includes/forms/field.html, so they need no widget of their own.)
"""

from django import forms


class LongSelect(forms.Select):
    """A select with many options, such as every country."""

    template_name = "core/widgets/long_select.html"
