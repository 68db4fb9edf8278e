"""The building blocks editors use in page bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    publisher = blocks.CharBlock(label=_("Publisher"), required=False)
    url = blocks.URLBlock(label=_("Address (URL)"))

    class Meta:
        icon = "link"
        label = _("Official source")


class NoticeBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Important notice")
        template = "content/blocks/notice.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("What to do"))


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class ServiceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Name of the office or service"))
    url = blocks.URLBlock(label=_("Address (URL)"))
    description = blocks.CharBlock(label=_("What it does"), required=False)

    class Meta:
        icon = "site"
        label = _("Link to an office or official service")
        template = "content/blocks/service_link.html"


OPERATOR_PARTS = ("imprint", "controller", "processors")


class OperatorDetailsBlock(blocks.StructBlock):
    """The operator's details from the admin settings, kept once for every language."""

    def get_context(self, value, parent_context=None):
        from .operator import OperatorDetails

        context = super().get_context(value, parent_context=parent_context)
        context["entries"] = OperatorDetails.load().entries(value["part"])
        return context

    part = blocks.ChoiceBlock(
        choices=[
            ("imprint", _("Legal notice: provider, contact, register, responsibility")),
            ("controller", _("Privacy: controller and data protection officer")),
            ("processors", _("Privacy: processors and server logs")),
        ],
        label=_("Which details"),
    )

    class Meta:
        icon = "home"
        label = _("Operator details (from the settings)")
        template = "content/blocks/operator_details.html"


class AccessibilityFeedbackBlock(blocks.StaticBlock):
    """The electronic contact form BITV NRW § 5 asks for, on the accessibility statement."""

    def get_context(self, value, parent_context=None):
        from .forms import AccessibilityFeedbackForm

        context = super().get_context(value, parent_context=parent_context)
        context["form"] = AccessibilityFeedbackForm()
        return context

    class Meta:
        icon = "mail"
        label = _("Accessibility feedback form")
        admin_text = _("Shows the form readers use to report a barrier to the editors.")
        template = "content/blocks/accessibility_feedback.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="content/blocks/paragraph.html"
    )
    notice = NoticeBlock()
    steps = blocks.ListBlock(StepBlock(), label=_("Numbered steps"), template="content/blocks/steps.html")
    faq = blocks.ListBlock(QuestionBlock(), label=_("Questions and answers"), template="content/blocks/faq.html")
    service = ServiceLinkBlock()
    operator = OperatorDetailsBlock()
    feedback = AccessibilityFeedbackBlock()


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"))
    value = blocks.CharBlock(label=_("Value"))
