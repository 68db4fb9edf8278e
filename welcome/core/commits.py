"""Knowing whether a request changed anything, so that an error page never claims what did not happen."""

from django.db import connection, transaction

WRITES = ("INSERT", "UPDATE", "DELETE")


class CommittedChangesMiddleware:
    """Sets `request.committed_changes` once a change the view made is committed.

    A write inside a transaction counts only when that transaction commits (a rollback
    discards it), so the error page can say truthfully "nothing you sent was saved".
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.committed_changes = False

        def mark():
            request.committed_changes = True

        def watch(execute, sql, params, many, context):
            result = execute(sql, params, many, context)
            if sql.lstrip()[:6].upper() in WRITES:
                transaction.on_commit(mark)
            return result

        with connection.execute_wrapper(watch):
            return self.get_response(request)
