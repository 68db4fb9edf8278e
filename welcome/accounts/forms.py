from django import forms
from django.utils.translation import gettext_lazy as _


class AppCodeForm(forms.Form):
    """The six digits the authenticator app shows."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("6 digits. A new code appears every 30 seconds."),
        max_length=20,
        error_messages={"required": _("Enter the 6-digit code from your authenticator app.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )


class RecoveryCodeForm(forms.Form):
    """One of the recovery codes shown when the app was set up; each works once."""

    recovery_code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("8 letters and digits, from the list you kept when you set up the app."),
        max_length=30,
        error_messages={"required": _("Enter one of your recovery codes.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}),
    )
