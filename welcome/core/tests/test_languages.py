import pytest


@pytest.mark.parametrize(
    "accept_language, expected",
    [
        ("ar,en;q=0.8", "/ar/"),
        ("de-DE,de;q=0.9", "/de/"),
        ("uk-UA", "/uk/"),
        ("pt-BR,pt;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_best_accepted_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_a_saved_language_choice_wins_over_the_browser(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "tr"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/tr/"


@pytest.mark.parametrize("lang, direction", [("de", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("uk", "ltr")])
def test_every_page_declares_its_language_and_direction(client, site_content, lang, direction):
    html = client.get(f"/{lang}/search/").content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html


def test_interface_text_is_translated(client, site_content):
    assert "Zum Hauptinhalt springen" in client.get("/de/search/").content.decode()
    assert "Skip to main content" in client.get("/en/search/").content.decode()


def test_fallback_chain_per_language(settings):
    from welcome.core.languages import fallback_chain

    assert fallback_chain("uk") == ["en", "de"]
    assert fallback_chain("ar") == ["en", "de"]
    assert fallback_chain("en") == ["de"]
    assert fallback_chain("de") == ["en"]
    settings.LANGUAGE_FALLBACKS = {"uk": ["ru", "en", "uk"]}
    assert fallback_chain("uk") == ["ru", "en"]
