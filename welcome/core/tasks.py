"""The task backend for Redis that loses no work when Redis is down."""

import logging

from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_rq import RQBackend
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)


class FallbackRQBackend(RQBackend):
    """RQ on Redis; when Redis cannot take a job, the work runs at once in the caller's process.

    The person's request is then slower, but it is accepted and nothing is dropped. Work
    meant for later (run_after) cannot run now: its error goes to the caller, who keeps the
    durable record (the mail outbox) that housekeeping picks up again.
    """

    def __init__(self, alias, params):
        super().__init__(alias, params)
        self.fallback = ImmediateBackend(alias, params)

    def enqueue(self, task, args, kwargs):
        try:
            return super().enqueue(task, args, kwargs)
        except (ConnectionError, TimeoutError) as error:
            if task.run_after is not None:
                raise
            logger.warning("Redis does not take task %s (%s); running it now", task.module_path, error)
            return self.fallback.enqueue(task, args, kwargs)
