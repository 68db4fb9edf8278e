"""Redis down: public pages, search, the path check and the guide pages answer without the cache.

Slow (marked `fault`): starts its own redis-server and stops it.
"""

import pytest
from django.core.cache import cache

from welcome.core.tests.components import RedisServer
from welcome.settings.base import redis_cache

pytestmark = pytest.mark.fault


@pytest.fixture
def redis_server(settings):
    server = RedisServer().start()
    settings.CACHES = {"default": redis_cache(server.url, "fault-test")}
    yield server
    server.stop()


PAGES = ["/en/", "/en/search/?q=Blue+Card", "/en/path/", "/en/guides/", "/ar/guides/"]


def test_pages_search_path_check_and_guide_pages_answer_while_redis_is_down(
    redis_server, site_content, make_guide, client
):
    guide = make_guide(name="Amal")
    client.force_login(guide.user)
    assert cache.set("probe", "1") is not False and cache.get("probe") == "1"  # the cache really is Redis

    redis_server.stop()
    for url in [*PAGES, f"/en/guides/{guide.pk}/", "/en/guides/dashboard/"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Blue Card" in client.get("/en/search/?q=Blue+Card").content.decode()
    # The session is in the database: the guide is still logged in.
    assert "Amal" in client.get("/en/guides/dashboard/").content.decode()
