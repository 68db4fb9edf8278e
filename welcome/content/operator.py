"""The operator's details: kept once by editors, shown in the legal notice and the privacy statement.

Nothing here has a default: the partners supply every value, and an empty field is shown to
readers as "not yet published" and listed on the editors' review report until it is filled in.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="home")
class OperatorDetails(BaseGenericSetting):
    operator_name = models.CharField(_("operator name"), max_length=200, blank=True)
    legal_form = models.CharField(_("legal form"), max_length=200, blank=True)
    address = models.TextField(_("postal address"), blank=True, help_text=_("A street address, not a PO box."))
    represented_by = models.CharField(_("represented by"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    register = models.CharField(
        _("register and number"),
        max_length=200,
        blank=True,
        help_text=_("For example the commercial register and its number."),
    )
    vat_id = models.CharField(_("VAT identification number"), max_length=50, blank=True)
    content_responsible = models.TextField(
        _("responsible for the content"), blank=True, help_text=_("Name and address of the person responsible.")
    )
    data_protection_officer = models.TextField(
        _("data protection officer"), blank=True, help_text=_("How to reach the data protection officer.")
    )
    processors = models.TextField(
        _("processors"), blank=True, help_text=_("Who hosts the portal and sends its e-mail on the operator's behalf.")
    )
    server_logs = models.TextField(
        _("server access logs"),
        blank=True,
        help_text=_("Whether the web server or a proxy keeps access logs, what they contain and for how long."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("operator_name"),
                FieldPanel("legal_form"),
                FieldPanel("address"),
                FieldPanel("represented_by"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("register"),
                FieldPanel("vat_id"),
                FieldPanel("content_responsible"),
            ],
            heading=_("Legal notice"),
        ),
        MultiFieldPanel(
            [FieldPanel("data_protection_officer"), FieldPanel("processors"), FieldPanel("server_logs")],
            heading=_("Privacy statement"),
        ),
    ]

    # Which fields each part of the :::operator block shows (welcome.content.blocks.OPERATOR_PARTS).
    PARTS = {
        "imprint": (
            "operator_name",
            "legal_form",
            "address",
            "represented_by",
            "email",
            "phone",
            "register",
            "vat_id",
            "content_responsible",
        ),
        "controller": ("operator_name", "address", "email", "phone", "data_protection_officer"),
        "processors": ("processors", "server_logs"),
    }

    class Meta:
        verbose_name = _("Operator details")

    def entries(self, part):
        """(label, value) for each field of one part; the value is "" where nothing is published."""
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in self.PARTS[part]]

    def missing(self):
        """Labels of the fields still empty, in the order editors see them."""
        names = dict.fromkeys(name for fields in self.PARTS.values() for name in fields)
        return [self._meta.get_field(name).verbose_name for name in names if not getattr(self, name).strip()]
