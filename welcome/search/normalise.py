"""Turns text into search terms that match across spellings.

The same function runs on page text and on queries, so both sides agree:
- case and diacritics are folded (é → e, ё → е, ł → l, Arabic harakat dropped);
- German umlaut spellings meet: ä, ae and a all become a (likewise ö/oe, ü/ue), ß → ss;
- Arabic letter variants meet: أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, tatweel dropped;
- a light stemmer removes common plural and case endings in Latin, Cyrillic and Arabic script.
"""

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"\w+", re.UNICODE)

ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ـ": None}
)
SPECIAL_LETTERS = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})
UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))

ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_SUFFIXES = ("ات", "ون", "ين", "ان", "ها", "يه", "ه", "ي")
CYRILLIC_ENDINGS = tuple(
    sorted(
        "ями ами ого его ему ому ими ыми ах ях ов ев ів їв ий ій ый ой ая яя ое ее ої ею ою ом ем ам ям ей ие ые "
        "а я и і ї ы у ю е є о ь й".split(),
        key=len,
        reverse=True,
    )
)
LATIN_PLURALS = ("lerin", "larin", "leri", "lari", "ler", "lar", "uri", "ow", "s")
LATIN_ENDINGS = ("en", "er", "es", "e", "n", "y")
MIN_STEM = 3


def fold(text):
    """Lowercase, unify letter variants and drop diacritics; keeps word boundaries."""
    text = text.casefold().translate(ARABIC_LETTERS).translate(SPECIAL_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for spelling, plain in UMLAUT_SPELLINGS:
        text = text.replace(spelling, plain)
    return text


def _strip_suffix(word, suffixes, min_stem=MIN_STEM):
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=100_000)
def stem(word):
    """Removes one plural and one case ending, by script. Crude on purpose: it only has to agree with itself."""
    if word.isdigit():
        return word
    first = word[0]
    if "\u0600" <= first <= "\u06ff":
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = word[len(prefix) :]
                break
        return _strip_suffix(word, ARABIC_SUFFIXES, min_stem=2)
    if "\u0400" <= first <= "\u04ff":
        return _strip_suffix(word, CYRILLIC_ENDINGS)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3]
    if not word.endswith("ss"):
        word = _strip_suffix(word, LATIN_PLURALS)
    return _strip_suffix(word, LATIN_ENDINGS)


def words(text):
    """The folded words of a text, unstemmed."""
    return WORD.findall(fold(text or ""))


def terms(text):
    """The stemmed search terms of a text, in order."""
    return [stem(word) for word in words(text)]


def word_terms(text):
    """(word as written, lowercased; folded word; term) for each word of a text, in order.

    The same terms as `terms(text)`: folding never joins or splits words.
    """
    return [triple for written in WORD.findall(text or "") for triple in _word_forms(written)]


@lru_cache(maxsize=100_000)
def _word_forms(written):
    """Indexing meets the same words thousands of times; folding and stemming each once is enough."""
    return tuple((written.casefold(), folded, stem(folded)) for folded in words(written))
