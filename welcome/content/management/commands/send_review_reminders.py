from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from wagtail import hooks

from welcome.content.figures import figures_to_review
from welcome.content.review import outdated_snippet_translations, outdated_translations, pages_due_for_review
from welcome.content.services import EDITORS


class Command(BaseCommand):
    help = (
        "E-mails the editors pages past their review date, translations behind their source (pages and "
        "snippets), figures to check and what other apps list (the operator's details, study programmes), "
        "with a link to the review report (run weekly)."
    )

    def handle(self, *args, **options):
        due, outdated = pages_due_for_review(), outdated_translations()
        snippets = outdated_snippet_translations()
        figures = figures_to_review()
        others = [line for hook in hooks.get_hooks("review_reminder_lines") for line in hook()]
        if not (due or outdated or snippets or figures or others):
            self.stdout.write("Nothing to review.")
            return
        lines = [
            f"- {page.title} ({page.locale.language_code}): review was due {page.review_due:%Y-%m-%d}" for page in due
        ]
        lines += [f"- {item.page.title} ({item.page.locale.language_code}): source changed" for item in outdated]
        lines += [
            f"- {item.source.object_repr} ({item.target_locale.language_code}): source changed" for item in snippets
        ]
        lines += [
            f"- figure {figure.label}: {'past its end date' if figure.is_expired() else 'not checked on an official page'}"
            for figure in figures
        ]
        lines += others
        body = (
            f"{len(due)} pages are past their review date, {len(outdated) + len(snippets)} translations are behind"
            f" their source and {len(figures)} figures need checking.\n\n"
            + "\n".join(lines)
            + f"\n\nThe full list: {settings.WAGTAILADMIN_BASE_URL}/admin/reports/content-review/\n"
        )
        editors = get_user_model().objects.filter(groups__name=EDITORS, is_active=True).exclude(email="")
        recipients = sorted({user.email for user in editors})
        if recipients:
            send_mail("welcome.ruhr: content to review", body, None, recipients)
        self.stdout.write(
            f"Reminder sent to {len(recipients)} editors: {len(due)} due, {len(outdated) + len(snippets)} outdated,"
            f" {len(figures)} figures."
        )
