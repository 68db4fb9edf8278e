"""Forms of the guides app: what each form asks, and what it says when an answer is missing.

Error messages say what to do in plain words. Fields people write in get dir="auto",
so Arabic text in a German page runs the right way.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from welcome.core.region import city_label_choices
from welcome.core.widgets import LongSelect

from .models import ARRIVAL_CHOICES, TOPICS, Guide
from .spoken_languages import spoken_language_choices

TEXT = {"dir": "auto"}


def _required(message):
    return {"required": message}


def country_choices(empty_label):
    return [("", empty_label), *countries]


def city_field_choices(empty_label):
    return [("", empty_label), *city_label_choices()]


class HoneypotMixin(forms.Form):
    """A field people never see; a bot that fills it is told, like a person would be."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This field must stay empty. Please delete what is in it and send again."))
        return ""


class GuideFilterForm(forms.Form):
    """Filters on the list of guides (GET)."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    origin = forms.ChoiceField(label=_("Country of origin"), required=False)
    city = forms.ChoiceField(label=_("City in the Ruhr"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False, choices=[("", _("All topics")), *TOPICS])

    def __init__(self, *args, origins=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *spoken_language_choices()]
        self.fields["origin"].choices = [("", _("All countries")), *[(code, countries.name(code)) for code in origins]]
        self.fields["city"].choices = city_field_choices(_("All cities"))


class MatchForm(forms.Form):
    """ "Find me a guide": what matters to the newcomer."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        widget=forms.CheckboxSelectMultiple,
        error_messages=_required(_("Choose at least one language you speak.")),
    )
    topics = forms.MultipleChoiceField(
        label=_("What is your question about?"), choices=TOPICS, required=False, widget=forms.CheckboxSelectMultiple
    )
    city = forms.ChoiceField(label=_("Where in the Ruhr will you live?"), required=False)
    origin = forms.ChoiceField(label=_("Your country of origin"), required=False, widget=LongSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = spoken_language_choices()
        self.fields["city"].choices = city_field_choices(_("I do not know yet"))
        self.fields["origin"].choices = country_choices(_("I prefer not to say"))


class ContactForm(HoneypotMixin):
    """What a newcomer tells a guide: only what is needed to answer."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        widget=forms.TextInput(attrs={**TEXT, "autocomplete": "name"}),
        error_messages=_required(_("Enter your name, or the name you want the guide to use.")),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a link to confirm. The guide never sees your address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your e-mail address, like name@example.com."),
            "invalid": _("Enter an e-mail address in the right form, like name@example.com."),
        },
    )
    country = forms.ChoiceField(
        label=_("Country where you live now"),
        widget=LongSelect,
        error_messages=_required(_("Choose the country where you live now.")),
    )
    city = forms.ChoiceField(label=_("Where in the Ruhr will you live?"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages you can write in"),
        widget=forms.CheckboxSelectMultiple,
        error_messages=_required(_("Choose at least one language you can write in.")),
    )
    topics = forms.MultipleChoiceField(
        label=_("What is your question about?"), choices=TOPICS, required=False, widget=forms.CheckboxSelectMultiple
    )
    planned_arrival = forms.ChoiceField(
        label=_("When do you plan to come?"),
        choices=ARRIVAL_CHOICES,
        widget=forms.RadioSelect,
        error_messages=_required(_("Choose when you plan to come.")),
    )
    message = forms.CharField(
        label=_("Your question"),
        max_length=3000,
        widget=forms.Textarea(attrs={**TEXT, "rows": 8}),
        help_text=_("Write in one of the languages you chose. Please do not send documents or passport numbers."),
        error_messages={
            "required": _("Write your question to the guide."),
            "max_length": _("Your question is too long. Please shorten it to 3000 characters."),
        },
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that welcome.ruhr stores my request to pass it to a guide."),
        error_messages=_required(_("To send your question, please agree to the privacy notice.")),
    )

    field_order = [
        "name",
        "email",
        "country",
        "city",
        "languages",
        "topics",
        "planned_arrival",
        "message",
        "consent",
        "website",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices(_("Choose a country"))
        self.fields["city"].choices = city_field_choices(_("I do not know yet"))
        self.fields["languages"].choices = spoken_language_choices()


class NewLinkForm(HoneypotMixin):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        error_messages={
            "required": _("Enter your e-mail address, like name@example.com."),
            "invalid": _("Enter an e-mail address in the right form, like name@example.com."),
        },
    )


class GuideProfileForm(forms.Form):
    """What newcomers see of a guide: asked when they apply, editable by the guide afterwards."""

    display_name = forms.CharField(
        label=_("Name shown to newcomers"),
        max_length=80,
        widget=forms.TextInput(attrs=TEXT),
        help_text=_("Your first name is enough."),
        error_messages=_required(_("Enter the name newcomers will see.")),
    )
    city = forms.ChoiceField(
        label=_("Where in the Ruhr do you live?"),
        error_messages=_required(_("Choose the city or district where you live.")),
    )
    origin = forms.ChoiceField(
        label=_("Your country of origin"),
        widget=LongSelect,
        error_messages=_required(_("Choose the country you come from.")),
    )
    profession = forms.CharField(
        label=_("Your profession"),
        max_length=120,
        widget=forms.TextInput(attrs=TEXT),
        error_messages=_required(_("Enter your profession, for example nurse or software developer.")),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak well"),
        widget=forms.CheckboxSelectMultiple,
        error_messages=_required(_("Choose at least one language you speak well.")),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics you know about from experience"),
        choices=TOPICS,
        widget=forms.CheckboxSelectMultiple,
        error_messages=_required(_("Choose at least one topic.")),
    )
    story_language = forms.ChoiceField(label=_("Language of your story"))
    story = forms.CharField(
        label=_("Your story in a few sentences"),
        max_length=1500,
        widget=forms.Textarea(attrs={**TEXT, "rows": 6}),
        help_text=_("When did you come, what helped you, what can you help with?"),
        error_messages={
            "required": _("Write a few sentences about yourself."),
            "max_length": _("Please shorten your story to 1500 characters."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].choices = city_field_choices(_("Choose a city"))
        self.fields["origin"].choices = country_choices(_("Choose a country"))
        self.fields["languages"].choices = spoken_language_choices()
        self.fields["story_language"].choices = spoken_language_choices()

    def clean(self):
        data = super().clean()
        if data.get("story_language") and data.get("languages") and data["story_language"] not in data["languages"]:
            self.add_error("story_language", _("Write your story in one of the languages you speak."))
        return data


class ApplicationForm(HoneypotMixin, GuideProfileForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Newcomers never see it."),
        error_messages={
            "required": _("Enter your e-mail address, like name@example.com."),
            "invalid": _("Enter an e-mail address in the right form, like name@example.com."),
        },
    )
    code_of_conduct = forms.BooleanField(
        label=_("I accept the code of conduct for Welcome.Guides."),
        error_messages=_required(_("To become a guide, please accept the code of conduct.")),
    )

    field_order = [
        "website",
        "display_name",
        "email",
        "city",
        "origin",
        "profession",
        "languages",
        "topics",
        "story_language",
        "story",
        "code_of_conduct",
    ]


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={**TEXT, "rows": 6}),
        error_messages={
            "required": _("Write your message before sending it."),
            "max_length": _("Your message is too long. Please shorten it to 5000 characters."),
        },
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why can you not take this request?"),
        max_length=1000,
        widget=forms.Textarea(attrs={**TEXT, "rows": 3}),
        help_text=_("Only coordinators see this. We pass the request to another guide."),
        error_messages=_required(_("Write in a few words why you cannot take this request.")),
    )


class CloseForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary"),
        max_length=2000,
        widget=forms.Textarea(attrs={**TEXT, "rows": 3}),
        help_text=_("What was the question, and what helped? Only you and the coordinators see it."),
        error_messages=_required(_("Write a short summary before closing.")),
    )


class RatingForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Did the guide help you?"),
        choices=[("yes", _("Yes, it helped")), ("no", _("No, it did not help"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages=_required(_("Choose yes or no.")),
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), max_length=1000, required=False, widget=forms.Textarea(attrs={**TEXT, "rows": 3})
    )


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What happened?"),
        max_length=2000,
        widget=forms.Textarea(attrs={**TEXT, "rows": 3}),
        help_text=_("Coordinators read this and decide what to do."),
        error_messages=_required(_("Describe in a few words what happened.")),
    )


class DeleteRequestForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete my request and the whole conversation now."),
        error_messages=_required(_("Tick the box to confirm that you want to delete everything.")),
    )


class AvailabilityForm(forms.Form):
    capacity = forms.IntegerField(
        label=_("How many conversations can you have open at once?"),
        min_value=1,
        max_value=20,
        error_messages={
            "required": _("Enter a number from 1 to 20."),
            "min_value": _("Enter a number from 1 to 20."),
            "max_value": _("Enter a number from 1 to 20."),
            "invalid": _("Enter a number from 1 to 20."),
        },
    )
    accepting_requests = forms.BooleanField(label=_("I take new requests"), required=False)
    away_until = forms.DateField(
        label=_("Away until (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("While you are away, no new requests come to you."),
        error_messages={"invalid": _("Enter a date like 2026-12-31.")},
    )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages=_required(_("Enter your password to confirm.")),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This password is not correct. Please try again."))
        return password


# --- coordinators ------------------------------------------------------------------------


class ReassignForm(forms.Form):
    guide = forms.ModelChoiceField(
        label=_("Give the request to"),
        queryset=Guide.objects.active(),
        error_messages={"required": _("Choose a guide."), "invalid_choice": _("Choose a guide from the list.")},
    )
    note = forms.CharField(label=_("Note for the audit log (optional)"), required=False, max_length=500)


class GuideStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("State"), choices=Guide.Status.choices, error_messages=_required(_("Choose a state."))
    )
    note = forms.CharField(label=_("Note for the audit log (optional)"), required=False, max_length=500)


class ApplicationDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
        error_messages=_required(_("Choose approve or decline.")),
    )
    note = forms.CharField(
        label=_("Note (sent to the applicant when declining)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "decline" and not data.get("note", "").strip():
            self.add_error("note", _("Write a short, kind reason for the applicant."))
        return data


class BlockAddressForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address to block"),
        error_messages={
            "required": _("Enter the e-mail address to block."),
            "invalid": _("Enter an e-mail address in the right form, like name@example.com."),
        },
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=500, error_messages=_required(_("Write why you block this address."))
    )


class ResolveReportForm(forms.Form):
    resolution = forms.CharField(
        label=_("What did you decide?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=_required(_("Write what you decided, for the audit log.")),
    )
    block_newcomer = forms.BooleanField(label=_("Block the newcomer's e-mail address"), required=False)
    block_guide = forms.BooleanField(label=_("Deactivate the guide"), required=False)
