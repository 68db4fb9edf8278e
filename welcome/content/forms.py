from django import forms
from django.utils.translation import gettext_lazy as _


class AccessibilityFeedbackForm(forms.Form):
    message = forms.CharField(
        label=_("What is the barrier, or what do you need?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={"required": _("Please describe the barrier or what you need.")},
    )
    page = forms.CharField(
        label=_("The page it is about (optional)"),
        help_text=_("Its address or its title."),
        max_length=500,
        required=False,
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        help_text=_("Only if you would like a reply."),
        required=False,
        error_messages={"invalid": _("Please check the e-mail address, for example name@example.org.")},
    )
    # Left empty by people; programs that fill in every field give themselves away.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
