from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand

from welcome.content.review import outdated_translations, pages_due_for_review


class Command(BaseCommand):
    help = "E-mails the editors a list of pages past their review date and outdated translations (run weekly)."

    def handle(self, *args, **options):
        due, outdated = pages_due_for_review(), outdated_translations()
        if not due and not outdated:
            self.stdout.write("Nothing to review.")
            return
        editors = get_user_model().objects.filter(groups__name="Editors", is_active=True).exclude(email="")
        lines = [
            f"- {page.title} ({page.locale.language_code}): review was due {page.review_due:%Y-%m-%d}" for page in due
        ]
        lines += [f"- {item.page.title} ({item.page.locale.language_code}): source changed" for item in outdated]
        body = (
            f"{len(due)} pages are past their review date and {len(outdated)} translations are behind their source.\n\n"
            + "\n".join(lines)
            + f"\n\nThe full list: {settings.WAGTAILADMIN_BASE_URL}/admin/reports/content-review/\n"
        )
        recipients = sorted({user.email for user in editors})
        if recipients:
            send_mail("welcome.ruhr: content to review", body, None, recipients)
        self.stdout.write(f"Reminder sent to {len(recipients)} editors: {len(due)} due, {len(outdated)} outdated.")
