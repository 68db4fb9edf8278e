from django.db import OperationalError


def test_healthz_answers_while_the_process_runs(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_is_ready_when_database_and_cache_answer(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache": "ok"}


def test_readyz_fails_and_names_the_database_when_it_is_unreachable(client, db, monkeypatch):
    from welcome.core import views

    def unreachable():
        raise OperationalError("connection refused")

    monkeypatch.setattr(views, "_check_database", unreachable)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "failed", "cache": "ok"}


def test_readyz_fails_when_the_cache_loses_what_it_stored(client, db, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "failed"


def test_robots_txt_names_the_sitemap_and_keeps_private_pages_out(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: " in text and "/sitemap.xml" in text
    assert "Disallow: /admin/" in text
