import pytest

from welcome.search.normalise import terms


@pytest.mark.parametrize(
    "one, other",
    [
        ("Gebühren", "Gebuehren"),
        ("Gebühren", "gebuhren"),
        ("Straße", "Strasse"),
        ("Anmeldung", "ANMELDUNGEN"),
        ("Kita", "Kitas"),
        ("Karte", "Karten"),
        ("university", "universities"),
        ("office", "offices"),
        ("café", "cafe"),
        ("أهلاً", "اهلا"),
        ("إقامة", "اقامه"),
        ("البطاقة", "بطاقات"),
        ("مستشفى", "مستشفي"),
        ("реєстрація", "реєстрації"),
        ("карта", "карту"),
        ("регистрация", "регистрации"),
        ("Ёлка", "елка"),
        ("Łódź", "lodz"),
        ("kartları", "kartlari"),
        ("înregistrare", "inregistrare"),
    ],
)
def test_spelling_variants_give_the_same_terms(one, other):
    assert terms(one) == terms(other)


def test_words_are_split_on_punctuation_and_keep_numbers():
    assert terms("§ 18g, EU-Bluecard (2026)") == terms("18G eu bluecard 2026")
    assert len(terms("§ 18g, EU-Bluecard (2026)")) == 4
