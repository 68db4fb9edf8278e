"""Redis down: /readyz says 503 and names Redis, and is ready again once Redis is back.

Slow (marked `fault`): starts its own redis-server, stops it and starts it again.
"""

import pytest

from welcome.settings.base import redis_cache

from .components import RedisServer

pytestmark = pytest.mark.fault


@pytest.fixture
def redis_server(settings):
    server = RedisServer().start()
    settings.CACHES = {
        **settings.CACHES,
        "default": redis_cache(server.url, "fault-test"),
        "pages": redis_cache(server.url, "fault-test-pages"),
    }
    yield server
    server.stop()


def test_readyz_names_redis_while_it_is_down_and_recovers_with_it(redis_server, client, db):
    assert client.get("/readyz").status_code == 200

    redis_server.stop()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "failed"
    assert response.json()["reasons"] == {"cache": "Redis does not answer"}

    redis_server.start()
    assert client.get("/readyz").status_code == 200
