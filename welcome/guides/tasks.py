"""Background work of the guides app."""

from django_tasks import task

from . import mail


@task()
def deliver_mail(mail_id):
    """Sends one outbox message; a failure leaves it in the outbox for the next retry."""
    return mail.deliver(mail_id)
