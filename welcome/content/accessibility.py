"""Readers' reports of barriers: the electronic contact form BITV NRW § 5 asks for."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessibilityFeedback(models.Model):
    message = models.TextField(_("message"), max_length=5000)
    email = models.EmailField(_("e-mail address for a reply"), blank=True)
    page_url = models.CharField(_("page it is about"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")

    def __str__(self):
        return self.message[:60]
