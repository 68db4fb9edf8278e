"""Country names are in the reader's language wherever a newcomer meets them."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, ukraine, syria",
    [("uk", "Україна", "Сирія"), ("ar", "أوكرانيا", "سوريا"), ("de", "Ukraine", "Syrien"), ("tr", "Ukrayna", "Suriye")],
)
def test_the_path_checks_citizenship_list_names_countries_in_the_readers_language(client, language, ukraine, syria):
    html = client.get(f"/{language}/path/?change=citizenship&purpose=work_offer").content.decode()
    assert f'value="UA">{ukraine}<' in html
    assert f'value="SY">{syria}<' in html
    assert ">Ukraine<" not in html or language == "de"
