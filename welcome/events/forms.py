"""The calendar's filter form: plain GET parameters, so a filtered list can be bookmarked and shared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from welcome.core.region import city_label_choices
from welcome.places.languages import offered_language_choices


class EventFilterForm(forms.Form):
    city = forms.ChoiceField(label=_("City or district"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)

    def __init__(self, *args, months=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].choices = [("", _("All cities and districts")), *city_label_choices()]
        self.fields["language"].choices = [("", _("All languages")), *offered_language_choices()]
        self.fields["month"].choices = [("", _("All months")), *months]

    def filters(self):
        """The valid filters only: an unknown value is dropped and reported, never a failure."""
        self.is_valid()
        for name in self.errors:
            self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}_error"
        return {name: self.cleaned_data.get(name, "") for name in self.fields}
