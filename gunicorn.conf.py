"""How gunicorn serves the portal: `make run`, the browser tests, the benchmarks and production.

Threaded workers keep connections open between requests (the sync worker closes every one, and
under load a new TCP connection per page cost more than a page from the cache). Django is
thread-safe; each thread keeps its own database connection. A kept-alive connection waits for
its next request for `keepalive` seconds: with gunicorn's 2 s default, busy workers let some
connections time out, and their readers waited for a new connection.
"""

import errno
import os
import socket

worker_class = "gthread"
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
keepalive = 5
# gunicorn 27 opens a control socket at one path per user (~/.gunicorn/gunicorn.ctl) for its
# gunicornc tool, which we do not use: a second portal on the machine (the browser tests beside
# `make run`) would take it over from the first.
control_socket_disable = True

# Each worker listens on a socket of its own (SO_REUSEPORT) and the kernel spreads new connections
# over them. On one shared socket the worker that woke first could take every connection of a
# burst and keep them alive: in one wrk run of 24, one worker served all 16 connections on one
# core (871 req/s from the page cache instead of about 2,400), and the other was idle.
reuse_port = True


def on_starting(server):
    """With SO_REUSEPORT a second portal started on the same port would silently share its
    connections: it stops instead, as it would without the flag."""
    if server.master_pid:  # re-executed by the running portal (USR2), which holds the port
        return
    for address in server.cfg.address:
        if not isinstance(address, tuple):
            continue
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            # As gunicorn binds: connections of a portal that stopped a moment ago (TIME_WAIT) do
            # not hold the port, only one that listens on it.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as error:
                if error.errno == errno.EADDRINUSE:
                    raise SystemExit(f"{address[0]}:{address[1]} is in use: is the portal running already?") from None
                raise
