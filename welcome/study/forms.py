"""The finder's filter form: plain GET parameters, so a filtered list can be bookmarked and linked to."""

from django import forms
from django.utils.translation import gettext_lazy as _

from welcome.core.region import city_label_choices

from .models import Admission, Degree, Start, SubjectArea, University


class ProgrammeFilterForm(forms.Form):
    q = forms.CharField(label=_("Search programmes"), required=False, max_length=100)
    degree = forms.ChoiceField(label=_("Degree"), required=False)
    teaching_language = forms.ChoiceField(label=_("Language of instruction"), required=False)
    subject_area = forms.ChoiceField(label=_("Subject area"), required=False)
    university = forms.ChoiceField(label=_("University"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    start = forms.ChoiceField(label=_("Start"), required=False)
    admission = forms.ChoiceField(label=_("Admission"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs["type"] = "search"
        self.fields["degree"].choices = [("", _("All degrees")), *Degree.choices]
        self.fields["teaching_language"].choices = [
            ("", _("Any language")),
            ("de", _("German")),
            ("en", _("English")),
        ]
        self.fields["subject_area"].choices = [("", _("All subject areas")), *SubjectArea.choices]
        self.fields["university"].choices = [
            ("", _("All universities")),
            *University.objects.values_list("slug", "name"),
        ]
        self.fields["city"].choices = [("", _("All cities")), *city_label_choices()]
        self.fields["start"].choices = [
            ("", _("Any start")),
            (Start.WINTER, Start.WINTER.label),
            (Start.SUMMER, Start.SUMMER.label),
        ]
        self.fields["admission"].choices = [("", _("Any admission")), *Admission.choices]

    def filters(self):
        """The valid filters only: an unknown value is dropped and reported, never a failure."""
        self.is_valid()
        for name in self.errors:
            self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}_error"
        return {name: self.cleaned_data.get(name, "") for name in self.fields}
