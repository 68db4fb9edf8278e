"""How gunicorn serves the portal: `make run`, the browser tests, the benchmarks and production.

Threaded workers keep connections open between requests (the sync worker closes every one, and
under load a new TCP connection per page cost more than a page from the cache). Django is
thread-safe; each thread keeps its own database connection. A kept-alive connection waits for
its next request for `keepalive` seconds: with gunicorn's 2 s default, busy workers let some
connections time out, and their readers waited for a new connection.
"""

import os

worker_class = "gthread"
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
keepalive = 5
# gunicorn 27 opens a control socket at one path per user (~/.gunicorn/gunicorn.ctl) for its
# gunicornc tool, which we do not use: a second portal on the machine (the browser tests beside
# `make run`) would take it over from the first.
control_socket_disable = True
