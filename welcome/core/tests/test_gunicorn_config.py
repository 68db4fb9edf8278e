"""gunicorn.conf.py refuses a port another portal listens on, and only that."""

import runpy
import socket
from pathlib import Path
from types import SimpleNamespace

import pytest

CONFIG = runpy.run_path(str(Path(__file__).resolve().parents[3] / "gunicorn.conf.py"))


def _starting(port):
    server = SimpleNamespace(master_pid=0, cfg=SimpleNamespace(address=[("127.0.0.1", port)]))
    CONFIG["on_starting"](server)


def test_a_port_another_server_listens_on_is_refused():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with pytest.raises(SystemExit, match="is in use"):
            _starting(listener.getsockname()[1])


def test_a_port_whose_last_connections_are_closing_is_free():
    """A portal restarted right after serving leaves connections in TIME_WAIT on its port."""
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port))
        accepted, _address = listener.accept()
        accepted.close()  # the server side closes first, so the TIME_WAIT is on the server's port
        client.close()
    _starting(port)
