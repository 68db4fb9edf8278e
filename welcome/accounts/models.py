"""What happened to an account's second factor, and who did it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SecondFactorEvent(models.Model):
    """One audited event: a second factor set up, a recovery code used, a second factor reset."""

    class Action(models.TextChoices):
        SET_UP = "set_up", _("second factor set up")
        RECOVERY_CODE_USED = "recovery_code_used", _("recovery code used")
        RESET = "reset", _("second factor reset")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    username = models.CharField(_("account"), max_length=150)
    actor_name = models.CharField(_("done by"), max_length=150)
    action = models.CharField(_("event"), max_length=30, choices=Action.choices)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("second-factor event")
        verbose_name_plural = _("second-factor events")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.username}: {self.get_action_display()}"
