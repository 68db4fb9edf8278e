"""Background work of the guides app. Mail has its own queue, which workers serve first."""

from django_tasks import task

from . import mail


@task(queue_name="mail")
def deliver_mail(mail_id):
    """Sends one outbox message; a failure puts it back on the queue for a later attempt."""
    return mail.deliver(mail_id)
