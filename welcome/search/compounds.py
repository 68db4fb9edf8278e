"""Splits German compounds into known words: Kinderbetreuungsplatz → kinderbetreuung + platz.

Greedy: the longest known head first, then the rest the same way. A part is known when it,
or its stem, is a term of the index vocabulary; the stem takes care of the linking s
(Betreuungs-platz) and of linking -n/-en (Straßen-bahn).
"""

from .normalise import stem

MIN_COMPOUND = 8
MAX_COMPOUND = 40  # longer is not a word; the lookups grow with the square of the length
MIN_PART = 4


def is_candidate(word):
    """Only long words of Latin letters are split (folded German is plain ASCII)."""
    return MIN_COMPOUND <= len(word) <= MAX_COMPOUND and word.isascii() and word.isalpha()


def part_candidates(word):
    """Every piece the splitter may look up for `word`, so a caller can fetch them in one query."""
    pieces = set()
    for start in range(len(word) - MIN_PART + 1):
        for end in range(start + MIN_PART, len(word) + 1):
            piece = word[start:end]
            pieces.update((piece, stem(piece)))
    return pieces


def split_compound(word, vocabulary):
    """The parts of `word` as terms, or [] when it is not a compound of known words."""
    if not is_candidate(word):
        return []

    def as_term(piece):
        for term in (piece, stem(piece)):
            if len(term) >= MIN_PART and term in vocabulary:
                return term
        return None

    failed = set()

    def split(rest, whole_allowed):
        if whole_allowed and (term := as_term(rest)):
            return [term]
        if rest in failed:
            return None
        for cut in range(len(rest) - MIN_PART, MIN_PART - 1, -1):
            head = as_term(rest[:cut])
            if head and (tail := split(rest[cut:], whole_allowed=True)):
                return [head, *tail]
        failed.add(rest)
        return None

    return split(word, whole_allowed=False) or []
