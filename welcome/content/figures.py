"""Figures: legal and practical amounts as data, written once and inserted into texts by reference.

An amount such as the EU Blue Card salary, the minimum wage or a fee is one Figure with its
validity, its legal basis and the official page that states it. Page texts and the path check's
texts name it by key (`{{figure:blue-card}}` in rich text, see figure_tokens.py), so a new amount
changes every page in every language at once, without a new translation.
"""

import re

from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

KEY_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
TOKEN = re.compile(r"\{\{\s*figure:(" + KEY_PATTERN + r")\s*\}\}")


def euros(amount):
    """An amount as the reader writes it: "50.700 €" in German, "EUR 50,700" in English."""
    decimals = 0 if amount == amount.to_integral_value() else 2
    return pgettext_lazy("amount in euros", "EUR %(number)s") % {
        "number": number_format(amount, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    }


class Figure(models.Model):
    """One amount, with the period it is valid for, its legal basis and who checked it where."""

    class Unit(models.TextChoices):
        EUR = "EUR", _("euros")

    class Per(models.TextChoices):
        ONCE = "once", _("once")
        YEAR = "year", _("a year")
        MONTH = "month", _("a month")
        HOUR = "hour", _("an hour")

    key = models.SlugField(
        _("key"), max_length=60, unique=True, help_text=_("Texts name it as {{figure:key}}; the path check as {key}.")
    )
    label = models.CharField(_("name"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.EUR)
    per = models.CharField(_("per"), max_length=10, choices=Per.choices, default=Per.ONCE)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Empty while no end is announced.")
    )
    legal_basis = models.CharField(
        _("legal basis"), max_length=200, blank=True, help_text=_("The rule, for example § 18g Abs. 1 AufenthG.")
    )
    source_url = models.URLField(
        _("official source of the amount"),
        max_length=500,
        blank=True,
        help_text=_("The official page that states this amount (a law that only states the rule is the legal basis)."),
    )
    checked_on = models.DateField(
        _("checked on"),
        null=True,
        blank=True,
        help_text=_("When a person last compared the value with the official source. Empty: not yet checked."),
    )
    checked_by = models.CharField(_("checked by"), max_length=100, blank=True)
    editor_note = models.TextField(_("note for editors"), blank=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self):
        return f"{self.label}: {self.value} {self.unit}"

    @property
    def token(self):
        """How page texts name the figure."""
        return f"{{{{figure:{self.key}}}}}"

    @property
    def display(self):
        """The amount in the reader's number format and language."""
        return euros(self.value)

    def is_in_force(self, today=None):
        today = today or timezone.localdate()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_to is None or today <= self.valid_to
        )

    def is_expired(self, today=None):
        return self.valid_to is not None and self.valid_to < (today or timezone.localdate())

    @property
    def is_checked(self):
        """A person compared the value with an official page that states it."""
        return self.checked_on is not None and bool(self.source_url)

    def dated_year(self, today=None):
        """The year readers must be told because the figure is not in force today; None when it is."""
        today = today or timezone.localdate()
        if self.is_in_force(today):
            return None
        if self.valid_from and self.valid_from > today:
            return self.valid_from.year
        return self.valid_to.year

    @property
    def year(self):
        """The year the figure is set for, when it is set for one (shown beside the path check's amounts)."""
        if self.valid_from and self.valid_to and self.valid_from.year == self.valid_to.year:
            return self.valid_from.year
        return None

    def needs_review(self, today=None):
        return self.is_expired(today) or not self.is_checked


def figures_to_review(today=None):
    """Figures past their end date or not checked against an official page: the review report and its mail."""
    return [figure for figure in Figure.objects.order_by("key") if figure.needs_review(today)]
