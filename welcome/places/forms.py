"""The directory's filter form: plain GET parameters, so every filtered list has its own address."""

from django import forms
from django.utils.translation import gettext_lazy as _

from welcome.core.region import city_label_choices

from .models import REGION_WIDE, PlaceKind


def _city_choices():
    return [
        ("", _("All cities and districts")),
        *city_label_choices(),
        (REGION_WIDE, _("For the whole region or all of Germany")),
    ]


class PlaceFilterForm(forms.Form):
    city = forms.ChoiceField(label=_("City or district"), choices=_city_choices, required=False)
    kind = forms.ChoiceField(
        label=_("Kind of office or service"), choices=[("", _("All kinds")), *PlaceKind.choices], required=False
    )

    def filters(self):
        """The valid filters only: a value we do not know is dropped (and reported), never a failure."""
        self.is_valid()
        for name in self.errors:
            self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}_error"
        return {name: self.cleaned_data.get(name, "") for name in self.fields}
